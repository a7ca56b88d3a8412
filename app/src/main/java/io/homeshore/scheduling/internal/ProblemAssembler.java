package io.homeshore.scheduling.internal;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.Team;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.PlanRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.ShiftTemplate;
import io.homeshore.scheduling.TimeOff;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.ShiftType;
import io.homeshore.staffing.Staffing;
import io.homeshore.staffing.StaffingInterval;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the organisation into a planning problem: the teams' agents with their contracts and protected windows,
 * the shift templates for each of their skills, and per 15-minute slot the agents still required — the stored
 * staffing requirement of every queue with that skill, less the published shifts of agents outside the run.
 * Published shifts of the run's own agents before {@code keepPublishedUntil} are pinned; the last published shift
 * before the horizon carries minimum rest across its edge; published nights, weekend days and holidays of the
 * previous twelve weeks are the fairness history.
 */
@Component
class ProblemAssembler {

    static final int UNDER_WEIGHT = 10;
    static final int OVER_WEIGHT = 1;
    private static final int HISTORY_WEEKS = 12;

    private final Organisation org;
    private final AgentDirectory agents;
    private final Queues queues;
    private final Staffing staffing;
    private final TemplateStore templates;
    private final PublishedShifts published;
    private final WishStore wishes;

    ProblemAssembler(Organisation org, AgentDirectory agents, Queues queues, Staffing staffing, TemplateStore templates,
                     PublishedShifts published, WishStore wishes) {
        this.wishes = wishes;
        this.org = org;
        this.agents = agents;
        this.queues = queues;
        this.staffing = staffing;
        this.templates = templates;
        this.published = published;
    }

    /** The problem, its time axis, and what it was planned against (required agents per skill and slot, -1: none stated). */
    record Assembly(SchedulingProblem problem, Horizon horizon, List<Long> agentIds, Map<String, int[]> required) {}

