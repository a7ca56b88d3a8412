package io.homeshore.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans for random small problems never break a hard rule, as judged by {@link PlanChecker} (plain Java, no
 * constraint streams). The problems have no minimum hours, so a legal plan always exists (all days off) and
 * the solver must return one; when it calls a plan feasible, the independent checker must agree.
 */
class HardRulesNeverBrokenProperties {

    @Property(tries = 8)
    void returnedPlansKeepEveryHardRule(@ForAll("problems") SchedulingProblem problem) {
        Schedule solved = ScheduleSolver.solveSteps(ScheduleBuilder.build(problem), 1000)
                .schedule();

        assertThat(solved.getScore().isFeasible()).as("solver score %s", solved.getScore()).isTrue();
        assertThat(PlanChecker.violations(solved)).isEmpty();
    }

    @Provide
    Arbitrary<SchedulingProblem> problems() {
        Arbitrary<List<ShiftType>> templates = Combinators.combine(
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(4, 12),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((startHour, hours, night, forbidsEarly) -> List.of(
                        new ShiftType("E", "voice", 6 * 60, 9 * 60, 60, 480, 480, 60, TinyPlan.ALL_DAYS, false, 0,
                                Set.of()),
                        new ShiftType("X", "voice", startHour * 60, startHour * 60, 60, hours * 60, hours * 60, 60,
                                TinyPlan.ALL_DAYS, night, 1, forbidsEarly ? Set.of("E") : Set.of())));
        Arbitrary<Agent> agents = Combinators.combine(
                Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(1, 3), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 6))
                .as((maxDays, restHours, minOff, night, weekend, offDay) -> new Agent("a" + offDay + maxDays
                        + restHours + minOff, new Contract(0, 40 * 60, 0, 60 * 60, maxDays, Math.max(1, maxDays - 1),
                        1, minOff, restHours * 60, 1, night, weekend, Map.of()), Set.of("voice"),
                        List.of(new Agent.Window(offDay * 1440 + 17 * 60, offDay * 1440 + 20 * 60)),
                        Set.of((offDay + 3) % 7), -1, -1, 0, null, Agent.FairnessHistory.NONE));
        return Combinators.combine(templates, agents.list().ofMinSize(2).ofMaxSize(4).uniqueElements(Agent::id),
                Arbitraries.integers().between(1, 4))
                .as((types, staff, required) -> {
                    List<SchedulingProblem.Demand> demands = new ArrayList<>();
                    for (int day = 0; day < 7; day++) {
                        demands.add(new SchedulingProblem.Demand(day, "E", required, 100, 1));
                        demands.add(new SchedulingProblem.Demand(day, "X", 1, 100, 1));
                    }
                    return new SchedulingProblem(7, 1, Set.of(2), Set.of("voice"), staff, types, List.of(),
                            demands, List.of(), List.of());
                });
    }
}
