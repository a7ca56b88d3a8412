package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The cheapest plan of listed rosters ({@link RosterLists}), by branch and bound. It works in reduced costs at the
 * listing's prices, so a plan costs the listing's bound plus its rosters' reduced costs plus those of the shortages and
 * excesses it leaves, all non-negative; when the lists are complete, a plan cheaper than the incumbent uses listed
 * rosters alone. Each node solves the linear relaxation ({@link MasterLp}) over the listed rosters that keep the node's
 * branches, its columns priced from the lists, so no node needs a pricing programme. A node whose value exceeds the
 * limit is dropped; one whose solution is whole is a plan. Otherwise the agent-day share nearest one half is branched
 * on, depth first: that shift (or rest) taken on that day, then another choice there; the branching on assignments of
 * branch and price for rostering (Maenhout &amp; Vanhoucke 2010, "Branching strategies in a branch-and-price approach
 * for a multiple objective nurse scheduling problem", J. Sched. 13). At each node the rosters whose reduced cost at
 * the node's duals leaves no room under the limit leave the node's subtree (reduced-cost fixing). ADR 0062.
 */
final class ListedBranching {

    /** A share this far from 0 and 1 is fractional. */
    private static final double FRACTIONAL = 1e-4;
    /** A roster priced below this enters the node's relaxation. */
    private static final double ENTERS = -1e-7;
    /** Listed rosters each agent gives the relaxation per round of pricing at most, the cheapest. */
    private static final int PER_ROUND = 16;

    private final RosterLists lists;
    /** The listed agents, by position. */
    private final int[] free;
    private final long deadline;
    private final BooleanSupplier stop;
    /** Per position, its agent's listed rosters that keep the node's branches and may still fit, cheapest first. */
    private final int[][] candidates;
    private double limit;
    private Shift[][] best;
    private boolean firstOnly;
    private boolean cut;

    /** A branch: on the day, the shift (null: rest) is taken, or another choice. */
    private record Fix(int day, Shift shift, boolean to) {
        boolean keptBy(Shift[] roster) {
            return (roster[day] == shift) == to;
        }
    }

    private record Share(int position, int day, Shift shift) {
    }

    /** A search of every listed agent's rosters; every agent with days must have some. */
    ListedBranching(RosterLists lists, long deadline, BooleanSupplier stop) {
        this.lists = lists;
        this.deadline = deadline;
        this.stop = stop;
        free = lists.listed.stream().mapToInt(Integer::intValue).toArray();
        candidates = new int[free.length][];
        for (int p = 0; p < free.length; p++) {
            candidates[p] = new int[lists.rc[free[p]].length];
            Arrays.setAll(candidates[p], j -> j);
        }
    }

    /**
     * The plan (per agent of {@link #agents}, its roster) whose reduced costs sum to least, and to at most
     * {@code limit}; {@code null} if none was found. With {@code firstOnly}, the first plan found within the limit.
     * The search is cut short at the deadline or when asked to stop.
     */
    Shift[][] cheapest(double limit, boolean firstOnly) {
        this.limit = limit;
        this.firstOnly = firstOnly;
        branch(List.of());
        return best;
    }

    /** Whether the last search looked at every node it could not drop: its plan is then the cheapest listed. */
    boolean ended() {
        return !cut;
    }

    /** The agents of the plan {@link #cheapest} returns, in its order. */
    int[] agents() {
        return free;
    }

    private boolean exhausted() {
        cut |= firstOnly && best != null || System.nanoTime() > deadline || stop.getAsBoolean();
        return cut;
    }

    /** Searches the node of the current branches; {@code carried}: the parent's rosters in use. */
    private void branch(List<int[]> carried) {
        if (exhausted()) {
            return;
        }
        MasterLp lp = relaxation(carried);
        if (lp == null || lp.objective() > limit) {
            return;
        }
        List<int[]> used = new ArrayList<>();
        Share share = choose(lp, used);
        if (share == null) {
            record(used);
            return;
        }
        int[][] kept = candidates.clone();
        narrow(lp);
        int p = share.position();
        for (boolean to : new boolean[] {true, false}) {
            // the first child may have found a plan that leaves this node no room
            if (lp.objective() > limit || exhausted()) {
                break;
            }
            Fix fix = new Fix(share.day(), share.shift(), to);
            int[] before = candidates[p];
            candidates[p] = Arrays.stream(before).filter(j -> fix.keptBy(lists.rosters[free[p]][j])).toArray();
            branch(used);
            candidates[p] = before;
        }
        System.arraycopy(kept, 0, candidates, 0, kept.length);
    }

    /**
     * Reduced-cost fixing: at the node's duals, a plan in the node costs at least the relaxation's value plus the
     * reduced cost of each roster it uses, so a roster whose reduced cost exceeds the room left under the limit
     * belongs to no plan within it in the node's subtree.
     */
    private void narrow(MasterLp lp) {
        double room = limit - lp.objective();
        double[] pi = duals(lp);
        for (int p = 0; p < free.length; p++) {
            int q = p;
            double mu = lp.agentPrice(p);
            candidates[p] = Arrays.stream(candidates[p]).filter(j -> reducedCost(q, j, pi, mu) <= room).toArray();
        }
    }

    private double reducedCost(int p, int k, double[] pi, double mu) {
        double d = lists.rc[free[p]][k] - mu;
        for (int i : lists.uses[free[p]][k]) {
            d -= pi[i];
        }
        return d;
    }

    private double[] duals(MasterLp lp) {
        double[] pi = new double[lists.required.length];
        for (int i = 0; i < pi.length; i++) {
            pi[i] = lp.price(i);
        }
        return pi;
    }

    /**
     * The node's relaxation, solved over every candidate, from the parent's {@code carried} rosters that are still
     * candidates; {@code null} when an agent has none left, or out of time.
     */
    private MasterLp relaxation(List<int[]> carried) {
        int[] startK = new int[free.length];
        Arrays.fill(startK, -1);
        // each agent's start: its parent's roster of most value that is still a candidate, else its cheapest
        int[] most = new int[free.length];
        for (int[] c : carried) {
            if (c[2] > most[c[0]] && isCandidate(c[0], c[1])) {
                most[c[0]] = c[2];
                startK[c[0]] = c[1];
            }
        }
        int[][] startUses = new int[free.length][];
        double[] startCost = new double[free.length];
        for (int p = 0; p < free.length; p++) {
            if (candidates[p].length == 0) {
                return null;
            }
            startK[p] = startK[p] >= 0 ? startK[p] : candidates[p][0];
            startUses[p] = lists.uses[free[p]][startK[p]];
            startCost[p] = lists.rc[free[p]][startK[p]];
        }
        MasterLp lp = new MasterLp(lists.required, lists.shortRc, lists.overRc, startUses, startCost, startK);
        for (int[] c : carried) {
            if (c[1] != startK[c[0]] && isCandidate(c[0], c[1])) {
                lp.addColumn(c[0], c[1], lists.uses[free[c[0]]][c[1]], lists.rc[free[c[0]]][c[1]]);
            }
        }
        do {
            if (!lp.solve(deadline)) {
                return null;
            }
        } while (price(lp) > 0);
        return lp;
    }

    private boolean isCandidate(int p, int j) {
        return Arrays.binarySearch(candidates[p], j) >= 0;
    }

    /** Gives the relaxation each agent's cheapest candidates of negative reduced cost; returns how many. */
    private int price(MasterLp lp) {
        double[] pi = duals(lp);
        int added = 0;
        double[] cheapest = new double[PER_ROUND];
        int[] which = new int[PER_ROUND];
        for (int p = 0; p < free.length; p++) {
            double mu = lp.agentPrice(p);
            int found = 0;
            for (int j : candidates[p]) {
                double d = reducedCost(p, j, pi, mu);
                if (d < ENTERS && (found < PER_ROUND || d < cheapest[found - 1])) {
                    // into the few cheapest so far, kept in ascending order
                    int at = Math.min(found, PER_ROUND - 1);
                    for (; at > 0 && cheapest[at - 1] > d; at--) {
                        cheapest[at] = cheapest[at - 1];
                        which[at] = which[at - 1];
                    }
                    cheapest[at] = d;
                    which[at] = j;
                    found = Math.min(found + 1, PER_ROUND);
                }
            }
            for (int q = 0; q < found; q++) {
                lp.addColumn(p, which[q], lists.uses[free[p]][which[q]], lists.rc[free[p]][which[q]]);
            }
            added += found;
        }
        return added;
    }

    /**
     * Reads the solution's rosters in use into {@code used} (position, index, value in millionths) and returns the
     * share to branch on: the fractional agent-day share nearest one half; {@code null} when the solution is whole.
     */
    private Share choose(MasterLp lp, List<int[]> used) {
        Share pick = null;
        double pickValue = 0;
        for (int p = 0; p < free.length; p++) {
            int q = p;
            Map<Integer, Map<Shift, Double>> shares = new HashMap<>();
            lp.forEachValue(p, (k, value) -> {
                used.add(new int[] {q, k, (int) Math.round(value * 1e6)});
                Shift[] roster = lists.rosters[free[q]][k];
                for (int d = 0; d < roster.length; d++) {
                    shares.computeIfAbsent(d, x -> new HashMap<>()).merge(roster[d], value, Double::sum);
                }
            });
            for (Map.Entry<Integer, Map<Shift, Double>> day : shares.entrySet()) {
                for (Map.Entry<Shift, Double> e : day.getValue().entrySet()) {
                    double v = e.getValue();
                    if (v > FRACTIONAL && v < 1 - FRACTIONAL && Math.abs(0.5 - v) < Math.abs(0.5 - pickValue)) {
                        pick = new Share(p, day.getKey(), e.getKey());
                        pickValue = v;
                    }
                }
            }
        }
        return pick;
    }

    /**
     * A whole solution: each agent's roster of most value is a plan; kept, and the limit lowered below its exact cost,
     * when within the limit.
     */
    private void record(List<int[]> used) {
        int[] most = new int[free.length];
        int[] choice = new int[free.length];
        Arrays.fill(most, -1);
        for (int[] c : used) {
            if (c[2] > most[c[0]]) {
                most[c[0]] = c[2];
                choice[c[0]] = c[1];
            }
        }
        int[] served = new int[lists.required.length];
        double total = 0;
        for (int p = 0; p < free.length; p++) {
            total += lists.rc[free[p]][choice[p]];
            for (int i : lists.uses[free[p]][choice[p]]) {
                served[i]++;
            }
        }
        for (int i = 0; i < served.length; i++) {
            int gap = lists.required[i] - served[i];
            total += gap > 0 ? gap * lists.shortRc[i] : -gap * lists.overRc[i];
        }
        if (total <= limit) {
            best = new Shift[free.length][];
            for (int p = 0; p < free.length; p++) {
                best[p] = lists.rosters[free[p]][choice[p]];
            }
            limit = total - 1 + JointChoice.TOLERANCE;
        }
    }
}
