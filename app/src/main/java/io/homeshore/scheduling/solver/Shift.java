package io.homeshore.scheduling.solver;

/**
 * One concrete shift a day may hold: a template placed at a start and length. {@code start} is in minutes from
 * the horizon start on its axis (the template's day offset included, see {@link ShiftType}); {@code demand} is the day cover of its type, if the problem has one. Identity equality.
 */
public record Shift(String id, ShiftType type, int day, int start, int length, ShiftDemand demand) {

    public int end() {
        return start + length;
    }

    /** The local wall-clock start, minutes of day, in the zone of the template's agents. */
    public int startMinuteOfDay() {
        return Math.floorMod(start - type.offset(day), 1440);
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
