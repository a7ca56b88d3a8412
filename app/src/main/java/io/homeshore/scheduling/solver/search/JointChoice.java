package io.homeshore.scheduling.solver.search;

/**
 * The cheapest choice of one roster for each of a few agents, the other agents' rosters fixed, among listed rosters
 * ({@link ReducedCostSearch}). It works in reduced costs at fixed demand prices: a plan costs the Lagrangian bound plus
 * the reduced costs of its rosters plus those of its shortages and excesses, all of them non-negative. A depth-first
 * search over the agents, each agent's rosters cheapest first, drops a partial choice once that sum (the unchosen
 * agents counted at 0, the shortages and excesses they could not avoid counted) exceeds the limit.
 */
final class JointChoice {

    /** Costs are whole numbers: a better choice costs at least 1 less, give or take rounding. */
    static final double TOLERANCE = 1e-6;

    private final int agents;
    private final int[][][] uses;
    private final double[][] rc;
    private final int[] required;
    private final double[] shortRc;
    private final double[] overRc;
    /** Per level, per demand: how many of the agents from that level on can serve it, and how many always do. */
    private final int[][] most;
    private final int[][] least;
    private final int[] count;
    private final int[] choice;
    private final long maxWork;
    private final long deadline;
    private long work;
    private double limit;
    private int[] best;

    /**
     * @param base     per demand, how many of the fixed agents serve it
     * @param uses     per free agent, per roster, the demands it serves
     * @param rc       per free agent, its rosters' reduced costs, in ascending order
     * @param serves   per free agent, per demand: 1 if one of its rosters serves it
     * @param always   per free agent, per demand: 1 if all its rosters serve it
     * @param shortRc  per demand, the reduced cost of one unit short (its under weight less its price)
     * @param overRc   per demand, the reduced cost of one unit over (its over weight plus its price)
     */
    JointChoice(int[] base, int[][][] uses, double[][] rc, int[][] serves, int[][] always, int[] required,
            double[] shortRc, double[] overRc, long maxWork, long deadline) {
        this.agents = uses.length;
        this.uses = uses;
        this.rc = rc;
        this.required = required;
        this.shortRc = shortRc;
        this.overRc = overRc;
        this.maxWork = maxWork;
        this.deadline = deadline;
        int m = required.length;
        most = new int[agents + 1][m];
        least = new int[agents + 1][m];
        for (int k = agents - 1; k >= 0; k--) {
            for (int d = 0; d < m; d++) {
                most[k][d] = most[k + 1][d] + serves[k][d];
                least[k][d] = least[k + 1][d] + always[k][d];
            }
        }
        count = base.clone();
        choice = new int[agents];
    }

    /**
     * The choice (per free agent, the index of its roster) whose reduced costs sum to least, and to at most
     * {@code limit}; among choices within 1 of each other the first found; {@code null} if none was found within
     * {@code maxWork} rosters looked at, or by the deadline.
     */
    int[] cheapest(double limit) {
        this.limit = limit;
        search(0, 0);
        return best;
    }

    /** What the shortages and excesses of demand {@code d} cost at least, once the agents before level {@code k} chose. */
    private double slack(int k, int d, int served) {
        int high = served + most[k][d];
        int low = served + least[k][d];
        return high < required[d] ? shortRc[d] * (required[d] - high)
                : low > required[d] ? overRc[d] * (low - required[d]) : 0;
    }

    /** Counts one roster looked at; whether the work or the time allowed is used up (and stays so). */
    private boolean exhausted() {
        if (++work > maxWork) {
            return true;
        }
        if ((work & 4095) == 0 && System.nanoTime() > deadline) {
            work = maxWork;
            return true;
        }
        return false;
    }

    private void search(int k, double spent) {
        double slack = 0;
        for (int d = 0; d < count.length; d++) {
            slack += slack(k + 1, d, count[d]);
        }
        double[] costs = rc[k];
        for (int j = 0; j < costs.length; j++) {
            if (spent + costs[j] > limit || exhausted()) {
                break;
            }
            double more = 0;
            for (int d : uses[k][j]) {
                more += slack(k + 1, d, count[d] + 1) - slack(k + 1, d, count[d]);
            }
            double total = spent + costs[j] + slack + more;
            if (total > limit) {
                continue;
            }
            choice[k] = j;
            if (k + 1 == agents) {
                // at the last level the bound is exact: this is the choice's cost
                best = choice.clone();
                limit = total - 1 + TOLERANCE;
                continue;
            }
            for (int d : uses[k][j]) {
                count[d]++;
            }
            search(k + 1, spent + costs[j]);
            for (int d : uses[k][j]) {
                count[d]--;
            }
        }
    }
}
