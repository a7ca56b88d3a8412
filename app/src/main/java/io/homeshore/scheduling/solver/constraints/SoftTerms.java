package io.homeshore.scheduling.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.SOFT;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintBuilder;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.CoverageInterval;
import io.homeshore.scheduling.solver.FairnessTerm;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftRequest;


/**
 * The objective (soft): cover first (weights from the problem), then requests and preferences, fairness and
 * stability. Cover and request terms are exactly the Curtois &amp; Qu (2014) objective.
 */
final class SoftTerms {

    private SoftTerms() {
    }

    static Constraint shiftDemandUnder(ConstraintFactory f) {
        return demandCounts(f)
                .filter((d, n) -> n < d.required())
                .penalize(SOFT, (d, n) -> (long) (d.required() - n) * d.underWeight())
                .asConstraint(Names.SHIFT_DEMAND_UNDER);
    }

    static Constraint shiftDemandOver(ConstraintFactory f) {
        return demandCounts(f)
                .filter((d, n) -> n > d.required())
                .penalize(SOFT, (d, n) -> (long) (n - d.required()) * d.overWeight())
                .asConstraint(Names.SHIFT_DEMAND_OVER);
    }

    /**
     * Weight × the square of the agents short in the interval: each further missing agent costs more than the one
     * before, because waiting time grows faster than linearly as staffing falls below the requirement (Erlang C).
     * A linear cost would be indifferent between two intervals one agent short and one interval two short; the
     * square spreads the shortfall, so a plan short of people is short evenly rather than empty on some days.
     */
    static Constraint coverageUnder(ConstraintFactory f) {
        return coverageCounts(f)
                .filter((c, n) -> n < c.required())
                .penalize(SOFT, (c, n) -> (long) (c.required() - n) * (c.required() - n) * c.underWeight())
                .asConstraint(Names.COVERAGE_UNDER);
    }

    static Constraint coverageOver(ConstraintFactory f) {
        return coverageCounts(f)
                .filter((c, n) -> n > c.required())
                .penalize(SOFT, (c, n) -> (long) (n - c.required()) * c.overWeight())
                .asConstraint(Names.COVERAGE_OVER);
    }

    static Constraint shiftOnRequestMissed(ConstraintFactory f) {
        return requestsMissed(f, true).asConstraint(Names.SHIFT_ON_REQUEST_MISSED);
    }

    static Constraint shiftOffRequestMissed(ConstraintFactory f) {
        return requestsMissed(f, false).asConstraint(Names.SHIFT_OFF_REQUEST_MISSED);
    }

    static Constraint preferredStartMissed(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getAgent().startOutsidePreference(a.getShift().startMinuteOfDay()))
                .penalize(SOFT, a -> a.getAgent().preferenceWeight())
                .asConstraint(Names.PREFERRED_START_MISSED);
    }

    /** Squared deviation of each eligible agent's nights (history included) from the mean. */
    static Constraint nightFairness(ConstraintFactory f) {
        return fairness(f, FairnessTerm.NIGHTS);
    }

    /** Weekend days worked (Saturday and Sunday each count), history included. */
    static Constraint weekendFairness(ConstraintFactory f) {
        return fairness(f, FairnessTerm.WEEKEND_DAYS);
    }

    static Constraint holidayFairness(ConstraintFactory f) {
        return fairness(f, FairnessTerm.HOLIDAYS);
    }

    /** Each extra distinct start time (minute of day) an agent has within one week. */
    static Constraint unstableStartTimes(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, countDistinct(a -> a.getShift().startMinuteOfDay()))
                .filter((agent, week, n) -> n > 1)
                .penalize(SOFT, (agent, week, n) -> n - 1)
                .asConstraint(Names.UNSTABLE_START_TIMES);
    }

    static Constraint templateCost(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getShift().type().cost() > 0)
                .penalize(SOFT, a -> a.getShift().type().cost())
                .asConstraint(Names.TEMPLATE_COST);
    }

    private static BiConstraintStream<ShiftDemand, Long> demandCounts(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getShift().demand() != null)
                .groupBy(a -> a.getShift().demand(), count())
                .complement(ShiftDemand.class, d -> 0L);
    }

    private static BiConstraintStream<CoverageInterval, Long> coverageCounts(ConstraintFactory f) {
        return f.forEach(CoverageInterval.class)
                .join(AgentDay.class,
                        Joiners.equal(CoverageInterval::skill, a -> a.getShift().type().skill()),
                        Joiners.overlapping(CoverageInterval::start, CoverageInterval::end,
                                a -> a.getShift().start(), a -> a.getShift().end()))
                .groupBy((c, a) -> c, countBi())
                .complement(CoverageInterval.class, c -> 0L);
    }

    private static BiConstraintBuilder<ShiftRequest, AgentDay, HardSoftScore> requestsMissed(ConstraintFactory f,
            boolean on) {
        return requestsMissed(f)
                .filter((r, a) -> r.on() == on)
                .penalize(SOFT, (r, a) -> r.weight());
    }

    /** Requests (on and off) with the agent-day they concern, missed: one join node serves both kinds. */
    private static BiConstraintStream<ShiftRequest, AgentDay> requestsMissed(ConstraintFactory f) {
        return f.forEach(ShiftRequest.class)
                .join(f.forEachIncludingUnassigned(AgentDay.class),
                        Joiners.equal(ShiftRequest::agent, AgentDay::getAgent),
                        Joiners.equal(ShiftRequest::day, AgentDay::getDay))
                .filter((r, a) -> r.missedBy(a.getShift() == null ? null : a.getShift().type()));
    }

    /**
     * Unfairness = Σ over fairness groups of round(Σ (x_i − x̄)²) over the group's eligible agents, with
     * x_i = history + this period and x̄ the group's mean; computed as (n·Σx² − (Σx)²) / n. Agents with no such
     * work count as 0. Groups are compared with themselves only: a team whose queues need no weekend work owes no
     * weekends to another team's.
     */
    private static Constraint fairness(ConstraintFactory f, FairnessTerm term) {
        return f.forEach(AgentDay.class)
                .filter(term::counts)
                .groupBy(AgentDay::getAgent, count())
                .complement(Agent.class, (Agent a) -> 0L)
                .filter((a, n) -> term.eligible(a))
                .groupBy((a, n) -> a.fairnessGroup(), sum((a, n) -> square(n + term.history(a))),
                        sum((a, n) -> (long) n + term.history(a)), countBi())
                .filter((group, sxx, sx, n) -> n > 1)
                .penalize(SOFT, (group, sxx, sx, n) -> Math.round((n * (double) sxx - (double) sx * sx) / n))
                .asConstraint(term.constraint());
    }

    private static long square(long x) {
        return x * x;
    }
}
