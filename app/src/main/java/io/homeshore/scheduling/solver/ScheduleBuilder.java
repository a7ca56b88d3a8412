package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.constraints.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link SchedulingProblem} and builds the {@link Schedule}: expands each template into concrete shifts
 * (every start on its grid within the window × every length step, on allowed days) and gives each agent-day the
 * shifts the agent may work at all. Errors name the item ({@link SchedulingInputException}).
 */
public final class ScheduleBuilder {

    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 8;

    private ScheduleBuilder() {
    }

    /** Builds the planning problem; pinned days carry their shift and are never changed by the solver. */
    public static Schedule build(SchedulingProblem p) {
        if (p.days() % 7 != 0 || p.days() / 7 < MIN_WEEKS || p.days() / 7 > MAX_WEEKS) {
            throw new SchedulingInputException("horizon: " + p.days() + " days is not 1 to 8 whole weeks");
        }
        if (p.firstDayOfWeek() < 1 || p.firstDayOfWeek() > 7) {
            throw new SchedulingInputException("firstDayOfWeek: " + p.firstDayOfWeek() + " is not 1..7");
        }
        if (p.fairnessWeight() < 0) {
            throw new SchedulingInputException("fairnessWeight: " + p.fairnessWeight() + " is negative");
        }
        Map<String, ShiftType> templates = index(p.templates(), ShiftType::id, "template");
        Map<String, Agent> agents = index(p.agents(), Agent::id, "agent");
        templates.values().forEach(t -> requireSkill(p.skills(), t.skill(), "template " + t.id()));
        templates.values().stream().filter(t -> t.dayOffsets() != null && t.dayOffsets().length != p.days()).findFirst().ifPresent(t -> {
            throw new SchedulingInputException("template " + t.id() + ": dayOffsets has " + t.dayOffsets().length + " days, the horizon "
                    + p.days());
        });
        agents.values().forEach(a -> a.skills().forEach(s -> requireSkill(p.skills(), s, "agent " + a.id())));
        p.coverage().forEach(c -> {
            requireSkill(p.skills(), c.skill(), "coverage " + c);
            if (c.start() < 0 || c.end() > p.days() * 1440 || c.start() >= c.end()) {
                throw new SchedulingInputException("coverage " + c + ": interval outside the horizon or empty");
            }
        });
        Map<String, ShiftDemand> demands = new LinkedHashMap<>();
        for (SchedulingProblem.Demand d : p.demands()) {
            require(templates, d.templateId(), "template", "demand on day " + d.day());
            requireDay(p, d.day(), "demand " + d.templateId());
            demands.put(d.day() + "/" + d.templateId(),
                    new ShiftDemand(d.day(), d.templateId(), d.required(), d.underWeight(), d.overWeight()));
        }
        List<Shift> shifts = new ArrayList<>();
        List<List<Shift>> byDay = new ArrayList<>();
        for (int day = 0; day < p.days(); day++) {
            List<Shift> today = new ArrayList<>();
            int dow = dayOfWeek(p, day);
            for (ShiftType t : p.templates()) {
                if (!t.allowedDaysOfWeek().contains(dow)) {
                    continue;
                }
                for (int start = t.startEarliest(); start <= t.startLatest(); start += t.startGrid()) {
                    for (int len = t.minLength(); len <= t.maxLength(); len += t.lengthStep()) {
                        today.add(shift(t, day, start, len, demands.get(day + "/" + t.id())));
                    }
                }
            }
            shifts.addAll(today);
            byDay.add(today);
        }
        Map<String, SchedulingProblem.Pin> pins = new HashMap<>();
        for (SchedulingProblem.Pin pin : p.pinned()) {
            require(agents, pin.agentId(), "agent", "pinned shift on day " + pin.day());
            require(templates, pin.templateId(), "template", "pinned shift of " + pin.agentId());
            requireDay(p, pin.day(), "pinned shift of " + pin.agentId());
            pins.put(pin.agentId() + "@" + pin.day(), pin);
        }
        List<AgentDay> agentDays = new ArrayList<>();
        for (Agent a : p.agents()) {
            for (int day = 0; day < p.days(); day++) {
                int dow = dayOfWeek(p, day);
                int weekend = dow >= 6 ? (day + p.firstDayOfWeek() - 1) / 7 : -1;
                List<Shift> options = byDay.get(day).stream().filter(s -> allowed(a, s, weekend >= 0)).toList();
                SchedulingProblem.Pin pin = pins.get(a.id() + "@" + day);
                Shift pinned = null;
                if (pin != null) {
                    ShiftType t = templates.get(pin.templateId());
                    pinned = shift(t, day, pin.startMinuteOfDay(), pin.length(), demands.get(day + "/" + t.id()));
                    shifts.add(pinned);
                    options = append(options, pinned);
                }
                AgentDay ad = new AgentDay(a, day, p.days(), day / 7, weekend, p.holidays().contains(day), options);
                if (pinned != null) {
                    ad.setShift(pinned);
                    ad.setPinned(true);
                }
                agentDays.add(ad);
            }
        }
        List<ShiftRequest> requests = new ArrayList<>();
        for (SchedulingProblem.Request r : p.requests()) {
            Agent a = require(agents, r.agentId(), "agent", "request on day " + r.day());
            if (r.templateId() != null && templates.keySet().stream().noneMatch(id -> ShiftRequest.inFamily(r.templateId(), id))) {
                throw new SchedulingInputException("request of " + r.agentId() + " on day " + r.day() + ": unknown template '"
                        + r.templateId() + "' (no template id equals it or starts with it and '/')");
            }
            requireDay(p, r.day(), "request of " + r.agentId());
            requests.add(new ShiftRequest(a, r.day(), r.templateId(), r.on(), r.weight()));
        }
        return new Schedule(p.days(), p.agents(), p.templates(), shifts, List.copyOf(demands.values()),
                p.coverage(), requests, agentDays, fairness(p.fairnessWeight()));
    }

