package io.homeshore.scheduling.solver;

import static io.homeshore.scheduling.solver.TinyPlan.agent;
import static io.homeshore.scheduling.solver.TinyPlan.contract;
import static io.homeshore.scheduling.solver.TinyPlan.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.constraints.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

/** A request's template id names a family: the types whose id equals it or starts with it and "/". */
class TemplateFamilyRequestTest {

    private static final Contract OPEN = contract(99, 1, 1, 0, 99);
    private static final ShiftType EARLY_BILLING = type("early/billing", null, 7 * 60, 480, false, 0, Set.of());
    private static final ShiftType EARLY_TOKYO = type("early/billing@Asia/Tokyo", null, 7 * 60, 480, false, 0, Set.of());
    private static final ShiftType EARLIER = type("earlier/billing", null, 6 * 60, 480, false, 0, Set.of());
    private static final ShiftType LATE = type("late/billing", null, 14 * 60, 480, false, 0, Set.of());

    private static HardSoftScore soft(long n) {
        return HardSoftScore.ofSoft(-n);
    }

    /** Monday early, Tuesday early in Tokyo, Wednesday late, Thursday "earlier" (not early), Friday off; a request each day. */
    private static TinyPlan weekWithARequestForEarlyEachDay(boolean on) {
        Agent a = agent("a", OPEN);
        TinyPlan plan = new TinyPlan(7).add(a).work(a, 0, EARLY_BILLING).work(a, 1, EARLY_TOKYO).work(a, 2, LATE).work(a, 3, EARLIER);
        for (int day = 0; day < 5; day++) plan.request(new ShiftRequest(a, day, "early", on, 1 << day));
        return plan;
    }

    @Test
    void onRequestForAFamilyIsMetByAnyOfItsTypesAndMissedByAnotherOrADayOff() {
        assertThat(weekWithARequestForEarlyEachDay(true).score(Names.SHIFT_ON_REQUEST_MISSED)).isEqualTo(soft(4 + 8 + 16));
    }

    @Test
    void offRequestForAFamilyIsMissedOnlyByItsOwnTypes() {
        assertThat(weekWithARequestForEarlyEachDay(false).score(Names.SHIFT_OFF_REQUEST_MISSED)).isEqualTo(soft(1 + 2));
    }

    @Test
    void builderAcceptsAFamilyNameAndAFullTypeId() {
        Schedule s = ScheduleBuilder.build(problem(new SchedulingProblem.Request("a", 0, "early", true, 3),
                new SchedulingProblem.Request("a", 1, "late/billing", false, 1)));
        assertThat(s.getRequests()).extracting(ShiftRequest::shiftTypeId).containsExactly("early", "late/billing");
    }

    @Test
    void builderRejectsATemplateNoTypeBelongsToNamingIt() {
        assertThatThrownBy(() -> ScheduleBuilder.build(problem(new SchedulingProblem.Request("a", 0, "night", true, 3))))
                .isInstanceOf(SchedulingInputException.class).hasMessageContaining("unknown template 'night'").hasMessageContaining("request of a");
        assertThatThrownBy(() -> ScheduleBuilder.build(problem(new SchedulingProblem.Request("a", 0, "earl", true, 3))))
                .isInstanceOf(SchedulingInputException.class).hasMessageContaining("unknown template 'earl'");
    }

    private static SchedulingProblem problem(SchedulingProblem.Request... requests) {
        Agent a = new Agent("a", OPEN, Set.of("voice"), List.of(), Set.of(), -1, -1, 0, null, Agent.FairnessHistory.NONE);
        return new SchedulingProblem(7, 1, Set.of(), Set.of("voice"), List.of(a), List.of(EARLY_BILLING, EARLY_TOKYO, EARLIER, LATE),
                List.of(), List.of(), List.of(requests), List.of());
    }
}
