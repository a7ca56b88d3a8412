package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.ConstraintScores;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleBuilder;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftType;
import io.homeshore.scheduling.solver.constraints.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fairness a roster costs in construction is what the soft terms charge once it is in the plan. */
class FairSharesTest {

    private static final ShiftType DAY = new ShiftType("D", "voice", 8 * 60, 8 * 60, 60, 480, 480, 1,
            Set.of(1, 2, 3, 4, 5, 6, 7), false, 0, Set.of());
    private static final Contract OPEN = new Contract(0, 7 * 480, 0, Integer.MAX_VALUE, 7, 7, 1, 1, 11 * 60, 2,
            false, true, Map.of());

    private static Agent agent(String id, String group, int weekendsBefore) {
        return new Agent(id, OPEN, Set.of("voice"), List.of(), Set.of(), -1, -1, 0, null,
                new Agent.FairnessHistory(0, weekendsBefore, 0), group);
    }

    @Test
    void costOfARosterIsTheWeightedFairnessTheSoftTermsCharge() {
        // team x: a (3 weekend days before), b, c; team y: d alone; fairness weighed 7
        List<Agent> agents = List.of(agent("a", "x", 3), agent("b", "x", 0), agent("c", "x", 0), agent("d", "y", 0));
        Schedule schedule = schedule(agents, 14, 7);
        AgentDay[][] grid = AgentDays.grid(schedule);
        // b already works the first weekend
        work(grid[1], 5, 6);
        FairShares shares = new FairShares(schedule.getAgents(), schedule.getWeightOverrides());
        for (AgentDay[] row : grid) {
            shares.set(row, AgentDays.shifts(row));
        }

        for (int[] weekendDays : List.of(new int[0], new int[] {12}, new int[] {5, 6, 12, 13})) {
            Shift[] roster = new Shift[14];
            for (int day : weekendDays) {
                roster[day] = grid[2][day].getOptions().getFirst();
            }
            long cost = shares.cost(grid[2], roster);
            for (int day = 0; day < 14; day++) {
                grid[2][day].setShift(roster[day]);
            }
            assertThat(cost).as("c works %d weekend days", weekendDays.length)
                    .isEqualTo(-ConstraintScores.of(schedule, Names.WEEKEND_FAIRNESS).softScore());
        }
    }

    @Test
    void nothingIsChargedWhenFairnessIsSwitchedOff() {
        List<Agent> agents = List.of(agent("a", "", 4), agent("b", "", 0));
        Schedule schedule = schedule(agents, 7, 0);
        AgentDay[][] grid = AgentDays.grid(schedule);
        FairShares shares = new FairShares(schedule.getAgents(), schedule.getWeightOverrides());

        assertThat(shares.weighs()).isFalse();
        assertThat(shares.cost(grid[1], AgentDays.shifts(grid[1]))).isZero();
    }

    @Test
    void aCopyChangesIndependentlyOfItsOriginal() {
        List<Agent> agents = List.of(agent("a", "x", 0), agent("b", "x", 0), agent("c", "x", 0), agent("d", "x", 0));
        Schedule schedule = schedule(agents, 14, 7);
        AgentDay[][] grid = AgentDays.grid(schedule);
        FairShares original = new FairShares(schedule.getAgents(), schedule.getWeightOverrides());
        FairShares copy = original.copy();
        Shift[] weekends = new Shift[14];
        for (int day : new int[] {5, 6, 12, 13}) {
            weekends[day] = grid[0][day].getOptions().getFirst();
        }
        long before = original.cost(grid[1], weekends);
        assertThat(copy.cost(grid[1], weekends)).isEqualTo(before);

        copy.set(grid[0], weekends); // a works every weekend, in the copy only
        assertThat(original.cost(grid[1], weekends)).isEqualTo(before);
        assertThat(copy.cost(grid[1], weekends)).isNotEqualTo(before);
        long copied = copy.cost(grid[0], weekends);
        original.set(grid[2], weekends); // c works every weekend, in the original only
        assertThat(copy.cost(grid[0], weekends)).isEqualTo(copied);
        assertThat(original.cost(grid[0], weekends)).isNotEqualTo(copied);
    }

    /** The agents over {@code days} days of the one day template, fairness weighed {@code fairness}. */
    private static Schedule schedule(List<Agent> agents, int days, int fairness) {
        return ScheduleBuilder.build(new SchedulingProblem(days, 1, Set.of(), Set.of("voice"), agents, List.of(DAY),
                List.of(), List.of(), List.of(), List.of(), fairness));
    }

    private static void work(AgentDay[] row, int... days) {
        for (int day : days) {
            row[day].setShift(row[day].getOptions().getFirst());
        }
    }
}
