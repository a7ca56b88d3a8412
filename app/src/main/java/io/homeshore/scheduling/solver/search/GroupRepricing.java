package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Large neighbourhood search over a few agents at once, for day cover (the last part of {@link RosterConstruction}'s
 * redraws): the rosters of a small group are taken out and priced again one after the other in random order
 * ({@link RosterPricing}), each against the cover the ones before left; kept if the group's rosters are no worse
 * together. Trades between agents that no single agent's best answer makes.
 */
final class GroupRepricing {

    /** Most agents priced again together in one step. */
    private static final int GROUP = Integer.getInteger("homeshore.scheduling.group", 3);

    private final AgentDay[][] grid;
    private final Shift[][] plan;
    private final Map<AgentDay, List<ShiftRequest>> byDay;
    private final Cover cover;
    private final SplittableRandom random;

    /** Works on {@code plan} in place, {@code cover} holding every agent's roster in it. */
    GroupRepricing(AgentDay[][] grid, Shift[][] plan, Map<AgentDay, List<ShiftRequest>> byDay, Cover cover,
            SplittableRandom random) {
        this.grid = grid;
        this.plan = plan;
        this.byDay = byDay;
        this.cover = cover;
        this.random = random;
    }

    /** Reprices random groups of two to {@link #GROUP} of the agents priced cheaply, until the deadline. */
    void run(PhaseCommandContext<Schedule> context, List<Integer> agents, long deadline) {
        List<Integer> cheap = new ArrayList<>(agents.stream()
                .filter(a -> RosterPricing.cheap(grid[a], grid[a][0].getAgent().contract())).toList());
        while (cheap.size() > 1 && !context.isPhaseTerminated() && System.nanoTime() < deadline) {
            int k = Math.min(cheap.size(), 2 + random.nextInt(GROUP - 1));
            Collections.shuffle(cheap, random);
            reprice(cheap.subList(0, k));
        }
    }

    /** Prices the group's rosters again and keeps them when the group is no worse. */
    private void reprice(List<Integer> group) {
        for (int a : group) {
            cover.addRoster(grid[a], plan[a], -1);
        }
        long[] before = judge(group);
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
            cover.addRoster(grid[a], fresh[a], 1);
        }
        boolean keep = hard < before[0] || hard == before[0] && value >= before[1];
        for (int a : group) {
            if (keep) {
                plan[a] = fresh[a];
            } else {
                cover.addRoster(grid[a], fresh[a], -1);
                cover.addRoster(grid[a], plan[a], 1);
            }
        }
    }

    /** Hard penalty and value of the group's current rosters, added one by one to the cover and taken out again. */
    private long[] judge(List<Integer> group) {
        long hard = 0;
        long value = 0;
        for (int a : group) {
            RosterDraft e = RosterDraft.evaluate(grid[a], plan[a], grid[a][0].getAgent().contract(), cover,
                    AgentDays.requestsOfRow(byDay, grid[a]));
            hard += e.hardPenalty;
            value += e.value;
            cover.addRoster(grid[a], plan[a], 1);
        }
        for (int a : group) {
            cover.addRoster(grid[a], plan[a], -1);
        }
        return new long[] {hard, value};
    }
}
