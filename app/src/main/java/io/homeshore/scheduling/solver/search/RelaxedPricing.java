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
 * ({@link RunRuleProgramme}) that keeps only the run rules in its state (last shift, length of the current run of work
 * or rest, whether the run is judged, whether this weekend is already worked) and prices the horizon's resources —
 * minutes, shifts per limited type, weekends — with multipliers instead of counting them (state-space relaxation with
 * Lagrangian multipliers on the resources, Beasley &amp; Christofides 1989, "An algorithm for the resource constrained
 * shortest path problem", Networks 19). Rounds (40 by default) adjust the multipliers until the rosters keep the
 * contract; the best roster that keeps every rule is returned. Each round costs about days × states, independent of
 * how many resources there are, where the exact labels of {@link RosterPricing} multiply with them (half a year with
 * three limited types: a beam of nine labels a day there). Not exact: a roster keeping the contract may be missed when
 * the multipliers jump over it.
 *
 * <p>Applies to agents with no pinned days and no weekly limits ({@link #applies}); the multipliers of each agent
 * are carried from one pricing to the next ({@link Multipliers}), as the prices they answer change little.
 */
final class RelaxedPricing {

    /** Rounds of the multipliers per pricing. */
    private static final int ROUNDS = Integer.getInteger("homeshore.scheduling.relaxedRounds", 40);

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
        RunRuleProgramme p = new RunRuleProgramme(row, c, worth, random);
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
            double[] perType = Arrays.stream(m.type).mapToDouble(t -> t.value).toArray();
            Shift[] roster = p.solve(m.minute.value, perType, m.weekend.value);
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
}