    Assembly assemble(PlanRequest request) {
        if (request.firstDay().getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("firstDay", "schedule.error.monday", "must be a Monday"));
        }
        List<Team> teams = request.teamIds().stream().map(org::team).toList();
        // the board and the coverage axis are in the first team's zone; agents elsewhere work their own local hours on it
        var horizon = new Horizon(ZoneId.of(org.site(teams.getFirst().siteId()).timeZone()), request.firstDay(), request.weeks() * 7);
        Set<Long> teamIds = Set.copyOf(request.teamIds());
        List<Agent> planned = agents.all().stream().filter(a -> teamIds.contains(a.teamId()))
                .filter(a -> !a.startDate().isAfter(horizon.lastDay())).toList();
        if (planned.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("teamIds", "schedule.error.noAgents", "these teams have no agents"));
        }
        List<ContactQueue> allQueues = queues.all();
        Set<String> agentSkills = planned.stream().flatMap(a -> a.skills().stream()).map(Agent.SkillLevel::skill).collect(Collectors.toSet());
        Map<String, int[]> required = required(horizon, allQueues);
        // cover nobody in the run can give is not this run's to plan
        required.keySet().retainAll(agentSkills);
        if (required.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("firstDay", "schedule.error.noRequirements",
                    "no staffing requirements for these teams' skills in these weeks: publish a forecast for their queues first"));
        }
        Set<Long> plannedIds = planned.stream().map(Agent::id).collect(Collectors.toSet());
        published.overlapping(horizon.start(), horizon.end()).stream().filter(s -> !plannedIds.contains(s.agentId()))
                .forEach(s -> subtract(required, horizon, s));
        Set<LocalDate> holidays = allQueues.stream().flatMap(q -> q.holidays().stream()).map(ContactQueue.Holiday::date).collect(Collectors.toSet());
        Map<Long, Contract> contracts = org.contracts().stream().collect(Collectors.toMap(Contract::id, c -> c));
        Set<String> skills = new HashSet<>(required.keySet());
        skills.addAll(agentSkills);
        List<ShiftTemplate> stored = templates.all();
        if (stored.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("teamIds", "schedule.error.noTemplates", "define shift templates first"));
        }
        Map<String, List<ShiftType>> typesByZone = new LinkedHashMap<>();
        planned.stream().map(Agent::timeZone).distinct().sorted().forEach(zone -> {
            List<ShiftType> ofZone = new ArrayList<>();
            for (ShiftTemplate t : stored) for (String skill : agentSkills.stream().sorted().toList()) ofZone.add(SolverRecords.type(t, skill, zone, horizon));
            typesByZone.put(zone, ofZone);
        });
        List<ShiftType> types = typesByZone.values().stream().flatMap(List::stream).toList();
        var history = published.ofAgents(plannedIds, horizon.firstDay().minusWeeks(HISTORY_WEEKS), horizon.lastDay());
        Map<Long, List<ScheduledShift>> byAgent = history.stream().collect(Collectors.groupingBy(ScheduledShift::agentId));
        List<io.homeshore.scheduling.solver.Agent> solverAgents = new ArrayList<>();
        List<SchedulingProblem.Pin> pins = new ArrayList<>();
        Map<Long, Preferences> preferences = wishes.preferences(plannedIds);
        Map<Long, Set<Integer>> timeOff = timeOff(plannedIds, horizon);
        Set<String> codes = stored.stream().map(ShiftTemplate::code).collect(Collectors.toSet());
        List<SchedulingProblem.Request> requests = requests(plannedIds, preferences, horizon, codes);
        for (Agent a : planned) {
            List<ScheduledShift> own = byAgent.getOrDefault(a.id(), List.of());
            Set<Integer> off = timeOff.getOrDefault(a.id(), Set.of());
            Map<String, Integer> elsewhere = types.stream().filter(t -> !typesByZone.get(a.timeZone()).contains(t))
                    .collect(Collectors.toMap(ShiftType::id, t -> 0));
            solverAgents.add(SolverRecords.agent(a, contracts.get(a.contractId()), agents.windows(a.id()), horizon, own, holidays, elsewhere, off,
                    preferences.getOrDefault(a.id(), Preferences.NONE)));
            if (request.keepPublishedUntil() != null) {
                // time off approved after publishing frees the day: that shift is planned again
                own.stream().filter(s -> !s.day().isBefore(horizon.firstDay()) && s.day().isBefore(request.keepPublishedUntil()))
                        .filter(s -> !off.contains(horizon.day(s.day())))
                        .forEach(s -> pins.add(new SchedulingProblem.Pin(Long.toString(a.id()), horizon.day(s.day()),
                                SolverRecords.typeId(s.template(), s.skill(), a.timeZone(), horizon), s.start().atZone(ZoneId.of(a.timeZone())).toLocalTime().toSecondOfDay() / 60,
                                (int) java.time.Duration.between(s.start(), s.end()).toMinutes())));
            }
        }
        List<io.homeshore.scheduling.solver.CoverageInterval> coverage = new ArrayList<>();
        required.forEach((skill, slots) -> {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] >= 0) coverage.add(new io.homeshore.scheduling.solver.CoverageInterval(skill, i * Horizon.SLOT_MINUTES,
                        (i + 1) * Horizon.SLOT_MINUTES, slots[i], UNDER_WEIGHT, OVER_WEIGHT));
            }
        });
        Set<Integer> holidayDays = holidays.stream().filter(d -> !d.isBefore(horizon.firstDay()) && !d.isAfter(horizon.lastDay()))
                .map(horizon::day).collect(Collectors.toSet());
        var problem = new SchedulingProblem(horizon.days(), DayOfWeek.MONDAY.getValue(), holidayDays, skills, solverAgents, types, coverage,
                List.of(), requests, pins, request.fairnessWeightOrDefault());
        return new Assembly(problem, horizon, planned.stream().map(Agent::id).toList(), required);
    }

    /** Per agent, the approved days off inside the horizon, as day indexes. */
    private Map<Long, Set<Integer>> timeOff(Set<Long> agentIds, Horizon h) {
        Map<Long, Set<Integer>> out = new HashMap<>();
        for (TimeOff t : wishes.timeOff(agentIds, h.firstDay(), h.lastDay())) {
            if (t.status() != TimeOff.Status.APPROVED) continue;
            for (LocalDate d = t.firstDay(); !d.isAfter(t.lastDay()); d = d.plusDays(1)) {
                if (!d.isBefore(h.firstDay()) && !d.isAfter(h.lastDay())) out.computeIfAbsent(t.agentId(), k -> new HashSet<>()).add(h.day(d));
            }
        }
        return out;
    }

    /**
     * Wishes as soft requests: each day wish weighed by its priority; a preferred weekday off as an off-request of
     * normal priority on each such day, unless the agent made a wish for that very day, which then counts instead.
     * A wish naming a template passes its code, which the solver reads as the family of that template's types
     * ({@link SolverRecords#typeId}); a wish naming a template deleted since is left out, since no shift can meet it.
     */
    private List<SchedulingProblem.Request> requests(Set<Long> agentIds, Map<Long, Preferences> preferences, Horizon h, Set<String> codes) {
        List<SchedulingProblem.Request> out = new ArrayList<>();
        Set<String> wished = new HashSet<>();
        for (DayRequest r : wishes.dayRequests(agentIds, h.firstDay(), h.lastDay())) {
            wished.add(r.agentId() + "@" + r.day());
            if (r.template() != null && !codes.contains(r.template())) continue;
            out.add(new SchedulingProblem.Request(Long.toString(r.agentId()), h.day(r.day()), r.template(), r.wish() == DayRequest.Wish.WORK,
                    r.priority().weight()));
        }
        preferences.forEach((agentId, p) -> {
            for (LocalDate d = h.firstDay(); !d.isAfter(h.lastDay()); d = d.plusDays(1)) {
                if (p.daysOff().contains(d.getDayOfWeek()) && !wished.contains(agentId + "@" + d)) {
                    out.add(new SchedulingProblem.Request(Long.toString(agentId), h.day(d), null, false, DayRequest.Priority.NORMAL.weight()));
                }
            }
        });
        return out;
    }

    /** Per skill, agents required in each slot: the largest requirement of a queue interval over the slot, summed over queues. */
    private Map<String, int[]> required(Horizon horizon, List<ContactQueue> all) {
        Map<String, int[]> out = new HashMap<>();
        for (ContactQueue q : all) {
            if (q.skill() == null) continue;
            int[] perQueue = new int[horizon.slots()];
            Arrays.fill(perQueue, -1);
            boolean any = false;
            for (StaffingInterval i : staffing.stored(q.id(), horizon.start(), horizon.end())) {
                int from = Math.max(0, horizon.minutes(i.start()) / Horizon.SLOT_MINUTES);
                int to = Math.min(perQueue.length, ceilDiv(horizon.minutes(i.start().plusSeconds(i.intervalSeconds())), Horizon.SLOT_MINUTES));
                for (int s = from; s < to; s++) perQueue[s] = Math.max(perQueue[s], i.agents());
                any |= from < to;
            }
            if (!any) continue;
            int[] total = out.computeIfAbsent(q.skill(), k -> filled(horizon.slots()));
            for (int s = 0; s < total.length; s++) {
                if (perQueue[s] >= 0) total[s] = Math.max(total[s], 0) + perQueue[s];
            }
        }
        return out;
    }

    private static void subtract(Map<String, int[]> required, Horizon horizon, ScheduledShift s) {
        int[] slots = required.get(s.skill());
        if (slots == null) return;
        int from = Math.max(0, horizon.minutes(s.start()) / Horizon.SLOT_MINUTES);
        int to = Math.min(slots.length, ceilDiv(horizon.minutes(s.end()), Horizon.SLOT_MINUTES));
        for (int i = from; i < to; i++) if (slots[i] > 0) slots[i]--;
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
