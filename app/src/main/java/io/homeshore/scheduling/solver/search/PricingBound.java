package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.Arrays;
import java.util.List;

/**
 * An upper bound on what the days after a partial roster can still add ({@link RosterPricing},
 * {@link RosterEnumeration}), from a backward dynamic programme over a relaxation that keeps the run rules (longest
 * run, successions, rest), the horizon's maximum minutes, the worked weekends where they are limited and the days off,
 * but drops the other limits. Built {@code strict}, it keeps the minima of runs, days off and the horizon's minutes
 * too: for a search that wants only rosters owing nothing ({@link RosterEnumeration}; the pricing keeps the looser
 * bound). It lets the pricing drop partial rosters that cannot beat a roster already known. When the table would be too large (many options, fine minutes) the bound is each remaining
 * day's best choice.
 *
 * <p>The minima and the weekends made the bound much tighter on Curtois 6 (minimum 16 of 28 days, two weekends of
 * four, runs of two days at least): enumerating every roster near the best visited 1.4 million partial rosters for
 * 283,000 rosters (within 2.4 of the best), against 359 million for 413,000 (within 2.0, in another run) without
 * them (ADR 0059).
 */
final class PricingBound {

    /** Most table entries built (days × states × minute levels × weekend levels). */
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
    /** Per day, its weekend (or -1); weekends are bounded only where the contract limits them. */
    private final int[] weekendOf;
    /** Weekend allowance levels: the contract's maximum + 1 where weekends are limited, else 1. */
    private final int wLevels;
    private final int maxWeekends;

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
     * @param strict  whether the minima (runs, days off, the horizon's minutes) are kept as well
     * @param weekendOf per day, its weekend, or -1; {@code null}: the weekends are not kept
     */
    PricingBound(List<List<Shift>> options, double[][] values, double[] off, boolean[] pinned, Contract c,
            int workCap, int offCap, boolean total, boolean strict, int[] weekendOf) {
        int n = options.size();
        this.weekendOf = weekendOf;
        this.maxWeekends = c.maxWeekends();
        long weekends = weekendOf == null ? 0 : Arrays.stream(weekendOf).filter(w -> w >= 0).distinct().count();
        this.wLevels = c.maxWeekends() < weekends ? c.maxWeekends() + 1 : 1;
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
        this.table = states * levels * wLevels <= MAX_ENTRIES ? build(options, values, off, pinned, c, strict) : null;
    }

    /** The most minutes days {@code d} on could hold, every day its longest option. */
    int reachable(int d) {
        return reachable[d];
    }

    /**
     * At most what days {@code d + 1} on can add after a label of day {@code d} in this state, {@code weekends}
     * worked weekends so far (counted only where they are limited).
     */
    double after(int d, int option, int run, int minutes, int weekends) {
        if (table == null) {
            return loose[d + 1];
        }
        int w = wLevels == 1 ? 0 : Math.max(0, Math.min(wLevels - 1, maxWeekends - weekends));
        return table[d][state(d, option, run)][level(minutes) * wLevels + w];
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
            Contract c, boolean strict) {
        int n = options.size();
        double[][][] t = new double[n][][];
        int cells = levels * wLevels;
        t[n - 1] = new double[optionCount[n - 1] * workCap + offCap][cells];
        if (strict && grain != Integer.MAX_VALUE) {
            // the horizon's minimum: the allowance left at the end may not exceed the maximum less the minimum
            for (double[] cell : t[n - 1]) {
                for (int m = 0; m < levels; m++) {
                    if ((long) m * grain > (long) maxMinutes - c.minMinutesTotal()) {
                        Arrays.fill(cell, m * wLevels, (m + 1) * wLevels, Double.NEGATIVE_INFINITY);
                    }
                }
            }
        }
        for (int d = n - 2; d >= 0; d--) {
            t[d] = new double[optionCount[d] * workCap + offCap][cells];
            for (int run = -offCap; run <= workCap; run++) {
                for (int p = 0; run != 0 && p < (run > 0 ? optionCount[d] : 1); p++) {
                    double[] cell = t[d][state(d, p, run)];
                    Arrays.fill(cell, Double.NEGATIVE_INFINITY);
                    // a run that began after the first day may not end short of its minimum (run rules are kept)
                    boolean shortWork = strict && run > 0 && run < c.minConsecutiveDays() && d >= run
                            && !pinned[d + 1];
                    boolean shortOff = strict && run < 0 && -run < c.minConsecutiveDaysOff() && d >= -run
                            && !pinned[d + 1];
                    if (off[d + 1] > Double.NEGATIVE_INFINITY && !shortWork) {
                        double[] rest = t[d + 1][state(d + 1, 0, run > 0 ? -1 : Math.max(run - 1, -offCap))];
                        for (int m = 0; m < cells; m++) {
                            cell[m] = off[d + 1] + rest[m];
                        }
                    }
                    for (int o = 0; o < optionCount[d + 1] && !shortOff; o++) {
                        if (!pinned[d + 1] && run > 0 && (run >= c.maxConsecutiveDays() || !follows[d][p][o])) {
                            continue;
                        }
                        int k = grain == Integer.MAX_VALUE ? 0 : options.get(d + 1).get(o).length() / grain;
                        double[] rest = t[d + 1][state(d + 1, o, Math.min(Math.max(run, 0) + 1, workCap))];
                        double v = values[d + 1][o];
                        // a shift on a weekend not yet worked takes one of the weekends left
                        int spent = wLevels > 1 && weekendOf[d + 1] >= 0 && !pinned[d + 1]
                                && !(run > 0 && weekendOf[d] == weekendOf[d + 1]) ? 1 : 0;
                        for (int m = k; m < levels; m++) {
                            for (int w = spent; w < wLevels; w++) {
                                cell[m * wLevels + w] = Math.max(cell[m * wLevels + w],
                                        v + rest[(m - k) * wLevels + w - spent]);
                            }
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
