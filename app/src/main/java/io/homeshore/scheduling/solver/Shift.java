package io.homeshore.scheduling.solver;

/**
 * One concrete shift a day may hold: a template placed at a start and length. {@code start} is in minutes from
 * the horizon start; {@code demand} is the day cover of its type, if the problem has one. Identity equality.
 */
public record Shift(String id, ShiftType type, int day, int start, int length, ShiftDemand demand) {

    public int end() {
        return start + length;
    }

    public int startMinuteOfDay() {
        return Math.floorMod(start, 1440);
    }

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
        return id;
    }
}
