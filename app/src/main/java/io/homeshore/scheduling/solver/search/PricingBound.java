package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.Arrays;
import java.util.List;

/**
 * An upper bound on what the days after a partial roster can still add ({@link RosterPricing}), from a backward
 * dynamic programme over a relaxation that keeps the run rules (longest run, successions, rest), the horizon's
 * maximum minutes and the days off, but drops the other limits. It lets the pricing drop partial rosters that cannot
 * beat a roster already known. When the table would be too large (many options, fine minutes) the bound is each
 * remaining day's best choice.
 */
final class PricingBound {

    /** Most table entries built (days × states × minute levels). */
    private static final long MAX_ENTRIES = 3_000_000;

    private final double[][][] table;
    private final double[] loose;
    private final int[] reachable;
    private final int[] optionCount;
    private final int workCap;
    private final int offCap;
    private final int grain;
    private final int levels;
    private final int maxMinutes;
    private final boolean[][][] follows;

    /**
     * The longest working run the pricings tell apart: runs past the maximum are never built, and without a maximum
     * within the horizon only the minimum matters.
     */
    static int workCap(Contract c, int days) {
        return Math.max(1, c.maxConsecutiveDays() < days ? c.maxConsecutiveDays() : c.minConsecutiveDays());
    }

    /** The longest run of days off the pricings tell apart: once the minimum is reached, longer runs are alike. */
    static int offCap(Contract c) {
        return Math.max(1, c.minConsecutiveDaysOff());
    }

    /**
     * @param options per day, the shifts the pricing may choose; {@code values} their worth and {@code off} the
     *                worth of a day off ({@link Double#NEGATIVE_INFINITY} if not allowed)
     */
    PricingBound(List<List<Shift>> options, double[][] values, double[] off, boolean[] pinned, Contract c,
            int workCap, int offCap, boolean total) {
        int n = options.size();
        this.workCap = workCap;
        this.offCap = offCap;
        this.optionCount = options.stream().mapToInt(List::size).toArray();
        this.loose = new double[n + 1];
        this.reachable = new int[n + 1];
        int grain = 0;
        long states = 0;
        for (int d = n - 1; d >= 0; d--) {
            double most = off[d];
            int longest = 0;
            for (int o = 0; o < values[d].length; o++) {
                most = Math.max(most, values[d][o]);
                longest = Math.max(longest, options.get(d).get(o).length());
                grain = gcd(grain, options.get(d).get(o).length());
            }
            loose[d] = loose[d + 1] + most;
            reachable[d] = reachable[d + 1] + longest;
            states += (long) optionCount[d] * workCap + offCap;
        }
        this.maxMinutes = c.maxMinutesTotal();
        this.follows = follows(options, c);
        this.grain = total && grain > 0 ? grain : Integer.MAX_VALUE;
        this.levels = total && grain > 0 ? Math.min(c.maxMinutesTotal(), reachable[0]) / grain + 1 : 1;
        this.table = states * levels <= MAX_ENTRIES ? build(options, values, off, pinned, c) : null;
    }

    /** The most minutes days {@code d} on could hold, every day its longest option. */
    int reachable(int d) {
        return reachable[d];
    }

    /** At most what days {@code d + 1} on can add after a label of day {@code d} in this state. */
    double after(int d, int option, int run, int minutes) {
        if (table == null) {
            return loose[d + 1];
        }
        if (d + 1 == optionCount.length) {
            return 0;
        }
        return table[d][state(d, option, run)][level(minutes)];
    }

    private int level(int minutes) {
        return grain == Integer.MAX_VALUE ? 0 : Math.min(levels - 1, Math.max(0, (maxMinutes - minutes) / grain));
    }

    private int state(int d, int option, int run) {
        return run > 0 ? option * workCap + run - 1 : optionCount[d] * workCap - run - 1;
    }

    /**
     * Whether option {@code o} of day {@code d + 1} may follow option {@code p} of day {@code d}: the shift types
     * allow the succession and the rest between them is long enough (the run's length is the caller's to check).
     */
    boolean follows(int d, int p, int o) {
        return follows[d][p][o];
    }

    /** Per day, whether each option of the next day may follow each option of this one. */
    static boolean[][][] follows(List<List<Shift>> options, Contract c) {
        int n = options.size();
        boolean[][][] follows = new boolean[Math.max(0, n - 1)][][];
        for (int d = 0; d + 1 < n; d++) {
            List<Shift> today = options.get(d);
            List<Shift> tomorrow = options.get(d + 1);
            follows[d] = new boolean[today.size()][tomorrow.size()];
            for (int p = 0; p < today.size(); p++) {
                Shift last = today.get(p);
                for (int o = 0; o < tomorrow.size(); o++) {
                    Shift s = tomorrow.get(o);
                    follows[d][p][o] = !last.type().forbiddenNext().contains(s.type().id())
                            && s.start() >= last.end() + c.minRestMinutes();
                }
            }
        }
        return follows;
    }

    private double[][][] build(List<List<Shift>> options, double[][] values, double[] off, boolean[] pinned,
            Contract c) {
        int n = options.size();
        double[][][] t = new double[n][][];
        t[n - 1] = new double[optionCount[n - 1] * workCap + offCap][levels];
        for (int d = n - 2; d >= 0; d--) {
            t[d] = new double[optionCount[d] * workCap + offCap][levels];
            for (int run = -offCap; run <= workCap; run++) {
                for (int p = 0; run != 0 && p < (run > 0 ? optionCount[d] : 1); p++) {
                    double[] cell = t[d][state(d, p, run)];
                    Arrays.fill(cell, Double.NEGATIVE_INFINITY);
                    if (off[d + 1] > Double.NEGATIVE_INFINITY) {
                        double[] rest = t[d + 1][state(d + 1, 0, run > 0 ? -1 : Math.max(run - 1, -offCap))];
                        for (int m = 0; m < levels; m++) {
                            cell[m] = off[d + 1] + rest[m];
                        }
                    }
                    for (int o = 0; o < optionCount[d + 1]; o++) {
                        if (!pinned[d + 1] && run > 0 && (run >= c.maxConsecutiveDays() || !follows[d][p][o])) {
                            continue;
                        }
                        int k = grain == Integer.MAX_VALUE ? 0 : options.get(d + 1).get(o).length() / grain;
                        double[] rest = t[d + 1][state(d + 1, o, Math.min(Math.max(run, 0) + 1, workCap))];
                        double v = values[d + 1][o];
                        for (int m = k; m < levels; m++) {
                            cell[m] = Math.max(cell[m], v + rest[m - k]);
                        }
                    }
                }
            }
        }
        return t;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
