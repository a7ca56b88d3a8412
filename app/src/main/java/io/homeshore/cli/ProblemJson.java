package io.homeshore.cli;

import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.CoverageInterval;
import io.homeshore.scheduling.solver.SchedulingProblem;
import io.homeshore.scheduling.solver.ShiftType;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Reads problem.json (format in docs/cli.md) into a {@link SchedulingProblem}; errors name the JSON path. */
final class ProblemJson {

    private ProblemJson() {
    }

    static SchedulingProblem read(JsonNode root) {
        LocalDate start = date(root, "startDate");
        int weeks = integer(root, "weeks", "", null);
        int days = weeks * 7;
        Set<Integer> holidays = new HashSet<>(ints(root.path("holidays"), "holidays"));
        Set<String> skills = new HashSet<>(strings(root.path("skills"), "skills"));
        List<ShiftType> templates = list(root, "templates", ProblemJson::template);
        List<Agent> agents = list(root, "agents", ProblemJson::agent);
        List<CoverageInterval> coverage = list(root, "coverage", (n, p) -> new CoverageInterval(
                text(n, "skill", p), integer(n, "day", p, null) * 1440 + time(n, "from", p),
                integer(n, "day", p, null) * 1440 + time(n, "to", p), integer(n, "required", p, null),
                integer(n, "underWeight", p, 100), integer(n, "overWeight", p, 1)));
        List<SchedulingProblem.Demand> demands = list(root, "demands", (n, p) -> new SchedulingProblem.Demand(
                integer(n, "day", p, null), text(n, "template", p), integer(n, "required", p, null),
                integer(n, "underWeight", p, 100), integer(n, "overWeight", p, 1)));
        List<SchedulingProblem.Request> requests = list(root, "requests", (n, p) -> new SchedulingProblem.Request(
                text(n, "agent", p), integer(n, "day", p, null), n.hasNonNull("template") ? text(n, "template", p)
                : null, bool(n, "on", p, true), integer(n, "weight", p, 1)));
        List<SchedulingProblem.Pin> pins = list(root, "pinned", (n, p) -> new SchedulingProblem.Pin(
                text(n, "agent", p), integer(n, "day", p, null), text(n, "template", p), time(n, "start", p),
                integer(n, "lengthMinutes", p, null)));
        return new SchedulingProblem(days, start.getDayOfWeek().getValue(), holidays, skills, agents, templates,
                coverage, demands, requests, pins, integer(root, "fairnessWeight", "", 1));
    }

    private static ShiftType template(JsonNode n, String p) {
        Set<Integer> days = new HashSet<>();
        if (n.has("days")) {
            for (String d : strings(n.get("days"), p + ".days")) {
                days.add(dayOfWeek(d, p + ".days"));
            }
        } else {
            days.addAll(List.of(1, 2, 3, 4, 5, 6, 7));
        }
        int earliest = time(n, "startEarliest", p);
        int len = integer(n, "minLength", p, null);
        return new ShiftType(text(n, "id", p), n.hasNonNull("skill") ? text(n, "skill", p) : null, earliest,
                n.has("startLatest") ? time(n, "startLatest", p) : earliest, integer(n, "startGrid", p, 60), len,
                integer(n, "maxLength", p, len), integer(n, "lengthStep", p, 60), days, bool(n, "night", p, false),
                integer(n, "cost", p, 0), new HashSet<>(strings(n.path("cannotBeFollowedBy"), p)),
                n.has("dayOffsets") ? ints(n.get("dayOffsets"), p + ".dayOffsets").stream().mapToInt(Integer::intValue).toArray() : null);
    }

