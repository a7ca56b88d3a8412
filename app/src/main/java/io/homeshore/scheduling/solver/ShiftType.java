package io.homeshore.scheduling.solver;

import java.util.Set;

/**
 * A shift template: when it may start (window and grid, minutes of day), how long it lasts, on which days of the
 * week, which skill it needs, whether it counts as a night, its cost, and which types may not follow it on the
 * next day (Curtois &amp; Qu 2014, rotation constraint). Identity equality.
 *
 * <p>Start times are the agent's local wall-clock minutes of day. When the agents of a template live in another
 * time zone than the horizon's axis, {@code dayOffsets[d]} is what day {@code d}'s local midnight is off from the
 * axis's midnight, in minutes (e.g. -480 for Tokyo against Amsterdam in winter, -420 in summer); {@code null} means
 * the template's agents share the axis's zone.
 */
public record ShiftType(String id, String skill, int startEarliest, int startLatest, int startGrid, int minLength,
        int maxLength, int lengthStep, Set<Integer> allowedDaysOfWeek, boolean night, int cost,
        Set<String> forbiddenNext, int[] dayOffsets) {

    /** A template whose agents live in the axis's own zone. */
    public ShiftType(String id, String skill, int startEarliest, int startLatest, int startGrid, int minLength,
            int maxLength, int lengthStep, Set<Integer> allowedDaysOfWeek, boolean night, int cost,
            Set<String> forbiddenNext) {
        this(id, skill, startEarliest, startLatest, startGrid, minLength, maxLength, lengthStep, allowedDaysOfWeek,
                night, cost, forbiddenNext, null);
    }

    public ShiftType {
        allowedDaysOfWeek = Set.copyOf(allowedDaysOfWeek);
        forbiddenNext = Set.copyOf(forbiddenNext);
        dayOffsets = dayOffsets == null ? null : dayOffsets.clone();
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

    /** Minutes from the axis's midnight of day {@code day} to the template's local midnight of that day. */
    public int offset(int day) {
        return dayOffsets == null ? 0 : dayOffsets[day];
    }

    /** Whether the template's agents live in another zone than the axis (see the class comment). */
    public boolean shifted() {
        return dayOffsets != null;
    }

    @Override
    public int[] dayOffsets() {
        return dayOffsets == null ? null : dayOffsets.clone();
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
