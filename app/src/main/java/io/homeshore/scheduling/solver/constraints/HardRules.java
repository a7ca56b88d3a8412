package io.homeshore.scheduling.solver.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.HARD;
import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.contract;
import static io.homeshore.scheduling.solver.constraints.ScheduleConstraints.hours;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.ShiftType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The agent's boundaries (hard). Rest and working-time rules follow EU Directive 2003/88/EC; rotation,
 * consecutive-day and weekend rules follow the constraint set of Curtois &amp; Qu (2014), including its
 * boundary convention: the days before and after the horizon count as off for maxima, and runs touching an
 * edge are not judged for minima. Each penalty is the size of the breach.
 */
final class HardRules {

    private HardRules() {
    }

    /**
     * Two shifts of one agent overlap in time (e.g. a night shift running into the next day's shift). A later
     * day's shift starts at or after that day's midnight, so only a shift that runs past its own day's end can
     * overlap one, and only on the days it reaches: joining on those days keeps the join a hash lookup.
     */
    static Constraint shiftsOverlap(ConstraintFactory f) {
        return reaching(f.forEach(AgentDay.class), a -> a.getShift().end())
                .join(AgentDay.class, Joiners.equal((a, day) -> a.getAgent(), AgentDay::getAgent),
                        Joiners.equal((a, day) -> day, AgentDay::getDay))
                .filter((a, day, b) -> b.getShift().start() < a.getShift().end())
                .penalize(HARD)
                .asConstraint(Names.SHIFTS_OVERLAP);
    }

    /** Rest between two shifts of one agent is shorter than the contract's minimum rest. */
    static Constraint minimumRest(ConstraintFactory f) {
        return reaching(f.forEach(AgentDay.class).filter(a -> contract(a).minRestMinutes() > 0),
                a -> a.getShift().end() + contract(a).minRestMinutes())
                .join(f.forEach(AgentDay.class).filter(b -> contract(b).minRestMinutes() > 0),
                        Joiners.equal((a, day) -> a.getAgent(), AgentDay::getAgent),
                        Joiners.equal((a, day) -> day, AgentDay::getDay))
                .filter((a, day, b) -> b.getShift().start() >= a.getShift().end()
                        && b.getShift().start() < a.getShift().end() + contract(a).minRestMinutes())
                .penalize(HARD, (a, day, b) -> hours(a.getShift().end() + contract(a).minRestMinutes()
                        - b.getShift().start()))
                .asConstraint(Names.MINIMUM_REST);
    }

    /**
     * Pairs each agent-day whose shift reaches past its own day (the reach is exclusive, in minutes from the
     * horizon start) with each later day of the horizon the reach touches.
     */
    private static BiConstraintStream<AgentDay, Integer> reaching(UniConstraintStream<AgentDay> days,
            ToIntFunction<AgentDay> reach) {
        ToIntFunction<AgentDay> local = a -> localReach(a, reach.applyAsInt(a));
        return days.filter(a -> local.applyAsInt(a) > (a.getDay() + 1) * 1440)
                .expand(a -> laterDaysReached(a, local.applyAsInt(a)))
                .flattenLast(list -> list);
    }

    /**
     * The reach measured in the agent's own days: a shift of an agent in another zone sits on the axis shifted by
     * its template's day offset (see ShiftType); an hour more, because the offset of the next day may differ by a
     * daylight-saving hour. Days reached only through that margin are dropped by the exact comparison after the join.
     */
    private static int localReach(AgentDay a, int reach) {
        ShiftType t = a.getShift().type();
        return t.shifted() ? reach - t.offset(a.getDay()) + 60 : reach;
    }

    private static List<Integer> laterDaysReached(AgentDay a, int reach) {
        int last = Math.min((reach - 1) / 1440, a.getHorizonDays() - 1);
        List<Integer> days = new ArrayList<>();
        for (int d = a.getDay() + 1; d <= last; d++) {
            days.add(d);
        }
        return days;
    }

