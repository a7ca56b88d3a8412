package io.homeshore.scheduling.solver.constraints;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;

/**
 * Every rule of a schedule, hard first. Hard rules protect the agent and are never traded for coverage (hard
 * score level); soft terms are the service-level and preference objective. Hard rules come from
 * {@link HardRules}, soft terms from {@link SoftTerms}; each is one small method named as its constraint.
 */
public final class ScheduleConstraints implements ConstraintProvider {

    public static final HardSoftScore HARD = HardSoftScore.ONE_HARD;
    public static final HardSoftScore SOFT = HardSoftScore.ONE_SOFT;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                HardRules.shiftsOverlap(f),
                HardRules.minimumRest(f),
                HardRules.minimumRestAfterPreviousPeriod(f),
                HardRules.forbiddenSuccession(f),
                HardRules.weeklyMinutesAboveMaximum(f),
                HardRules.weeklyMinutesBelowMinimum(f),
                HardRules.horizonMinutesAboveMaximum(f),
                HardRules.horizonMinutesBelowMinimum(f),
                HardRules.daysPerWeekAboveMaximum(f),
                HardRules.shiftsOfTypeAboveMaximum(f),
                HardRules.consecutiveDaysAboveMaximum(f),
                HardRules.consecutiveDaysBelowMinimum(f),
                HardRules.consecutiveDaysOffBelowMinimum(f),
                HardRules.weekendsAboveMaximum(f),
                HardRules.nightNotEligible(f),
                HardRules.weekendNotEligible(f),
                HardRules.protectedWindow(f),
                HardRules.approvedTimeOff(f),
                HardRules.skillMissing(f),

                SoftTerms.shiftDemandUnder(f),
                SoftTerms.shiftDemandOver(f),
                SoftTerms.coverageUnder(f),
                SoftTerms.coverageOver(f),
                SoftTerms.shiftOnRequestMissed(f),
                SoftTerms.shiftOffRequestMissed(f),
                SoftTerms.preferredStartMissed(f),
                SoftTerms.nightFairness(f),
                SoftTerms.weekendFairness(f),
                SoftTerms.holidayFairness(f),
                SoftTerms.unstableStartTimes(f),
                SoftTerms.templateCost(f),
        };
    }

    static Contract contract(AgentDay ad) {
        return ad.getAgent().contract();
    }

    /** Minutes as whole hours, rounded up, so one missing shift weighs like a few broken day rules. */
    public static long hours(long minutes) {
        return (minutes + 59) / 60;
    }
}
