package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/**
 * Large-neighbourhood search over every roster that could belong to a better plan. At demand prices {@code π} (the
 * duals of the master's relaxation), every plan costs the Lagrangian bound {@code L(π)} plus the reduced costs of its
 * rosters, shortages and excesses, none negative. A plan cheaper than the incumbent's {@code U} therefore uses only
 * rosters of reduced cost at most {@code U − 1 − L(π)}: for each agent those are listed ({@link RosterEnumeration}),
 * which on small plans takes well under a second. Then, again and again, a few agents chosen at random get the
 * cheapest joint choice of their listed rosters, the others' fixed ({@link JointChoice}): an exact step over a
 * neighbourhood far larger than one agent's best roster at a time. This is the reduced-cost column enumeration of
 * exact vehicle routing (Baldacci, Christofides &amp; Mingozzi 2008, "An exact algorithm for the vehicle routing
 * problem based on the set partitioning formulation with additional cuts", Math. Prog. 115), used here inside a
 * large-neighbourhood search (ADR 0059).
 */
final class ReducedCostSearch {

    /** Rosters listed per agent at most; past it the agent's window of reduced cost is halved. */
    private static final int MAX_ROSTERS = Integer.getInteger("homeshore.scheduling.enumRosters", 50_000);
    /** Partial rosters an agent's listing may visit. */
    private static final long MAX_NODES = 2_000_000;
    /** Rosters listed for all agents at most. */
    private static final long MAX_TOTAL = 600_000;
    /**
     * The narrowest window, as a share of the full one, an agent's listing may be cut to; an agent whose listing
     * still overflows there has a bound too loose to list (Curtois 8, four shift types of which two limited per
     * agent), and the search is not run.
     */
    private static final double NARROWEST = 1.0 / 16;
    /** Agents re-chosen together in one step. */
    private static final int GROUP = Integer.getInteger("homeshore.scheduling.enumGroup", 4);
    /** Rosters one step may look at. */
    private static final long STEP_WORK = 2_000_000;
    /** No tie-breaking: the pricing's best roster is then worth exactly its value. */
    private static final RandomGenerator NO_TIES = () -> 0L;

    private final ColumnPool master;
    private final double[] price;
    private final double bound;
    /** Per agent, the most any of its rosters is worth at {@link #price}. */
    private final double[] top;
    /** Per agent, its listed rosters cheapest first, what they serve and their reduced costs (null: none listed). */
    private final Shift[][][] rosters;
    private final int[][][] uses;
    private final double[][] rc;
    private final int[][] serves;
    private final int[][] always;
    private final List<Integer> listed = new ArrayList<>();
    private final int[] required;
    private final double[] shortRc;
    private final double[] overRc;

    private ReducedCostSearch(ColumnPool master, double[] price, double bound, double[] top, Shift[][][] rosters,
            int[][][] uses, double[][] rc) {
        this.master = master;
        this.price = price;
        this.bound = bound;
        this.top = top;
        this.rosters = rosters;
        this.uses = uses;
        this.rc = rc;
        int m = price.length;
        serves = new int[rosters.length][];
        always = new int[rosters.length][];
        for (int a = 0; a < rosters.length; a++) {
            if (rosters[a] != null) {
                listed.add(a);
                serves[a] = new int[m];
                always[a] = new int[m];
                int[] times = new int[m];
                for (int[] u : uses[a]) {
                    for (int d : u) {
                        times[d]++;
                    }
                }
                for (int d = 0; d < m; d++) {
                    serves[a][d] = times[d] > 0 ? 1 : 0;
                    always[a][d] = times[d] == uses[a].length ? 1 : 0;
                }
            }
        }
        required = new int[m];
        shortRc = new double[m];
        overRc = new double[m];
        for (int i = 0; i < m; i++) {
            ShiftDemand d = master.demands.get(i);
            required[i] = d.required();
            shortRc[i] = d.underWeight() - price[i];
            overRc[i] = d.overWeight() + price[i];
        }
    }

