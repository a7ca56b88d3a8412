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
    private final boolean[][][] follows;
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
        this.follows = PricingBound.follows(options, c);
        this.workCap = PricingBound.workCap(c, n);
        this.offCap = PricingBound.offCap(c);
        this.runs = Math.max(workCap, offCap);
        this.weekendsLimited = c.maxWeekends() < n;
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
     */
    Shift[] solve(double perMinute, double[] perType, double perWeekend) {
        int n = row.length;
        double[][] best = new double[n][];
        int[][] parent = new int[n][];
        for (int d = 0; d < n; d++) {
            int size = (options.get(d).size() + 1) * runs * 4;
            best[d] = new double[size];
            parent[d] = new int[size];
            Arrays.fill(best[d], NONE);
            int weekendId = row[d].getWeekend();
            boolean sameWeekend = d > 0 && weekendId >= 0 && row[d - 1].getWeekend() == weekendId;
            double[] shiftValue = new double[options.get(d).size()];
            for (int o = 0; o < shiftValue.length; o++) {
                shiftValue[o] = values[d][o] + perMinute * options.get(d).get(o).length()
                        - (typeOf[d][o] >= 0 ? perType[typeOf[d][o]] : 0);
            }
            if (d == 0) {
                relax(best[0], parent[0], state(0, 1, 0, 0), off[0], -1);
                for (int o = 0; o < shiftValue.length; o++) {
                    boolean newWeekend = weekendsLimited && weekendId >= 0;
                    relax(best[0], parent[0], state(o + 1, 1, 0, newWeekend ? 1 : 0),
                            shiftValue[o] - (newWeekend ? perWeekend : 0), -1);
                }
                continue;
            }
            double[] in = best[d - 1];
            int slots = options.get(d - 1).size() + 1;
            for (int slot = 0; slot < slots; slot++) {
                for (int run = 1; run <= runs; run++) {
                    for (int judged = 0; judged < 2; judged++) {
                        for (int w = 0; w < 2; w++) {
                            int from = state(slot, run, judged, w);
                            double v = in[from];
                            if (v == NONE) {
                                continue;
                            }
                            int weekend = sameWeekend ? w : 0;
                            boolean working = slot > 0;
                            if (!working || judged == 0 || run >= c.minConsecutiveDays()) {
                                relax(best[d], parent[d],
                                        state(0, working ? 1 : Math.min(run + 1, offCap), working ? 1 : judged,
                                                weekend), v + off[d], from);
                            }
                            if (working ? run >= c.maxConsecutiveDays()
                                    : judged == 1 && run < c.minConsecutiveDaysOff()) {
                                continue;
                            }
                            boolean newWeekend = weekendsLimited && weekendId >= 0 && weekend == 0;
                            double extra = newWeekend ? perWeekend : 0;
                            int nextRun = working ? Math.min(run + 1, workCap) : 1;
                            int nextJudged = working ? judged : 1;
                            int nextWeekend = weekendsLimited && weekendId >= 0 ? 1 : 0;
                            for (int o = 0; o < shiftValue.length; o++) {
                                if (working && !follows[d - 1][slot - 1][o]) {
                                    continue;
                                }
                                relax(best[d], parent[d], state(o + 1, nextRun, nextJudged, nextWeekend),
                                        v + shiftValue[o] - extra, from);
                            }
                        }
                    }
                }
            }
        }
        int end = 0;
        for (int s = 1; s < best[n - 1].length; s++) {
            if (best[n - 1][s] > best[n - 1][end]) {
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

    private static void relax(double[] best, int[] parent, int state, double value, int from) {
        if (value > best[state]) {
            best[state] = value;
            parent[state] = from;
        }
    }
}
