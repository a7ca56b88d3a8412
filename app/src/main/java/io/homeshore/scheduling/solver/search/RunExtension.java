package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.List;
import java.util.Map;

/**
 * Adds single working days to a drawn roster while it owes minutes: a day is added only next to the days it
 * joins or with enough rest on each side, so run lengths, rest runs, weekends, successions and maxima stay met.
 */
final class RunExtension {

    private RunExtension() {
    }

    /** Extends {@code out} in place until its minutes reach {@code target} or no day can be added. */
    static int extend(AgentDay[] days, Shift[] out, Contract c, int target, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        RosterTally tally = new RosterTally(days, out);
        boolean added = true;
        while (tally.minutes < target && added) {
            added = addBest(days, out, c, tally, cover, requests, 0, days.length)
                    || addRun(days, out, c, tally, cover, requests);
        }
        return tally.minutes;
    }

    /**
     * Meets the contract's weekly minimum where the roster falls short: first by lengthening a shift of that week
     * (same type and start, the next longer option), then by adding a day within the week.
     */
    static void fillWeeks(AgentDay[] days, Shift[] out, Contract c, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        if (c.minMinutesPerWeek() <= 0) {
            return;
        }
        RosterTally tally = new RosterTally(days, out);
        int[] credit = RosterDraft.timeOffCredit(days, c);
        for (int from = 0; from < days.length; from += 7) {
            int week = days[from].getWeek();
            int to = Math.min(days.length, from + 7);
            boolean added = true;
            while (tally.weekMinutes[week] + credit[week] < c.minMinutesPerWeek() && added) {
                added = lengthen(days, out, c, tally, from, to) || addBest(days, out, c, tally, cover, requests, from, to);
            }
        }
    }

    private static boolean lengthen(AgentDay[] days, Shift[] out, Contract c, RosterTally tally, int from, int to) {
        for (int i = from; i < to; i++) {
            Shift now = out[i];
            if (now == null || days[i].isPinned()) {
                continue;
            }
            Shift next = i + 1 < out.length ? out[i + 1] : null;
            Shift longer = null;
            for (Shift s : days[i].getOptions()) {
                int delta = s.length() - now.length();
                if (s.type() == now.type() && s.start() == now.start() && delta > 0
                        && (longer == null || s.length() < longer.length())
                        && tally.minutes + delta <= c.maxMinutesTotal()
                        && tally.weekMinutes[days[i].getWeek()] + delta <= c.maxMinutesPerWeek()
                        && (next == null || next.start() >= s.end() + c.minRestMinutes())) {
                    longer = s;
                }
            }
            if (longer != null) {
                tally.lengthen(days[i], longer.length() - now.length());
                out[i] = longer;
                return true;
            }
        }
        return false;
    }

    /**
     * Adds a new run of the contract's minimum length where a rest is long enough to keep the minimum rest on both
     * sides: the step single days cannot take when every run is already at its maximum.
     */
    private static boolean addRun(AgentDay[] days, Shift[] out, Contract c, RosterTally tally, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        int length = Math.max(1, c.minConsecutiveDays());
        int n = out.length;
        int bestStart = -1;
        Shift[] best = null;
        long bestValue = Long.MIN_VALUE;
        for (int start = 0; start + length <= n; start++) {
            if (start > 0 && out[start - 1] != null || start + length < n && out[start + length] != null
                    || !restAllows(out, start - 1, -1, c) || !restAllows(out, start + length, 1, c)) {
                continue;
            }
            Shift[] picks = new Shift[length];
            long value = 0;
            int placed = 0;
            for (; placed < length; placed++) {
                int i = start + placed;
                Shift pick = out[i] != null || days[i].isPinned() || !tally.weekendAllows(days[i], c) ? null
                        : bestFitting(days, out, i, c, tally, cover, requests);
                if (pick == null) {
                    break;
                }
                picks[placed] = pick;
                value += cover.value(pick) - RosterDraft.wishCost(days[i], requests.get(i), pick)
                        + RosterDraft.wishCost(days[i], requests.get(i), null);
                out[i] = pick;
                tally.add(days[i], pick);
            }
            for (int k = placed - 1; k >= 0; k--) {
                tally.remove(days[start + k], picks[k]);
                out[start + k] = null;
            }
            if (placed == length && value > bestValue) {
                bestValue = value;
                best = picks;
                bestStart = start;
            }
        }
        for (int k = 0; best != null && k < length; k++) {
            out[bestStart + k] = best[k];
            tally.add(days[bestStart + k], best[k]);
        }
        return best != null;
    }

    private static Shift bestFitting(AgentDay[] days, Shift[] out, int i, Contract c, RosterTally tally, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        Shift best = null;
        long bestValue = Long.MIN_VALUE;
        for (Shift s : days[i].getOptions()) {
            if (!fits(days, out, i, s, c, tally)) {
                continue;
            }
            long v = cover.value(s) - RosterDraft.wishCost(days[i], requests.get(i), s);
            if (v > bestValue) {
                bestValue = v;
                best = s;
            }
        }
        return best;
    }

    /** Adds the best-valued shift on a free day in [from, to) that keeps every rule, if there is one. */
    private static boolean addBest(AgentDay[] days, Shift[] out, Contract c, RosterTally tally, Cover cover,
            Map<Integer, List<ShiftRequest>> requests, int from, int to) {
        int bestDay = -1;
        Shift best = null;
        long bestValue = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            if (out[i] != null || days[i].isPinned() || !runsAllow(out, i, c) || !tally.weekendAllows(days[i], c)) {
                continue;
            }
            for (Shift s : days[i].getOptions()) {
                if (!fits(days, out, i, s, c, tally)) {
                    continue;
                }
                long v = cover.value(s) - RosterDraft.wishCost(days[i], requests.get(i), s)
                        + RosterDraft.wishCost(days[i], requests.get(i), null);
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
        }
        return best != null;
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

    private static boolean fits(AgentDay[] days, Shift[] out, int i, Shift s, Contract c, RosterTally tally) {
        if (tally.minutes + s.length() > c.maxMinutesTotal()) {
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
