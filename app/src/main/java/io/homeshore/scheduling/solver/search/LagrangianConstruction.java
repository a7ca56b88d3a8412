package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Construction by column generation over the day cover (for problems whose cover is per day and shift type, as in
 * Curtois &amp; Qu 2014): each demand gets a price, every agent's best roster at those prices is found
 * ({@link AgentPricing}), and every roster found is kept as a column of its agent.
 * <ul>
 * <li>Small plans (priced by {@link RosterPricing}), and large ones whose master has at most {@link #LP_ROWS} rows:
 * the prices are the duals of the restricted master's linear relaxation ({@link MasterLp}), until the pricing finds
 * nothing better or {@link #DIVE_PERCENT} of the budget is left; then price-and-dive ({@link AssignmentDive}) fixes
 * agent-days until one column per agent is left, again and again (shaken) until the budget ends.</li>
 * <li>Other large plans (priced by {@link RelaxedPricing}): the prices follow the {@link Subgradient} — up where too
 * few work, down where too many.</li>
 * </ul>
 * A descent and an annealing ({@link ColumnSearch}) pick one column per agent against the exact cover cost. On small
 * plans a last pass ({@link Pass#EXACT}) searches, after column generation, over every roster that could belong to a
 * better plan at its duals ({@link ReducedCostSearch}); where those are too many to list, it dives instead. The best
 * plan found, if better than the working one, becomes the working plan.
 */
public final class LagrangianConstruction implements PhaseCommand<Schedule> {

    /** Iterations between two descents over the columns. */
    private static final int DESCENT_EVERY = 10;
    /** Moves per annealing over the columns. */
    private static final long ANNEAL_MOVES = Long.getLong("homeshore.scheduling.annealMoves", 200_000);

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

    /** Which pass of the construction a command is. */
    public enum Pass {
        /**
         * Only for a plan that still breaks a hard rule and where every agent is priced by {@link RelaxedPricing}
         * (whose rosters keep every rule): stops at the first plan breaking none, so that the solver holds it early
         * (its best plan is updated between phase commands only).
         */
        REPAIR,
        /** The construction proper, on every plan that breaks no hard rule or is priced by {@link RelaxedPricing}. */
        PLAN,
        /**
         * A second pass, only on plans priced by {@link RosterPricing} alone (small plans, priced by
         * {@link RosterPricing}): column generation and dives afresh from the best plan so far, with another seed. On
         * those plans the run ends with about the plan the construction ends with; local search after it rarely
         * removes a shortage (Curtois 8 ended one under-cover unit above the optimum in 5 of 5 runs with one pass,
         * within 1.3 % in 8 of 8 with more construction time: ADR 0058).
         */
        AGAIN,
        /**
         * A third pass on the same plans as {@link #AGAIN}: column generation from the best plan so far, then, instead
         * of dives, the search over every roster whose reduced cost at its duals leaves room for a better plan
         * ({@link ReducedCostSearch}, ADR 0059); dives only where those rosters are too many to list. A share of the
         * first two passes instead cost Curtois 8 its dives (1,319–1,405 in four runs, the listing failing there).
         */
        EXACT
    }

    private final long budgetNanos;
    private final Pass pass;

    public LagrangianConstruction(Duration budget, Pass pass) {
        this.budgetNanos = budget.toNanos();
        this.pass = pass;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Schedule> context) {
        long deadline = System.nanoTime() + budgetNanos;
        // the annealings over the columns stop here at the latest: a tenth of the budget past its end (on Curtois 24
        // the last annealing's two million moves had taken 12 s past the end of an 18 s pass)
        long annealUntil = deadline + budgetNanos / 10;
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
        SplittableRandom random = new SplittableRandom(pass == Pass.EXACT ? 4 : pass == Pass.AGAIN ? 3 : 2);
        int[] incumbent = master.addCurrent();
        long best = master.cost(incumbent);
        long startCost = best;
        ColumnSearch search = new ColumnSearch(master);
        Subgradient subgradient = new Subgradient(master.demands);
        double[] price = subgradient.start(master.count(incumbent));
        AgentPricing pricing = new AgentPricing(context, grid, master);
        boolean relaxed = pricing.relaxed();
        boolean feasible = startCost < ColumnPool.HARD;
        boolean skip = switch (pass) {
            case REPAIR -> feasible || !relaxed;
            // a plan breaking a hard rule is otherwise repaired by the construction and local search
            case PLAN -> !feasible && !relaxed;
            // only plans priced by RosterPricing alone: on plans where it prices some agents (Curtois 20), judging
            // whether the pass is affordable took seconds before it gave up
            case AGAIN, EXACT -> !pricing.exact() || !feasible;
        };
        if (skip) {
            return;
        }
        if (!pricing.affordable(price, random, deadline)) {
            return;
        }
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
            Shift[][] rosters = pricing.price(price, random, deadline, null);
            if (rosters == null) {
                break;
            }
            pricing.keepPace(System.nanoTime() - began, budgetNanos);
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
            for (int i = 0; i < price.length; i++) {
                lagrangian += price[i] * master.demands.get(i).required();
            }
            subgradient.record(lagrangian);
            long cost = master.cost(picked);
            if (cost < best) {
                best = cost;
                incumbent = picked;
            }
            if (it % DESCENT_EVERY == 0) {
                for (int[] start : List.of(search.descend(picked.clone(), random), incumbent)) {
                    int[] improved = search.anneal(start, random, ANNEAL_MOVES, annealUntil);
                    long c = master.cost(improved);
                    if (c < best) {
                        best = c;
                        incumbent = improved;
                    }
                }
            }
            if (pass == Pass.REPAIR && best < ColumnPool.HARD) {
                publish(context, grid, master, incumbent);
                return;
            }
            if (lp != null) {
                // converged when the pricing finds nothing better at these duals (within 0.5, or a ten-thousandth
                // of the bound if more), or the dive's share of the budget; in the pass EXACT within 0.01 or that
                // ten-thousandth, as every tenth the bound gains narrows the window its listing must cover (ADR 0062)
                double gap = pass == Pass.EXACT ? 0.01 : 0.5;
                if (lp.objective() - lagrangian <= Math.max(gap, 1e-4 * Math.abs(lagrangian))
                        || System.nanoTime() > divingFrom) {
                    break;
                }
                continue;
            }
            subgradient.step(price, master.count(picked), best, random);
        }
        double[] duals = price.clone();
        // dives until the budget ends: the first in order of the shares, the others shaken, each over every column
        // found so far (the earlier dives' too) from the relaxation at the root; in the pass EXACT, first the search
        // over every roster that could belong to a better plan, and dives only if those are too many to list
        int dives = 0;
        for (long until = pass == Pass.EXACT && lp != null ? System.nanoTime() : deadline; ; until = deadline) {
            long end = until;
            for (; lp != null && !context.isPhaseTerminated() && System.nanoTime() < end; dives++) {
                int[] dived = new AssignmentDive(grid, dives == 0 ? null : random).run(master, lp, price, end,
                        dive -> pricing.price(price, random, end, dive));
                if (dived != null) {
                    int[] improved = search.descend(search.anneal(dived, random, ANNEAL_MOVES, annealUntil), random);
                    long cost = master.cost(improved);
                    if (cost < best) {
                        best = cost;
                        incumbent = improved;
                    }
                }
                lp = master.relaxation(incumbent, null);
            }
            incumbent = search.descend(search.anneal(incumbent, random, ANNEAL_MOVES * 10, annealUntil), random);
            best = master.cost(incumbent);
            if (end == deadline || context.isPhaseTerminated()) {
                break;
            }
            ReducedCostSearch exact = ReducedCostSearch.build(master, duals, best, deadline);
            if (exact != null) {
                incumbent = exact.improve(incumbent, random, deadline, context::isPhaseTerminated);
                break;
            }
        }
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
}
