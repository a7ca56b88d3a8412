package io.homeshore.scheduling;

import java.util.List;
import java.util.Map;

/**
 * Why a plan looks as it does: the penalty of each constraint (hard rules first), per agent what they work and
 * what their requests and preferences cost, the hard rules left unmet named per agent (never a bare
 * "infeasible"), the spread (max − min) of nights, weekend days and holidays, and the agents required per skill
 * and slot the plan was made against (-1: nothing stated for that slot).
 */
public record RunExplanation(List<ConstraintLine> constraints, List<AgentLine> agents, List<Unmet> unmet, Map<String, Integer> fairnessSpread,
                             Map<String, int[]> required, int slotMinutes) {

    public record ConstraintLine(String name, boolean hard, long penalty) {}

    public record AgentLine(long agentId, int shifts, int minutes, int nights, int weekendDays, int holidays, long penalty) {}

    public record Unmet(String rule, long agentId, String detail) {}
}
