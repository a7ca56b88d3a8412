package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * For {@link ReducedCostSearch}: at demand prices {@code π}, every agent's rosters whose reduced cost leaves room for a
 * plan cheaper than the incumbent, cheapest first, with what they serve; and the Lagrangian bound {@code L(π)}. An
 * agent with too many such rosters has those within a narrower window listed: the lists are then not complete.
 */
final class RosterLists {

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
    /** No tie-breaking: the pricing's best roster is then worth exactly its value. */
    private static final RandomGenerator NO_TIES = () -> 0L;

    final double[] price;
    final double bound;
    /** Per agent, the most any of its rosters is worth at {@link #price}. */
    final double[] top;
    /** Per agent, its listed rosters cheapest first, what they serve and their reduced costs (null: none listed). */
    final Shift[][][] rosters;
    final int[][][] uses;
    final double[][] rc;
    final int[][] serves;
    final int[][] always;
    final List<Integer> listed = new ArrayList<>();
    final int[] required;
    final double[] shortRc;
    final double[] overRc;
    /**
     * Whether every roster within the window is listed for every agent: no agent's window was narrowed, and no listing
     * found a roster worth more than the pricing said any roster of its agent could be (which would lower the bound
     * and widen every window). Only then does a plan cheaper than the incumbent use listed rosters alone.
     */
    final boolean complete;

    /**
     * @param required per demand, the cover it wants
     * @param shortRc  per demand, the reduced cost of a unit short at {@code price}
     * @param overRc   per demand, the reduced cost of a unit over at {@code price}
     */
    RosterLists(double[] price, double bound, double[] top, Shift[][][] rosters, int[][][] uses, double[][] rc,
            int[] required, double[] shortRc, double[] overRc, boolean complete) {
        this.price = price;
        this.required = required;
        this.shortRc = shortRc;
        this.overRc = overRc;
        this.complete = complete;
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
    }

    /**
     * Lists, at the demand prices {@code duals}, every agent's rosters that a plan cheaper than {@code upper} could
     * use; {@code null} when no such plan exists (the incumbent is optimal), or the listing did not end by the
     * deadline.
     */
    static RosterLists build(ColumnPool master, double[] duals, long upper, long deadline) {
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
                top[a] = worth.of(best);
                lagrangian -= top[a];
            }
        }
        // a listing may find a roster worth more than the pricing's (whose fronts are capped): that lowers the bound
        // and widens every agent's window by as much, so the rosters are listed once more with the bests found
        Shift[][][] rosters;
        int[][][] uses;
        double[][] rc;
        boolean complete;
        for (int attempt = 0; ; attempt++) {
            double[] first = top.clone();
            double window = upper - 1 - lagrangian + JointChoice.TOLERANCE;
            if (window < 0) {
                return null;
            }
            rosters = new Shift[grid.length][][];
            uses = new int[grid.length][][];
            rc = new double[grid.length][];
            long total = 0;
            complete = true;
            for (int a = 0; a < grid.length; a++) {
                if (grid[a].length == 0) {
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    return null;
                }
                if (total >= MAX_TOTAL) {
                    complete = false;
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
                    complete &= w == window;
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
            double raised = 0;
            for (int a = 0; a < grid.length; a++) {
                raised += top[a] - first[a];
            }
            lagrangian -= raised;
            if (raised <= JointChoice.TOLERANCE) {
                break;
            }
            if (attempt == 1) {
                complete = false; // the other agents' windows were too narrow by as much
                break;
            }
        }
        double bound = lagrangian;
        int m = price.length;
        int[] required = new int[m];
        double[] shortRc = new double[m];
        double[] overRc = new double[m];
        for (int i = 0; i < m; i++) {
            ShiftDemand d = master.demands.get(i);
            required[i] = d.required();
            shortRc[i] = d.underWeight() - price[i];
            overRc[i] = d.overWeight() + price[i];
        }
        return new RosterLists(price, bound, top, rosters, uses, rc, required, shortRc, overRc, complete);
    }

    private static int[] served(ColumnPool master, Shift[] roster) {
        return Arrays.stream(roster).filter(s -> s != null && s.demand() != null && master.index.containsKey(s.demand()))
                .mapToInt(s -> master.index.get(s.demand())).toArray();
    }


    private static Contract contract(AgentDay[] row) {
        return row[0].getAgent().contract();
    }
}
