package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The dynamic programme of {@link RelaxedPricing} for one agent: its days, options and their values, and the roster of
 * most worth that keeps the run rules (the state: last shift, length of the current run of work or rest, whether the
 * run is judged, whether this weekend is already worked), the horizon's resources priced by multipliers.
 */
final class RunRuleProgramme {

    private static final double NONE = Double.NEGATIVE_INFINITY;

    private final AgentDay[] row;
    private final Contract c;
    /** The limited shift types, in the order of the multipliers per type. */
    final LimitedTypes types;
    private final List<List<Shift>> options = new ArrayList<>();
    private final double[][] values;
    private final double[] off;
    private final int[][] typeOf;
    /**
     * Per day from the second, the class of each slot of the day before (0: a day off; then one per distinct set of
     * shifts that may follow), and per class and option of the day, whether the class may precede the option.
     */
    private final int[][] classOf;
    private final boolean[][][] precedes;
    /** Cells per class in {@link #intoWork}: run (1 to {@link #workCap}) and judgement. */
    private final int cells;
    /**
     * The programme's tables, kept from one solve to the next: per state the best value of the day before and of the
     * day (two rows, taken in turn), the states with a value and how many; per day and state the state it came from.
     */
    private double[][] best;
    private int[][] reached;
    private final int[] reachedCount = new int[2];
    private int[][] parent;
    /** Per state, its slot and its run: the state's index decoded once. */
    private int[] slotOf;
    private int[] runOf;
    private final double[] shiftValue;
    private final double[] intoWork;
    private final int[] intoWorkFrom;
    /** The classes with a way into work in one cell, best first ({@link #ranked}). */
    private final int[] order;
    private final int workCap;
    private final int offCap;
    private final int runs;
    private final boolean weekendsLimited;
    /** The largest difference an option makes to a day's value (at least 1): the scale of the multipliers' steps. */
    final double scale;
    /** The average length of the options, in minutes. */
    final double averageLength;
    private final RosterPricing.DayValue worth;

    RunRuleProgramme(AgentDay[] row, Contract c, RosterPricing.DayValue worth, RandomGenerator random) {
        this.row = row;
        this.c = c;
        this.worth = worth;
        int n = row.length;
        this.types = new LimitedTypes(row, c);
        this.values = new double[n][];
        this.off = new double[n];
        this.typeOf = new int[n][];
        double most = 0;
        double lengths = 0;
        int shifts = 0;
        for (int d = 0; d < n; d++) {
            List<Shift> opts = row[d].getOptions();
            options.add(opts);
            off[d] = worth.of(d, null) + RosterPricing.tieBreak(n, random);
            values[d] = new double[opts.size()];
            typeOf[d] = new int[opts.size()];
            for (int o = 0; o < opts.size(); o++) {
                values[d][o] = worth.of(d, opts.get(o)) + RosterPricing.tieBreak(n, random);
                typeOf[d][o] = types.index(opts.get(o));
                most = Math.max(most, Math.abs(values[d][o] - off[d]));
                lengths += opts.get(o).length();
                shifts++;
            }
        }
        this.scale = Math.max(1, most);
        this.averageLength = shifts == 0 ? 1 : lengths / shifts;
        this.workCap = PricingBound.workCap(c, n);
        this.offCap = PricingBound.offCap(c);
        this.runs = Math.max(workCap, offCap);
        this.cells = (workCap + 1) * 2;
        this.classOf = new int[n][];
        this.precedes = new boolean[n][][];
        boolean[][][] follows = PricingBound.follows(options, c);
        int widest = 0;
        int mostClasses = 1;
        for (int d = 0; d < n; d++) {
            widest = Math.max(widest, options.get(d).size());
            if (d > 0) {
                mostClasses = Math.max(mostClasses, classes(d, follows[d - 1]));
            }
        }
        this.shiftValue = new double[widest];
        this.intoWork = new double[mostClasses * cells];
        this.intoWorkFrom = new int[mostClasses * cells];
        this.order = new int[mostClasses];
        this.weekendsLimited = c.maxWeekends() < n;
    }

