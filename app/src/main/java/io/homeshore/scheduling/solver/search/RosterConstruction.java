package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Construction: agent by agent (most minutes owed first), draws several run-based rosters ({@link RosterDraft})
 * and keeps the one with the fewest hard breaches and the most cover still missing; then sets the whole plan in
 * one move. Rosters that respect each contract by construction give local search a feasible or nearly feasible
 * start, which first-fit over single days does not (it cannot see minimum runs or minimum minutes).
 */
public final class RosterConstruction implements PhaseCommand<Schedule> {

    private static final int DRAWS = Integer.getInteger("homeshore.scheduling.draws", 40);

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Schedule> context) {
        Schedule schedule = context.getWorkingSolution();
        AgentDay[][] grid = AgentDays.grid(schedule);
        Map<AgentDay, List<ShiftRequest>> byDay = AgentDays.requestsByDay(schedule, grid);
        Cover cover = new Cover();
        for (AgentDay[] row : grid) {
            for (AgentDay d : row) {
                if (d.isPinned()) {
                    cover.add(d.getShift(), 1);
                }
            }
        }
        List<AgentDay[]> order = new ArrayList<>(List.of(grid));
        order.sort(Comparator.comparingInt((AgentDay[] row) -> -row[0].getAgent().contract().minMinutesTotal()));
        SplittableRandom random = new SplittableRandom(0);
        List<AgentDay> entities = new ArrayList<>();
        List<Shift> values = new ArrayList<>();
        for (AgentDay[] row : order) {
            if (context.isPhaseTerminated() || row.length == 0) {
                break;
            }
            Contract c = row[0].getAgent().contract();
            Map<Integer, List<ShiftRequest>> requests = AgentDays.requestsOfRow(byDay, row);
            RosterDraft best = null;
            for (int i = 0; i < DRAWS; i++) {
                RosterDraft draft = RosterDraft.draw(row, c, target(c, random), cover, requests, random);
                if (draft.betterThan(best)) {
                    best = draft;
                }
            }
            for (int day = 0; day < row.length; day++) {
                if (!row[day].isPinned()) {
                    cover.add(best.shifts[day], 1);
                    entities.add(row[day]);
                    values.add(best.shifts[day]);
                }
            }
        }
        context.execute(new BlockChangeMove(entities.toArray(AgentDay[]::new), values.toArray(Shift[]::new)));
    }

    /** Somewhere between the contract's minimum and maximum minutes, nearer the minimum. */
    static int target(Contract c, SplittableRandom random) {
        long max = Math.min(c.maxMinutesTotal(), (long) c.minMinutesTotal() * 2 + 1);
        long span = Math.max(0, max - c.minMinutesTotal());
        return (int) (c.minMinutesTotal() + (span == 0 ? 0 : random.nextLong(span + 1) / 2));
    }
}
