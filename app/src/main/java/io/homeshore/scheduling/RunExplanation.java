package io.homeshore.scheduling;

import java.util.List;
import java.util.Map;

/**
 * Why a plan looks as it does: the penalty of each constraint (hard rules first), per agent what they work and
 * what their requests and preferences cost, the hard rules left unmet named per agent (never a bare
 * "infeasible"), the spread (max − min) of nights, weekend days and holidays, and the agents required per skill
 * and slot the plan was made against (-1: nothing stated for that slot), how far agents' wishes were met, and how
 * much of the requirement the plan covers.
 */
public record RunExplanation(List<ConstraintLine> constraints, List<AgentLine> agents, List<Unmet> unmet, Map<String, Integer> fairnessSpread,
                             Map<String, int[]> required, int slotMinutes, Wishes wishes, Coverage coverage) {

    /** Day wishes met of all, and shifts starting in the agent's preferred window of all shifts of agents who stated one. */
    public record Wishes(int requests, int requestsMet, int shiftsWithPreferredStart, int shiftsStartingAsPreferred, double satisfaction) {}

    /** Agent-minutes required, and left short or staffed over; {@code covered} = share of required agent-minutes staffed. */
    public record Coverage(long requiredMinutes, long shortMinutes, long overMinutes, double covered) {}

    public record ConstraintLine(String name, boolean hard, long penalty) {}

    public record AgentLine(long agentId, int shifts, int minutes, int nights, int weekendDays, int holidays, long penalty) {}

    /** A hard rule left unmet: for whom, from which day, and the solver's technical detail (shift ids, minutes). */
    public record Unmet(String rule, long agentId, java.time.LocalDate day, String detail) {}
}