    /** Sorts day {@code d - 1}'s shifts into classes by what may follow them on day {@code d}; returns how many. */
    private int classes(int d, boolean[][] follows) {
        List<boolean[]> kinds = new ArrayList<>();
        classOf[d] = new int[follows.length + 1];
        for (int p = 0; p < follows.length; p++) {
            int k = 0;
            while (k < kinds.size() && !Arrays.equals(kinds.get(k), follows[p])) {
                k++;
            }
            if (k == kinds.size()) {
                kinds.add(follows[p]);
            }
            classOf[d][p + 1] = k + 1;
        }
        precedes[d] = new boolean[kinds.size() + 1][];
        precedes[d][0] = new boolean[options.get(d).size()];
        Arrays.fill(precedes[d][0], true);
        for (int k = 0; k < kinds.size(); k++) {
            precedes[d][k + 1] = kinds.get(k);
        }
        return kinds.size() + 1;
    }

    /** The roster's worth at the day values (no multipliers). */
    double worth(Shift[] roster) {
        return worth.of(roster);
    }

    /** State of a day: slot 0 is a day off, slot o + 1 option o; run length from 1; judged; weekend worked. */
    private int state(int slot, int run, int judged, int weekend) {
        return ((slot * runs + run - 1) * 2 + judged) * 2 + weekend;
    }

    /**
     * The roster of most worth that keeps the run rules, each minute worked worth {@code perMinute} more, each shift of
     * limited type {@code t} {@code perType[t]} less and each weekend worked {@code perWeekend} less.
     *
     * <p>A day's shifts are reached from the day before through its classes ({@link #classOf}): what a shift may be
     * followed by is all its state needs of it, so the best way into work per class, run and judgement is found once,
     * and each option of the day takes the best of these classes that may precede it. Only the states the day before
     * reached are looked at. Where every reached state was relaxed into every option, a solve on Curtois 24 (a year,
     * 26 options a day in 8 classes) took 1.13 ms; now 0.66 ms.
     */
    Shift[] solve(double perMinute, double[] perType, double perWeekend) {
        int n = row.length;
        if (best == null) {
            int most = 0;
            parent = new int[n][];
            for (int d = 0; d < n; d++) {
                parent[d] = new int[(options.get(d).size() + 1) * runs * 4];
                most = Math.max(most, parent[d].length);
            }
            best = new double[][] {new double[most], new double[most]};
            slotOf = new int[most];
            runOf = new int[most];
            for (int s = 0; s < most; s++) {
                slotOf[s] = (s >> 2) / runs;
                runOf[s] = (s >> 2) % runs + 1;
            }
            reached = new int[][] {new int[most], new int[most]};
        }
        for (int d = 0; d < n; d++) {
            Arrays.fill(best[d & 1], 0, parent[d].length, NONE);
            reachedCount[d & 1] = 0;
            int weekendId = row[d].getWeekend();
            boolean limited = weekendsLimited && weekendId >= 0;
            boolean sameWeekend = d > 0 && weekendId >= 0 && row[d - 1].getWeekend() == weekendId;
            int size = options.get(d).size();
            for (int o = 0; o < size; o++) {
                shiftValue[o] = values[d][o] + perMinute * options.get(d).get(o).length()
                        - (typeOf[d][o] >= 0 ? perType[typeOf[d][o]] : 0);
            }
            if (d == 0) {
                relax(0, state(0, 1, 0, 0), off[0], -1);
                for (int o = 0; o < size; o++) {
                    relax(0, state(o + 1, 1, 0, limited ? 1 : 0), shiftValue[o] - (limited ? perWeekend : 0), -1);
                }
                continue;
            }
            gather(d, sameWeekend, limited ? perWeekend : 0);
            int nextWeekend = limited ? 1 : 0;
            boolean[][] may = precedes[d];
            for (int run = 1; run <= workCap; run++) {
                for (int judged = 0; judged < 2; judged++) {
                    int cell = run * 2 + judged;
                    int ways = ranked(may.length, cell);
                    for (int o = 0; ways > 0 && o < size; o++) {
                        for (int i = 0; i < ways; i++) {
                            int k = order[i];
                            if (may[k][o]) {
                                relax(d, state(o + 1, run, judged, nextWeekend),
                                        intoWork[k * cells + cell] + shiftValue[o], intoWorkFrom[k * cells + cell]);
                                break;
                            }
                        }
                    }
                }
            }
        }
        double[] last = best[(n - 1) & 1];
        int end = 0;
        for (int s = 1; s < parent[n - 1].length; s++) {
            if (last[s] > last[end]) {
                end = s;
            }
        }
        Shift[] roster = new Shift[n];
        for (int d = n - 1; d >= 0 && end >= 0; d--) {
            int slot = end / (runs * 4);
            roster[d] = slot == 0 ? null : options.get(d).get(slot - 1);
            end = parent[d][end];
        }
        return roster;
    }

