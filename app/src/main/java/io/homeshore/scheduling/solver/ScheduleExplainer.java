package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Explains a schedule: the score per constraint ({@link ConstraintScores}), per agent (requests and preferences
 * missed, hard rules broken), per cover item (shortfall and excess × weight), the hard rules left unmet, named
 * per agent ({@link PlanChecker}; never a bare "infeasible"), and for every assigned day why it holds that shift.
 */
public final class ScheduleExplainer {

    private ScheduleExplainer() {
    }

    /**
     * @param byAgent  agent id → soft penalty of their missed requests and preferences
     * @param byCover  cover item (day demand or coverage interval) → its penalty
     * @param whyShift agent-day id → what shaped it (requests met, demand served, pins, preference misses)
     */
    public record Explanation(HardSoftScore score, Map<String, HardSoftScore> byConstraint, Map<String, Long> byAgent,
            Map<String, Long> byCover, List<PlanChecker.Violation> unmetHard, Map<String, List<String>> whyShift,
            Map<String, Integer> fairnessSpread) {
    }

    /** Scores the schedule as it stands and explains it. */
    public static Explanation explain(Schedule s) {
        Map<String, HardSoftScore> byConstraint = ConstraintScores.byConstraint(s);
        HardSoftScore score = ConstraintScores.score(s);
        Map<String, AgentDay> entity = new LinkedHashMap<>();
        s.getAgentDays().forEach(ad -> entity.put(ad.getAgent().id() + "@" + ad.getDay(), ad));
        Map<String, Long> byAgent = new TreeMap<>();
        s.getAgents().forEach(a -> byAgent.put(a.id(), 0L));
        Map<String, List<String>> why = new LinkedHashMap<>();
        for (ShiftRequest r : s.getRequests()) {
            AgentDay ad = entity.get(r.agent().id() + "@" + r.day());
            boolean missed = r.missedBy(ad.getShift() == null ? null : ad.getShift().type());
            if (missed) {
                byAgent.merge(r.agent().id(), (long) r.weight(), Long::sum);
            }
            if (ad.getShift() != null) {
                reasons(why, ad).add((missed ? "misses request " : "meets request ") + r + " (weight " + r.weight() + ")");
            }
        }
        for (AgentDay ad : s.getAgentDays()) {
            if (ad.getShift() == null) {
                continue;
            }
            if (ad.isPinned()) {
                reasons(why, ad).add("pinned: already published");
            }
            if (ad.getShift().demand() != null) {
                reasons(why, ad).add("serves demand " + ad.getShift().demand() + " (required "
                        + ad.getShift().demand().required() + ")");
            }
            s.getCoverage().stream().filter(c -> covers(c, ad.getShift()))
                    .forEach(c -> reasons(why, ad).add("covers " + c + " (required " + c.required() + ")"));
            if (ad.getAgent().startOutsidePreference(ad.getShift().startMinuteOfDay())) {
                byAgent.merge(ad.getAgent().id(), (long) ad.getAgent().preferenceWeight(), Long::sum);
                reasons(why, ad).add("starts outside the preferred start window");
            }
        }
        return new Explanation(score, byConstraint, byAgent, coverPenalties(s), PlanChecker.violations(s), why,
                fairnessSpread(s));
    }

    /** Max − min over eligible agents of nights, weekend days and holidays worked, history included. */
    private static Map<String, Integer> fairnessSpread(Schedule s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("nights", spread(s, AgentDay::isNight, a -> a.contract().nightEligible(), a -> a.history().nights()));
        out.put("weekendDays", spread(s, AgentDay::isWeekendWork, a -> a.contract().weekendEligible(),
                a -> a.history().weekends()));
        out.put("holidays", spread(s, AgentDay::isHolidayWork, a -> true, a -> a.history().holidays()));
        return out;
    }

    private static int spread(Schedule s, java.util.function.Predicate<AgentDay> counted,
            java.util.function.Predicate<Agent> eligible, java.util.function.ToIntFunction<Agent> history) {
        Map<Agent, Integer> load = new LinkedHashMap<>();
        s.getAgents().stream().filter(eligible).forEach(a -> load.put(a, history.applyAsInt(a)));
        s.getAgentDays().stream().filter(counted).filter(ad -> load.containsKey(ad.getAgent()))
                .forEach(ad -> load.merge(ad.getAgent(), 1, Integer::sum));
        return load.isEmpty() ? 0 : load.values().stream().max(Integer::compare).orElseThrow()
                - load.values().stream().min(Integer::compare).orElseThrow();
    }

    private static Map<String, Long> coverPenalties(Schedule s) {
        Map<ShiftDemand, Integer> served = new LinkedHashMap<>();
        s.getDemands().forEach(d -> served.put(d, 0));
        Map<CoverageInterval, Integer> covered = new LinkedHashMap<>();
        s.getCoverage().forEach(c -> covered.put(c, 0));
        for (AgentDay ad : s.getAgentDays()) {
            if (ad.getShift() != null) {
                if (ad.getShift().demand() != null) {
                    served.merge(ad.getShift().demand(), 1, Integer::sum);
                }
                covered.replaceAll((c, n) -> covers(c, ad.getShift()) ? n + 1 : n);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        served.forEach((d, n) -> out.put(d.toString(), penalty(n, d.required(), d.underWeight(), d.overWeight())));
        covered.forEach((c, n) -> out.put(c.toString(), penalty(n, c.required(), c.underWeight(), c.overWeight())));
        return out;
    }

    private static long penalty(int n, int required, int under, int over) {
        return n < required ? (long) (required - n) * under : (long) (n - required) * over;
    }

    private static boolean covers(CoverageInterval c, Shift s) {
        return c.skill().equals(s.type().skill()) && s.start() < c.end() && c.start() < s.end();
    }

    private static List<String> reasons(Map<String, List<String>> why, AgentDay ad) {
        return why.computeIfAbsent(ad.getId(), k -> new ArrayList<>());
    }
}
