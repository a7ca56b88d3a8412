package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.hours;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The best roster for one agent against the cover the others leave: a dynamic programme over the days with
 * resources (minutes, shifts per type, weekends, days per week) and dominance between labels — the resource-constrained
 * shortest path that is the pricing problem of branch and price for nurse rostering (Burke &amp; Curtois 2014, "New
 * approaches to nurse rostering benchmark instances", EJOR 237). As the objective is a sum over days for one agent
 * (each shift's marginal cover value minus the wishes it misses), the roster it returns is optimal among those keeping
 * the contract's maxima, and owes the fewest hours and runs to its minima; the fairness cost is left to the caller's
 * judgement ({@link RosterDraft#evaluate}). Ties are broken at random, so repeated calls wander a plateau.
 *
 * <p>Labels are kept per state (last shift, run, minutes, week minutes, open weekend) on a Pareto front of at most
 * {@link #FRONT}; counts that can no longer reach their limit compare equal ({@link Headroom}), so fewer labels
 * crowd a front. A day with more than {@link #MAX_LABELS} labels keeps the most promising. Past those caps (very long
 * horizons, very many shift options, many limited shift types) it is a beam search rather than exact.
 */
final class RosterPricing {

    /** Labels kept per day at most, for a horizon of four weeks; longer horizons keep proportionally fewer. */
    static final int MAX_LABELS = Integer.getInteger("homeshore.scheduling.pricingLabels", 4000);
    /** Labels kept per state at most (those owing least and worth most). */
    private static final int FRONT = Integer.getInteger("homeshore.scheduling.front", 12);


    /** Longest horizon priced on every redraw with a narrow beam when not {@link #cheap} ({@link #redrawLabels}). */
    private static final int NARROW_DAYS = Integer.getInteger("homeshore.scheduling.narrowDays", 84);
    /** Labels a day of that narrow beam (for four weeks; longer horizons keep proportionally fewer). */
    private static final int NARROW_LABELS = Integer.getInteger("homeshore.scheduling.narrowLabels", 62);

    /** Most days × 2^(limited types) for pricing on every redraw ({@link #cheap}). */
    private static final long CHEAP = Long.getLong("homeshore.scheduling.cheapPricing", 200);

    private RosterPricing() {
    }

    /**
     * Whether pricing this agent is cheap enough to do on every redraw: days × 2^(shift types with a limit) at most
     * {@link #CHEAP}. Each limited type is a resource the labels are compared on, so fronts grow with them (Curtois
     * 21 and 22, half a year and more with two to five limited types: pricing on every redraw slowed the redraw passes
     * so much that 22 ended infeasible after 60 s, and feasible again without it).
     */
    static boolean cheap(AgentDay[] row, Contract c) {
        return (long) row.length << Math.min(20, new LimitedTypes(row, c).size()) <= CHEAP;
    }

    /**
     * The labels a day to price this agent with on every redraw: all ({@link #MAX_LABELS}) when {@link #cheap};
     * a narrow beam of {@link #NARROW_LABELS} on horizons up to {@link #NARROW_DAYS} days; 0 beyond, where the redraws
     * price with {@link RelaxedPricing} instead (ADR 0053).
     * The narrow beam is not exact, but its roster often beats the random drafts where many shift types are limited
     * (Curtois 13, four weeks, up to nine limited types, 60 s: 2927 and 2973 against 3680–4497 without).
     * Not on half a year: on Curtois 20 it slowed the redraws (first feasible after 15.9 s instead of 2.8 s, though
     * the objective was lower, 9877 against 10849), and 21 came out worse (64684 against 56277 and 58988).
     */
    static int redrawLabels(AgentDay[] row, Contract c) {
        return cheap(row, c) ? MAX_LABELS : row.length <= NARROW_DAYS ? NARROW_LABELS : 0;
    }

    /** What one day's choice is worth to the objective: a shift, or {@code null} for a day off. */
    @FunctionalInterface
    interface DayValue {
        double of(int day, Shift shift);
    }

    /**
     * The best roster for the agent of {@code row} against {@code cover}, keeping at most {@code labels} labels a day;
     * pinned days keep their shift.
     */
    static Shift[] best(AgentDay[] row, Contract c, Cover cover, Map<Integer, List<ShiftRequest>> requests,
            RandomGenerator random, int labels) {
        return best(row, c, worth(row, cover, requests), random, AgentDays.shifts(row), labels);
    }

    /** What each day's choice is worth against {@code cover}: a shift's cover value less the wishes it misses. */
    static DayValue worth(AgentDay[] row, Cover cover, Map<Integer, List<ShiftRequest>> requests) {
        return (d, s) -> (s == null ? 0 : cover.value(s)) - RosterDraft.wishCost(row[d], requests.get(d), s);
    }

    /**
     * The roster of most value for the agent of {@code row}, keeping at most {@code labels} labels a day (for a
     * horizon of four weeks; longer horizons keep proportionally fewer; {@link #MAX_LABELS} for an exact answer on
     * ordinary contracts); pinned days keep their shift. {@code known}, a roster of the agent (may be {@code null}),
     * bounds the search: a partial roster owing more, or owing as much and unable to be worth as much even if every
     * day left took its best option, is dropped; if the search ends with nothing better, {@code known} is returned.
     */
    static Shift[] best(AgentDay[] row, Contract c, DayValue worth, RandomGenerator random, Shift[] known,
            int labels) {
        return best(row, c, worth, random, known, labels, 1).getFirst();
    }

    /**
     * The {@code count} rosters of most value (at most; best first) among those owing least, found as by
     * {@link #best(AgentDay[], Contract, DayValue, RandomGenerator, Shift[], int)}: the runners-up are near-best
     * columns for a restricted master problem at no extra cost.
     */
    static List<Shift[]> best(AgentDay[] row, Contract c, DayValue worth, RandomGenerator random, Shift[] known,
            int labels, int count) {
        int n = row.length;
        double tie = 1.0 / (2.0 * (n + 1));
        List<List<Shift>> choices = new ArrayList<>();
        double[][] values = new double[n][];
        double[] offValues = new double[n];
        boolean[] pinned = new boolean[n];
        for (int d = 0; d < n; d++) {
            AgentDay day = row[d];
            pinned[d] = day.isPinned();
            List<Shift> options = day.isPinned() ? (day.getShift() == null ? List.of() : List.of(day.getShift()))
                    : day.getOptions();
            choices.add(options);
            offValues[d] = day.isPinned() && day.getShift() != null ? Double.NEGATIVE_INFINITY
                    : worth.of(d, null) + random.nextDouble() * tie;
            values[d] = new double[options.size()];
            for (int o = 0; o < values[d].length; o++) {
                values[d][o] = worth.of(d, options.get(o)) + random.nextDouble() * tie;
            }
        }
        long knownOwed = Long.MAX_VALUE;
        double knownValue = Double.NEGATIVE_INFINITY;
        if (known != null) {
            knownOwed = RosterBreaches.owed(row, known, c);
            knownValue = 0;
            for (int d = 0; d < n; d++) {
                knownValue += worth.of(d, known[d]);
            }
        }
        LimitedTypes types = new LimitedTypes(row, c);
        int[] credit = RosterDraft.timeOffCredit(row, c);
        boolean weekly = c.minMinutesPerWeek() > 0 || c.maxMinutesPerWeek() < 7 * 1440;
        boolean total = c.minMinutesTotal() > 0 || c.maxMinutesTotal() < n * 1440;
        int workCap = Math.max(1, c.maxConsecutiveDays() < n ? c.maxConsecutiveDays() : c.minConsecutiveDays());
        int offCap = Math.max(1, c.minConsecutiveDaysOff());
        PricingBound bound = new PricingBound(choices, values, offValues, pinned, c, workCap, offCap, total);
        Headroom headroom = new Headroom(row, choices, pinned, c, types);
        boolean weekendsLimited = headroom.weekendsLimited();
        boolean daysLimited = c.maxDaysPerWeek() < 7;
        int t = types.size();
        int[][] typeOf = new int[n][];
        for (int d = 0; d < n; d++) {
            typeOf[d] = choices.get(d).stream().mapToInt(types::index).toArray();
        }
        int beam = Math.max(labels / 10, labels * 28 / Math.max(28, n));
        PricingLayer[] layers = new PricingLayer[n + 1];
        layers[0] = PricingLayer.start(t);
        int[] from = {0};
        for (int d = 0; d < n; d++) {
            AgentDay day = row[d];
            boolean newWeek = d > 0 && day.getWeek() != row[d - 1].getWeek();
            List<Shift> options = choices.get(d);
            PricingLayer in = layers[d];
            PricingLayer out = new PricingLayer(t, FRONT, weekly, total, from.length * 2);
            layers[d + 1] = out;
            for (int l : from) {
                long owed = in.owed[l];
                int weekMinutes = in.weekMinutes[l];
                int weekDays = in.weekDays[l];
                int run = in.run[l];
                boolean judged = in.judged[l];
                if (newWeek) {
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
                    admit(out, k, knownOwed, knownValue, bound, headroom, d);
                }
                int last = run > 0 ? in.option[l] : -1;
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
                    out.owed[k] = owed + breaches
                            + (run < 0 && judged ? Math.max(0, c.minConsecutiveDaysOff() + run) : 0);
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
                    admit(out, k, knownOwed, knownValue, bound, headroom, d);
                }
            }
            from = kept(out, c, bound.reachable(d + 1), beam);
            if (from.length == 0) {
                return List.<Shift[]>of(known == null ? new Shift[n] : known.clone());
            }
        }
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

    /**
     * Commits the staged label, its counts first brought to what they are worth ({@link Headroom}), unless it owes
     * more than the known roster, or as much and could not reach its value by the horizon's end ({@link PricingBound}).
     */
    private static void admit(PricingLayer out, int k, long knownOwed, double knownValue, PricingBound bound,
            Headroom headroom, int d) {
        headroom.clamp(out, k, d);
        if (out.owed[k] > knownOwed || out.owed[k] == knownOwed
                && out.value[k] + bound.after(d, out.option[k], out.run[k], out.minutes[k]) < knownValue - 1e-9) {
            return;
        }
        out.commit();
    }

    /**
     * The live labels of a day, or the {@code beam} most promising: owing least (counting minutes out of reach),
     * worth most.
     */
    private static int[] kept(PricingLayer layer, Contract c, int reachable, int beam) {
        return layer.live(beam, l -> (layer.owed[l]
                + hours(Math.max(0, c.minMinutesTotal() - layer.minutes[l] - reachable))) * 1e9 - layer.value[l]);
    }
}
