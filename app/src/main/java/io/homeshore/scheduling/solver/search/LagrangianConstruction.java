package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Construction by column generation over the day cover (for problems whose cover is per day and shift type, as in
 * Curtois &amp; Qu 2014): each demand gets a price, every agent's best roster at those prices is found (exactly or by
 * a beam with {@link RosterPricing} on small plans, by {@link RelaxedPricing} on large ones), and every roster found
 * is kept as a column of its agent.
 * <ul>
 * <li>Small plans (priced by {@link RosterPricing}), and large ones whose master has at most {@link #LP_ROWS} rows:
 * the prices are the duals of the restricted master's linear relaxation ({@link MasterLp}), until the pricing finds
 * nothing better or {@link #DIVE_PERCENT} of the budget is left; then price-and-dive ({@link AssignmentDive}) fixes
 * agent-days until one column per agent is left, again and again (shaken) until the budget ends.</li>
 * <li>Other large plans (priced by {@link RelaxedPricing}): the prices follow the subgradient — up where too few
 * work, down where too many (Fisher 1981, "The Lagrangian relaxation method for solving integer programming
 * problems", Mgmt Sci 27).</li>
 * </ul>
 * A descent and an annealing pick one column per agent against the exact cover cost (a restricted master problem
 * solved by local search, as in price-and-branch heuristics). The best plan found, if better than the working one,
 * becomes the working plan.
 */
public final class LagrangianConstruction implements PhaseCommand<Schedule> {

    /** Iterations without a better bound after which the step shrinks by half. */
    private static final int PATIENCE = 10;
    /** Agents priced to judge whether the relaxation is affordable. */
    private static final int SAMPLE = 3;
    /** Fewest iterations the budget must allow, or the relaxation is not run. */
    private static final int MIN_ITERATIONS = 30;
    /** Narrowest beam the pricing may use in the relaxation (labels a day over four weeks). */
    private static final int MIN_LABELS = Integer.getInteger("homeshore.scheduling.minLabels", 60);
    /** Rosters each pricing adds to the agent's columns at most: the best and runners-up. */
    private static final int COLUMNS = Integer.getInteger("homeshore.scheduling.columns", 3);
    /** Iterations between two descents over the columns. */
    private static final int DESCENT_EVERY = 10;
    /** Step size below which the prices count as converged and are shaken for new columns. */
    private static final double MIN_THETA = 1e-3;
    /** How far a restart shakes each price, as a share of the demand's under-cover weight. */
    private static final double RESTART_NOISE = Double.parseDouble(
            System.getProperty("homeshore.scheduling.restartNoise", "0.5"));
    /** Moves per annealing over the columns. */
    private static final long ANNEAL_MOVES = Long.getLong("homeshore.scheduling.annealMoves", 200_000);

    /**
     * Plans of at least this many agent-days are priced by {@link RelaxedPricing} (for every agent it applies to);
     * smaller plans by {@link RosterPricing}, exact or a wide beam. Measured on Curtois at 60 s, one run each, with
     * relaxed pricing everywhere: better on 8 and on 10–24, worse on 4, 6, 7, 9 and 16 (280–1,120 agent-days),
     * where the exact pricing affords 30 iterations and more (ADR 0053).
     */
    private static final int RELAXED_SIZE = Integer.getInteger("homeshore.scheduling.relaxedSize", 1200);

    /** Share of the budget kept for diving. */
    private static final int DIVE_PERCENT = Integer.getInteger("homeshore.scheduling.divePercent", 40);
    /** {@code false}: subgradient prices on small plans too, and no diving (the way before ADR 0054). */
    private static final boolean LP = Boolean.parseBoolean(System.getProperty("homeshore.scheduling.lp", "true"));
    /**
     * Plans priced by {@link RelaxedPricing} take LP prices too when the master has at most this many rows (demands
     * and agents): Curtois 11, 14, 15, 17, 18 and 12 (200–340 rows). Larger masters keep the subgradient: on 19 (460
     * rows) column generation had not converged when the dives began (4,778 against 3,491), and on 13 (624) the LP
     * stalls in degenerate pivots (ADR 0055, ADR 0056).
     */
    private static final int LP_ROWS = Integer.getInteger("homeshore.scheduling.lpRows", 400);

    private final long budgetNanos;
    private final boolean repair;

    /**
     * @param repair only for a plan that still breaks a hard rule and where every agent is priced by
     *               {@link RelaxedPricing} (whose rosters keep every rule): stop at the first plan breaking none, so
     *               that the solver holds it early (its best plan is updated between phase commands only)
     */
    public LagrangianConstruction(Duration budget, boolean repair) {
        this.budgetNanos = budget.toNanos();
        this.repair = repair;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Schedule> context) {
        long deadline = System.nanoTime() + budgetNanos;
        Schedule schedule = context.getWorkingSolution();
        if (budgetNanos <= 0 || !Cover.byDay(schedule)) {
            return;
        }
        AgentDay[][] grid = AgentDays.grid(schedule);
        Map<AgentDay, List<ShiftRequest>> byDay = AgentDays.requestsByDay(schedule, grid);
        ColumnPool master = new ColumnPool(grid, byDay);
        if (master.demands.isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(2);
        int[] incumbent = master.addCurrent();
        long best = master.cost(incumbent);
        long startCost = best;
        double[] price = new double[master.demands.size()];
        int[] count = master.count(incumbent);
        for (int i = 0; i < price.length; i++) {
            ShiftDemand d = master.demands.get(i);
            price[i] = count[i] < d.required() ? d.underWeight() : -d.overWeight();
        }
        RelaxedPricing.Multipliers[] multipliers = new RelaxedPricing.Multipliers[grid.length];
        boolean large = Arrays.stream(grid).mapToLong(row -> row.length).sum() >= RELAXED_SIZE;
        for (int a = 0; a < grid.length; a++) {
            if (large && grid[a].length > 0 && RelaxedPricing.applies(grid[a], grid[a][0].getAgent().contract())) {
                multipliers[a] = new RelaxedPricing.Multipliers();
            }
        }
        boolean relaxed = IntStream.range(0, grid.length).allMatch(a -> grid[a].length == 0 || multipliers[a] != null);
        boolean feasible = startCost < ColumnPool.HARD;
        if (repair ? feasible || !relaxed : !feasible && !relaxed) {
            // a plan breaking a hard rule is otherwise repaired by the construction and local search
            return;
        }
        // labels a day for the agents RosterPricing prices (none when all are relaxed)
        int labels = relaxed ? RosterPricing.MAX_LABELS : affordable(grid, master, price, random, deadline);
        if (labels == 0) {
            return;
        }
        double theta = 1.0;
        double bound = Double.NEGATIVE_INFINITY;
        int idle = 0;
        MasterLp lp = LP && (!relaxed || master.demands.size() + grid.length <= LP_ROWS)
                ? master.relaxation(incumbent, null) : null;
        long divingFrom = deadline - budgetNanos * DIVE_PERCENT / 100;
        for (int it = 1; !context.isPhaseTerminated() && System.nanoTime() < deadline; it++) {
            long began = System.nanoTime();
            if (lp != null) {
                master.extend(lp, null);
                lp.solve(deadline);
                for (int i = 0; i < price.length; i++) {
                    price[i] = lp.price(i);
                }
            }
            Shift[][] rosters = priceAll(context, grid, master, price, random, deadline, labels,
                    multipliers, null);
            if (rosters == null) {
                break;
            }
            if ((System.nanoTime() - began) * MIN_ITERATIONS > budgetNanos && labels / 4 >= MIN_LABELS) {
                labels /= 4;
            }
            double lagrangian = 0;
            int[] picked = new int[grid.length];
            for (int a = 0; a < grid.length; a++) {
                if (rosters[a] != null) {
                    RosterPricing.DayValue worth = master.worth(a, price);
                    for (int d = 0; d < rosters[a].length; d++) {
                        lagrangian -= worth.of(d, rosters[a][d]);
                    }
                    picked[a] = master.add(a, rosters[a]);
                }
            }
            count = master.count(picked);
            double norm = 0;
            for (int i = 0; i < price.length; i++) {
                ShiftDemand d = master.demands.get(i);
                lagrangian += price[i] * d.required();
                double g = d.required() - count[i];
                norm += g * g;
            }
            if (lagrangian > bound + 1e-9) {
                bound = lagrangian;
                idle = 0;
            } else if (++idle >= PATIENCE) {
                theta /= 2;
                idle = 0;
            }
            long cost = master.cost(picked);
            if (cost < best) {
                best = cost;
                incumbent = picked;
            }
            if (it % DESCENT_EVERY == 0) {
                for (int[] start : List.of(master.descend(picked.clone(), random), incumbent)) {
                    int[] improved = master.anneal(start, random, ANNEAL_MOVES);
                    long c = master.cost(improved);
                    if (c < best) {
                        best = c;
                        incumbent = improved;
                    }
                }
            }
            if (repair && best < ColumnPool.HARD) {
                publish(context, grid, master, incumbent);
                return;
            }
            if (lp != null) {
                // converged when the pricing finds nothing better at these duals, or the dive's share of the budget
                if (lp.objective() - lagrangian <= Math.max(0.5, 1e-4 * Math.abs(lagrangian))
                        || System.nanoTime() > divingFrom) {
                    break;
                }
                continue;
            }
            if (norm == 0 || theta < MIN_THETA) {
                theta = 1;
                for (int i = 0; i < price.length; i++) {
                    ShiftDemand d = master.demands.get(i);
                    price[i] = clamp(d, price[i] + (random.nextDouble() - 0.5) * d.underWeight() * RESTART_NOISE);
                }
                continue;
            }
            double step = theta * Math.max(1, best - bound) / norm;
            for (int i = 0; i < price.length; i++) {
                ShiftDemand d = master.demands.get(i);
                price[i] = clamp(d, price[i] + step * (d.required() - count[i]));
            }
        }
        // dives until the budget ends: the first in order of the shares, the others shaken, each over every column
        // found so far (the earlier dives' too) from the relaxation at the root
        for (int dives = 0; lp != null && !context.isPhaseTerminated() && System.nanoTime() < deadline; dives++) {
            int labelsNow = labels;
            int[] dived = new AssignmentDive(grid, dives == 0 ? null : random).run(master, lp, price, deadline,
                    dive -> priceAll(context, grid, master, price, random, deadline, labelsNow, multipliers, dive));
            if (dived != null) {
                int[] improved = master.descend(master.anneal(dived, random, ANNEAL_MOVES), random);
                long cost = master.cost(improved);
                if (cost < best) {
                    best = cost;
                    incumbent = improved;
                }
            }
            lp = master.relaxation(incumbent, null);
        }
        incumbent = master.descend(master.anneal(incumbent, random, ANNEAL_MOVES * 10), random);
        if (master.cost(incumbent) < startCost) {
            publish(context, grid, master, incumbent);
        }
    }

    /** Makes the chosen columns the working plan. */
    private static void publish(PhaseCommandContext<Schedule> context, AgentDay[][] grid, ColumnPool master,
            int[] chosen) {
        Shift[][] plan = new Shift[grid.length][];
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                plan[a] = master.columns.get(a).get(chosen[a]);
                order.add(a);
            }
        }
        RosterConstruction.publish(context, grid, order, plan);
    }

    /**
     * Every agent's best roster at these prices, two agents at a time (the pricing of one agent is independent of the
     * others'; each agent's columns are touched by one thread only); {@code null} when the budget ran out before all
     * were priced. The runners-up of each pricing join the agent's columns. With a {@code dive}, its fixed days are
     * forced and agents whose every day is fixed are not priced.
     */
    private static Shift[][] priceAll(PhaseCommandContext<Schedule> context, AgentDay[][] grid, ColumnPool master,
            double[] price, SplittableRandom random, long deadline, int labels,
            RelaxedPricing.Multipliers[] multipliers, AssignmentDive dive) {
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

    /** A demand's price stays between minus its over-cover and its under-cover weight, where the bound is valid. */
    private static double clamp(ShiftDemand d, double price) {
        return Math.max(-d.overWeight(), Math.min(d.underWeight(), price));
    }

    /**
     * The most labels a day the pricing may keep so that the relaxation runs {@link #MIN_ITERATIONS} iterations in its
     * budget, judged by pricing a few agents, narrowest beam first (which also warms the code up); 0 when not even the
     * narrowest beam fits. On long horizons with many limited shift types an exact iteration can take seconds: a
     * narrower beam still finds good columns.
     */
    private static int affordable(AgentDay[][] grid, ColumnPool master, double[] price, SplittableRandom random,
            long deadline) {
        List<Integer> beams = new ArrayList<>();
        for (int labels = RosterPricing.MAX_LABELS; labels >= MIN_LABELS; labels /= 4) {
            beams.addFirst(labels);
        }
        int affordable = 0;
        for (int labels : beams) {
            long start = System.nanoTime();
            int sampled = 0;
            for (int a = 0; a < grid.length && sampled < SAMPLE; a++) {
                if (grid[a].length > 0) {
                    RosterPricing.DayValue worth = master.worth(a, price);
                    RosterPricing.best(grid[a], grid[a][0].getAgent().contract(), worth, random,
                            master.richest(a, worth), labels);
                    sampled++;
                }
            }
            long perIteration = (System.nanoTime() - start) / Math.max(1, sampled) * grid.length
                    / Math.max(1, Runtime.getRuntime().availableProcessors());
            if (perIteration * MIN_ITERATIONS >= deadline - System.nanoTime()) {
                break;
            }
            affordable = labels;
        }
        return affordable;
    }
}
