package io.homeshore.scheduling.internal;

import io.homeshore.people.Agent;
import io.homeshore.people.Contract;
import io.homeshore.people.ProtectedWindow;
import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.RunExplanation;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.ShiftTemplate;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.ScheduleExplainer;
import io.homeshore.scheduling.solver.ShiftType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Homeshore's records as the solver's: shift types per template and skill, and agents, on the horizon's minute axis
 * (minutes from the first day's midnight in the plan's zone); agents in other zones get their own types, shifted by
 * their zone's offset on each day. For {@link ProblemAssembler}; and back, for {@link PlanningRuns}: a solved plan as
 * Homeshore's shifts ({@link #shifts}) and its explanation ({@link #explain}).
 */
final class SolverRecords {

    private SolverRecords() {
    }

    /** {@code template/skill}, and {@code @zone} when the agents live outside the plan's zone. */
    static String typeId(String template, String skill, String zone, Horizon horizon) {
        return template + "/" + skill + (zone.equals(horizon.zone().getId()) ? "" : "@" + zone);
    }

    /** The template code of a type id made by {@link #typeId}. */
    static String templateOf(String typeId) {
        return typeId.substring(0, typeId.indexOf('/'));
    }

    /** The solver's shift type of a template for one skill, in the agents' zone on the horizon's axis. */
    static ShiftType type(ShiftTemplate t, String skill, String zone, Horizon h) {
        int[] offsets = zone.equals(h.zone().getId()) ? null : offsets(ZoneId.of(zone), h);
        return new ShiftType(typeId(t.code(), skill, zone, h), skill, t.startEarliest().toSecondOfDay() / 60, t.startLatest().toSecondOfDay() / 60,
                t.startGridMinutes(), t.minLengthMinutes(), t.maxLengthMinutes(), t.lengthStepMinutes(),
                t.days().stream().map(DayOfWeek::getValue).collect(Collectors.toSet()), t.night(), t.cost(), Set.of(), offsets);
    }

    /** Per day, how far the zone's local midnight lies from the axis's, measured at noon so each day's own offset counts. */
    static int[] offsets(ZoneId zone, Horizon h) {
        int[] out = new int[h.days()];
        for (int d = 0; d < out.length; d++) {
            out[d] = h.minutes(h.firstDay().plusDays(d).atTime(12, 0).atZone(zone).toInstant()) - (d * 1440 + 720);
        }
        return out;
    }

    /**
     * The solver's agent: the contract in minutes, the protected windows on the axis, the last published shift's end
     * before the horizon (rest across its edge) and the fairness history from the published shifts before it.
     */
    static io.homeshore.scheduling.solver.Agent agent(Agent a, Contract c, List<ProtectedWindow> windows, Horizon h,
                                                               List<ScheduledShift> published, Set<LocalDate> holidays,
                                                               Map<String, Integer> otherZonesTypes, Set<Integer> timeOff, Preferences p) {
        var contract = new io.homeshore.scheduling.solver.Contract(minutes(c.minHoursPerWeek()), minutes(c.maxHoursPerWeek()), 0, Integer.MAX_VALUE,
                c.maxDaysPerWeek(), c.maxConsecutiveDays(), 1, c.minConsecutiveDaysOff(), minutes(c.minRestHours()), Integer.MAX_VALUE,
                c.nightEligible() && a.nightOptIn(), c.weekendEligible(), otherZonesTypes);
        Integer previousEnd = published.stream().filter(s -> s.day().isBefore(h.firstDay())).map(s -> h.minutes(s.end()))
                .max(Integer::compare).orElse(null);
        var before = published.stream().filter(s -> s.day().isBefore(h.firstDay())).toList();
        var history = new io.homeshore.scheduling.solver.Agent.FairnessHistory((int) before.stream().filter(ScheduledShift::night).count(),
                (int) before.stream().filter(s -> s.day().getDayOfWeek().getValue() >= 6).count(),
                (int) before.stream().filter(s -> holidays.contains(s.day())).count());
        return new io.homeshore.scheduling.solver.Agent(Long.toString(a.id()), contract,
                a.skills().stream().map(Agent.SkillLevel::skill).collect(Collectors.toSet()), windows(windows, ZoneId.of(a.timeZone()), h),
                timeOff, p.hasStartWindow() ? p.startEarliest().toSecondOfDay() / 60 : -1, p.hasStartWindow() ? p.startLatest().toSecondOfDay() / 60 : -1,
                DayRequest.Priority.NORMAL.weight(), previousEnd, history, "team-" + a.teamId());
    }