    /**
     * Lists, at the demand prices {@code duals}, every agent's rosters that a plan cheaper than {@code upper} could
     * use; {@code null} when no such plan exists (the incumbent is optimal), or the listing did not end by the
     * deadline.
     */
    static ReducedCostSearch build(ColumnPool master, double[] duals, long upper, long deadline) {
        AgentDay[][] grid = master.grid;
        double[] price = new double[duals.length];
        double lagrangian = 0;
        for (int i = 0; i < price.length; i++) {
            ShiftDemand d = master.demands.get(i);
            // prices outside [-over, under] would make a shortage or an excess of negative reduced cost
            price[i] = Math.max(-d.overWeight(), Math.min(d.underWeight(), duals[i]));
            lagrangian += price[i] * d.required();
        }
        double[] top = new double[grid.length];
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                RosterPricing.DayValue worth = master.worth(a, price);
                Shift[] best = RosterPricing.best(grid[a], contract(grid[a]), worth, NO_TIES, null,
                        RosterPricing.MAX_LABELS);
                if (RosterBreaches.owed(grid[a], best, contract(grid[a])) > 0) {
                    return null; // no roster of this agent keeps every rule: nothing to list
                }
                top[a] = value(worth, best);
                lagrangian -= top[a];
            }
        }
        double[] first = top.clone();
        double window = upper - 1 - lagrangian + JointChoice.TOLERANCE;
        if (window < 0) {
            return null;
        }
        Shift[][][] rosters = new Shift[grid.length][][];
        int[][][] uses = new int[grid.length][][];
        double[][] rc = new double[grid.length][];
        long total = 0;
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length == 0) {
                continue;
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            if (total >= MAX_TOTAL) {
                break;
            }
            RosterPricing.DayValue worth = master.worth(a, price);
            RosterEnumeration listing = null;
            // too many rosters within the window: those within half of it (then the list is not complete)
            for (double w = window; listing == null || listing.overflow; w /= 2) {
                if (w < window * NARROWEST) {
                    return null;
                }
                listing = RosterEnumeration.within(grid[a], contract(grid[a]), worth, top[a] - w,
                        (int) Math.min(MAX_ROSTERS, MAX_TOTAL - total), MAX_NODES);
            }
            if (listing.rosters.isEmpty()) {
                continue;
            }
            int size = listing.rosters.size();
            total += size;
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
                top[a] = Math.max(top[a], listing.worth.get(i));
            }
            final RosterEnumeration found = listing;
            Arrays.sort(order, Comparator.comparingDouble(i -> -found.worth.get(i)));
            rosters[a] = new Shift[size][];
            uses[a] = new int[size][];
            rc[a] = new double[size];
            for (int j = 0; j < size; j++) {
                rosters[a][j] = found.roster(order[j]);
                uses[a][j] = served(master, rosters[a][j]);
                rc[a][j] = top[a] - found.worth.get(order[j]);
            }
        }
        // the listing may have found a roster worth more than the pricing's (whose fronts are capped)
        double bound = lagrangian;
        for (int a = 0; a < grid.length; a++) {
            bound -= top[a] - first[a];
        }
        return new ReducedCostSearch(master, price, bound, top, rosters, uses, rc);
    }

    /**
     * Re-chooses groups of agents exactly until the deadline, or until the best plan so far is proven optimal (no plan
     * can cost less than the bound), each time from the best plan so far (the {@code incumbent}, one column of
     * {@link ColumnPool} per agent); returns the best plan.
     */
    int[] improve(int[] incumbent, SplittableRandom random, long deadline, BooleanSupplier stop) {
        long cost = master.cost(incumbent);
        int group = Math.min(GROUP, listed.size());
        // until no plan can be cheaper than the bound allows
        while (group > 0 && cost - 1 - bound + JointChoice.TOLERANCE >= 0 && System.nanoTime() < deadline
                && !stop.getAsBoolean()) {
            double[] own = reducedCosts(incumbent);
            List<Integer> free = pick(random, group, own);
            int[] base = new int[price.length];
            double fixed = 0;
            for (int a = 0; a < master.grid.length; a++) {
                if (master.grid[a].length > 0 && !free.contains(a)) {
                    for (int i : master.uses.get(a).get(incumbent[a])) {
                        base[i]++;
                    }
                    fixed += own[a];
                }
            }
            double limit = cost - 1 - bound - fixed + JointChoice.TOLERANCE;
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
                u[j] = uses[a];
                r[j] = rc[a];
                s[j] = serves[a];
                al[j] = always[a];
            }
            int[] choice = new JointChoice(base, u, r, s, al, required, shortRc, overRc, STEP_WORK, deadline)
                    .cheapest(limit);
            if (choice != null) {
                int[] next = incumbent.clone();
                for (int j = 0; j < k; j++) {
                    int a = free.get(j);
                    next[a] = master.add(a, rosters[a][choice[j]]);
                }
                long c = master.cost(next);
                if (c < cost) {
                    cost = c;
                    incumbent = next;
                }
            }
        }
        return incumbent;
    }

    /** The Lagrangian bound at the prices used: no plan costs less. */
    double bound() {
        return bound;
    }

    /** Per agent, the reduced cost of its roster in the plan {@code chosen}. */
    private double[] reducedCosts(int[] chosen) {
        double[] own = new double[chosen.length];
        for (int a = 0; a < chosen.length; a++) {
            if (master.grid[a].length > 0) {
                own[a] = top[a] - value(master.worth(a, price), master.columns.get(a).get(chosen[a]));
            }
        }
        return own;
    }

    /**
     * {@code group} agents with listed rosters, fewest rosters first (so the search branches least high up): the first
     * drawn in proportion to the reduced cost of its roster in the plan (a group can improve the plan only by what
     * its agents' rosters and the cover cost above the bound), the others at random.
     */
    private List<Integer> pick(SplittableRandom random, int group, double[] own) {
        List<Integer> all = new ArrayList<>(listed);
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
        free.sort(Comparator.comparingInt(a -> rc[a].length));
        return free;
    }

    private static int[] served(ColumnPool master, Shift[] roster) {
        return Arrays.stream(roster).filter(s -> s != null && s.demand() != null && master.index.containsKey(s.demand()))
                .mapToInt(s -> master.index.get(s.demand())).toArray();
    }

    private static double value(RosterPricing.DayValue worth, Shift[] roster) {
        double sum = 0;
        for (int d = 0; d < roster.length; d++) {
            sum += worth.of(d, roster[d]);
        }
        return sum;
    }

    private static Contract contract(AgentDay[] row) {
        return row[0].getAgent().contract();
    }
}