    /** The first shift starts too soon after the last shift of the previous (published) period. */
    static Constraint minimumRestAfterPreviousPeriod(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getAgent().previousShiftEnd() != null
                        && a.getShift().start() < a.getAgent().previousShiftEnd() + contract(a).minRestMinutes())
                .penalize(HARD, a -> hours(a.getAgent().previousShiftEnd() + contract(a).minRestMinutes()
                        - a.getShift().start()))
                .asConstraint(Names.MINIMUM_REST_AFTER_PREVIOUS_PERIOD);
    }

    /** A shift type listed as "cannot follow" the previous day's shift type (Curtois &amp; Qu rotation rule). */
    static Constraint forbiddenSuccession(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> !a.getShift().type().forbiddenNext().isEmpty())
                .join(AgentDay.class, Joiners.equal(AgentDay::getAgent),
                        Joiners.equal(a -> a.getDay() + 1, AgentDay::getDay))
                .filter((a, b) -> a.getShift().type().forbiddenNext().contains(b.getShift().type().id()))
                .penalize(HARD)
                .asConstraint(Names.FORBIDDEN_SUCCESSION);
    }

    static Constraint weeklyMinutesAboveMaximum(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> contract(a).maxMinutesPerWeek() < Integer.MAX_VALUE)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, sum(AgentDay::minutes))
                .filter((agent, week, minutes) -> minutes > agent.contract().maxMinutesPerWeek())
                .penalize(HARD, (agent, week, minutes) -> hours(minutes - agent.contract().maxMinutesPerWeek()))
                .asConstraint(Names.WEEKLY_MINUTES_ABOVE_MAXIMUM);
    }

    /** Counts weeks without any shift too: every agent has an entity on every day; approved time off is credited. */
    static Constraint weeklyMinutesBelowMinimum(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .filter(a -> contract(a).minMinutesPerWeek() > 0)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, sum(AgentDay::minutesTowardMinimum))
                .filter((agent, week, minutes) -> minutes < agent.contract().minMinutesPerWeek())
                .penalize(HARD, (agent, week, minutes) -> hours(agent.contract().minMinutesPerWeek() - minutes))
                .asConstraint(Names.WEEKLY_MINUTES_BELOW_MINIMUM);
    }

    static Constraint horizonMinutesAboveMaximum(ConstraintFactory f) {
        return horizonMinutes(f)
                .filter((agent, minutes) -> minutes > agent.contract().maxMinutesTotal())
                .penalize(HARD, (agent, minutes) -> hours(minutes - agent.contract().maxMinutesTotal()))
                .asConstraint(Names.HORIZON_MINUTES_ABOVE_MAXIMUM);
    }

    static Constraint horizonMinutesBelowMinimum(ConstraintFactory f) {
        return horizonMinutes(f)
                .filter((agent, minutes) -> minutes < agent.contract().minMinutesTotal())
                .penalize(HARD, (agent, minutes) -> hours(agent.contract().minMinutesTotal() - minutes))
                .asConstraint(Names.HORIZON_MINUTES_BELOW_MINIMUM);
    }

    /**
     * Minutes per agent over the horizon, for agents with a horizon bound: one grouping node serves both bounds
     * (one call site, so Bavet shares it). Unassigned days count, so an agent with no shift still has a total.
     */
    private static BiConstraintStream<Agent, Long> horizonMinutes(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(AgentDay.class)
                .filter(a -> contract(a).minMinutesTotal() > 0 || contract(a).maxMinutesTotal() < Integer.MAX_VALUE)
                .groupBy(AgentDay::getAgent, sum(AgentDay::minutes));
    }

    static Constraint daysPerWeekAboveMaximum(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> contract(a).maxDaysPerWeek() < 7)
                .groupBy(AgentDay::getAgent, AgentDay::getWeek, count())
                .filter((agent, week, days) -> days > agent.contract().maxDaysPerWeek())
                .penalize(HARD, (agent, week, days) -> days - agent.contract().maxDaysPerWeek())
                .asConstraint(Names.DAYS_PER_WEEK_ABOVE_MAXIMUM);
    }

    static Constraint shiftsOfTypeAboveMaximum(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .groupBy(AgentDay::getAgent, a -> a.getShift().type().id(), count())
                .filter((agent, type, n) -> n > agent.contract().maxShiftsOf(type))
                .penalize(HARD, (agent, type, n) -> n - agent.contract().maxShiftsOf(type))
                .asConstraint(Names.SHIFTS_OF_TYPE_ABOVE_MAXIMUM);
    }

    static Constraint consecutiveDaysAboveMaximum(ConstraintFactory f) {
        return runBreaches(f)
                .filter((agent, b) -> b.tooLong() > 0)
                .penalize(HARD, (agent, b) -> b.tooLong())
                .asConstraint(Names.CONSECUTIVE_DAYS_ABOVE_MAXIMUM);
    }

    /** Runs touching the horizon's first or last day are not judged (they continue outside it). */
    static Constraint consecutiveDaysBelowMinimum(ConstraintFactory f) {
        return runBreaches(f)
                .filter((agent, b) -> b.tooShort() > 0)
                .penalize(HARD, (agent, b) -> b.tooShort())
                .asConstraint(Names.CONSECUTIVE_DAYS_BELOW_MINIMUM);
    }

    static Constraint consecutiveDaysOffBelowMinimum(ConstraintFactory f) {
        return runBreaches(f)
                .filter((agent, b) -> b.restShort() > 0)
                .penalize(HARD, (agent, b) -> b.restShort())
                .asConstraint(Names.CONSECUTIVE_DAYS_OFF_BELOW_MINIMUM);
    }

    static Constraint weekendsAboveMaximum(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.isWeekendWork() && contract(a).maxWeekends() < Integer.MAX_VALUE)
                .groupBy(AgentDay::getAgent, countDistinct(AgentDay::getWeekend))
                .filter((agent, n) -> n > agent.contract().maxWeekends())
                .penalize(HARD, (agent, n) -> n - agent.contract().maxWeekends())
                .asConstraint(Names.WEEKENDS_ABOVE_MAXIMUM);
    }

    static Constraint nightNotEligible(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.isNight() && !contract(a).nightEligible())
                .penalize(HARD)
                .asConstraint(Names.NIGHT_NOT_ELIGIBLE);
    }

    static Constraint weekendNotEligible(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.isWeekendWork() && !contract(a).weekendEligible())
                .penalize(HARD)
                .asConstraint(Names.WEEKEND_NOT_ELIGIBLE);
    }

    static Constraint protectedWindow(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getAgent().protectedWindowHit(a.getShift().start(), a.getShift().end()))
                .penalize(HARD)
                .asConstraint(Names.PROTECTED_WINDOW);
    }

    static Constraint approvedTimeOff(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getAgent().timeOffDays().contains(a.getDay()))
                .penalize(HARD)
                .asConstraint(Names.APPROVED_TIME_OFF);
    }

    static Constraint skillMissing(ConstraintFactory f) {
        return f.forEach(AgentDay.class)
                .filter(a -> a.getShift().type().skill() != null
                        && !a.getAgent().skills().contains(a.getShift().type().skill()))
                .penalize(HARD)
                .asConstraint(Names.SKILL_MISSING);
    }

    /** The run rules' breaches per agent: one grouping node (one call site, one collector) for the three rules. */
    private static BiConstraintStream<Agent, RunBreaches> runBreaches(ConstraintFactory f) {
        return f.forEach(AgentDay.class).groupBy(AgentDay::getAgent, RunBreaches.COLLECTOR);
    }
}
