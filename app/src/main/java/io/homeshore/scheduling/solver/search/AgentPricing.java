package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The pricing rounds of {@link LagrangianConstruction}: every agent's best roster at the demands' prices, by
 * {@link RelaxedPricing} on large plans (for every agent it applies to) and by {@link RosterPricing} (exact, or a beam
 * of so many labels a day) on the others. The runners-up of each pricing join the agent's columns.
 */
final class AgentPricing {

    /** Agents priced to judge whether the relaxation is affordable. */
    private static final int SAMPLE = 3;
    /** Fewest iterations the budget must allow, or the relaxation is not run. */
    private static final int MIN_ITERATIONS = 30;
    /** Narrowest beam the pricing may use in the relaxation (labels a day over four weeks). */
    private static final int MIN_LABELS = Integer.getInteger("homeshore.scheduling.minLabels", 60);
    /** Rosters each pricing adds to the agent's columns at most: the best and runners-up. */
    private static final int COLUMNS = Integer.getInteger("homeshore.scheduling.columns", 3);
    /**
     * Plans of at least this many agent-days are priced by {@link RelaxedPricing} (for every agent it applies to);
     * smaller plans by {@link RosterPricing}, exact or a wide beam. Measured on Curtois at 60 s, one run each, with
     * relaxed pricing everywhere: better on 8 and on 10–24, worse on 4, 6, 7, 9 and 16 (280–1,120 agent-days),
     * where the exact pricing affords 30 iterations and more (ADR 0053).
     */
    private static final int RELAXED_SIZE = Integer.getInteger("homeshore.scheduling.relaxedSize", 1200);

    private final PhaseCommandContext<Schedule> context;
    private final AgentDay[][] grid;
    private final ColumnPool master;
    /** Per agent: the multipliers of its contract's limits when {@link RelaxedPricing} prices it, else null. */
    private final RelaxedPricing.Multipliers[] multipliers;
    /** Labels a day for the agents {@link RosterPricing} prices. */
    private int labels = RosterPricing.MAX_LABELS;

    AgentPricing(PhaseCommandContext<Schedule> context, AgentDay[][] grid, ColumnPool master) {
        this.context = context;
        this.grid = grid;
        this.master = master;
        this.multipliers = new RelaxedPricing.Multipliers[grid.length];
        boolean large = Arrays.stream(grid).mapToLong(row -> row.length).sum() >= RELAXED_SIZE;
        for (int a = 0; a < grid.length; a++) {
            if (large && grid[a].length > 0 && RelaxedPricing.applies(grid[a], grid[a][0].getAgent().contract())) {
                multipliers[a] = new RelaxedPricing.Multipliers();
            }
        }
    }

    /** Whether {@link RosterPricing} prices every agent (plans under {@link #RELAXED_SIZE} agent-days, mostly). */
    boolean exact() {
        return Arrays.stream(multipliers).allMatch(Objects::isNull);
    }

    /** Whether {@link RelaxedPricing} prices every agent with days. */
    boolean relaxed() {
        return IntStream.range(0, grid.length).allMatch(a -> grid[a].length == 0 || multipliers[a] != null);
    }

    /**
     * Whether the relaxation can run {@link #MIN_ITERATIONS} iterations before the deadline, judged by pricing a few
     * agents. Plans priced by {@link RelaxedPricing} need no beam: the judgement is all (Curtois 24, a year of 150
     * agents: an iteration took 2.3 s of an 18 s pass, whose plan was no better than the one it started from, while
     * the redraws given that time instead gained more). Otherwise chooses the most labels a day the pricing may keep,
     * narrowest beam first (which also warms the code up); false when not even the narrowest beam fits. On long
     * horizons with many limited shift types an exact iteration can take seconds: a narrower beam still finds good
     * columns.
     */
    boolean affordable(double[] price, SplittableRandom random, long deadline) {
        if (relaxed()) {
            // its own random source: the probe's draws do not shift the pass's
            return fits(price, new SplittableRandom(random.nextLong()), deadline, 0);
        }
        List<Integer> beams = new ArrayList<>();
        for (int width = RosterPricing.MAX_LABELS; width >= MIN_LABELS; width /= 4) {
            beams.addFirst(width);
        }
        labels = 0;
        for (int width : beams) {
            if (!fits(price, random, deadline, width)) {
                break;
            }
            labels = width;
        }
        return labels > 0;
    }

