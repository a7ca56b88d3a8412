package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleBuilder;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A copy of the cover, as a redraw priced on another thread uses it, changes independently of its original. */
class CoverTest {

    private static final ShiftType DAY = new ShiftType("D", "voice", 8 * 60, 8 * 60, 60, 480, 480, 1,
            Set.of(1, 2, 3, 4, 5, 6, 7), false, 0, Set.of());
    private static final Contract OPEN = new Contract(0, 7 * 480, 0, Integer.MAX_VALUE, 7, 7, 1, 1, 11 * 60, 2,
            false, true, Map.of());

    @Test
    void aCopyChangesIndependentlyOfItsOriginal() {
        List<Agent> agents = List.of(agent("a"), agent("b"));
        // one agent wanted on day 0 (100 a unit short, 1 a unit over)
        Schedule schedule = ScheduleBuilder.build(new SchedulingProblem(7, 1, Set.of(), Set.of("voice"), agents,
                List.of(DAY), List.of(), List.of(new SchedulingProblem.Demand(0, "D", 1, 100, 1)), List.of(),
                List.of(), 0));
        AgentDay[][] grid = AgentDays.grid(schedule);
        Shift first = grid[0][0].getOptions().stream().filter(s -> s != null && s.demand() != null).findFirst()
                .orElseThrow();
        Cover original = new Cover(new Cover.Layout(schedule));
        assertThat(original.value(first)).isEqualTo(100);

        Cover copy = original.copy();
        copy.add(first, 1);
        assertThat(copy.value(first)).as("met in the copy").isEqualTo(-1);
        assertThat(original.value(first)).as("still short in the original").isEqualTo(100);

        original.add(first, 1);
        original.add(first, 1);
        copy.add(first, -1);
        assertThat(copy.value(first)).as("short again in the copy").isEqualTo(100);
        assertThat(original.value(first)).isEqualTo(-1);
    }

    private static Agent agent(String id) {
        return new Agent(id, OPEN, Set.of("voice"), List.of(), Set.of(), -1, -1, 0, null,
                new Agent.FairnessHistory(0, 0, 0), "");
    }
}
