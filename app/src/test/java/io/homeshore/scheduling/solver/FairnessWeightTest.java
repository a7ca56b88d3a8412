package io.homeshore.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.constraints.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The problem's fairness weight multiplies the fairness terms of the schedule it builds, and nothing else. */
class FairnessWeightTest {

    private static final ShiftType DAY = new ShiftType("D", "voice", 8 * 60, 8 * 60, 60, 480, 480, 1,
            Set.of(1, 2, 3, 4, 5, 6, 7), false, 0, Set.of());
    private static final Contract OPEN = new Contract(0, 7 * 480, 0, Integer.MAX_VALUE, 7, 7, 1, 1, 11 * 60, 1,
            false, true, Map.of());

    private static SchedulingProblem problem(int fairnessWeight) {
        List<Agent> agents = List.of(agent("a"), agent("b"));
        // two agents wanted on Saturday morning: one short while only a works it
        List<CoverageInterval> saturday = List.of(new CoverageInterval("voice", 5 * 1440 + 8 * 60, 5 * 1440 + 9 * 60, 2, 5, 1));
        return new SchedulingProblem(7, 1, Set.of(), Set.of("voice"), agents, List.of(DAY), saturday, List.of(),
                List.of(), List.of(), fairnessWeight);
    }

    private static Agent agent(String id) {
        return new Agent(id, OPEN, Set.of("voice"), List.of(), Set.of(), -1, -1, 0, null, Agent.FairnessHistory.NONE);
    }

    /** Agent a works Saturday and Sunday, b no weekend day: weekend fairness 2 at weight 1. */
    private static HardSoftScore scored(int weight, String constraint) {
        Schedule s = ScheduleBuilder.build(problem(weight));
        s.getAgentDays().stream().filter(d -> d.getAgent().id().equals("a") && d.getDay() >= 5)
                .forEach(d -> d.setShift(d.getOptions().getFirst()));
        return ConstraintScores.of(s, constraint);
    }

    @Test
    void weightMultipliesTheFairnessTerms() {
        assertThat(scored(1, Names.WEEKEND_FAIRNESS)).isEqualTo(HardSoftScore.ofSoft(-2));
        assertThat(scored(10, Names.WEEKEND_FAIRNESS)).isEqualTo(HardSoftScore.ofSoft(-20));
        assertThat(scored(0, Names.WEEKEND_FAIRNESS)).isEqualTo(HardSoftScore.ZERO);
    }

    @Test
    void weightLeavesCoverageAlone() {
        assertThat(scored(1, Names.COVERAGE_UNDER).softScore()).isNegative();
        assertThat(scored(10, Names.COVERAGE_UNDER)).isEqualTo(scored(1, Names.COVERAGE_UNDER));
    }

    @Test
    void negativeWeightIsRejectedNamingTheField() {
        assertThatThrownBy(() -> ScheduleBuilder.build(problem(-1))).isInstanceOf(SchedulingInputException.class)
                .hasMessageContaining("fairnessWeight");
    }
}
