package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.hours;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One randomised roster for one agent, built as alternating work and rest runs so that the contract's run,
 * rest, weekend, per-type, succession and maximum-minutes rules hold by construction (the "pattern first, then
 * shift types" idea of cyclic and block-based rostering, e.g. Burke et al. 2004, "The state of the art of nurse
 * rostering", J. Scheduling 7). Shift types are chosen by the cover still missing ({@link Cover}).
 */
final class RosterDraft {

    final Shift[] shifts;
    final long hardPenalty;
    final long value;

    private RosterDraft(Shift[] shifts, long hardPenalty, long value) {
        this.shifts = shifts;
        this.hardPenalty = hardPenalty;
        this.value = value;
    }

    /** Whether this draft is better: fewer hard breaches first, then more cover and requests met. */
    boolean betterThan(RosterDraft other) {
        return other == null || hardPenalty < other.hardPenalty
                || hardPenalty == other.hardPenalty && value > other.value;
    }

    /**
     * @param days          the agent's days in order; pinned days keep their shift
     * @param targetMinutes minutes to aim at over the horizon
     * @param dense         pace the runs and rests by the share of workable days still owed (time off excluded):
     *                      needed by contracts whose minimum leaves little slack; otherwise run lengths are uniform
     *                      and rests jittered, which gives more varied drafts
     */
    static RosterDraft draw(AgentDay[] days, Contract c, int targetMinutes, Cover cover,
            Map<Integer, List<ShiftRequest>> requests, RandomGenerator random, boolean dense) {
        int n = days.length;
        Shift[] out = new Shift[n];
        int minutes = 0;
        Map<String, Integer> perType = new java.util.HashMap<>();
        Set<Integer> weekends = new HashSet<>();
        int[] weekMinutes = new int[n / 7 + 1];
        int[] weekDays = new int[n / 7 + 1];
        int[] workable = RunPacing.workableFrom(days);
        int average = averageLength(days);
        int d = random.nextInt(Math.max(1, c.minConsecutiveDaysOff() + 1));
        d = Math.min(d, n);
        while (d < n) {
            double owedShare = dense ? RunPacing.fraction(targetMinutes - minutes, workable[d], average) : 0;
            int length = RunPacing.runLength(c, n, owedShare, random);
            int worked = 0;
            Shift previous = null;
            for (int i = d; i < n && worked < length; i++, worked++) {
                AgentDay day = days[i];
                boolean newWeekend = day.getWeekend() >= 0 && !weekends.contains(day.getWeekend());
                if (newWeekend && weekends.size() >= c.maxWeekends()) {
                    break;
                }
                Shift pick = pick(day, previous, c, perType, cover, requests.get(i), random,
                        c.maxMinutesTotal() - minutes, c.maxMinutesPerWeek() - weekMinutes[day.getWeek()],
                        weekDays[day.getWeek()] < c.maxDaysPerWeek());
                if (pick == null) {
                    break;
                }
                out[i] = pick;
                previous = pick;
                minutes += pick.length();
                weekMinutes[day.getWeek()] += pick.length();
                weekDays[day.getWeek()]++;
                perType.merge(pick.type().id(), 1, Integer::sum);
                if (day.getWeekend() >= 0) {
                    weekends.add(day.getWeekend());
                }
            }
            boolean judged = d > 0 && d + worked < n;
            if (worked > 0 && worked < c.minConsecutiveDays() && judged) {
                for (int i = d; i < d + worked; i++) {
                    minutes -= out[i].length();
                    weekMinutes[days[i].getWeek()] -= out[i].length();
                    weekDays[days[i].getWeek()]--;
                    perType.merge(out[i].type().id(), -1, Integer::sum);
                    out[i] = null;
                }
                worked = 0;
            }
            d += worked + Math.max(1, dense ? RunPacing.denseRest(c, worked, targetMinutes - minutes,
                    workable[Math.min(n, d + worked)], average, random)
                    : RunPacing.rest(c, worked, targetMinutes - minutes, n - d - worked, average, random));
        }
        RunExtension.extend(days, out, c, Math.max(c.minMinutesTotal(), targetMinutes), cover, requests);
        RunExtension.fillWeeks(days, out, c, cover, requests);
        return evaluate(days, out, c, cover, requests);
    }

    /** Per week, what the agent's approved time off counts toward the weekly minimum (as the hard rule credits it). */
    static int[] timeOffCredit(AgentDay[] days, Contract c) {
        int[] credit = new int[days.length / 7 + 1];
        for (AgentDay d : days) {
            if (d.getAgent().timeOffDays().contains(d.getDay())) {
                credit[d.getWeek()] += c.timeOffCreditMinutes();
            }
        }
        return credit;
    }

    /**
     * Judges a roster of one agent against the others' cover: minutes owed (total and weekly minimum, in hours, as
     * the hard rules count them), and the exact change of the objective it brings — the marginal cover value of
     * each shift (one agent adds at most one to a day's demand) minus the wishes it misses ({@link #wishCost}) and
     * the fairness it costs the agent's group ({@link FairShares}).
     */
    static RosterDraft evaluate(AgentDay[] days, Shift[] out, Contract c, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        long value = 0;
        for (int i = 0; i < days.length; i++) {
            value += cover.value(out[i]) - wishCost(days[i], requests.get(i), out[i]);
        }
        value -= cover.fairnessCost(days, out);
        return new RosterDraft(out, RosterBreaches.owed(days, out, c), value);
    }

    /**
     * Hours the roster owes, as the hard rules count them: below the horizon minimum, and per week below the weekly
     * minimum (approved time off credited).
     */
    static long hoursOwed(AgentDay[] days, Shift[] out, Contract c) {
        int n = days.length;
        int minutes = 0;
        int[] weekMinutes = new int[n / 7 + 1];
        int[] credit = timeOffCredit(days, c);
        for (int i = 0; i < n; i++) {
            int length = out[i] == null ? 0 : out[i].length();
            minutes += length;
            weekMinutes[days[i].getWeek()] += length;
        }
        long owed = hours(Math.max(0, c.minMinutesTotal() - minutes));
        for (int w = 0; w * 7 < n; w++) {
            owed += hours(Math.max(0, c.minMinutesPerWeek() - weekMinutes[w] - credit[w]));
        }
        return owed;
    }

    private static Shift pick(AgentDay day, Shift previous, Contract c, Map<String, Integer> perType, Cover cover,
            List<ShiftRequest> requests, RandomGenerator random, int minutesLeft, int weekMinutesLeft,
            boolean dayLeftInWeek) {
        if (day.isPinned()) {
            return day.getShift();
        }
        if (!dayLeftInWeek) {
            return null;
        }
        Shift best = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (Shift s : day.getOptions()) {
            if (s.length() > minutesLeft || s.length() > weekMinutesLeft
                    || perType.getOrDefault(s.type().id(), 0) >= c.maxShiftsOf(s.type().id())
                    || previous != null && (previous.type().forbiddenNext().contains(s.type().id())
                            || s.start() < previous.end() + c.minRestMinutes())) {
                continue;
            }
            double v = cover.value(s) - wishCost(day, requests, s) + random.nextDouble();
            if (v > bestValue) {
                bestValue = v;
                best = s;
            }
        }
        return best;
    }

    /**
     * The wishes a choice for this agent-day misses, as the soft terms weigh them: the day's shift-on and shift-off
     * requests, and the agent's preferred start window when {@code s} starts outside it.
     */
    static long wishCost(AgentDay day, List<ShiftRequest> requests, Shift s) {
        long cost = s != null && day.getAgent().startOutsidePreference(s.startMinuteOfDay())
                ? day.getAgent().preferenceWeight() : 0;
        if (requests == null) {
            return cost;
        }
        for (ShiftRequest r : requests) {
            if (r.missedBy(s == null ? null : s.type())) {
                cost += r.weight();
            }
        }
        return cost;
    }

    private static int averageLength(AgentDay[] days) {
        for (AgentDay d : days) {
            if (!d.getOptions().isEmpty()) {
                return Math.max(1, (int) d.getOptions().stream().mapToInt(Shift::length).average().orElse(480));
            }
        }
        return 480;
    }
}