    private static ConstraintWeightOverrides<HardSoftScore> fairness(int weight) {
        if (weight == 1) {
            return ConstraintWeightOverrides.none();
        }
        HardSoftScore w = HardSoftScore.ofSoft(weight);
        return ConstraintWeightOverrides.of(Map.of(Names.NIGHT_FAIRNESS, w, Names.WEEKEND_FAIRNESS, w,
                Names.HOLIDAY_FAIRNESS, w));
    }

    /** Day of week (ISO, 1 = Monday) of a day index. */
    public static int dayOfWeek(SchedulingProblem p, int day) {
        return (p.firstDayOfWeek() - 1 + day) % 7 + 1;
    }

    private static boolean allowed(Agent a, Shift s, boolean weekend) {
        Contract c = a.contract();
        return (s.type().skill() == null || a.skills().contains(s.type().skill()))
                && (c.nightEligible() || !s.type().night()) && (c.weekendEligible() || !weekend)
                && !a.timeOffDays().contains(s.day()) && !a.protectedWindowHit(s.start(), s.end())
                && c.maxShiftsOf(s.type().id()) > 0;
    }

    private static Shift shift(ShiftType t, int day, int startOfDay, int length, ShiftDemand demand) {
        return new Shift(t.id() + "@" + day + "@" + startOfDay + "+" + length, t, day, day * 1440 + t.offset(day) + startOfDay,
                length, demand);
    }

    private static List<Shift> append(List<Shift> list, Shift s) {
        List<Shift> out = new ArrayList<>(list);
        out.add(s);
        return out;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String what) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T t : items) {
            if (map.put(id.apply(t), t) != null) {
                throw new SchedulingInputException(what + " " + id.apply(t) + ": defined twice");
            }
        }
        return map;
    }

    private static <T> T require(Map<String, T> map, String id, String what, String where) {
        T t = map.get(id);
        if (t == null) {
            throw new SchedulingInputException(where + ": unknown " + what + " '" + id + "'");
        }
        return t;
    }

    private static void requireSkill(Set<String> skills, String skill, String where) {
        if (skill != null && !skills.contains(skill)) {
            throw new SchedulingInputException(where + ": unknown skill '" + skill + "'");
        }
    }

    private static void requireDay(SchedulingProblem p, int day, String where) {
        if (day < 0 || day >= p.days()) {
            throw new SchedulingInputException(where + ": day " + day + " outside the horizon 0.." + (p.days() - 1));
        }
    }
}
