package io.homeshore.scheduling.internal;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.CoverageInterval;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.ShiftType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a planning problem in the CLI's problem.json format (docs/cli.md), so a run made in the application can be
 * replayed or benchmarked with {@code ./homeshore schedule --problem}.
 */
@Component
class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    String write(SchedulingProblem p, LocalDate firstDay) {
        ObjectNode root = json.createObjectNode();
        root.put("startDate", firstDay.toString());
        root.put("weeks", p.days() / 7);
        root.put("fairnessWeight", p.fairnessWeight());
        ArrayNode holidays = root.putArray("holidays");
        p.holidays().stream().sorted().forEach(holidays::add);
        ArrayNode skills = root.putArray("skills");
        p.skills().stream().sorted().forEach(skills::add);
        ArrayNode templates = root.putArray("templates");
        p.templates().forEach(t -> template(templates.addObject(), t));
        ArrayNode agents = root.putArray("agents");
        p.agents().forEach(a -> agent(agents.addObject(), a));
        ArrayNode coverage = root.putArray("coverage");
        for (CoverageInterval c : p.coverage()) {
            int day = Math.floorDiv(c.start(), 1440);
            coverage.addObject().put("skill", c.skill()).put("day", day).put("from", time(c.start() - day * 1440))
                    .put("to", time(c.end() - day * 1440)).put("required", c.required()).put("underWeight", c.underWeight())
                    .put("overWeight", c.overWeight());
        }
        ArrayNode requests = root.putArray("requests");
        p.requests().forEach(r -> {
            ObjectNode o = requests.addObject().put("agent", r.agentId()).put("day", r.day()).put("on", r.on()).put("weight", r.weight());
            if (r.templateId() != null) o.put("template", r.templateId());
        });
        ArrayNode pinned = root.putArray("pinned");
        p.pinned().forEach(pin -> pinned.addObject().put("agent", pin.agentId()).put("day", pin.day()).put("template", pin.templateId())
                .put("start", time(pin.startMinuteOfDay())).put("lengthMinutes", pin.length()));
        return json.writeValueAsString(root);
    }

    private static void template(ObjectNode n, ShiftType t) {
        n.put("id", t.id()).put("skill", t.skill()).put("startEarliest", time(t.startEarliest())).put("startLatest", time(t.startLatest()))
                .put("startGrid", t.startGrid()).put("minLength", t.minLength()).put("maxLength", t.maxLength())
                .put("lengthStep", t.lengthStep()).put("night", t.night()).put("cost", t.cost());
        ArrayNode days = n.putArray("days");
        t.allowedDaysOfWeek().stream().sorted().forEach(d -> days.add(DayOfWeek.of(d).name()));
        if (t.dayOffsets() != null) {
            ArrayNode offsets = n.putArray("dayOffsets");
            for (int o : t.dayOffsets()) offsets.add(o);
        }
    }

    private static void agent(ObjectNode n, Agent a) {
        n.put("id", a.id());
        ArrayNode skills = n.putArray("skills");
        a.skills().stream().sorted().forEach(skills::add);
        Contract c = a.contract();
        ObjectNode contract = n.putObject("contract");
        contract.put("minHoursPerWeek", c.minMinutesPerWeek() / 60.0);
        if (c.maxMinutesPerWeek() != Integer.MAX_VALUE) contract.put("maxHoursPerWeek", c.maxMinutesPerWeek() / 60.0);
        contract.put("maxDaysPerWeek", c.maxDaysPerWeek()).put("minConsecutiveDaysOff", c.minConsecutiveDaysOff())
                .put("minRestHours", c.minRestMinutes() / 60.0).put("nightEligible", c.nightEligible())
                .put("weekendEligible", c.weekendEligible());
        if (c.maxConsecutiveDays() != Integer.MAX_VALUE) contract.put("maxConsecutiveDays", c.maxConsecutiveDays());
        if (!c.maxShiftsPerType().isEmpty()) {
            ObjectNode perType = contract.putObject("maxShiftsPerTemplate");
            c.maxShiftsPerType().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> perType.put(e.getKey(), e.getValue()));
        }
        ArrayNode windows = n.putArray("protected");
        for (Agent.Window w : a.protectedWindows()) {
            for (int day = Math.floorDiv(w.start(), 1440); day * 1440 < w.end(); day++) {
                int from = Math.max(w.start(), day * 1440) - day * 1440;
                int to = Math.min(w.end(), (day + 1) * 1440) - day * 1440;
                if (from < to) windows.addObject().put("day", day).put("from", time(from)).put("to", time(to));
            }
        }
        ArrayNode timeOff = n.putArray("timeOff");
        a.timeOffDays().stream().sorted().forEach(timeOff::add);
        if (a.preferredStartEarliest() >= 0) {
            n.putObject("preferredStart").put("earliest", time(a.preferredStartEarliest())).put("latest", time(a.preferredStartLatest()))
                    .put("weight", a.preferenceWeight());
        }
        if (a.previousShiftEnd() != null) n.put("previousShiftEndMinutes", a.previousShiftEnd());
        n.putObject("history").put("nights", a.history().nights()).put("weekends", a.history().weekends())
                .put("holidays", a.history().holidays());
        if (!a.fairnessGroup().isEmpty()) n.put("fairnessGroup", a.fairnessGroup());
    }

    private static String time(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
