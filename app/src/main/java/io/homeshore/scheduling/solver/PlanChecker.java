package io.homeshore.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Recomputes every hard rule of a plan in plain Java, without constraint streams, so the solver's score can be
 * checked independently and unmet items can be named per agent. Rules and edge conventions as in
 * {@code HardRules} (Directive 2003/88/EC rest and hours; Curtois &amp; Qu 2014 sequences and weekends).
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    /** One broken hard rule: which rule, for whom, from which day (index from day 0), and what exactly. */
    public record Violation(String rule, String agentId, int day, String detail) {
        @Override
        public String toString() {
            return rule + " — " + agentId + ": " + detail;
        }
    }

    /** All hard-rule breaches of the schedule, grouped by agent in input order. */
    public static List<Violation> violations(Schedule s) {
        Map<Agent, List<AgentDay>> byAgent = s.getAgentDays().stream()
                .collect(Collectors.groupingBy(AgentDay::getAgent));
        List<Violation> out = new ArrayList<>();
        for (Agent a : s.getAgents()) {
            List<AgentDay> days = new ArrayList<>(byAgent.getOrDefault(a, List.of()));
            days.sort(Comparator.comparingInt(AgentDay::getDay));
            checkAgent(a, days, s.getDays(), out);
        }
        return out;
    }

    private static void checkAgent(Agent a, List<AgentDay> days, int horizon, List<Violation> out) {
        Contract c = a.contract();
        List<AgentDay> worked = days.stream().filter(d -> d.getShift() != null).toList();
        for (int i = 0; i < worked.size(); i++) {
            AgentDay d = worked.get(i);
            Shift s = d.getShift();
            eligibility(a, d, s, out);
            for (int j = i + 1; j < worked.size(); j++) {
                Shift t = worked.get(j).getShift();
                if (t.start() < s.end()) {
                    out.add(new Violation("Shifts overlap", a.id(), worked.get(j).getDay(), s + " and " + t));
                } else if (c.minRestMinutes() > 0 && t.start() < s.end() + c.minRestMinutes()) {
                    out.add(new Violation("Minimum rest", a.id(), worked.get(j).getDay(), (t.start() - s.end()) + " min between " + s + " and " + t));
                }
            }
            if (a.previousShiftEnd() != null && s.start() < a.previousShiftEnd() + c.minRestMinutes()) {
                out.add(new Violation("Minimum rest after previous period", a.id(), d.getDay(), s.toString()));
            }
            if (i + 1 < worked.size() && worked.get(i + 1).getDay() == d.getDay() + 1
                    && s.type().forbiddenNext().contains(worked.get(i + 1).getShift().type().id())) {
                out.add(new Violation("Forbidden succession", a.id(), d.getDay() + 1, worked.get(i + 1).getShift() + " after " + s));
            }
        }
        Map<Integer, Integer> minutesPerWeek = new TreeMap<>();
        Map<Integer, Integer> daysPerWeek = new TreeMap<>();
        for (int w = 0; w * 7 < horizon; w++) {
            minutesPerWeek.put(w, 0);
            daysPerWeek.put(w, 0);
        }
        Map<Integer, Integer> creditPerWeek = new TreeMap<>();
        for (int day : a.timeOffDays()) {
            if (day >= 0 && day < horizon) {
                creditPerWeek.merge(day / 7, c.minMinutesPerWeek() / Math.max(1, c.maxDaysPerWeek()), Integer::sum);
            }
        }
        Map<String, Integer> perType = new HashMap<>();
        java.util.Set<Integer> weekends = new java.util.TreeSet<>();
        int total = 0;
        for (AgentDay d : worked) {
            minutesPerWeek.merge(d.getWeek(), d.minutes(), Integer::sum);
            daysPerWeek.merge(d.getWeek(), 1, Integer::sum);
            perType.merge(d.getShift().type().id(), 1, Integer::sum);
            total += d.minutes();
            if (d.getWeekend() >= 0) {
                weekends.add(d.getWeekend());
            }
        }
        minutesPerWeek.forEach((w, m) -> {
            if (m > c.maxMinutesPerWeek() || m + creditPerWeek.getOrDefault(w, 0) < c.minMinutesPerWeek()) {
                out.add(new Violation("Weekly minutes", a.id(), w * 7, m + " min in week " + w));
            }
            if (daysPerWeek.get(w) > c.maxDaysPerWeek()) {
                out.add(new Violation("Days per week above maximum", a.id(), w * 7, daysPerWeek.get(w) + " in week " + w));
            }
        });
        if (total > c.maxMinutesTotal() || total < c.minMinutesTotal()) {
            out.add(new Violation("Horizon minutes", a.id(), 0, total + " min"));
        }
        perType.forEach((type, n) -> {
            if (n > c.maxShiftsOf(type)) {
                out.add(new Violation("Shifts of type above maximum", a.id(), 0, n + " × " + type));
            }
        });
        if (weekends.size() > c.maxWeekends()) {
            out.add(new Violation("Weekends above maximum", a.id(), 0, weekends.size() + " weekends"));
        }
        runs(a, days, horizon, out);
    }

    private static void eligibility(Agent a, AgentDay d, Shift s, List<Violation> out) {
        if (s.type().night() && !a.contract().nightEligible()) {
            out.add(new Violation("Night not eligible", a.id(), d.getDay(), s.toString()));
        }
        if (d.getWeekend() >= 0 && !a.contract().weekendEligible()) {
            out.add(new Violation("Weekend not eligible", a.id(), d.getDay(), s.toString()));
        }
        if (a.protectedWindowHit(s.start(), s.end())) {
            out.add(new Violation("Protected availability window", a.id(), d.getDay(), s.toString()));
        }
        if (a.timeOffDays().contains(d.getDay())) {
            out.add(new Violation("Approved time off", a.id(), d.getDay(), "day " + d.getDay()));
        }
        if (s.type().skill() != null && !a.skills().contains(s.type().skill())) {
            out.add(new Violation("Skill missing", a.id(), d.getDay(), s.type().skill() + " for " + s));
        }
    }

    private static void runs(Agent a, List<AgentDay> days, int horizon, List<Violation> out) {
        boolean[] on = new boolean[horizon];
        days.forEach(d -> on[d.getDay()] = d.getShift() != null);
        int d = 0;
        while (d < horizon) {
            int start = d;
            while (d < horizon && on[d] == on[start]) {
                d++;
            }
            int length = d - start;
            boolean inside = start > 0 && d < horizon;
            if (on[start] && length > a.contract().maxConsecutiveDays()) {
                out.add(new Violation("Consecutive days above maximum", a.id(), start, length + " from day " + start));
            }
            if (on[start] && inside && length < a.contract().minConsecutiveDays()) {
                out.add(new Violation("Consecutive days below minimum", a.id(), start, length + " from day " + start));
            }
            if (!on[start] && inside && length < a.contract().minConsecutiveDaysOff()) {
                out.add(new Violation("Consecutive days off below minimum", a.id(), start, length + " from day " + start));
            }
        }
    }
}
