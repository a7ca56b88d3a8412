package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.preview.api.move.Move;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Ruin and recreate for one agent (Schrimpf et al. 2000, "Record breaking optimization results using the ruin
 * and recreate principle"): the agent's whole roster is redrawn ({@link RosterDrafts}) against
 * the cover the other agents leave missing, so a move can rebuild all of one person's runs at once.
 */
public final class AgentRedraw extends BlockMoveFactory {

    private Map<AgentDay, List<ShiftRequest>> requestsByDay = Map.of();
    private Cover.Layout layout = new Cover.Layout();

    @Override
    void gridBuilt(Schedule working, AgentDay[][] grid) {
        requestsByDay = AgentDays.requestsByDay(working, grid);
        layout = new Cover.Layout(working);
    }

    @Override
    Move<Schedule> draw(AgentDay[][] grid, int agent, int start, int length, RandomGenerator random) {
        Cover cover = Cover.ofOthers(layout, grid, agent);
        AgentDay[] row = grid[agent];
        Map<Integer, List<ShiftRequest>> requests = AgentDays.requestsOfRow(requestsByDay, row);
        Shift[] shifts = RosterDrafts.redrawn(row, requests, cover, random);
        boolean changes = false;
        for (int d = 0; d < row.length; d++) {
            changes |= shifts[d] != row[d].getShift();
        }
        return changes ? new BlockChangeMove(row.clone(), shifts) : null;
    }
}
