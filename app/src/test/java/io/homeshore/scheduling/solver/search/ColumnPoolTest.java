package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The restricted master of the Lagrangian construction: exact cover cost of a choice of columns, and its search. */
class ColumnPoolTest {

    private static final ShiftType EARLY = new ShiftType("E", null, 420, 420, 1, 480, 480, 1,
            Set.of(1, 2, 3, 4, 5, 6, 7), false, 0, Set.of());
    /** One early shift wanted on each of three days: 10 per agent short, 1 per agent too many. */
    static final List<ShiftDemand> DEMANDS = List.of(new ShiftDemand(0, "E", 1, 10, 1),
            new ShiftDemand(1, "E", 1, 10, 1), new ShiftDemand(2, "E", 1, 10, 1));

    @Test
    void costsAChoiceOfColumnsByTheCoverItLeavesShortOrOver() {
        AgentDay[][] grid = {row("A"), row("B")};
        ColumnPool pool = new ColumnPool(grid, Map.of());
        int allDays = pool.add(0, shifts(grid[0], true, true, true));
        int none = pool.add(1, shifts(grid[1], false, false, false));
        int again = pool.add(0, shifts(grid[0], true, true, true));

        assertThat(again).isEqualTo(allDays);
        assertThat(pool.cost(new int[] {allDays, none})).isZero();
        int lastDay = pool.add(1, shifts(grid[1], false, false, true));
        assertThat(pool.cost(new int[] {allDays, lastDay})).isEqualTo(1);
        int firstDay = pool.add(0, shifts(grid[0], true, false, false));
        assertThat(pool.cost(new int[] {firstDay, none})).isEqualTo(20);
    }

    @Test
    void annealingFindsTheChoiceThatCoversEveryDayOnceWhereDescentMayStop() {
        AgentDay[][] grid = {row("A"), row("B")};
        ColumnPool pool = new ColumnPool(grid, Map.of());
        int a = pool.add(0, shifts(grid[0], true, true, false));
        pool.add(0, shifts(grid[0], true, false, false));
        pool.add(0, shifts(grid[0], false, false, false));
        int b = pool.add(1, shifts(grid[1], true, true, false));
        pool.add(1, shifts(grid[1], false, true, true));
        pool.add(1, shifts(grid[1], false, false, true));
        int[] start = {a, b};
        assertThat(pool.cost(start)).isEqualTo(12);

        int[] annealed = new ColumnSearch(pool).anneal(start, new SplittableRandom(1), 10_000,
                System.nanoTime() + 60_000_000_000L);
        int[] descended = new ColumnSearch(pool).descend(start.clone(), new SplittableRandom(1));

        assertThat(pool.cost(annealed)).isZero();
        assertThat(pool.cost(descended)).isLessThan(pool.cost(start));
    }

    static AgentDay[] row(String id) {
        Agent agent = new Agent(id, Contract.UNLIMITED, Set.of(), List.of(), Set.of(), -1, -1, 0, null,
                Agent.FairnessHistory.NONE);
        AgentDay[] row = new AgentDay[DEMANDS.size()];
        for (int day = 0; day < row.length; day++) {
            Shift s = new Shift("E@" + day, EARLY, day, day * 1440 + 420, 480, DEMANDS.get(day));
            row[day] = new AgentDay(agent, day, row.length, 0, -1, false, List.of(s));
        }
        return row;
    }

    static Shift[] shifts(AgentDay[] row, boolean... working) {
        Shift[] shifts = new Shift[row.length];
        for (int d = 0; d < row.length; d++) {
            shifts[d] = working[d] ? row[d].getOptions().get(0) : null;
        }
        return shifts;
    }
}
