package io.homeshore.scheduling.solver;

import java.util.List;
import java.util.Set;

/**
 * A person to schedule, with the boundaries of their life outside work. Times are minutes from the start of
 * the horizon (day 0, 00:00). Identity equality: one object per agent in a schedule.
 *
 * @param protectedWindows      intervals [start, end) in which the agent must not work (hard)
 * @param timeOffDays           approved time off, day indexes (hard)
 * @param preferredStartEarliest earliest preferred start, minute of day ({@code -1}: no preference)
 * @param preferredStartLatest  latest preferred start, minute of day
 * @param preferenceWeight      soft penalty per shift starting outside the preferred window
 * @param previousShiftEnd      end of the last shift before the horizon (negative minutes; {@code null}: none)
 * @param history               nights, weekends and holidays worked in earlier periods
 * @param fairnessGroup         the colleagues nights, weekends and holidays are shared fairly with (in the
 *                              application: the team); agents of different groups are not compared
 */
public record Agent(String id, Contract contract, Set<String> skills, List<Window> protectedWindows,
        Set<Integer> timeOffDays, int preferredStartEarliest, int preferredStartLatest, int preferenceWeight,
        Integer previousShiftEnd, FairnessHistory history, String fairnessGroup) {

    public Agent {
        skills = Set.copyOf(skills);
        protectedWindows = List.copyOf(protectedWindows);
        timeOffDays = Set.copyOf(timeOffDays);
        fairnessGroup = fairnessGroup == null ? "" : fairnessGroup;
    }

    /** An agent compared for fairness with every other agent of the problem (one group). */
    public Agent(String id, Contract contract, Set<String> skills, List<Window> protectedWindows,
            Set<Integer> timeOffDays, int preferredStartEarliest, int preferredStartLatest, int preferenceWeight,
            Integer previousShiftEnd, FairnessHistory history) {
        this(id, contract, skills, protectedWindows, timeOffDays, preferredStartEarliest, preferredStartLatest,
                preferenceWeight, previousShiftEnd, history, "");
    }

    /** Whether the agent may be given work in [start, end): outside every protected window. */
    public boolean protectedWindowHit(int start, int end) {
        for (Window w : protectedWindows) {
            if (w.start() < end && start < w.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a shift starting at this minute of day lies outside the preferred start window. */
    public boolean startOutsidePreference(int minuteOfDay) {
        return preferredStartEarliest >= 0
                && (minuteOfDay < preferredStartEarliest || minuteOfDay > preferredStartLatest);
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

    /** A half-open interval of minutes from the horizon start. */
    public record Window(int start, int end) {
    }

    /** Counts carried in from earlier periods, so fairness holds across periods, not only within one. */
    public record FairnessHistory(int nights, int weekends, int holidays) {
        public static final FairnessHistory NONE = new FairnessHistory(0, 0, 0);
    }
}
