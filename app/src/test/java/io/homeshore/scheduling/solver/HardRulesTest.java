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
import java.util.Map;
import java.util.Set;

/** One test per hard rule, named after it; each scores only that constraint on a tiny plan. */
class HardRulesTest {

    private static final Contract OPEN = contract(99, 1, 1, 0, 99);
    private static final ShiftType DAY = day8("D");

    private static HardSoftScore hard(long n) {
        return HardSoftScore.ofHard(-n);
    }

    @Test
    void shiftsOverlapWhenANightShiftRunsIntoTheNextMorning() {
        Agent a = agent("a", OPEN);
        ShiftType night = type("N", null, 22 * 60, 600, true, 0, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, night).work(a, 1, DAY, 6 * 60, 480, null)
                .score(Names.SHIFTS_OVERLAP)).isEqualTo(hard(1));
        assertThat(new TinyPlan(7).add(a).work(a, 0, night).work(a, 1, DAY).score(Names.SHIFTS_OVERLAP))
                .isEqualTo(HardSoftScore.ZERO);
    }

    @Test
    void minimumRestCountsTheMissingHours() {
        Agent a = agent("a", contract(99, 1, 1, 11 * 60, 99));
        ShiftType late = type("L", null, 14 * 60, 480, false, 0, Set.of());
        // late ends 22:00, next day's 06:00 start leaves 8 h of the 11 h: 3 h short
        assertThat(new TinyPlan(7).add(a).work(a, 0, late).work(a, 1, DAY, 6 * 60, 480, null)
                .score(Names.MINIMUM_REST)).isEqualTo(hard(3));
        assertThat(new TinyPlan(7).add(a).work(a, 0, late).work(a, 1, DAY, 9 * 60, 480, null)
                .score(Names.MINIMUM_REST)).isEqualTo(HardSoftScore.ZERO);
    }

    @Test
    void minimumRestAfterPreviousPeriodLooksAcrossTheHorizonStart() {
        Agent a = new Agent("a", contract(99, 1, 1, 11 * 60, 99), Set.of(), List.of(), Set.of(), -1, -1, 0,
                -2 * 60, Agent.FairnessHistory.NONE);
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY, 6 * 60, 480, null)
                .score(Names.MINIMUM_REST_AFTER_PREVIOUS_PERIOD)).isEqualTo(hard(3));
    }

    @Test
    void forbiddenSuccessionPenalisesALateFollowedByAnEarly() {
        Agent a = agent("a", OPEN);
        ShiftType late = type("L", null, 14 * 60, 480, false, 0, Set.of("E"));
        ShiftType early = type("E", null, 6 * 60, 480, false, 0, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, late).work(a, 1, early).score(Names.FORBIDDEN_SUCCESSION))
                .isEqualTo(hard(1));
        assertThat(new TinyPlan(7).add(a).work(a, 0, early).work(a, 1, late).score(Names.FORBIDDEN_SUCCESSION))
                .isEqualTo(HardSoftScore.ZERO);
    }

    @Test
    void weeklyMinutesAboveMaximumCountsExtraHours() {
        Agent a = agent("a", new Contract(0, 16 * 60, 0, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99, true, true, Map.of()));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 1, DAY).work(a, 2, DAY)
                .score(Names.WEEKLY_MINUTES_ABOVE_MAXIMUM)).isEqualTo(hard(8));
    }

    @Test
    void minimumRestHoldsForAgentsWorkingTheirOwnLocalHoursInAnotherZone() {
        // Tokyo agents on an Amsterdam axis in winter: local midnight lies 8 hours before the axis's
        int[] tokyo = new int[7];
        java.util.Arrays.fill(tokyo, -480);
        ShiftType late = new ShiftType("late@tokyo", null, 13 * 60, 13 * 60, 60, 480, 480, 60, TinyPlan.ALL_DAYS, false, 0, Set.of(), tokyo);
        ShiftType early = new ShiftType("early@tokyo", null, 6 * 60, 6 * 60, 60, 480, 480, 60, TinyPlan.ALL_DAYS, false, 0, Set.of(), tokyo);
        Agent a = agent("a", contract(99, 1, 1, 11 * 60, 99));
        TinyPlan plan = new TinyPlan(7).add(a).work(a, 0, late).work(a, 1, early);
        // 21:00 to 06:00 local is 9 hours of rest: 2 hours short
        assertThat(plan.score(Names.MINIMUM_REST)).isEqualTo(hard(2));
        assertThat(plan.build().getAgentDays().stream().filter(d -> d.getShift() != null).map(d -> d.getShift().startMinuteOfDay()))
                .containsExactlyInAnyOrder(13 * 60, 6 * 60);
    }

    @Test
    void approvedTimeOffCountsItsDailyShareTowardTheWeeklyMinimum() {
        Contract fullTime = new Contract(40 * 60, 40 * 60, 0, Integer.MAX_VALUE, 5, 99, 1, 1, 0, 99, true, true, Map.of());
        Agent onLeave = new Agent("leave", fullTime, Set.of(), List.of(), Set.of(4), -1, -1, 0, null, Agent.FairnessHistory.NONE);
        Agent working = agent("work", fullTime);
        TinyPlan plan = new TinyPlan(7).add(onLeave).add(working);
        for (int day = 0; day < 4; day++) {
            plan.work(onLeave, day, DAY).work(working, day, DAY);
        }
        // four 8-hour days and a day of leave make the 40-hour week; without the leave 8 hours are missing
        assertThat(plan.score(Names.WEEKLY_MINUTES_BELOW_MINIMUM)).isEqualTo(hard(8));
        assertThat(PlanChecker.violations(plan.build()).stream().filter(v -> v.rule().equals("Weekly minutes")).map(PlanChecker.Violation::agentId))
                .containsExactly("work");
    }

    @Test
    void weeklyMinutesBelowMinimumCountsAnEmptyWeekToo() {
        Agent a = agent("a", new Contract(8 * 60, 40 * 60, 0, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99, true, true,
                Map.of()));
        assertThat(new TinyPlan(14).add(a).work(a, 0, DAY).score(Names.WEEKLY_MINUTES_BELOW_MINIMUM))
                .isEqualTo(hard(8));
    }

    @Test
    void horizonMinutesAboveMaximumCountsExtraHours() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 0, 8 * 60, 7, 99, 1, 1, 0, 99, true, true, Map.of()));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 3, DAY).score(Names.HORIZON_MINUTES_ABOVE_MAXIMUM))
                .isEqualTo(hard(8));
    }

    @Test
    void horizonMinutesBelowMinimumCountsMissingHours() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 24 * 60, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99,
                true, true, Map.of()));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).score(Names.HORIZON_MINUTES_BELOW_MINIMUM))
                .isEqualTo(hard(16));
    }

    @Test
    void daysPerWeekAboveMaximumCountsExtraDays() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 2, 99, 1, 1, 0, 99, true,
                true, Map.of()));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 2, DAY).work(a, 4, DAY)
                .score(Names.DAYS_PER_WEEK_ABOVE_MAXIMUM)).isEqualTo(hard(1));
    }

    @Test
    void shiftsOfTypeAboveMaximumCountsExtraShifts() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99, true,
                true, Map.of("D", 1)));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 2, DAY).work(a, 4, DAY)
                .score(Names.SHIFTS_OF_TYPE_ABOVE_MAXIMUM)).isEqualTo(hard(2));
    }

    @Test
    void consecutiveDaysAboveMaximumCountsTheExcessOfARun() {
        Agent a = agent("a", contract(3, 1, 1, 0, 99));
        TinyPlan plan = new TinyPlan(7).add(a);
        for (int d = 0; d < 5; d++) {
            plan.work(a, d, DAY);
        }
        assertThat(plan.score(Names.CONSECUTIVE_DAYS_ABOVE_MAXIMUM)).isEqualTo(hard(2));
    }

    @Test
    void consecutiveDaysBelowMinimumIgnoresRunsTouchingTheHorizonEdges() {
        Agent a = agent("a", contract(99, 3, 1, 0, 99));
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 3, DAY)
                .score(Names.CONSECUTIVE_DAYS_BELOW_MINIMUM)).isEqualTo(hard(2));
    }

    @Test
    void consecutiveDaysOffBelowMinimumCountsMissingRestDays() {
        Agent a = agent("a", contract(99, 1, 3, 0, 99));
        assertThat(new TinyPlan(7).add(a).work(a, 1, DAY).work(a, 3, DAY)
                .score(Names.CONSECUTIVE_DAYS_OFF_BELOW_MINIMUM)).isEqualTo(hard(2));
    }

    @Test
    void weekendsAboveMaximumCountsWeekendsNotDays() {
        Agent a = agent("a", contract(99, 1, 1, 0, 1));
        assertThat(new TinyPlan(14).add(a).work(a, 5, DAY).work(a, 6, DAY).work(a, 12, DAY)
                .score(Names.WEEKENDS_ABOVE_MAXIMUM)).isEqualTo(hard(1));
    }

    @Test
    void nightNotEligibleBlocksNightShifts() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99, false,
                true, Map.of()));
        ShiftType night = type("N", null, 22 * 60, 480, true, 0, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, night).work(a, 3, DAY).score(Names.NIGHT_NOT_ELIGIBLE))
                .isEqualTo(hard(1));
    }

    @Test
    void weekendNotEligibleBlocksSaturdayAndSunday() {
        Agent a = agent("a", new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, 99, 1, 1, 0, 99, true,
                false, Map.of()));
        assertThat(new TinyPlan(7).add(a).work(a, 4, DAY).work(a, 5, DAY).work(a, 6, DAY)
                .score(Names.WEEKEND_NOT_ELIGIBLE)).isEqualTo(hard(2));
    }

    @Test
    void protectedWindowIsNeverWorked() {
        Agent a = new Agent("a", OPEN, Set.of(), List.of(new Agent.Window(1440 + 15 * 60, 1440 + 18 * 60)),
                Set.of(), -1, -1, 0, null, Agent.FairnessHistory.NONE);
        assertThat(new TinyPlan(7).add(a).work(a, 0, DAY).work(a, 1, DAY).score(Names.PROTECTED_WINDOW))
                .isEqualTo(hard(1));
    }

    @Test
    void approvedTimeOffIsNeverWorked() {
        Agent a = new Agent("a", OPEN, Set.of(), List.of(), Set.of(2), -1, -1, 0, null, Agent.FairnessHistory.NONE);
        assertThat(new TinyPlan(7).add(a).work(a, 1, DAY).work(a, 2, DAY).score(Names.APPROVED_TIME_OFF))
                .isEqualTo(hard(1));
    }

    @Test
    void skillMissingWhenTheShiftNeedsASkillTheAgentLacks() {
        Agent a = agent("a", OPEN);
        ShiftType chat = type("C", "chat", 8 * 60, 480, false, 0, Set.of());
        ShiftType voice = type("V", "voice", 8 * 60, 480, false, 0, Set.of());
        assertThat(new TinyPlan(7).add(a).work(a, 0, chat).work(a, 1, voice).score(Names.SKILL_MISSING))
                .isEqualTo(hard(1));
    }
}
