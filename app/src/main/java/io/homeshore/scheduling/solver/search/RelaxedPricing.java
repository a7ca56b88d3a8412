package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * Pricing for large plans and long horizons: the roster of most worth for one agent, found by a dynamic programme
 * that keeps only the run rules in its state (last shift, length of the current run of work or rest, whether the run
 * is judged, whether this weekend is already worked) and prices the horizon's resources — minutes, shifts per limited
 * type, weekends — with multipliers instead of counting them (state-space relaxation with Lagrangian multipliers on
 * the resources, Beasley &amp; Christofides 1989, "An algorithm for the resource constrained shortest path problem",
 * Networks 19). Rounds (40 by default) adjust the multipliers until the rosters keep the contract; the best roster
 * that keeps every rule is returned. Each round costs days × states × options, independent of how many resources
 * there are, where the exact labels of {@link RosterPricing} multiply with them (half a year with three limited types:
 * a beam of nine labels a day there). Not exact: a roster keeping the contract may be missed when the multipliers
 * jump over it.
 *
 * <p>Applies to agents with no pinned days and no weekly limits ({@link #applies}); the multipliers of each agent
 * are carried from one pricing to the next ({@link Multipliers}), as the prices they answer change little.
 */
final class RelaxedPricing {

    /** Rounds of the multipliers per pricing. */
    private static final int ROUNDS = Integer.getInteger("homeshore.scheduling.relaxedRounds", 40);
    private static final double NONE = Double.NEGATIVE_INFINITY;

    private RelaxedPricing() {
    }

    /** One agent's multipliers, kept between pricings. */
    static final class Multipliers {
        private final Multiplier minute = new Multiplier();
        private final Multiplier weekend = new Multiplier();
        private Multiplier[] type;
    }

    /** A multiplier and its step: halved when the violation changes sign, grown by half while it keeps it. */
    private static final class Multiplier {
        private double value;
        private double step;
        private int sign;

        /** Moves in direction {@code now} (1 up, -1 down, 0 stay). */
        void move(int now) {
            if (now != 0 && sign != 0) {
                step = now == sign ? step * 1.5 : step / 2;
            }
            sign = now;
            value += now * step;
        }

        /** For a maximum: up while {@code used} is over it, down towards zero while under. */
        void limit(long used, long max) {
            move(used > max ? 1 : used < max && value > 0 ? -1 : 0);
            value = Math.max(0, value);
        }
    }

    /** Whether the relaxation keeps this agent's rules: no pinned day, no weekly limit. */
    static boolean applies(AgentDay[] row, Contract c) {
        return row.length > 0 && Arrays.stream(row).noneMatch(AgentDay::isPinned) && c.minMinutesPerWeek() == 0
                && c.maxMinutesPerWeek() >= 7 * 1440 && c.maxDaysPerWeek() >= 7;
    }

    /**
     * Up to {@code count} rosters keeping every rule of the contract, most worth first; {@code known} (may be
     * {@code null}) if none is found worth more. Falls back on {@code known}, or an empty roster, when no round found
     * a roster keeping the contract.
     */
    static List<Shift[]> best(AgentDay[] row, Contract c, RosterPricing.DayValue worth, RandomGenerator random,
            Shift[] known, Multipliers m, int count) {
        Problem p = new Problem(row, c, worth, random);
        if (m.type == null) {
            m.type = new Multiplier[p.types.size()];
            Arrays.setAll(m.type, t -> new Multiplier());
        }
        m.minute.step = Math.max(m.minute.step, p.scale / Math.max(1, p.averageLength) / 20);
        for (Multiplier t : m.type) {
            t.step = Math.max(t.step, p.scale / 20);
        }
        m.weekend.step = Math.max(m.weekend.step, p.scale / 20);
        List<Found> found = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Shift[] roster = p.solve(m);
            int minutes = 0;
            int[] counts = new int[m.type.length];
            long weekends = IntStream.range(0, row.length).filter(d -> roster[d] != null && row[d].getWeekend() >= 0)
                    .map(d -> row[d].getWeekend()).distinct().count();
            for (Shift s : roster) {
                if (s != null) {
                    minutes += s.length();
                    int t = p.types.index(s);
                    if (t >= 0) {
                        counts[t]++;
                    }
                }
            }
            m.minute.move(minutes < c.minMinutesTotal() ? 1 : minutes > c.maxMinutesTotal() ? -1 : 0);
            m.weekend.limit(weekends, c.maxWeekends());
            for (int t = 0; t < counts.length; t++) {
                m.type[t].limit(counts[t], p.types.max[t]);
            }
            if (RosterBreaches.owed(row, roster, c) == 0
                    && found.stream().noneMatch(f -> Arrays.equals(f.roster, roster))) {
                found.add(new Found(roster, p.worth(roster)));
            }
        }
        found.sort(Comparator.comparingDouble(f -> -f.worth));
        if (known != null && RosterBreaches.owed(row, known, c) == 0
                && (found.isEmpty() || p.worth(known) >= found.getFirst().worth)) {
            return List.<Shift[]>of(known.clone());
        }
        if (found.isEmpty()) {
            return List.<Shift[]>of(known == null ? new Shift[row.length] : known.clone());
        }
        return found.subList(0, Math.min(count, found.size())).stream().map(Found::roster).toList();
    }

    private record Found(Shift[] roster, double worth) {
    }

    /** One agent's days, options and values, and the dynamic programme over them. */
    private static final class Problem {
        final AgentDay[] row;
        final Contract c;
        final LimitedTypes types;
        final List<List<Shift>> options = new ArrayList<>();
        final double[][] values;
        final double[] off;
        final int[][] typeOf;
        final boolean[][][] follows;
        final int workCap;
        final int offCap;
        final int runs;
        final boolean weekendsLimited;
        final double scale;
        final double averageLength;
        final RosterPricing.DayValue worth;

        Problem(AgentDay[] row, Contract c, RosterPricing.DayValue worth, RandomGenerator random) {
            this.row = row;
            this.c = c;
            this.worth = worth;
            int n = row.length;
            double tie = 1.0 / (2.0 * (n + 1));
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
                off[d] = worth.of(d, null) + random.nextDouble() * tie;
                values[d] = new double[opts.size()];
                typeOf[d] = new int[opts.size()];
                for (int o = 0; o < opts.size(); o++) {
                    values[d][o] = worth.of(d, opts.get(o)) + random.nextDouble() * tie;
                    typeOf[d][o] = types.index(opts.get(o));
                    most = Math.max(most, Math.abs(values[d][o] - off[d]));
                    lengths += opts.get(o).length();
                    shifts++;
                }
            }
            this.scale = Math.max(1, most);
            this.averageLength = shifts == 0 ? 1 : lengths / shifts;
            this.follows = PricingBound.follows(options, c);
            this.workCap = Math.max(1, c.maxConsecutiveDays() < n ? c.maxConsecutiveDays() : c.minConsecutiveDays());
            this.offCap = Math.max(1, c.minConsecutiveDaysOff());
            this.runs = Math.max(workCap, offCap);
            this.weekendsLimited = c.maxWeekends() < n;
        }

        double worth(Shift[] roster) {
            double w = 0;
            for (int d = 0; d < roster.length; d++) {
                w += worth.of(d, roster[d]);
            }
            return w;
        }

        /** State of a day: slot 0 is a day off, slot o + 1 option o; run length from 1; judged; weekend worked. */
        private int state(int slot, int run, int judged, int weekend) {
            return ((slot * runs + run - 1) * 2 + judged) * 2 + weekend;
        }

        /** The roster of most worth at these multipliers that keeps the run rules. */
        Shift[] solve(Multipliers m) {
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
                    shiftValue[o] = values[d][o] + m.minute.value * options.get(d).get(o).length()
                            - (typeOf[d][o] >= 0 ? m.type[typeOf[d][o]].value : 0);
                }
                if (d == 0) {
                    relax(best[0], parent[0], state(0, 1, 0, 0), off[0], -1);
                    for (int o = 0; o < shiftValue.length; o++) {
                        boolean newWeekend = weekendsLimited && weekendId >= 0;
                        relax(best[0], parent[0], state(o + 1, 1, 0, newWeekend ? 1 : 0),
                                shiftValue[o] - (newWeekend ? m.weekend.value : 0), -1);
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
                                double extra = newWeekend ? m.weekend.value : 0;
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
}
