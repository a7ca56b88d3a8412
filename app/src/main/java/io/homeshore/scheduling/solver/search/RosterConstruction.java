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
import java.util.random.RandomGenerator;

/**
 * Construction: agent by agent (most minutes owed first), draws several run-based rosters ({@link RosterDraft})
 * and keeps the one with the fewest hard breaches and the most cover still missing; then sets the whole plan in
 * one move. Rosters that respect each contract by construction give local search a feasible or nearly feasible
 * start, which first-fit over single days does not (it cannot see minimum runs or minimum minutes).
 */
public final class RosterConstruction implements PhaseCommand<Schedule> {

    static final int DRAWS = Integer.getInteger("homeshore.scheduling.draws", 40);
    /** Fewer draws in the first pass: a feasible plan comes sooner, and the redraw passes improve it anyway. */
    private static final int FIRST_DRAWS = Integer.getInteger("homeshore.scheduling.firstDraws", 10);
    /** An agent whose roster still breaks a rule gets this many times the draws: few agents, hard to place. */
    private static final int OWING_FACTOR = 10;
    private static final int PASSES = Integer.getInteger("homeshore.scheduling.passes", 1000);
    /** Passes in a row without a strict improvement after which the descent stops (sideways steps continue it). */
    private static final int IDLE_PASSES = 3;
    /** Most agents priced again together in one step of {@link #reprice}. */
    private static final int GROUP = Integer.getInteger("homeshore.scheduling.group", 3);
    /**
     * Whether, on day-cover problems, each redraw also prices the agent exactly ({@link RosterPricing}) beside the
     * random drafts, and stalled passes go on repricing groups of agents ({@link #reprice}) until the budget ends.
     */
    private static final boolean PRICING = !Boolean.getBoolean("homeshore.scheduling.noPricing");

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
                plan[a] = bestOf(grid[a], AgentDays.requestsOfRow(byDay, grid[a]), cover, random, FIRST_DRAWS, false)
                        .shifts;
                add(cover, grid[a], plan[a], 1);
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
            for (int a : order) {
                if (context.isPhaseTerminated() || System.nanoTime() >= deadline) {
                    break;
                }
                improved |= redraw(grid[a], plan, a, AgentDays.requestsOfRow(byDay, grid[a]), cover, random);
            }
            idle = improved ? 0 : idle + 1;
        }
        if (!reprice || !PRICING || !cover.byDay()) {
            return;
        }
        List<Integer> cheap = new ArrayList<>(order.stream()
                .filter(a -> RosterPricing.cheap(grid[a], grid[a][0].getAgent().contract())).toList());
        while (cheap.size() > 1 && !context.isPhaseTerminated() && System.nanoTime() < deadline) {
            int k = Math.min(cheap.size(), 2 + random.nextInt(GROUP - 1));
            Collections.shuffle(cheap, random);
            reprice(grid, plan, cheap.subList(0, k), byDay, cover, random);
        }
    }

    /**
     * Large neighbourhood search over a few agents at once: their rosters are taken out and priced again one after
     * the other in random order ({@link RosterPricing}), each against the cover the ones before left; kept if the
     * group's rosters are no worse together. Trades between agents that no single agent's best answer makes.
     */
    private static boolean reprice(AgentDay[][] grid, Shift[][] plan, List<Integer> group,
            Map<AgentDay, List<ShiftRequest>> byDay, Cover cover, SplittableRandom random) {
        for (int a : group) {
            add(cover, grid[a], plan[a], -1);
        }
        long[] before = judge(grid, plan, group, byDay, cover);
        List<Integer> shuffled = new ArrayList<>(group);
        Collections.shuffle(shuffled, random);
        Shift[][] fresh = new Shift[grid.length][];
        long hard = 0;
        long value = 0;
        for (int a : shuffled) {
            Map<Integer, List<ShiftRequest>> requests = AgentDays.requestsOfRow(byDay, grid[a]);
            Contract c = grid[a][0].getAgent().contract();
            fresh[a] = RosterPricing.best(grid[a], c, cover, requests, random, RosterPricing.MAX_LABELS);
            RosterDraft e = RosterDraft.evaluate(grid[a], fresh[a], c, cover, requests);
            hard += e.hardPenalty;
            value += e.value;
            add(cover, grid[a], fresh[a], 1);
        }
        boolean keep = hard < before[0] || hard == before[0] && value >= before[1];
        for (int a : group) {
            if (keep) {
                plan[a] = fresh[a];
            } else {
                add(cover, grid[a], fresh[a], -1);
                add(cover, grid[a], plan[a], 1);
            }
        }
        return keep && (hard < before[0] || value > before[1]);
    }

    /** Hard penalty and value of the group's current rosters, added one by one to the cover and taken out again. */
    private static long[] judge(AgentDay[][] grid, Shift[][] plan, List<Integer> group,
            Map<AgentDay, List<ShiftRequest>> byDay, Cover cover) {
        long hard = 0;
        long value = 0;
        for (int a : group) {
            RosterDraft e = RosterDraft.evaluate(grid[a], plan[a], grid[a][0].getAgent().contract(), cover,
                    AgentDays.requestsOfRow(byDay, grid[a]));
            hard += e.hardPenalty;
            value += e.value;
            add(cover, grid[a], plan[a], 1);
        }
        for (int a : group) {
            add(cover, grid[a], plan[a], -1);
        }
        return new long[] {hard, value};
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
        add(cover, row, plan[a], -1);
        Contract c = row[0].getAgent().contract();
        RosterDraft current = RosterDraft.evaluate(row, plan[a], c, cover, requests);
        RosterDraft best = bestOf(row, requests, cover, random, current.hardPenalty > 0 ? DRAWS * OWING_FACTOR : DRAWS,
                true);
        if (current.hardPenalty > 0) {
            RosterDraft extended = MinimumTopUp.extended(row, plan[a], c, cover, requests);
            best = extended.betterThan(best) ? extended : best;
        }
        if (!current.betterThan(best)) {
            plan[a] = best.shifts;
        }
        add(cover, row, plan[a], 1);
        return best.betterThan(current);
    }

    /**
     * The best of {@code draws} random run-based rosters for one agent; when none of them keeps every rule, as many
     * again paced densely (tight contracts). Dense drafts are drawn only then: they vary less, and on loose contracts
     * they cost quality (Curtois Instance 1: 609 -> 713 in 20 s with every other draft dense).
     */
    static RosterDraft bestOf(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            SplittableRandom random, int draws, boolean price) {
        RosterDraft best = drafts(row, requests, cover, random, draws, false);
        Contract c = row.length == 0 ? null : row[0].getAgent().contract();
        int labels = !price || !PRICING || !cover.byDay() || row.length == 0 ? 0 : RosterPricing.redrawLabels(row, c);
        // beyond the narrow beam's horizon, the relaxed pricing (ADR 0053)
        boolean relaxed = price && PRICING && cover.byDay() && row.length > 0 && labels == 0
                && RelaxedPricing.applies(row, c);
        Shift[] priced = relaxed
                ? RelaxedPricing.best(row, c, RosterPricing.worth(row, cover, requests), random,
                        AgentDays.shifts(row), new RelaxedPricing.Multipliers(), 1).getFirst()
                : labels > 0 ? RosterPricing.best(row, c, cover, requests, random, labels) : null;
        if (priced != null) {
            RosterDraft draft = RosterDraft.evaluate(row, priced, c, cover, requests);
            best = draft.betterThan(best) ? draft : best;
        }
        if (best != null && best.hardPenalty > 0) {
            RosterDraft dense = drafts(row, requests, cover, random, draws, true);
            best = dense.betterThan(best) ? dense : best;
        }
        return best;
    }

    /**
     * A fresh roster for the agent against the others' cover (ruin and recreate of one roster): the best of
     * {@link #DRAWS} drafts, pinned days kept as they are.
     */
    static Shift[] redrawn(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            RandomGenerator random) {
        Shift[] shifts = bestOf(row, requests, cover, new SplittableRandom(random.nextLong()), DRAWS, true).shifts;
        for (int d = 0; d < row.length; d++) {
            if (row[d].isPinned()) {
                shifts[d] = row[d].getShift();
            }
        }
        return shifts;
    }

    private static RosterDraft drafts(AgentDay[] row, Map<Integer, List<ShiftRequest>> requests, Cover cover,
            SplittableRandom random, int draws, boolean dense) {
        Contract c = row[0].getAgent().contract();
        RosterDraft best = null;
        for (int i = 0; i < draws; i++) {
            RosterDraft draft = RosterDraft.draw(row, c, target(c, row.length, random), cover, requests, random, dense);
            if (draft.betterThan(best)) {
                best = draft;
            }
        }
        return best;
    }

    private static void add(Cover cover, AgentDay[] row, Shift[] shifts, int delta) {
        for (int day = 0; day < row.length; day++) {
            if (!row[day].isPinned()) {
                cover.add(shifts[day], delta);
            }
        }
        if (delta > 0) {
            cover.roster(row, shifts);
        }
    }

    /**
     * Somewhere between the least and the most minutes the contract allows over {@code days} days: the horizon
     * bounds or the weekly bounds times the weeks, whichever is tighter (an open maximum counts as twice the
     * minimum).
     */
    static int target(Contract c, int days, SplittableRandom random) {
        long weeks = (days + 6) / 7;
        long min = Math.max(c.minMinutesTotal(), c.minMinutesPerWeek() * weeks);
        long max = Math.min(c.maxMinutesTotal(), Math.min(c.maxMinutesPerWeek() * weeks, min * 2 + 1));
        long span = Math.max(0, max - min);
        return (int) (min + (span == 0 ? 0 : random.nextLong(span + 1)));
    }
}
