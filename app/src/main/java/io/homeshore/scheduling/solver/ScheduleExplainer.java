package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
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
            Map<String, Integer> fairnessSpread, Wishes wishes, Coverage coverage) {
    }

    /**
     * How far agents' wishes were met: day requests met of all requests, and shifts starting inside the agent's
     * preferred window of all shifts of agents who stated one.
     */
    public record Wishes(int requests, int requestsMet, int shiftsWithPreferredStart, int shiftsStartingAsPreferred) {

        /** Share of wishes met (requests and start preferences together); 1 when nobody wished anything. */
        public double satisfaction() {
            int all = requests + shiftsWithPreferredStart;
            return all == 0 ? 1 : (requestsMet + shiftsStartingAsPreferred) / (double) all;
        }
    }

    /** Agent-minutes required by the coverage intervals, and how many of them were left short or staffed over. */
    public record Coverage(long requiredMinutes, long shortMinutes, long overMinutes) {

        /** Share of required agent-minutes staffed; 1 when nothing was required. */
        public double covered() {
            return requiredMinutes == 0 ? 1 : 1 - shortMinutes / (double) requiredMinutes;
        }
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
        int requestsMet = 0;
        int preferredStarts = 0;
        int startsAsPreferred = 0;
        for (ShiftRequest r : s.getRequests()) {
            AgentDay ad = entity.get(r.agent().id() + "@" + r.day());
            boolean missed = r.missedBy(ad.getShift() == null ? null : ad.getShift().type());
            if (missed) {
                byAgent.merge(r.agent().id(), (long) r.weight(), Long::sum);
            } else {
                requestsMet++;
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
            if (ad.getAgent().preferredStartEarliest() >= 0) {
                preferredStarts++;
            }
            if (ad.getAgent().startOutsidePreference(ad.getShift().startMinuteOfDay())) {
                byAgent.merge(ad.getAgent().id(), (long) ad.getAgent().preferenceWeight(), Long::sum);
                reasons(why, ad).add("starts outside the preferred start window");
            } else if (ad.getAgent().preferredStartEarliest() >= 0) {
                startsAsPreferred++;
            }
        }
        Map<CoverageInterval, Integer> covered = coverageCounts(s);
        long required = 0;
        long shortMinutes = 0;
        long overMinutes = 0;
        for (var c : covered.entrySet()) {
            int minutes = c.getKey().end() - c.getKey().start();
            required += (long) c.getKey().required() * minutes;
            shortMinutes += (long) Math.max(0, c.getKey().required() - c.getValue()) * minutes;
            overMinutes += (long) Math.max(0, c.getValue() - c.getKey().required()) * minutes;
        }
        return new Explanation(score, byConstraint, byAgent, coverPenalties(s, covered), PlanChecker.violations(s), why,
                fairnessSpread(s), new Wishes(s.getRequests().size(), requestsMet, preferredStarts, startsAsPreferred),
                new Coverage(required, shortMinutes, overMinutes));
    }

    /**
     * Max − min of nights, weekend days and holidays worked, history included, among the eligible agents of a
     * fairness group; the largest over the groups.
     */
    private static Map<String, Integer> fairnessSpread(Schedule s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (FairnessTerm term : FairnessTerm.values()) {
            out.put(term.key(), spread(s, term));
        }
        return out;
    }

    private static int spread(Schedule s, FairnessTerm term) {
        Map<Agent, Integer> load = new LinkedHashMap<>();
        s.getAgents().stream().filter(term::eligible).forEach(a -> load.put(a, term.history(a)));
        s.getAgentDays().stream().filter(term::counts).filter(ad -> load.containsKey(ad.getAgent()))
                .forEach(ad -> load.merge(ad.getAgent(), 1, Integer::sum));
        Map<String, IntSummaryStatistics> groups = new HashMap<>();
        load.forEach((a, n) -> groups.computeIfAbsent(a.fairnessGroup(), g -> new IntSummaryStatistics()).accept(n));
        return groups.values().stream().mapToInt(g -> g.getMax() - g.getMin()).max().orElse(0);
    }

    /**
     * Shifts of the skill overlapping each coverage interval (as the constraint counts them): those starting
     * before its end less those ending at or before its start, from per-minute prefix counts.
     */
    private static Map<CoverageInterval, Integer> coverageCounts(Schedule s) {
        int edge = 1440;
        int span = (s.getDays() + 2) * 1440 + 1;
        Map<String, int[][]> counts = new HashMap<>();
        for (AgentDay ad : s.getAgentDays()) {
            Shift sh = ad.getShift();
            if (sh != null && sh.type().skill() != null) {
                int[][] c = counts.computeIfAbsent(sh.type().skill(), k -> new int[2][span + 1]);
                c[0][Math.clamp(sh.start() + edge + 1, 0, span)]++;
                c[1][Math.clamp(sh.end() + edge, 0, span)]++;
            }
        }
        for (int[][] c : counts.values()) {
            for (int m = 1; m <= span; m++) {
                c[0][m] += c[0][m - 1];
                c[1][m] += c[1][m - 1];
            }
        }
        Map<CoverageInterval, Integer> out = new LinkedHashMap<>();
        for (CoverageInterval c : s.getCoverage()) {
            int[][] k = counts.get(c.skill());
            out.put(c, k == null ? 0 : k[0][Math.clamp(c.end() + edge, 0, span)] - k[1][Math.clamp(c.start() + edge, 0, span)]);
        }
        return out;
    }

    private static Map<String, Long> coverPenalties(Schedule s, Map<CoverageInterval, Integer> covered) {
        Map<ShiftDemand, Integer> served = new LinkedHashMap<>();
        s.getDemands().forEach(d -> served.put(d, 0));
        for (AgentDay ad : s.getAgentDays()) {
            if (ad.getShift() != null && ad.getShift().demand() != null) {
                served.merge(ad.getShift().demand(), 1, Integer::sum);
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        served.forEach((d, n) -> out.put(d.toString(), n < d.required() ? (long) (d.required() - n) * d.underWeight()
                : (long) (n - d.required()) * d.overWeight()));
        // the squared shortfall, as SoftTerms.coverageUnder weighs it
        covered.forEach((c, n) -> out.put(c.toString(), n < c.required() ? (long) (c.required() - n) * (c.required() - n) * c.underWeight()
                : (long) (n - c.required()) * c.overWeight()));
        return out;
    }

    private static boolean covers(CoverageInterval c, Shift s) {
        return c.skill().equals(s.type().skill()) && s.start() < c.end() && c.start() < s.end();
    }

    private static List<String> reasons(Map<String, List<String>> why, AgentDay ad) {
        return why.computeIfAbsent(ad.getId(), k -> new ArrayList<>());
    }
}
