package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.FairnessTerm;
import io.homeshore.scheduling.solver.Shift;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nights, weekend days and holidays each agent works (history included), summed per fairness group, so that a
 * roster drawn for one agent can be charged what it does to the group's fairness — the soft terms' measure
 * (Σ (x − x̄)² over the group's eligible agents, times the term's weight) with everyone else as they stand.
 * Without it the construction, which places most shifts, sees only cover and wishes, and whoever is drawn first
 * takes every weekend the cover wants.
 */
final class FairShares {

    private static final FairnessTerm[] TERMS = FairnessTerm.values();

    private final long[] weights = new long[3];
    private final Map<Agent, int[]> counts = new IdentityHashMap<>();
    /** Per group and term: eligible agents, Σx and Σx². */
    private final Map<String, long[][]> groups = new HashMap<>();

    FairShares(List<Agent> agents, ConstraintWeightOverrides<HardSoftScore> overrides) {
        for (int t = 0; t < 3; t++) {
            HardSoftScore w = overrides == null ? null : overrides.getConstraintWeight(TERMS[t].constraint());
            weights[t] = w == null ? 1 : w.softScore();
        }
        for (Agent a : agents) {
            long[][] g = groups.computeIfAbsent(a.fairnessGroup(), k -> new long[3][3]);
            int[] x = history(a);
            counts.put(a, x);
            for (int t = 0; t < 3; t++) {
                if (TERMS[t].eligible(a)) {
                    g[t][0]++;
                    g[t][1] += x[t];
                    g[t][2] += (long) x[t] * x[t];
                }
            }
        }
    }

    private FairShares(FairShares of) {
        System.arraycopy(of.weights, 0, weights, 0, weights.length);
        counts.putAll(of.counts); // the counts are replaced, never changed in place
        of.groups.forEach((group, sums) -> {
            long[][] copy = new long[sums.length][];
            for (int t = 0; t < sums.length; t++) {
                copy[t] = sums[t].clone();
            }
            groups.put(group, copy);
        });
    }

    /** A copy that changes independently of these shares. */
    FairShares copy() {
        return new FairShares(this);
    }

    /** Whether any fairness term weighs anything (the Curtois mapping switches them off). */
    boolean weighs() {
        return weights[0] != 0 || weights[1] != 0 || weights[2] != 0;
    }

    /** Records the agent's roster as it now stands. */
    void set(AgentDay[] row, Shift[] shifts) {
        if (row.length == 0 || !weighs()) {
            return;
        }
        Agent a = row[0].getAgent();
        int[] before = counts.get(a);
        if (before == null) {
            return;
        }
        int[] after = of(row, shifts);
        long[][] g = groups.get(a.fairnessGroup());
        for (int t = 0; t < 3; t++) {
            if (TERMS[t].eligible(a)) {
                g[t][1] += after[t] - before[t];
                g[t][2] += (long) after[t] * after[t] - (long) before[t] * before[t];
            }
        }
        counts.put(a, after);
    }

    /** The fairness terms' value with this roster for the agent and everyone else as recorded. */
    long cost(AgentDay[] row, Shift[] shifts) {
        if (row.length == 0 || !weighs()) {
            return 0;
        }
        Agent a = row[0].getAgent();
        int[] current = counts.get(a);
        if (current == null) {
            return 0;
        }
        int[] x = of(row, shifts);
        long[][] g = groups.get(a.fairnessGroup());
        long cost = 0;
        for (int t = 0; t < 3; t++) {
            long n = g[t][0];
            if (weights[t] == 0 || n < 2 || !TERMS[t].eligible(a)) {
                continue;
            }
            double sum = g[t][1] - current[t] + x[t];
            double squares = g[t][2] - (long) current[t] * current[t] + (long) x[t] * x[t];
            cost += weights[t] * Math.round((n * squares - sum * sum) / n);
        }
        return cost;
    }

    /** Nights, weekend days and holidays of a roster, history included. */
    private static int[] of(AgentDay[] row, Shift[] shifts) {
        int[] x = history(row[0].getAgent());
        for (int i = 0; i < row.length; i++) {
            for (int t = 0; t < 3; t++) {
                x[t] += TERMS[t].counts(row[i], shifts[i]) ? 1 : 0;
            }
        }
        return x;
    }

    private static int[] history(Agent a) {
        int[] x = new int[3];
        for (int t = 0; t < 3; t++) {
            x[t] = TERMS[t].history(a);
        }
        return x;
    }
}
