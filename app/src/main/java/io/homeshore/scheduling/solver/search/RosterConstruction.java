package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * Construction: agent by agent (most minutes owed first), draws several run-based rosters ({@link RosterDraft})
 * and keeps the one with the fewest hard breaches and the most cover still missing; then sets the whole plan in
 * one move. Rosters that respect each contract by construction give local search a feasible or nearly feasible
 * start, which first-fit over single days does not (it cannot see minimum runs or minimum minutes).
 */
public final class RosterConstruction implements PhaseCommand<Schedule> {

    /** Fewer draws in the first pass: a feasible plan comes sooner, and the redraw passes improve it anyway. */
    private static final int FIRST_DRAWS = Integer.getInteger("homeshore.scheduling.firstDraws", 10);
    /** An agent whose roster still breaks a rule gets this many times the draws: few agents, hard to place. */
    private static final int OWING_FACTOR = 10;
    private static final int PASSES = Integer.getInteger("homeshore.scheduling.passes", 1000);
    /**
     * Whether the redraw passes price two agents at a time, the second on another thread against the cover as it was
     * before the first's new roster (it is judged against the cover as it then is). Off on one processor, and by
     * {@code homeshore.scheduling.serialRedraws=true}.
     */
    private static final boolean PAIRED = Runtime.getRuntime().availableProcessors() > 1
            && !Boolean.getBoolean("homeshore.scheduling.serialRedraws");
    /** Passes in a row without a strict improvement after which the descent stops (sideways steps continue it). */
    private static final int IDLE_PASSES = 3;

    private final long budgetNanos;
    private final boolean reprice;