    private static Agent agent(JsonNode n, String p) {
        JsonNode c = n.path("contract");
        String cp = p + ".contract";
        Contract u = Contract.UNLIMITED;
        Map<String, Integer> maxPerTemplate = new HashMap<>();
        c.path("maxShiftsPerTemplate").properties().forEach(e -> maxPerTemplate.put(e.getKey(), e.getValue().asInt()));
        Contract contract = new Contract(hours(c, "minHoursPerWeek", cp, 0), hours(c, "maxHoursPerWeek", cp,
                u.maxMinutesPerWeek()), hours(c, "minHoursTotal", cp, 0), hours(c, "maxHoursTotal", cp,
                u.maxMinutesTotal()), integer(c, "maxDaysPerWeek", cp, 7), integer(c, "maxConsecutiveDays", cp,
                u.maxConsecutiveDays()), integer(c, "minConsecutiveDays", cp, 1), integer(c,
                "minConsecutiveDaysOff", cp, 1), hours(c, "minRestHours", cp, 0), integer(c, "maxWeekends", cp,
                u.maxWeekends()), bool(c, "nightEligible", cp, true), bool(c, "weekendEligible", cp, true),
                maxPerTemplate);
        List<Agent.Window> windows = list(n, "protected", p, (w, wp) -> new Agent.Window(
                integer(w, "day", wp, null) * 1440 + time(w, "from", wp), integer(w, "day", wp, null) * 1440
                + time(w, "to", wp)));
        JsonNode pref = n.path("preferredStart");
        JsonNode h = n.path("history");
        return new Agent(text(n, "id", p), contract, new HashSet<>(strings(n.path("skills"), p + ".skills")),
                windows, new HashSet<>(ints(n.path("timeOff"), p + ".timeOff")),
                pref.isMissingNode() ? -1 : time(pref, "earliest", p + ".preferredStart"),
                pref.isMissingNode() ? -1 : time(pref, "latest", p + ".preferredStart"),
                integer(pref, "weight", p + ".preferredStart", 1),
                n.has("previousShiftEndMinutes") ? integer(n, "previousShiftEndMinutes", p, null) : null,
                new Agent.FairnessHistory(integer(h, "nights", p, 0), integer(h, "weekends", p, 0),
                        integer(h, "holidays", p, 0)),
                n.has("fairnessGroup") ? text(n, "fairnessGroup", p) : "");
    }

    private static <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> item) {
        return list(root, field, "", item);
    }

    private static <T> List<T> list(JsonNode root, String field, String parent, BiFunction<JsonNode, String, T> item) {
        JsonNode arr = root.path(field);
        String path = (parent.isEmpty() ? "" : parent + ".") + field;
        if (arr.isMissingNode() || arr.isNull()) {
            return List.of();
        }
        if (!arr.isArray()) {
            throw new CliException(path + ": expected an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            out.add(item.apply(arr.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static String text(JsonNode n, String field, String p) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw new CliException(p + "." + field + ": missing or not a string");
        }
        return v.asString();
    }

    private static int integer(JsonNode n, String field, String p, Integer fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (fallback == null) {
                throw new CliException(prefix(p) + field + ": missing");
            }
            return fallback;
        }
        if (!v.isInt()) {
            throw new CliException(prefix(p) + field + ": not an integer");
        }
        return v.asInt();
    }

    private static int hours(JsonNode n, String field, String p, int fallbackMinutes) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallbackMinutes;
        }
        if (!v.isNumber()) {
            throw new CliException(prefix(p) + field + ": not a number of hours");
        }
        return (int) Math.round(v.asDouble() * 60);
    }

    private static boolean bool(JsonNode n, String field, String p, boolean fallback) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new CliException(prefix(p) + field + ": not true/false");
        }
        return v.asBoolean();
    }

    /** "HH:MM" → minutes of day; "24:00" allowed as an interval end. */
    private static int time(JsonNode n, String field, String p) {
        String t = text(n, field, p);
        String[] hm = t.split(":");
        try {
            int minutes = Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
            if (hm.length == 2 && minutes >= 0 && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new CliException(p + "." + field + ": '" + t + "' is not a time HH:MM");
    }

    private static LocalDate date(JsonNode n, String field) {
        String t = text(n, field, "problem");
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new CliException(field + ": '" + t + "' is not a date YYYY-MM-DD");
        }
    }

    private static int dayOfWeek(String d, String p) {
        for (DayOfWeek w : DayOfWeek.values()) {
            if (w.name().startsWith(d.toUpperCase()) && d.length() >= 3) {
                return w.getValue();
            }
        }
        throw new CliException(p + ": '" + d + "' is not a day of week (MON..SUN)");
    }

    private static List<String> strings(JsonNode arr, String p) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : arr.values()) {
            if (!v.isString()) {
                throw new CliException(p + ": expected strings");
            }
            out.add(v.asString());
        }
        return out;
    }

    private static List<Integer> ints(JsonNode arr, String p) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode v : arr.values()) {
            if (!v.isInt()) {
                throw new CliException(p + ": expected integers");
            }
            out.add(v.asInt());
        }
        return out;
    }

    private static String prefix(String p) {
        return p.isEmpty() ? "" : p + ".";
    }
}
