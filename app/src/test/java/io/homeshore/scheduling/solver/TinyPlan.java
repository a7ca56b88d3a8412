package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test helper: a tiny hand-made plan (agents × days, Monday start) scored for ONE named constraint through
 * {@link ConstraintScores#of}, i.e. Timefold's own score director with every other constraint weighted zero.
 */
final class TinyPlan {

    static final Set<Integer> ALL_DAYS = Set.of(1, 2, 3, 4, 5, 6, 7);

    private final int days;
    private final List<Agent> agents = new ArrayList<>();
    private final List<ShiftType> types = new ArrayList<>();
    private final Map<String, Shift> assigned = new HashMap<>();
    private final List<ShiftDemand> demands = new ArrayList<>();
    private final List<CoverageInterval> coverage = new ArrayList<>();
    private final List<ShiftRequest> requests = new ArrayList<>();
    private final Set<Integer> holidays = new java.util.HashSet<>();

    TinyPlan(int days) {
        this.days = days;
    }

    static ShiftType type(String id, String skill, int startOfDay, int length, boolean night, int cost,
            Set<String> forbiddenNext) {
        return new ShiftType(id, skill, startOfDay, startOfDay, 1, length, length, 1, ALL_DAYS, night, cost,
                forbiddenNext);
    }

    static ShiftType day8(String id) {
        return type(id, null, 8 * 60, 480, false, 0, Set.of());
    }

    static Agent agent(String id, Contract contract) {
        return new Agent(id, contract, Set.of("voice"), List.of(), Set.of(), -1, -1, 0, null,
                Agent.FairnessHistory.NONE);
    }

    static Contract contract(int maxConsecutive, int minConsecutive, int minDaysOff, int minRest, int maxWeekends) {
        return new Contract(0, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, 7, maxConsecutive, minConsecutive,
                minDaysOff, minRest, maxWeekends, true, true, Map.of());
    }

    TinyPlan add(Agent a) {
        agents.add(a);
        return this;
    }

    TinyPlan holiday(int day) {
        holidays.add(day);
        return this;
    }

    /** Assigns a shift of this type on this day, starting at the type's earliest start. */
    TinyPlan work(Agent a, int day, ShiftType t) {
        return work(a, day, t, t.startEarliest(), t.minLength(), null);
    }

    TinyPlan work(Agent a, int day, ShiftType t, int startOfDay, int length, ShiftDemand demand) {
        if (!types.contains(t)) {
            types.add(t);
        }
        if (demand != null && !demands.contains(demand)) {
            demands.add(demand);
        }
        assigned.put(a.id() + "@" + day, new Shift(t.id() + "@" + day, t, day, day * 1440 + t.offset(day) + startOfDay, length,
                demand));
        return this;
    }

    TinyPlan demand(ShiftDemand d) {
        demands.add(d);
        return this;
    }

    TinyPlan cover(CoverageInterval c) {
        coverage.add(c);
        return this;
    }

    TinyPlan request(ShiftRequest r) {
        requests.add(r);
        return this;
    }

    Schedule build() {
        List<AgentDay> agentDays = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>(assigned.values());
        for (Agent a : agents) {
            for (int day = 0; day < days; day++) {
                int weekend = day % 7 >= 5 ? day / 7 : -1;
                Shift s = assigned.get(a.id() + "@" + day);
                AgentDay ad = new AgentDay(a, day, days, day / 7, weekend, holidays.contains(day),
                        s == null ? List.of() : List.of(s));
                ad.setShift(s);
                agentDays.add(ad);
            }
        }
        return new Schedule(days, agents, types, shifts, demands, coverage, requests, agentDays,
                ConstraintWeightOverrides.none());
    }

    /** The score of just this constraint on the plan. */
    HardSoftScore score(String constraint) {
        return ConstraintScores.of(build(), constraint);
    }
}
