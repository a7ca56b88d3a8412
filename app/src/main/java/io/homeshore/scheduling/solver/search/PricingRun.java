package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.hours;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One call of {@link RosterPricing}: the labelling over one agent's days, a layer of labels a day
 * ({@link PricingLayer}), each label extended by a day off and by every option that keeps the contract's maxima.
 */
final class PricingRun {

    private final AgentDay[] row;
    private final Contract c;
    private final int n;
    private final List<List<Shift>> choices;
    private final double[][] values;
    private final double[] offValues;
    private final boolean[] pinned;
    private final Shift[] known;
    private long knownOwed = Long.MAX_VALUE;
    private double knownValue = Double.NEGATIVE_INFINITY;
    private final LimitedTypes types;
    private final int[] credit;
    private final boolean weekly;
    private final boolean total;
    private final int workCap;
    private final int offCap;
    private final PricingBound bound;
    private final Headroom headroom;
    private final boolean weekendsLimited;
    private final boolean daysLimited;
    private final int t;
    private final int[][] typeOf;

    /**
     * Prepares the labelling: each day's options (a pinned day only its shift) and their values, each with a random
     * tie-breaker below any difference in worth; {@code known} (may be {@code null}) bounds the search.
     */
    PricingRun(AgentDay[] row, Contract c, RosterPricing.DayValue worth, RandomGenerator random, Shift[] known) {
        this.row = row;
        this.c = c;
        this.n = row.length;
        this.known = known;
        types = new LimitedTypes(row, c);
        DayOptions days = new DayOptions(row, worth, types, () -> RosterPricing.tieBreak(n, random));
        choices = days.shifts;
        values = days.values;
        offValues = days.off;
        pinned = days.pinned;
        typeOf = days.typeOf;
        if (known != null) {
            knownOwed = RosterBreaches.owed(row, known, c);
            knownValue = worth.of(known);
        }
        credit = RosterDraft.timeOffCredit(row, c);
        weekly = c.minMinutesPerWeek() > 0 || c.maxMinutesPerWeek() < 7 * 1440;
        total = c.minMinutesTotal() > 0 || c.maxMinutesTotal() < n * 1440;
        workCap = PricingBound.workCap(c, n);
        offCap = PricingBound.offCap(c);
        // the bound of the listing (minima and weekends kept) would prune more here too, but it changed which
        // rosters the beams keep on large plans (Curtois 13, 14: ADR 0059), so the pricing keeps the looser one
        bound = new PricingBound(choices, values, offValues, pinned, c, workCap, offCap, total, false, null);
        headroom = new Headroom(row, choices, pinned, c, types);
        weekendsLimited = headroom.weekendsLimited();
        daysLimited = c.maxDaysPerWeek() < 7;
        t = types.size();
    }

    /**
     * The {@code count} rosters of most value (at most; best first) among those owing least, keeping at most
     * {@code labels} labels a day for four weeks (proportionally fewer on longer horizons) and {@code front} per state;
     * {@code known} alone when nothing better is found.
     */
    List<Shift[]> best(int labels, int front, int count) {
        int beam = Math.max(labels / 10, labels * 28 / Math.max(28, n));
        PricingLayer[] layers = new PricingLayer[n + 1];
        layers[0] = PricingLayer.start(t);
        int[] from = {0};
        for (int d = 0; d < n; d++) {
            PricingLayer out = new PricingLayer(t, front, weekly, total, from.length * 2);
            layers[d + 1] = out;
            for (int l : from) {
                extend(layers[d], l, out, d);
            }
            from = kept(out, bound.reachable(d + 1), beam);
            if (from.length == 0) {
                return List.<Shift[]>of(known == null ? new Shift[n] : known.clone());
            }
        }
        return ends(layers, from, count);
    }

