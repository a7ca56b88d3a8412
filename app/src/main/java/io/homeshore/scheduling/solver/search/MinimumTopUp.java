package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.random.RandomGenerator;

/**
 * Repair for agents who owe minutes (below their horizon or weekly minimum): single-day changes and swaps cannot
 * lift them when every rest run is at its minimum, and nothing else in local search aims at the deficit. The move
 * first adds working days to the agent's current roster where every run, rest, weekend, succession and maximum
 * rule still holds ({@link RunExtension}); where no day fits, it redraws the agent's roster with many drafts, the
 * ones owing least first ({@link RosterDrafts#bestOf}). Targeted repair of the constraint a solution
 * breaks, in the spirit of the ejection chains' repair of one nurse's roster (Burke &amp; Curtois 2014, "New
 * approaches to nurse rostering benchmark instances", EJOR 237). No move at all while nobody owes minutes.
 */
public final class MinimumTopUp implements MoveIteratorFactory<Schedule, Move<Schedule>> {

    /**
     * Steps to go without looking for owing agents after a look found none. Once a plan keeps every minimum, local
     * search rarely makes an agent owe again (it would break a hard rule), and the look reads every agent's whole
     * roster: on Curtois 21 (100 agents, half a year), looking on every step took 27 % of local search's time.
     */
    private static final int QUIET_STEPS = 100;

    private int quiet;
    private Schedule gridOf;
    private AgentDay[][] grid;
    private Map<AgentDay, List<ShiftRequest>> requestsByDay = Map.of();
    private Cover.Layout layout;

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return grid(scoreDirector.getWorkingSolution()).length;
    }

    @Override
    public Iterator<Move<Schedule>> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("top-up moves are drawn at random only");
    }

    @Override
    public Iterator<Move<Schedule>> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector,
            RandomGenerator random) {
        AgentDay[][] g = grid(scoreDirector.getWorkingSolution());
        List<Integer> owing = quiet-- > 0 ? List.of() : owing(g);
        if (owing.isEmpty() && quiet <= 0) {
            quiet = QUIET_STEPS;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !owing.isEmpty();
            }

            @Override
            public Move<Schedule> next() {
                if (owing.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return topUp(g, owing.get(random.nextInt(owing.size())), random);
            }
        };
    }

    /** The agents whose current roster is below their horizon minimum or a weekly minimum. */
    static List<Integer> owing(AgentDay[][] grid) {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0
                    && RosterDraft.hoursOwed(grid[a], AgentDays.shifts(grid[a]), grid[a][0].getAgent().contract()) > 0) {
                out.add(a);
            }
        }
        return out;
    }

    /** The repair of one agent as one move; a no-op when neither extension nor redraw changes the roster. */
    Move<Schedule> topUp(AgentDay[][] g, int agent, RandomGenerator random) {
        AgentDay[] row = g[agent];
        Contract c = row[0].getAgent().contract();
        Cover cover = Cover.ofOthers(layout, g, agent);
        Map<Integer, List<ShiftRequest>> requests = AgentDays.requestsOfRow(requestsByDay, row);
        Shift[] shifts = AgentDays.shifts(row);
        RosterDraft before = RosterDraft.evaluate(row, shifts, c, cover, requests);
        RosterDraft extended = extended(row, shifts, c, cover, requests);
        shifts = extended.shifts;
        if (extended.hardPenalty >= before.hardPenalty) {
            shifts = RosterDrafts.redrawn(row, requests, cover, random);
        }
        return new BlockChangeMove(row.clone(), shifts);
    }

    /** A copy of {@code shifts} with working days added while the agent owes minutes and every other rule holds. */
    static RosterDraft extended(AgentDay[] row, Shift[] shifts, Contract c, Cover cover,
            Map<Integer, List<ShiftRequest>> requests) {
        Shift[] out = shifts.clone();
        RunExtension.extend(row, out, c, c.minMinutesTotal(), cover, requests);
        RunExtension.fillWeeks(row, out, c, cover, requests);
        return RosterDraft.evaluate(row, out, c, cover, requests);
    }

    /** The grid of the working solution, with the requests and cover layout the repair reads. */
    AgentDay[][] grid(Schedule working) {
        if (gridOf != working) {
            grid = AgentDays.grid(working);
            requestsByDay = AgentDays.requestsByDay(working, grid);
            layout = new Cover.Layout(working);
            gridOf = working;
            quiet = 0;
        }
        return grid;
    }
}
