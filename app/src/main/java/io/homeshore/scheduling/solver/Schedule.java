package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.HardSoftScore;

import java.util.List;

/**
 * The planning solution: a horizon of {@code days} days with its agents, shift options, cover and requests.
 * Soft weights of the global terms (fairness, stable starts) live in {@link ConstraintWeightOverrides} so a
 * problem can switch them off (the Curtois benchmark does: its objective has no such terms).
 */
@PlanningSolution
public class Schedule {

    private int days;
    @ProblemFactCollectionProperty
    private List<Agent> agents;
    @ProblemFactCollectionProperty
    private List<ShiftType> shiftTypes;
    @ProblemFactCollectionProperty
    private List<Shift> shifts;
    @ProblemFactCollectionProperty
    private List<ShiftDemand> demands;
    @ProblemFactCollectionProperty
    private List<CoverageInterval> coverage;
    @ProblemFactCollectionProperty
    private List<ShiftRequest> requests;
    @PlanningEntityCollectionProperty
    private List<AgentDay> agentDays;
    private ConstraintWeightOverrides<HardSoftScore> weightOverrides;
    @PlanningScore
    private HardSoftScore score;

    public Schedule() {
    }

    public Schedule(int days, List<Agent> agents, List<ShiftType> shiftTypes, List<Shift> shifts,
            List<ShiftDemand> demands, List<CoverageInterval> coverage, List<ShiftRequest> requests,
            List<AgentDay> agentDays, ConstraintWeightOverrides<HardSoftScore> weightOverrides) {
        this.days = days;
        this.agents = agents;
        this.shiftTypes = shiftTypes;
        this.shifts = shifts;
        this.demands = demands;
        this.coverage = coverage;
        this.requests = requests;
        this.agentDays = agentDays;
        this.weightOverrides = weightOverrides;
    }

    public int getDays() {
        return days;
    }

    public List<Agent> getAgents() {
        return agents;
    }

    public List<ShiftType> getShiftTypes() {
        return shiftTypes;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<ShiftDemand> getDemands() {
        return demands;
    }

    public List<CoverageInterval> getCoverage() {
        return coverage;
    }

    public List<ShiftRequest> getRequests() {
        return requests;
    }

    public List<AgentDay> getAgentDays() {
        return agentDays;
    }

    public ConstraintWeightOverrides<HardSoftScore> getWeightOverrides() {
        return weightOverrides;
    }

    public void setWeightOverrides(ConstraintWeightOverrides<HardSoftScore> weightOverrides) {
        this.weightOverrides = weightOverrides;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
