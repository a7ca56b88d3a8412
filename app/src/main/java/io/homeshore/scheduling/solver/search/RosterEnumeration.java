package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.List;

/**
 * Every roster of one agent that keeps all its hard rules and is worth at least a floor at given day values: a
 * depth-first search over the days, pruned by the contract's maxima as they are reached, by minima that can no longer
 * be met, and by a strict {@link PricingBound} (what the remaining days can add at most). {@link RosterLists}
 * uses it to list every roster whose reduced cost is small enough to belong to a better plan.
 */
final class RosterEnumeration {

    private final AgentDay[] row;
    private final Contract c;
    private final int n;
    private final List<List<Shift>> choices;
    private final double[][] values;
    private final double[] off;
    private final PricingBound bound;
    private final LimitedTypes types;
    private final int[][] typeOf;
    private final int[] counts;
    private final int workCap;
    private final int offCap;
    private final double floor;
    private final int maxRosters;
    private final long maxNodes;
    private final byte[] current;
    private long nodes;
    /** The rosters found, each day the option taken plus one (0 for a day off). */
    final List<byte[]> rosters = new ArrayList<>();
    /** Their worth, in the same order. */
    final List<Double> worth = new ArrayList<>();
    /** Whether the search stopped at {@code maxRosters} or {@code maxNodes}: then the list is not complete. */
    boolean overflow;

    private RosterEnumeration(AgentDay[] row, Contract c, RosterPricing.DayValue value, double floor, int maxRosters,
            long maxNodes) {
        this.row = row;
        this.c = c;
        this.n = row.length;
        this.floor = floor;
        this.maxRosters = maxRosters;
        this.maxNodes = maxNodes;
        types = new LimitedTypes(row, c);
        DayOptions days = new DayOptions(row, value, types, () -> 0);
        choices = days.shifts;
        values = days.values;
        off = days.off;
        typeOf = days.typeOf;
        workCap = PricingBound.workCap(c, n);
        offCap = PricingBound.offCap(c);
        boolean total = c.minMinutesTotal() > 0 || c.maxMinutesTotal() < n * 1440;
        bound = new PricingBound(choices, values, off, days.pinned, c, workCap, offCap, total, true,
                AgentDays.weekends(row));
        counts = new int[types.size()];
        current = new byte[n];
    }

    /**
     * The rosters of the agent of {@code row} keeping every hard rule and worth at least {@code floor}, at most
     * {@code maxRosters} of them after visiting at most {@code maxNodes} partial rosters.
     */
    static RosterEnumeration within(AgentDay[] row, Contract c, RosterPricing.DayValue value, double floor,
            int maxRosters, long maxNodes) {
        RosterEnumeration e = new RosterEnumeration(row, c, value, floor, maxRosters, maxNodes);
        if (e.n > 0) {
            e.search(0, 0, 0, -1, 0, 0, false);
        }
        return e;
    }

    /** Roster {@code i} as shifts. */
    Shift[] roster(int i) {
        byte[] code = rosters.get(i);
        Shift[] out = new Shift[n];
        for (int d = 0; d < n; d++) {
            out[d] = code[d] == 0 ? null : choices.get(d).get(code[d] - 1);
        }
        return out;
    }

    /**
     * Extends the partial roster of days before {@code d}.
     *
     * @param run    the current run: days worked (positive) or off (negative); 0 before the first day
     * @param last   the option worked on day {@code d - 1}, or -1
     * @param judged whether the current run began after the first day (runs touching the horizon's edges are not
     *               held to the minima, as in {@link RosterBreaches})
     */
    private void search(int d, double value, int run, int last, int minutes, int weekendCount, boolean judged) {
        if (overflow || ++nodes > maxNodes) {
            overflow = true;
            return;
        }
        if (d == n) {
            keep(value);
            return;
        }
        AgentDay day = row[d];
        // a day off, unless it would end a judged run of work short of the minimum
        if (off[d] > Double.NEGATIVE_INFINITY && !(run > 0 && judged && run < c.minConsecutiveDays())) {
            int next = run >= 0 ? -1 : run - 1;
            double v = value + off[d];
            if (v + bound.after(d, 0, Math.max(next, -offCap), minutes, weekendCount) >= floor - 1e-9) {
                current[d] = 0;
                search(d + 1, v, next, -1, minutes, weekendCount, run > 0 || run < 0 && judged);
            }
        }
        if (run < 0 && judged && -run < c.minConsecutiveDaysOff()) {
            return;
        }
        List<Shift> options = choices.get(d);
        for (int o = 0; o < options.size(); o++) {
            Shift s = options.get(o);
            if (run > 0 && (run >= c.maxConsecutiveDays() || !bound.follows(d - 1, last, o))) {
                continue;
            }
            int m = minutes + s.length();
            int type = typeOf[d][o];
            int w = day.getWeekend();
            // a weekend's days follow each other: it is new unless yesterday was worked and of the same weekend
            boolean newWeekend = w >= 0 && !(run > 0 && row[d - 1].getWeekend() == w);
            int nextWeekends = weekendCount + (newWeekend ? 1 : 0);
            if (m > c.maxMinutesTotal() || type >= 0 && counts[type] >= types.max[type]
                    || nextWeekends > c.maxWeekends() || m + bound.reachable(d + 1) < c.minMinutesTotal()) {
                continue;
            }
            int next = run > 0 ? run + 1 : 1;
            double v = value + values[d][o];
            if (v + bound.after(d, o, Math.min(next, workCap), m, nextWeekends) < floor - 1e-9) {
                continue;
            }
            current[d] = (byte) (o + 1);
            if (type >= 0) {
                counts[type]++;
            }
            search(d + 1, v, next, o, m, nextWeekends, run > 0 ? judged : run < 0);
            if (type >= 0) {
                counts[type]--;
            }
        }
    }

    /** Keeps the complete roster if it owes nothing (the weekly limits and the last runs are checked here). */
    private void keep(double value) {
        byte[] code = current.clone();
        rosters.add(code);
        if (RosterBreaches.owed(row, roster(rosters.size() - 1), c) != 0) {
            rosters.removeLast();
            return;
        }
        if (rosters.size() > maxRosters) {
            rosters.removeLast();
            overflow = true;
            return;
        }
        worth.add(value);
    }
}
