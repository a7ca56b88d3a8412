package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;
import io.homeshore.scheduling.solver.ShiftType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds single working days to a drawn roster while it owes minutes: a day is added only next to the days it
 * joins or with enough rest on each side, so run lengths, rest runs, weekends, successions and maxima stay met.
 */
final class RunExtension {

    private RunExtension() {
    }

    /** Extends {@code out} in place until {@code minutes} reaches {@code target} or no day can be added. */
    static int extend(AgentDay[] days, Shift[] out, Contract c, int minutes, int target, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        int n = days.length;
        Tally tally = new Tally(days, out);
        boolean added = true;
        while (minutes < target && added) {
            added = false;
            int bestDay = -1;
            Shift best = null;
            long bestValue = Long.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                if (out[i] != null || days[i].isPinned() || !runsAllow(out, i, c) || !tally.weekendAllows(days[i], c)) {
                    continue;
                }
                for (Shift s : days[i].getOptions()) {
                    if (!fits(days, out, i, s, c, minutes, tally)) {
                        continue;
                    }
                    long v = cover.value(s) - RosterDraft.requestCost(requests.get(i), s)
                            + RosterDraft.requestCost(requests.get(i), null);
                    if (v > bestValue) {
                        bestValue = v;
                        best = s;
                        bestDay = i;
                    }
                }
            }
            if (best != null) {
                out[bestDay] = best;
                tally.add(days[bestDay], best);
                minutes += best.length();
                added = true;
            }
        }
        return minutes;
    }

    /** Per-type counts, weekly minutes and days, and weekends worked of a roster, kept as days are added. */
    private static final class Tally {
        final Map<ShiftType, Integer> perType = new HashMap<>();
        final int[] weekMinutes;
        final int[] weekDays;
        final Set<Integer> weekends = new HashSet<>();

        Tally(AgentDay[] days, Shift[] out) {
            weekMinutes = new int[days.length / 7 + 1];
            weekDays = new int[days.length / 7 + 1];
            for (int j = 0; j < out.length; j++) {
                if (out[j] != null) {
                    add(days[j], out[j]);
                }
            }
        }

        void add(AgentDay day, Shift s) {
            perType.merge(s.type(), 1, Integer::sum);
            weekMinutes[day.getWeek()] += s.length();
            weekDays[day.getWeek()]++;
            if (day.getWeekend() >= 0) {
                weekends.add(day.getWeekend());
            }
        }

        boolean weekendAllows(AgentDay day, Contract c) {
            int weekend = day.getWeekend();
            return weekend < 0 || weekends.contains(weekend) || weekends.size() < c.maxWeekends();
        }
    }

    private static boolean runsAllow(Shift[] out, int i, Contract c) {
        int n = out.length;
        int left = 0;
        while (i - left - 1 >= 0 && out[i - left - 1] != null) {
            left++;
        }
        int right = 0;
        while (i + right + 1 < n && out[i + right + 1] != null) {
            right++;
        }
        if (left + right + 1 > c.maxConsecutiveDays()) {
            return false;
        }
        boolean newRun = left == 0 && right == 0;
        if (newRun && c.minConsecutiveDays() > 1 && i > 0 && i < n - 1) {
            return false;
        }
        return restAllows(out, i - left - 1, -1, c) && restAllows(out, i + right + 1, 1, c);
    }

    /** The rest run starting at {@code from} (going {@code step}) stays long enough or touches the edge. */
    private static boolean restAllows(Shift[] out, int from, int step, Contract c) {
        int off = 0;
        int i = from;
        while (i >= 0 && i < out.length && out[i] == null) {
            off++;
            i += step;
        }
        boolean touchesEdge = i < 0 || i >= out.length;
        return touchesEdge || off >= c.minConsecutiveDaysOff();
    }

    private static boolean fits(AgentDay[] days, Shift[] out, int i, Shift s, Contract c, int minutes, Tally tally) {
        if (minutes + s.length() > c.maxMinutesTotal()) {
            return false;
        }
        Shift before = i > 0 ? out[i - 1] : null;
        Shift after = i + 1 < out.length ? out[i + 1] : null;
        if (before != null && (before.type().forbiddenNext().contains(s.type().id())
                || s.start() < before.end() + c.minRestMinutes())) {
            return false;
        }
        if (after != null && (s.type().forbiddenNext().contains(after.type().id())
                || after.start() < s.end() + c.minRestMinutes())) {
            return false;
        }
        int week = days[i].getWeek();
        return tally.perType.getOrDefault(s.type(), 0) < c.maxShiftsOf(s.type().id())
                && tally.weekMinutes[week] + s.length() <= c.maxMinutesPerWeek()
                && tally.weekDays[week] + 1 <= c.maxDaysPerWeek();
    }
}
