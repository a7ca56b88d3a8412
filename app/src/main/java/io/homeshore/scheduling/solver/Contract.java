package io.homeshore.scheduling.solver;

import java.util.Map;

/**
 * An agent's contract: the hard limits a plan must respect (working-time rules in the spirit of the
 * EU Working Time Directive 2003/88/EC: daily rest, weekly hours, consecutive days). Minutes are worked minutes.
 *
 * @param maxShiftsPerType per shift-type id, the most shifts of that type over the horizon (absent: unlimited;
 *                         0: never), as in Curtois &amp; Qu (2014) SECTION_STAFF
 */
public record Contract(int minMinutesPerWeek, int maxMinutesPerWeek, int minMinutesTotal, int maxMinutesTotal,
        int maxDaysPerWeek, int maxConsecutiveDays, int minConsecutiveDays, int minConsecutiveDaysOff,
        int minRestMinutes, int maxWeekends, boolean nightEligible, boolean weekendEligible,
        Map<String, Integer> maxShiftsPerType) {

    /** No limits at all: every bound at its widest. */
    public static final Contract UNLIMITED = new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7,
            Integer.MAX_VALUE, 1, 1, 0, Integer.MAX_VALUE, true, true, Map.of());

    /** Rejects contradictory bounds (a minimum above its maximum, negative values), naming the field. */
    public Contract {
        maxShiftsPerType = Map.copyOf(maxShiftsPerType);
        requireOrdered("minutesPerWeek", minMinutesPerWeek, maxMinutesPerWeek);
        requireOrdered("minutesTotal", minMinutesTotal, maxMinutesTotal);
        requireOrdered("maxDaysPerWeek", 0, maxDaysPerWeek);
        requireOrdered("consecutiveDays", minConsecutiveDays, maxConsecutiveDays);
        requireOrdered("minConsecutiveDaysOff", 0, minConsecutiveDaysOff);
        requireOrdered("minRestMinutes", 0, minRestMinutes);
        requireOrdered("maxWeekends", 0, maxWeekends);
        if (maxDaysPerWeek > 7) {
            throw new SchedulingInputException("maxDaysPerWeek " + maxDaysPerWeek + " is above 7");
        }
    }

    private static void requireOrdered(String field, int min, int max) {
        if (min < 0 || min > max) {
            throw new SchedulingInputException(field + ": minimum " + min + " is above maximum " + max
                    + " or negative");
        }
    }

    /** The most shifts of this type allowed over the horizon. */
    public int maxShiftsOf(String shiftTypeId) {
        return maxShiftsPerType.getOrDefault(shiftTypeId, Integer.MAX_VALUE);
    }

    /** What a day of approved time off counts toward the weekly minimum: the minimum spread over the most days worked. */
    public int timeOffCreditMinutes() {
        return minMinutesPerWeek / Math.max(1, maxDaysPerWeek);
    }
}
