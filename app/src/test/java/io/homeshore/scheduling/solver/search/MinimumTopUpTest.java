package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.ConstraintScores;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;

class MinimumTopUpTest {

    private static final int DAYS = 14;
    private static final ShiftType DAY = new ShiftType("D", null, 480, 480, 1, 480, 480, 1,
            Set.of(1, 2, 3, 4, 5, 6, 7), false, 0, Set.of());

    /** Two weeks, runs of 2–5 days, at least 2 days off, one weekend at most, at least 9 shifts in total. */
    private static final Contract CONTRACT = new Contract(0, Integer.MAX_VALUE, 9 * 480, 10 * 480, 7, 5, 2, 2, 0, 1,
            true, true, Map.of());

    @Test
    void liftsAnAgentBelowTheMinimumTotalWithoutBreakingAnyHardRule() {
        Schedule plan = plan(0, 1, 2, 7, 8, 9);
        assertThat(ConstraintScores.score(plan).hardScore()).isNegative();
        MinimumTopUp topUp = new MinimumTopUp();
        AgentDay[][] grid = topUp.grid(plan);

        assertThat(MinimumTopUp.owing(grid)).containsExactly(0);
        BlockChangeMove move = (BlockChangeMove) topUp.topUp(grid, 0, new SplittableRandom(7));
        for (int i = 0; i < move.days().length; i++) {
            move.days()[i].setShift(move.values()[i]);
        }

        int minutes = plan.getAgentDays().stream().mapToInt(AgentDay::minutes).sum();
        assertThat(minutes).isBetween(CONTRACT.minMinutesTotal(), CONTRACT.maxMinutesTotal());
        assertThat(ConstraintScores.score(plan).hardScore()).isZero();
        assertThat(MinimumTopUp.owing(grid)).isEmpty();
    }

    @Test
    void offersNoMoveWhileNobodyOwesMinutes() {
        Schedule plan = plan(0, 1, 2, 3, 4, 7, 8, 9, 10, 11);
        assertThat(ConstraintScores.score(plan).hardScore()).isZero();

        assertThat(MinimumTopUp.owing(AgentDays.grid(plan))).isEmpty();
    }

    private static Schedule plan(int... worked) {
        Agent agent = new Agent("A", CONTRACT, Set.of(), List.of(), Set.of(), -1, -1, 0, null,
                Agent.FairnessHistory.NONE);
        List<Shift> shifts = new ArrayList<>();
        List<AgentDay> days = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            Shift s = new Shift("D@" + day, DAY, day, day * 1440 + 480, 480, null);
            shifts.add(s);
            days.add(new AgentDay(agent, day, DAYS, day / 7, day % 7 >= 5 ? day / 7 : -1, false, List.of(s)));
        }
        for (int day : worked) {
            days.get(day).setShift(shifts.get(day));
        }
        return new Schedule(DAYS, List.of(agent), List.of(DAY), shifts, List.of(), List.of(), List.of(), days,
                ConstraintWeightOverrides.none());
    }
}
