package io.homeshore.scheduling.solver;

/**
 * How many agents should work a shift type on a day (the day-based cover of Curtois &amp; Qu 2014): penalty
 * {@code (required - x) * underWeight} if fewer, {@code (x - required) * overWeight} if more. Identity equality.
 */
public record ShiftDemand(int day, String shiftTypeId, int required, int underWeight, int overWeight) {

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return shiftTypeId + "@day" + day;
    }
}
