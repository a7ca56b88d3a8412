package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The search over every roster that could belong to a better plan. At demand prices {@code π} (the duals of the
 * master's relaxation), every plan costs the Lagrangian bound {@code L(π)} plus the reduced costs of its rosters,
 * shortages and excesses, none negative. A plan cheaper than the incumbent's {@code U} therefore uses only rosters of
 * reduced cost at most {@code U − 1 − L(π)}: for each agent those are listed ({@link RosterEnumeration}), which on
 * small plans takes about a second. This is the reduced-cost column enumeration of exact vehicle routing (Baldacci,
 * Christofides &amp; Mingozzi 2008, "An exact algorithm for the vehicle routing problem based on the set partitioning
 * formulation with additional cuts", Math. Prog. 115). Over the lists, branch and bound ({@link ListedBranching})
 * looks for the cheapest plan; when the lists are complete and it ends, that plan is optimal (ADR 0062). Where an
 * agent's list had to be cut short, it takes the first better plan it finds, and the rosters are listed again within
 * the narrower window that plan leaves. When it can do no more, a few agents chosen at random at a time get the
 * cheapest joint choice of their listed rosters, the others' fixed ({@link JointChoice}; ADR 0059).
 */
final class ReducedCostSearch {

    /** Agents re-chosen together in one step. */
    private static final int GROUP = Integer.getInteger("homeshore.scheduling.enumGroup", 4);
    /** Rosters one step may look at. */
    private static final long STEP_WORK = 2_000_000;
    private final ColumnPool master;
    private final double[] duals;
    private RosterLists lists;

    private ReducedCostSearch(ColumnPool master, double[] duals, RosterLists lists) {
        this.master = master;
        this.duals = duals;
        this.lists = lists;
    }

    /**
     * The search over every roster a plan cheaper than {@code upper} could use, at the demand prices {@code duals}
     * ({@link RosterLists}); {@code null} when no such plan exists (the incumbent is optimal), or the listing gave up
     * or did not end by the deadline.
     */
    static ReducedCostSearch build(ColumnPool master, double[] duals, long upper, long deadline) {
        RosterLists lists = RosterLists.build(master, duals, upper, deadline);
        return lists == null ? null : new ReducedCostSearch(master, duals, lists);
    }

    /**
     * Searches the lists by branch and bound, then re-chooses groups of agents exactly, until the deadline or until
     * the best plan so far is proven optimal, each time from the best plan so far (the {@code incumbent}, one column
     * of {@link ColumnPool} per agent); returns the best plan.
     */
    int[] improve(int[] incumbent, SplittableRandom random, long deadline, BooleanSupplier stop) {
        long cost = master.cost(incumbent);
        if (lists.complete && !everyAgentListed()) {
            return incumbent; // an agent has no roster a cheaper plan could use: there is none
        }
        // the whole plan by branch and bound, while every agent with days has listed rosters; lists cut short for
        // size are listed again, after the first plan found, within the narrower window that plan leaves
        while (everyAgentListed() && System.nanoTime() < deadline && !stop.getAsBoolean()) {
            ListedBranching tree = new ListedBranching(lists, deadline, stop);
            Shift[][] plan = tree.cheapest(cost - 1 - lists.bound + JointChoice.TOLERANCE, !lists.complete);
            int[] next = plan == null ? incumbent : with(incumbent, tree.agents(), plan);
            boolean better = master.cost(next) < cost;
            if (better) {
                incumbent = next;
                cost = master.cost(next);
            }
            if (tree.ended() && lists.complete) {
                return incumbent; // no plan is cheaper
            }
            RosterLists again = better && !lists.complete ? RosterLists.build(master, duals, cost, deadline) : null;
            if (again == null) {
                break;
            }
            lists = again;
        }
        int group = Math.min(GROUP, lists.listed.size());
        double[] own = reducedCosts(incumbent);
        // until no plan can be cheaper than the bound allows
        while (group > 0 && cost - 1 - lists.bound + JointChoice.TOLERANCE >= 0 && System.nanoTime() < deadline
                && !stop.getAsBoolean()) {
            List<Integer> free = pick(random, group, own);
            int[] base = new int[lists.price.length];
            double fixed = 0;
            for (int a = 0; a < master.grid.length; a++) {
                if (master.grid[a].length > 0 && !free.contains(a)) {
                    for (int i : master.uses.get(a).get(incumbent[a])) {
                        base[i]++;
                    }
                    fixed += own[a];
                }
            }
            double limit = cost - 1 - lists.bound - fixed + JointChoice.TOLERANCE;
            if (limit < 0) {
                continue;
            }
            int k = free.size();
            int[][][] u = new int[k][][];
            double[][] r = new double[k][];
            int[][] s = new int[k][];
            int[][] al = new int[k][];
            for (int j = 0; j < k; j++) {
                int a = free.get(j);
                u[j] = lists.uses[a];
                r[j] = lists.rc[a];
                s[j] = lists.serves[a];
                al[j] = lists.always[a];
            }
            int[] choice = new JointChoice(base, u, r, s, al, lists.required, lists.shortRc, lists.overRc, STEP_WORK,
                    deadline).cheapest(limit);
            if (choice != null) {
                int[] agents = free.stream().mapToInt(Integer::intValue).toArray();
                Shift[][] rosters = new Shift[k][];
                for (int j = 0; j < k; j++) {
                    rosters[j] = lists.rosters[agents[j]][choice[j]];
                }
                int[] next = with(incumbent, agents, rosters);
                long c = master.cost(next);
                if (c < cost) {
                    cost = c;
                    incumbent = next;
                    own = reducedCosts(incumbent);
                }
            }
        }
        return incumbent;
    }

    /** The plan {@code incumbent} with each of {@code agents} given its roster of {@code rosters} instead. */
    private int[] with(int[] incumbent, int[] agents, Shift[][] rosters) {
        int[] next = incumbent.clone();
        for (int j = 0; j < agents.length; j++) {
            next[agents[j]] = master.add(agents[j], rosters[j]);
        }
        return next;
    }

    /** Whether every agent with days has rosters listed. */
    private boolean everyAgentListed() {
        for (int a = 0; a < master.grid.length; a++) {
            if (master.grid[a].length > 0 && lists.rosters[a] == null) {
                return false;
            }
        }
        return true;
    }

    /** The Lagrangian bound at the prices used: no plan costs less. */
    double bound() {
        return lists.bound;
    }

    /** Per agent, the reduced cost of its roster in the plan {@code chosen}. */
    private double[] reducedCosts(int[] chosen) {
        double[] own = new double[chosen.length];
        for (int a = 0; a < chosen.length; a++) {
            if (master.grid[a].length > 0) {
                own[a] = lists.top[a] - master.worth(a, lists.price).of(master.columns.get(a).get(chosen[a]));
            }
        }
        return own;
    }

    /**
     * {@code group} agents with listed rosters, fewest rosters first (so the search branches least high up): the first
     * drawn in proportion to the reduced cost of its roster in the plan (a group can save at most what its agents'
     * rosters and the cover cost above the bound), the others at random.
     */
    private List<Integer> pick(SplittableRandom random, int group, double[] own) {
        List<Integer> all = new ArrayList<>(lists.listed);
        double sum = all.stream().mapToDouble(a -> own[a]).sum();
        int first = random.nextInt(all.size());
        if (sum > JointChoice.TOLERANCE) {
            double at = random.nextDouble() * sum;
            for (first = 0; first < all.size() - 1 && at >= own[all.get(first)]; first++) {
                at -= own[all.get(first)];
            }
        }
        all.set(0, all.set(first, all.get(0)));
        for (int i = 1; i < group; i++) {
            int j = i + random.nextInt(all.size() - i);
            all.set(i, all.set(j, all.get(i)));
        }
        List<Integer> free = new ArrayList<>(all.subList(0, group));
        free.sort(Comparator.comparingInt(a -> lists.rc[a].length));
        return free;
    }
}
