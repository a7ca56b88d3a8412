package io.homeshore.scheduling.solver;

import java.util.Set;

/**
 * A shift template: when it may start (window and grid, minutes of day), how long it lasts, on which days of the
 * week, which skill it needs, whether it counts as a night, its cost, and which types may not follow it on the
 * next day (Curtois &amp; Qu 2014, rotation constraint). Identity equality.
 */
public record ShiftType(String id, String skill, int startEarliest, int startLatest, int startGrid, int minLength,
        int maxLength, int lengthStep, Set<Integer> allowedDaysOfWeek, boolean night, int cost,
        Set<String> forbiddenNext) {

    public ShiftType {
        allowedDaysOfWeek = Set.copyOf(allowedDaysOfWeek);
        forbiddenNext = Set.copyOf(forbiddenNext);
        if (startEarliest > startLatest) {
            throw new SchedulingInputException("shift template " + id + ": startEarliest above startLatest");
        }
        if (minLength <= 0 || minLength > maxLength) {
            throw new SchedulingInputException("shift template " + id + ": minLength above maxLength or not positive");
        }
        if (startGrid <= 0 || lengthStep <= 0) {
            throw new SchedulingInputException("shift template " + id + ": startGrid and lengthStep must be positive");
        }
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
