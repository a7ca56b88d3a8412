package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * The planning entity: one agent on one day, holding at most one shift ({@code null} = day off). One entity per
 * agent-day makes "one shift per day" structural and keeps moves small (see ADR 0050). The value range is the
 * day's shifts the agent may work at all (skill, eligibility, time off, protected windows), so the search never
 * wastes moves on them; the hard constraints still check every rule, so pinned shifts that break one are named.
 */
@PlanningEntity
public class AgentDay {

    @PlanningId
    private String id;
    private Agent agent;
    private int day;
    private int horizonDays;
    private int week;
    private int weekend;
    private boolean holiday;
    private List<Shift> options;
    @PlanningPin
    private boolean pinned;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "shiftOptions")
    private Shift shift;

    public AgentDay() {
    }

    /**
     * @param weekend index of the weekend this day belongs to, {@code -1} on weekdays
     */
    public AgentDay(Agent agent, int day, int horizonDays, int week, int weekend, boolean holiday,
            List<Shift> options) {
        this.id = agent.id() + "@" + day;
        this.agent = agent;
        this.day = day;
        this.horizonDays = horizonDays;
        this.week = week;
        this.weekend = weekend;
        this.holiday = holiday;
        this.options = List.copyOf(options);
    }

    @ValueRangeProvider(id = "shiftOptions")
    public List<Shift> getOptions() {
        return options;
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public int getDay() {
        return day;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public int getWeek() {
        return week;
    }

    public int getWeekend() {
        return weekend;
    }

    public boolean isHoliday() {
        return holiday;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Shift getShift() {
        return shift;
    }

    public void setShift(Shift shift) {
        this.shift = shift;
    }

    /** Worked minutes on this day (0 when off). */
    public int minutes() {
        return shift == null ? 0 : shift.length();
    }

    /**
     * Minutes counted toward the weekly minimum: the worked minutes, or on a day of approved time off the agent's
     * daily share of their weekly minimum ({@code minMinutesPerWeek / maxDaysPerWeek}), so paid leave never forces
     * the rest of the week to be worked longer. Never counted toward a maximum.
     */
    public int minutesTowardMinimum() {
        return shift == null && agent.timeOffDays().contains(day) ? agent.contract().timeOffCreditMinutes() : minutes();
    }

    public boolean isNight() {
        return shift != null && shift.type().night();
    }

    public boolean isWeekendWork() {
        return shift != null && weekend >= 0;
    }

    public boolean isHolidayWork() {
        return shift != null && holiday;
    }

    @Override
    public String toString() {
        return id + "=" + (shift == null ? "off" : shift.id());
    }
}
