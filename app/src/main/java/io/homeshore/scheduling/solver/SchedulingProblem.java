package io.homeshore.scheduling.solver;

import java.util.List;
import java.util.Set;

/**
 * A scheduling problem as a planner states it, with references by id; {@link ScheduleBuilder} checks the
 * references and turns it into a {@link Schedule}. Times inside a day are minutes of day; coverage intervals
 * are minutes from the horizon start.
 *
 * @param firstDayOfWeek ISO day of week of day 0 (1 = Monday)
 * @param skills         the skills the problem knows; every reference must name one of them
 * @param fairnessWeight multiplies the three fairness terms (nights, weekends, holidays); 1 = as scored, 0 = off
 */
public record SchedulingProblem(int days, int firstDayOfWeek, Set<Integer> holidays, Set<String> skills,
        List<Agent> agents, List<ShiftType> templates, List<CoverageInterval> coverage, List<Demand> demands,
        List<Request> requests, List<Pin> pinned, int fairnessWeight) {

    /** Fairness weighed as scored (weight 1). */
    public SchedulingProblem(int days, int firstDayOfWeek, Set<Integer> holidays, Set<String> skills,
            List<Agent> agents, List<ShiftType> templates, List<CoverageInterval> coverage, List<Demand> demands,
            List<Request> requests, List<Pin> pinned) {
        this(days, firstDayOfWeek, holidays, skills, agents, templates, coverage, demands, requests, pinned, 1);
    }

    /** Agents wanted on a template on a day (the day-based cover). */
    public record Demand(int day, String templateId, int required, int underWeight, int overWeight) {
    }

    /**
     * A shift-on/off request; {@code templateId == null}: any shift (an off-request is then a preferred day off).
     * Otherwise it names a family of templates: those whose id equals it or starts with it followed by {@code /}
     * (see {@link ShiftRequest}); at least one template must belong to it.
     */
    public record Request(String agentId, int day, String templateId, boolean on, int weight) {
    }

    /** An already published shift that planning must keep. */
    public record Pin(String agentId, int day, String templateId, int startMinuteOfDay, int length) {
    }
}
