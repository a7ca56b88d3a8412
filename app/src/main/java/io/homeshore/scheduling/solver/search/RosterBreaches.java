package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.hours;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Breaches of one agent's roster against the per-agent hard rules, counted without a score director. */
final class RosterBreaches {

    private RosterBreaches() {
    }

    /** What a roster owes its contract: hours short of the minima ({@link RosterDraft#hoursOwed}) and breaches. */
    static long owed(AgentDay[] days, Shift[] out, Contract c) {
        return RosterDraft.hoursOwed(days, out, c) + count(days, out, c);
    }

    /**
     * The breaches of the rules a draft keeps by construction, counted as the hard rules count them (runs too long,
     * judged runs and rests too short, successions, overlaps and short rests between days, weekends, shifts per type,
     * the horizon maximum): a roster local search left broken is then never preferred to a fresh draft.
     */
    static long count(AgentDay[] days, Shift[] out, Contract c) {
        int n = out.length;
        long breaches = 0;
        int minutes = 0;
        Map<String, Integer> perType = new HashMap<>();
        Set<Integer> weekends = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Shift s = out[i];
            if (s == null) {
                continue;
            }
            minutes += s.length();
            perType.merge(s.type().id(), 1, Integer::sum);
            if (days[i].getWeekend() >= 0) {
                weekends.add(days[i].getWeekend());
            }
            Shift next = i + 1 < n ? out[i + 1] : null;
            if (next != null && (s.type().forbiddenNext().contains(next.type().id())
                    || next.start() < s.end() + c.minRestMinutes())) {
                breaches++;
            }
        }
        for (int i = 0; i < n;) {
            boolean working = out[i] != null;
            int j = i;
            while (j < n && (out[j] != null) == working) {
                j++;
            }
            boolean judged = i > 0 && j < n;
            int length = j - i;
            if (working) {
                breaches += Math.max(0, length - c.maxConsecutiveDays())
                        + (judged ? Math.max(0, c.minConsecutiveDays() - length) : 0);
            } else if (judged) {
                breaches += Math.max(0, c.minConsecutiveDaysOff() - length);
            }
            i = j;
        }
        for (Map.Entry<String, Integer> e : perType.entrySet()) {
            breaches += Math.max(0, e.getValue() - c.maxShiftsOf(e.getKey()));
        }
        return breaches + Math.max(0, weekends.size() - c.maxWeekends())
                + hours(Math.max(0, minutes - c.maxMinutesTotal()));
    }
}