    /** Each weekly window on every date of the horizon (and the day before, for windows past midnight), on the solver's axis. */
    static List<io.homeshore.scheduling.solver.Agent.Window> windows(List<ProtectedWindow> windows, ZoneId agentZone, Horizon h) {
        List<io.homeshore.scheduling.solver.Agent.Window> out = new ArrayList<>();
        for (LocalDate d = h.firstDay().minusDays(1); !d.isAfter(h.lastDay().plusDays(1)); d = d.plusDays(1)) {
            for (ProtectedWindow w : windows) {
                if (!w.days().contains(d.getDayOfWeek())) continue;
                Instant start = d.atTime(w.start()).atZone(agentZone).toInstant();
                Instant end = (w.end().isAfter(w.start()) ? d : d.plusDays(1)).atTime(w.end()).atZone(agentZone).toInstant();
                int from = h.minutes(start);
                int to = h.minutes(end);
                if (to > 0 && from < h.days() * 1440 && from < to) out.add(new io.homeshore.scheduling.solver.Agent.Window(from, to));
            }
        }
        return out;
    }

    private static int minutes(java.math.BigDecimal hours) {
        return hours.multiply(java.math.BigDecimal.valueOf(60)).intValue();
    }

    /** The solved plan's shifts as Homeshore records, on the dates and instants of the horizon. */
    static List<ScheduledShift> shifts(Schedule best, Horizon h) {
        List<ScheduledShift> out = new ArrayList<>();
        for (AgentDay d : best.getAgentDays()) {
            var s = d.getShift();
            if (s == null) continue;
            out.add(new ScheduledShift(Long.parseLong(d.getAgent().id()), h.firstDay().plusDays(d.getDay()), h.instant(s.start()),
                    h.instant(s.end()), SolverRecords.templateOf(s.type().id()), s.type().skill(), s.type().night(), d.isPinned()));
        }
        return out;
    }

    /**
     * The solved plan's explanation as the run records it: score by constraint, per agent, the unmet hard rules on
     * their dates, wishes, coverage and what the run planned against.
     */
    static RunExplanation explain(Schedule best, ProblemAssembler.Assembly assembly) {
        var e = ScheduleExplainer.explain(best);
        var constraints = e.byConstraint().entrySet().stream()
                .filter(c -> c.getValue().hardScore() != 0 || c.getValue().softScore() != 0)
                .map(c -> new RunExplanation.ConstraintLine(c.getKey(), c.getValue().hardScore() != 0,
                        -(long) (c.getValue().hardScore() != 0 ? c.getValue().hardScore() : c.getValue().softScore())))
                .toList();
        List<RunExplanation.AgentLine> agents = new ArrayList<>();
        for (var a : best.getAgents()) {
            var days = best.getAgentDays().stream().filter(d -> d.getAgent() == a && d.getShift() != null).toList();
            agents.add(new RunExplanation.AgentLine(Long.parseLong(a.id()), days.size(), days.stream().mapToInt(AgentDay::minutes).sum(),
                    (int) days.stream().filter(AgentDay::isNight).count(), (int) days.stream().filter(AgentDay::isWeekendWork).count(),
                    (int) days.stream().filter(AgentDay::isHolidayWork).count(), e.byAgent().getOrDefault(a.id(), 0L)));
        }
        var unmet = e.unmetHard().stream().map(v -> new RunExplanation.Unmet(v.rule(), agentId(v.agentId()),
                assembly.horizon().firstDay().plusDays(v.day()), v.detail())).toList();
        var w = e.wishes();
        var c = e.coverage();
        return new RunExplanation(constraints, agents, unmet, e.fairnessSpread(), assembly.required(), Horizon.SLOT_MINUTES,
                new RunExplanation.Wishes(w.requests(), w.requestsMet(), w.shiftsWithPreferredStart(), w.shiftsStartingAsPreferred(), w.satisfaction()),
                new RunExplanation.Coverage(c.requiredMinutes(), c.shortMinutes(), c.overMinutes(), c.covered()));
    }

    private static long agentId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }
}