    /**
     * @param budget {@code null}: build the first plan (agent by agent); otherwise improve the working plan by redraws
     *               for at most this long. Two commands, so the first plan is a step of its own and is reported at once.
     * @param reprice whether stalled passes go on repricing groups of agents until the budget ends (day cover only)
     */
    public RosterConstruction(Duration budget, boolean reprice) {
        this.budgetNanos = budget == null ? -1 : budget.toNanos();
        this.reprice = reprice;
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Schedule> context) {
        long deadline = System.nanoTime() + budgetNanos;
        Schedule schedule = context.getWorkingSolution();
        AgentDay[][] grid = AgentDays.grid(schedule);
        Map<AgentDay, List<ShiftRequest>> byDay = AgentDays.requestsByDay(schedule, grid);
        Cover cover = new Cover(new Cover.Layout(schedule));
        List<Integer> order = new ArrayList<>();
        Shift[][] plan = new Shift[grid.length][];
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                order.add(a);
            }
            for (AgentDay d : grid[a]) {
                if (d.isPinned() || budgetNanos >= 0) {
                    cover.add(d.getShift(), 1);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(budgetNanos < 0 ? 0 : 1);
        if (budgetNanos < 0) {
            order.sort(Comparator.comparingInt((Integer a) -> -grid[a][0].getAgent().contract().minMinutesTotal()));
            for (int a : order) {
                if (context.isPhaseTerminated()) {
                    break;
                }
                plan[a] = RosterDrafts.bestOf(grid[a], AgentDays.requestsOfRow(byDay, grid[a]), cover, random,
                        FIRST_DRAWS, false).shifts;
                cover.addRoster(grid[a], plan[a], 1);
            }
        } else {
            for (int a : order) {
                plan[a] = AgentDays.shifts(grid[a]);
                cover.roster(grid[a], plan[a]);
            }
            improve(context, grid, byDay, cover, order, plan, random, deadline, reprice);
        }
        publish(context, grid, order, plan);
    }

    private static void improve(PhaseCommandContext<Schedule> context, AgentDay[][] grid,
            Map<AgentDay, List<ShiftRequest>> byDay, Cover cover, List<Integer> order, Shift[][] plan,
            SplittableRandom random, long deadline, boolean reprice) {
        int idle = 0;
        for (int pass = 0; idle < IDLE_PASSES && pass < PASSES && System.nanoTime() < deadline; pass++) {
            boolean improved = false;
            Collections.shuffle(order, random);
            for (int i = 0; i < order.size(); i += PAIRED ? 2 : 1) {
                if (context.isPhaseTerminated() || System.nanoTime() >= deadline) {
                    break;
                }
                int a = order.get(i);
                Map<Integer, List<ShiftRequest>> requests = AgentDays.requestsOfRow(byDay, grid[a]);
                if (!PAIRED || i + 1 == order.size()) {
                    improved |= redraw(grid[a], plan, a, requests, cover, random);
                    continue;
                }
                // the next agent's redraw is drawn on the pool's thread (not a new thread per task, which supplyAsync
                // would start where the pool has one thread), against the cover as it is before this one's
                int b = order.get(i + 1);
                Map<Integer, List<ShiftRequest>> next = AgentDays.requestsOfRow(byDay, grid[b]);
                Cover others = cover.copy();
                others.addRoster(grid[b], plan[b], -1);
                SplittableRandom own = random.split();
                Shift[] shifts = plan[b];
                CompletableFuture<RosterDraft> ahead = CompletableFuture
                        .supplyAsync(() -> candidate(grid[b], shifts, next, others, own), ForkJoinPool.commonPool());
                improved |= redraw(grid[a], plan, a, requests, cover, random);
                improved |= adopt(grid[b], plan, b, next, cover, ahead.join().shifts);
            }
            idle = improved ? 0 : idle + 1;
        }
        if (reprice && RosterDrafts.PRICING && cover.byDay()) {
            new GroupRepricing(grid, plan, byDay, cover, random).run(context, order, deadline);
        }
    }

    /** Sets the plan as one step, so it becomes the best solution (and is reported) at once. */
    static void publish(PhaseCommandContext<Schedule> context, AgentDay[][] grid, List<Integer> order,
            Shift[][] plan) {
        List<AgentDay> entities = new ArrayList<>();
        List<Shift> values = new ArrayList<>();
        for (int a : order) {
            for (int day = 0; plan[a] != null && day < grid[a].length; day++) {
                if (!grid[a][day].isPinned()) {
                    entities.add(grid[a][day]);
                    values.add(plan[a][day]);
                }
            }
        }
        context.execute(new BlockChangeMove(entities.toArray(AgentDay[]::new), values.toArray(Shift[]::new)));
    }

    /**
     * One step of coordinate descent over agents (an iterated greedy, Ruiz &amp; Stützle 2007, EJOR 177): the agent's
     * roster is taken out of the cover and replaced by the best fresh draft if that is no worse (an equal one moves
     * the search along a plateau). Returns whether it was strictly better.
     */
    private static boolean redraw(AgentDay[] row, Shift[][] plan, int a, Map<Integer, List<ShiftRequest>> requests,
            Cover cover, SplittableRandom random) {
        cover.addRoster(row, plan[a], -1);
        return keep(row, plan, a, requests, cover, candidate(row, plan[a], requests, cover, random));
    }

    /**
     * The best fresh draft for the agent against {@code others}, the cover without the agent's roster {@code shifts}.
     */
    private static RosterDraft candidate(AgentDay[] row, Shift[] shifts, Map<Integer, List<ShiftRequest>> requests,
            Cover others, SplittableRandom random) {
        Contract c = row[0].getAgent().contract();
        RosterDraft current = RosterDraft.evaluate(row, shifts, c, others, requests);
        int draws = current.hardPenalty > 0 ? RosterDrafts.DRAWS * OWING_FACTOR : RosterDrafts.DRAWS;
        RosterDraft best = RosterDrafts.bestOf(row, requests, others, random, draws, true);
        if (current.hardPenalty > 0) {
            RosterDraft extended = MinimumTopUp.extended(row, shifts, c, others, requests);
            best = extended.betterThan(best) ? extended : best;
        }
        return best;
    }

    /**
     * Replaces the agent's roster by {@code fresh} if that is no worse against the cover as it now stands (which holds
     * the agent's roster, and may have changed since {@code fresh} was drawn). Returns whether it was strictly better.
     */
    private static boolean adopt(AgentDay[] row, Shift[][] plan, int a, Map<Integer, List<ShiftRequest>> requests,
            Cover cover, Shift[] fresh) {
        cover.addRoster(row, plan[a], -1);
        RosterDraft judged = RosterDraft.evaluate(row, fresh, row[0].getAgent().contract(), cover, requests);
        return keep(row, plan, a, requests, cover, judged);
    }

    /**
     * With the agent's roster out of {@code cover}: takes {@code best} if it is no worse than that roster, puts the
     * one kept back into the cover, and returns whether {@code best} was strictly better.
     */
    private static boolean keep(AgentDay[] row, Shift[][] plan, int a, Map<Integer, List<ShiftRequest>> requests,
            Cover cover, RosterDraft best) {
        RosterDraft current = RosterDraft.evaluate(row, plan[a], row[0].getAgent().contract(), cover, requests);
        if (!current.betterThan(best)) {
            plan[a] = best.shifts;
        }
        cover.addRoster(row, plan[a], 1);
        return best.betterThan(current);
    }
}
