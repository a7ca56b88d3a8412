package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleBuilder;
import io.homeshore.scheduling.solver.ScheduleSolver;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.ShiftType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The construction alone (no local-search step) weighs the agent's wishes where cover does not decide. */
class ConstructionWishesTest {

    private static final Set<Integer> ALL_DAYS = Set.of(1, 2, 3, 4, 5, 6, 7);

    @Test
    void constructionStartsShiftsInsideThePreferredWindowWhenCoverIsIndifferent() {
        // 06:00-12:00 on an hourly grid, eight hours; the agent prefers to start between 10:00 and 11:00
        ShiftType day = new ShiftType("D", "voice", 6 * 60, 12 * 60, 60, 480, 480, 1, ALL_DAYS, false, 0, Set.of());
        Contract fiveDays = new Contract(5 * 480, 5 * 480, 0, Integer.MAX_VALUE, 5, 5, 1, 1, 11 * 60, 2, false, true,
                Map.of());
        Agent agent = new Agent("a", fiveDays, Set.of("voice"), List.of(), Set.of(), 10 * 60, 11 * 60, 5, null,
                Agent.FairnessHistory.NONE);
        SchedulingProblem problem = new SchedulingProblem(14, 1, Set.of(), Set.of("voice"), List.of(agent),
                List.of(day), List.of(), List.of(), List.of(), List.of());

        Schedule built = ScheduleSolver.solveSteps(ScheduleBuilder.build(problem), 0).schedule();

        List<Integer> starts = built.getAgentDays().stream().filter(d -> d.getShift() != null)
                .map(d -> d.getShift().startMinuteOfDay()).toList();
        assertThat(built.getScore().hardScore()).isZero();
        assertThat(starts).hasSize(10).allSatisfy(start -> assertThat(start).isBetween(10 * 60, 11 * 60));
    }
}