    /** Extends label {@code l} of {@code in} by day {@code d}: a day off, and each option that keeps the maxima. */
    private void extend(PricingLayer in, int l, PricingLayer out, int d) {
        AgentDay day = row[d];
        long owed = in.owed[l];
        int weekMinutes = in.weekMinutes[l];
        int weekDays = in.weekDays[l];
        int run = in.run[l];
        boolean judged = in.judged[l];
        if (d > 0 && day.getWeek() != row[d - 1].getWeek()) {
            owed += hours(Math.max(0, c.minMinutesPerWeek() - weekMinutes - credit[row[d - 1].getWeek()]));
            weekMinutes = 0;
            weekDays = 0;
        }
        int weekend = weekendsLimited && in.weekend[l] == day.getWeekend() ? in.weekend[l] : -1;
        if (offValues[d] > Double.NEGATIVE_INFINITY) {
            int k = out.stage();
            out.parent[k] = l;
            out.option[k] = -1;
            out.owed[k] = owed + (run > 0 && judged ? Math.max(0, c.minConsecutiveDays() - run) : 0);
            out.value[k] = in.value[l] + offValues[d];
            out.minutes[k] = in.minutes[l];
            out.weekMinutes[k] = weekMinutes;
            out.weekDays[k] = weekDays;
            out.weekends[k] = in.weekends[l];
            out.weekend[k] = weekend;
            out.run[k] = run >= 0 ? -1 : Math.max(run - 1, -offCap);
            out.judged[k] = run > 0 || run < 0 && judged;
            System.arraycopy(in.counts, l * t, out.counts, k * t, t);
            admit(out, k, d);
        }
        int last = run > 0 ? in.option[l] : -1;
        List<Shift> options = choices.get(d);
        for (int o = 0; o < options.size(); o++) {
            Shift s = options.get(o);
            int type = typeOf[d][o];
            long breaches = 0;
            if (last >= 0 && (run >= c.maxConsecutiveDays() || !bound.follows(d - 1, last, o))) {
                breaches++;
            }
            boolean weekendNew = weekendsLimited && day.getWeekend() >= 0 && weekend != day.getWeekend();
            if (in.minutes[l] + s.length() > c.maxMinutesTotal()
                    || weekMinutes + s.length() > c.maxMinutesPerWeek() || weekDays >= c.maxDaysPerWeek()
                    || type >= 0 && in.counts[l * t + type] >= types.max[type]
                    || weekendNew && in.weekends[l] >= c.maxWeekends()) {
                breaches++;
            }
            if (breaches > 0 && !pinned[d]) {
                continue;
            }
            int k = out.stage();
            out.parent[k] = l;
            out.option[k] = o;
            out.owed[k] = owed + breaches + (run < 0 && judged ? Math.max(0, c.minConsecutiveDaysOff() + run) : 0);
            out.value[k] = in.value[l] + values[d][o];
            out.minutes[k] = in.minutes[l] + s.length();
            out.weekMinutes[k] = weekMinutes + s.length();
            out.weekDays[k] = daysLimited ? weekDays + 1 : 0;
            out.weekends[k] = in.weekends[l] + (weekendNew ? 1 : 0);
            out.weekend[k] = weekendsLimited ? day.getWeekend() : -1;
            out.run[k] = Math.min(Math.max(run, 0) + 1, workCap);
            out.judged[k] = run > 0 ? judged : run < 0;
            System.arraycopy(in.counts, l * t, out.counts, k * t, t);
            if (type >= 0) {
                out.counts[k * t + type]++;
            }
            admit(out, k, d);
        }
    }

    /**
     * Commits the staged label, its counts first brought to what they are worth ({@link Headroom}), unless it owes
     * more than the known roster, or as much and could not reach its value by the horizon's end ({@link PricingBound}).
     */
    private void admit(PricingLayer out, int k, int d) {
        headroom.clamp(out, k, d);
        if (out.owed[k] > knownOwed || out.owed[k] == knownOwed
                && out.value[k] + bound.after(d, out.option[k], out.run[k], out.minutes[k],
                out.weekends[k]) < knownValue - 1e-9) {
            return;
        }
        out.commit();
    }

    /**
     * The live labels of a day, or the {@code beam} most promising: owing least (counting minutes out of reach),
     * worth most.
     */
    private int[] kept(PricingLayer layer, int reachable, int beam) {
        return layer.live(beam, l -> (layer.owed[l]
                + hours(Math.max(0, c.minMinutesTotal() - layer.minutes[l] - reachable))) * 1e9 - layer.value[l]);
    }

    /**
     * The rosters of the last day's labels {@code from} that owe least (the minima of the last week and the horizon
     * counted), most worth first; {@code known} alone when it owes less or is worth more.
     */
    private List<Shift[]> ends(PricingLayer[] layers, int[] from, int count) {
        PricingLayer end = layers[n];
        long[] owed = new long[from.length];
        long least = Long.MAX_VALUE;
        for (int i = 0; i < from.length; i++) {
            int l = from[i];
            owed[i] = end.owed[l] + hours(Math.max(0, c.minMinutesPerWeek() - end.weekMinutes[l]
                    - credit[row[n - 1].getWeek()])) + hours(Math.max(0, c.minMinutesTotal() - end.minutes[l]));
            least = Math.min(least, owed[i]);
        }
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < from.length; i++) {
            if (owed[i] == least) {
                ends.add(from[i]);
            }
        }
        ends.sort(Comparator.comparingDouble(l -> -end.value[l]));
        if (known != null && (least > knownOwed || least == knownOwed && end.value[ends.getFirst()] < knownValue)) {
            return List.<Shift[]>of(known.clone());
        }
        return ends.subList(0, Math.min(count, ends.size())).stream()
                .map(l -> PricingLayer.roster(layers, choices, l)).toList();
    }
}
