package io.homeshore.scheduling.solver;

import static io.homeshore.scheduling.solver.TinyPlan.agent;
import static io.homeshore.scheduling.solver.TinyPlan.contract;
import static io.homeshore.scheduling.solver.TinyPlan.day8;
import static io.homeshore.scheduling.solver.TinyPlan.type;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.constraints.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

/** One test per soft term, named after it; each scores only that constraint on a tiny plan. */
class SoftTermsTest {

    private static final Contract OPEN = contract(99, 1, 1, 0, 99);
    private static final ShiftType DAY = day8("D");
    private static final ShiftType VOICE = type("V", "voice", 8 * 60, 480, false, 0, Set.of());

    private static HardSoftScore soft(long n) {
        return HardSoftScore.ofSoft(-n);
    }

    @Test
    void shiftDemandUnderWeighsEachMissingAgentIncludingNobodyAssigned() {
        Agent a = agent("a", OPEN);
        ShiftDemand monday = new ShiftDemand(0, "D", 3, 100, 1);
        ShiftDemand tuesday = new ShiftDemand(1, "D", 1, 100, 1);
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY, 480, 480, monday).demand(tuesday)
                .score(Names.SHIFT_DEMAND_UNDER)).isEqualTo(soft(300));
    }

    @Test
    void shiftDemandOverWeighsEachExtraAgent() {
        Agent a = agent("a", OPEN);
        Agent b = agent("b", OPEN);
        ShiftDemand monday = new ShiftDemand(0, "D", 0, 100, 7);
        assertThat(new TinyPlan(7).add(a).add(b).work(a, 0, DAY, 480, 480, monday).work(b, 0, DAY, 480, 480, monday)
                .score(Names.SHIFT_DEMAND_OVER)).isEqualTo(soft(14));
    }

    @Test
    void coverageUnderCountsOnlyShiftsOverlappingTheIntervalWithTheSkill() {
        Agent a = agent("a", OPEN);
        CoverageInterval morning = new CoverageInterval("voice", 9 * 60, 10 * 60, 2, 50, 1);
        CoverageInterval evening = new CoverageInterval("voice", 20 * 60, 21 * 60, 1, 50, 1);
        assertThat(new TinyPlan(7).add(a).work(a, 0, VOICE).cover(morning).cover(evening)
                .score(Names.COVERAGE_UNDER)).isEqualTo(soft(100));
    }

    @Test
    void coverageUnderGrowsWithTheSquareOfTheAgentsShort() {
        Agent a = agent("a", OPEN);
        CoverageInterval oneShort = new CoverageInterval("voice", 9 * 60, 10 * 60, 2, 50, 1);
        CoverageInterval threeShort = new CoverageInterval("voice", 9 * 60, 10 * 60, 4, 50, 1);
        assertThat(new TinyPlan(7).add(a).work(a, 0, VOICE).cover(oneShort).score(Names.COVERAGE_UNDER)).isEqualTo(soft(50));
        assertThat(new TinyPlan(7).add(a).work(a, 0, VOICE).cover(threeShort).score(Names.COVERAGE_UNDER)).isEqualTo(soft(9 * 50));
    }

    @Test
    void coverageOverWeighsExtraAgentsInTheInterval() {
        Agent a = agent("a", OPEN);
        Agent b = agent("b", OPEN);
        CoverageInterval morning = new CoverageInterval("voice", 9 * 60, 10 * 60, 1, 50, 3);
        assertThat(new TinyPlan(7).add(a).add(b).work(a, 0, VOICE).work(b, 0, VOICE).cover(morning)
                .score(Names.COVERAGE_OVER)).isEqualTo(soft(3));
    }

    @Test
    void shiftOnRequestMissedWhenTheDayIsOffOrAnotherType() {
        Agent a = agent("a", OPEN);
        ShiftType late = type("L", null, 14 * 60, 480, false, 0, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, late)
                .request(new ShiftRequest(a, 0, "D", true, 2)).request(new ShiftRequest(a, 1, "D", true, 3))
                .request(new ShiftRequest(a, 0, "L", true, 5))
                .score(Names.SHIFT_ON_REQUEST_MISSED)).isEqualTo(soft(5));
    }

    @Test
    void shiftOffRequestMissedWhenTheShiftIsAssignedAndAnyShiftForADayOffRequest() {
        Agent a = agent("a", OPEN);
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 1, DAY)
                .request(new ShiftRequest(a, 0, "D", false, 2)).request(new ShiftRequest(a, 1, null, false, 4))
                .request(new ShiftRequest(a, 2, null, false, 8))
                .score(Names.SHIFT_OFF_REQUEST_MISSED)).isEqualTo(soft(6));
    }

    @Test
    void preferredStartMissedPerShiftOutsideTheWindow() {
        Agent a = new Agent("a", OPEN, Set.of(), List.of(), Set.of(), 9 * 60, 10 * 60, 4, null,
                Agent.FairnessHistory.NONE);
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 1, DAY, 9 * 60 + 30, 480, null)
                .score(Names.PREFERRED_START_MISSED)).isEqualTo(soft(4));
    }

    @Test
    void nightFairnessIsTheSquaredDeviationFromTheMeanIncludingHistory() {
        ShiftType night = type("N", null, 22 * 60, 480, true, 0, Set.of());
        Agent a = agent("a", OPEN);
        Agent b = new Agent("b", OPEN, Set.of(), List.of(), Set.of(), -1, -1, 0, null,
                new Agent.FairnessHistory(4, 0, 0));
        // a: 2 nights, b: 4 from history → mean 3, deviations ±1 → 2
        assertThat(new TinyPlan(7).add(a).add(b).work(a, 0, night).work(a, 2, night)
                .score(Names.NIGHT_FAIRNESS)).isEqualTo(soft(2));
    }

    @Test
    void weekendFairnessCountsAgentsWithoutWeekendWorkAsZero() {
        Agent a = agent("a", OPEN);
        Agent b = agent("b", OPEN);
        // a: 2 weekend days, b: 0 → mean 1, deviations ±1 → 2
        assertThat(new TinyPlan(7).add(a).add(b).work(a, 5, DAY).work(a, 6, DAY).score(Names.WEEKEND_FAIRNESS))
                .isEqualTo(soft(2));
    }

    @Test
    void fairnessComparesAgentsOnlyWithinTheirGroup() {
        Agent a = grouped("a", "billing");
        Agent b = grouped("b", "billing");
        Agent c = grouped("c", "tech");
        Agent d = grouped("d", "tech");
        // billing a 1, b 1 → 0; tech c 2, d 0 → 2
        TinyPlan even = new TinyPlan(7).add(a).add(b).add(c).add(d).work(a, 5, DAY).work(b, 6, DAY)
                .work(c, 5, DAY).work(c, 6, DAY);
        assertThat(even.score(Names.WEEKEND_FAIRNESS)).isEqualTo(soft(2));
        // billing a 2, b 0 → 2; tech c 2, d 0 → 2
        TinyPlan uneven = new TinyPlan(7).add(a).add(b).add(c).add(d).work(a, 5, DAY).work(a, 6, DAY)
                .work(c, 5, DAY).work(c, 6, DAY);
        assertThat(uneven.score(Names.WEEKEND_FAIRNESS)).isEqualTo(soft(4));
        // billing a 2, b 2 and tech c 0, d 0: even within each group, though one group of four would score 4
        TinyPlan split = new TinyPlan(7).add(a).add(b).add(c).add(d).work(a, 5, DAY).work(a, 6, DAY)
                .work(b, 5, DAY).work(b, 6, DAY);
        assertThat(split.score(Names.WEEKEND_FAIRNESS)).isEqualTo(HardSoftScore.ZERO);
    }

    private static Agent grouped(String id, String group) {
        return new Agent(id, OPEN, Set.of(), List.of(), Set.of(), -1, -1, 0, null, Agent.FairnessHistory.NONE, group);
    }

    @Test
    void holidayFairnessIsZeroWhenHolidaysAreShared() {
        Agent a = agent("a", OPEN);
        Agent b = agent("b", OPEN);
        TinyPlan plan = new TinyPlan(7).add(a).add(b).holiday(2);
        assertThat(plan.work(a, 2, DAY).work(b, 2, DAY).score(Names.HOLIDAY_FAIRNESS)).isEqualTo(HardSoftScore.ZERO);
        assertThat(new TinyPlan(7).add(a).add(b).holiday(2).holiday(3).work(a, 2, DAY).work(a, 3, DAY)
                .score(Names.HOLIDAY_FAIRNESS)).isEqualTo(soft(2));
    }

    @Test
    void unstableStartTimesCountsExtraDistinctStartsPerWeek() {
        Agent a = agent("a", OPEN);
        assertThat(new TinyPlan(14).add(a).work(a, 0, DAY).work(a, 1, DAY, 10 * 60, 480, null)
                .work(a, 2, DAY, 12 * 60, 480, null).work(a, 7, DAY).work(a, 8, DAY)
                .score(Names.UNSTABLE_START_TIMES)).isEqualTo(soft(2));
    }

    @Test
    void templateCostAddsTheCostOfEachAssignedShift() {
        Agent a = agent("a", OPEN);
        ShiftType split = type("S", null, 8 * 60, 480, false, 7, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, split).work(a, 1, split).work(a, 2, DAY)
                .score(Names.TEMPLATE_COST)).isEqualTo(soft(14));
    }
}