    /**
     * Whether {@link #MIN_ITERATIONS} iterations fit before the deadline, judged by pricing {@link #SAMPLE} agents
     * ({@code labels} a day where {@link RosterPricing} prices them).
     */
    private boolean fits(double[] price, SplittableRandom random, long deadline, int labels) {
        // the faster of two rounds over the same agents: the first may run before the pricing's code is compiled
        // (on Curtois 13 and 20 it took up to seven times as long, and the pass was skipped in some runs)
        long perAgent = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            int sampled = 0;
            for (int a = 0; a < grid.length && sampled < SAMPLE; a++) {
                if (grid[a].length > 0) {
                    RosterPricing.DayValue worth = master.worth(a, price);
                    Contract c = grid[a][0].getAgent().contract();
                    if (multipliers[a] != null) {
                        RelaxedPricing.best(grid[a], c, worth, random, master.richest(a, worth), multipliers[a],
                                COLUMNS);
                    } else {
                        RosterPricing.best(grid[a], c, worth, random, master.richest(a, worth), labels);
                    }
                    sampled++;
                }
            }
            perAgent = Math.min(perAgent, (System.nanoTime() - start) / Math.max(1, sampled));
        }
        long perIteration = perAgent * grid.length / Math.max(1, Runtime.getRuntime().availableProcessors());
        return perIteration * MIN_ITERATIONS < deadline - System.nanoTime();
    }

    /** Narrows the beam when an iteration took more than its share of the budget for {@link #MIN_ITERATIONS}. */
    void keepPace(long iterationNanos, long budgetNanos) {
        if (iterationNanos * MIN_ITERATIONS > budgetNanos && labels / 4 >= MIN_LABELS) {
            labels /= 4;
        }
    }

    /**
     * Every agent's best roster at these prices, two agents at a time (the pricing of one agent is independent of the
     * others'; each agent's columns are touched by one thread only); {@code null} when the budget ran out before all
     * were priced. With a {@code dive}, its fixed days are forced and agents whose every day is fixed are not priced.
     */
    Shift[][] price(double[] price, SplittableRandom random, long deadline, AssignmentDive dive) {
        Shift[][] rosters = new Shift[grid.length][];
        SplittableRandom[] randoms = new SplittableRandom[grid.length];
        for (int a = 0; a < grid.length; a++) {
            randoms[a] = random.split();
        }
        IntStream.range(0, grid.length).parallel().filter(a -> grid[a].length > 0 && (dive == null || !dive.done(a)))
                .forEach(a -> {
            if (System.nanoTime() < deadline && !context.isPhaseTerminated()) {
                RosterPricing.DayValue worth = dive == null ? master.worth(a, price)
                        : dive.restrict(a, master.worth(a, price));
                Contract c = grid[a][0].getAgent().contract();
                List<Shift[]> found = multipliers[a] != null
                        ? RelaxedPricing.best(grid[a], c, worth, randoms[a], master.richest(a, worth), multipliers[a],
                                COLUMNS)
                        : RosterPricing.best(grid[a], c, worth, randoms[a], master.richest(a, worth), labels, COLUMNS);
                rosters[a] = found.getFirst();
                for (Shift[] runnerUp : found.subList(1, found.size())) {
                    master.add(a, runnerUp);
                }
            }
        });
        boolean complete = IntStream.range(0, grid.length)
                .allMatch(a -> grid[a].length == 0 || dive != null && dive.done(a) || rosters[a] != null);
        return complete ? rosters : null;
    }
}
