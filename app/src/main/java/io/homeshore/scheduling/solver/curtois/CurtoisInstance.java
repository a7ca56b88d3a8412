package io.homeshore.scheduling.solver.curtois;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of the Curtois &amp; Qu (2014) benchmark, as written in its text format (see
 * schedulingbenchmarks.org/nrp/instances1_24.html). Day 0 is a Monday.
 */
public record CurtoisInstance(int days, List<ShiftKind> shifts, List<Staff> staff, Map<String, Set<Integer>> daysOff,
        List<Request> onRequests, List<Request> offRequests, List<Cover> cover) {

    /** SECTION_SHIFTS: id, length in minutes, ids that may not follow on the next day. */
    public record ShiftKind(String id, int minutes, Set<String> cannotFollow) {
    }

    /** SECTION_STAFF, one line. */
    public record Staff(String id, Map<String, Integer> maxShifts, int maxTotalMinutes, int minTotalMinutes,
            int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends) {
    }

    /** SECTION_SHIFT_ON_REQUESTS / SECTION_SHIFT_OFF_REQUESTS, one line. */
    public record Request(String staffId, int day, String shiftId, int weight) {
    }

    /** SECTION_COVER, one line. */
    public record Cover(int day, String shiftId, int requirement, int underWeight, int overWeight) {
    }
}