    /**
     * Puts the classes with a way into work in {@code cell} into {@link #order}, best first (insertion sort: a handful
     * of classes); returns how many. Each option then takes the first class that may precede it.
     */
    private int ranked(int classes, int cell) {
        int ways = 0;
        for (int k = 0; k < classes; k++) {
            double v = intoWork[k * cells + cell];
            if (v == NONE) {
                continue;
            }
            int i = ways++;
            for (; i > 0 && intoWork[order[i - 1] * cells + cell] < v; i--) {
                order[i] = order[i - 1];
            }
            order[i] = k;
        }
        return ways;
    }

    /**
     * Day {@code d}'s ways in from the day before ({@code in}): days off are relaxed into {@code out} at once; for work,
     * the best value (less a newly worked weekend's {@code weekendPrice}) per class of the day before's choice (class 0:
     * a day off), run and judgement is left in {@link #intoWork}, with its state in {@link #intoWorkFrom}.
     */
    private void gather(int d, boolean sameWeekend, double weekendPrice) {
        Arrays.fill(intoWork, NONE);
        int[] classes = classOf[d];
        double[] in = best[(d - 1) & 1];
        int[] states = reached[(d - 1) & 1];
        for (int i = 0; i < reachedCount[(d - 1) & 1]; i++) {
            int s = states[i];
            double v = in[s];
            int w = s & 1;
            int judged = (s >> 1) & 1;
            int run = runOf[s];
            int slot = slotOf[s];
            boolean working = slot > 0;
            int weekend = sameWeekend ? w : 0;
            if (!working || judged == 0 || run >= c.minConsecutiveDays()) {
                relax(d, state(0, working ? 1 : Math.min(run + 1, offCap), working ? 1 : judged, weekend), v + off[d],
                        s);
            }
            if (working ? run >= c.maxConsecutiveDays() : judged == 1 && run < c.minConsecutiveDaysOff()) {
                continue;
            }
            double into = v - (weekend == 0 ? weekendPrice : 0);
            int cell = classes[slot] * cells + (working ? Math.min(run + 1, workCap) * 2 + judged : 2 + 1);
            if (into > intoWork[cell]) {
                intoWork[cell] = into;
                intoWorkFrom[cell] = s;
            }
        }
    }

    /** Day {@code d}'s state takes {@code value}, reached from the day before's state {@code from}, if better. */
    private void relax(int d, int state, double value, int from) {
        double[] values = best[d & 1];
        if (values[state] == NONE) {
            reached[d & 1][reachedCount[d & 1]++] = state;
        }
        if (value > values[state]) {
            values[state] = value;
            parent[d][state] = from;
        }
    }
}
