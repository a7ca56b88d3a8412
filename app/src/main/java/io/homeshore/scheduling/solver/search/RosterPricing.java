package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

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

    /**
     * A random tie-breaker for a day's value over a horizon of {@code days}: below 1 / (2 (days + 1)), so even summed
     * over the horizon it never outweighs a difference of one in worth, and equal rosters are chosen at random.
     */
    static double tieBreak(int days, RandomGenerator random) {
        return random.nextDouble() * (1.0 / (2.0 * (days + 1)));
    }

    /** What one day's choice is worth to the objective: a shift, or {@code null} for a day off. */
    @FunctionalInterface
    interface DayValue {
        double of(int day, Shift shift);

        /** What a whole roster is worth: its days' values summed in order. */
        default double of(Shift[] roster) {
            double sum = 0;
            for (int d = 0; d < roster.length; d++) {
                sum += of(d, roster[d]);
            }
            return sum;
        }
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
        return new PricingRun(row, c, worth, random, known).best(labels, FRONT, count);
    }
}
