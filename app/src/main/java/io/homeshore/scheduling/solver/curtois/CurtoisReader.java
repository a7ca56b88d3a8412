package io.homeshore.scheduling.solver.curtois;

import io.homeshore.scheduling.solver.SchedulingInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Curtois &amp; Qu (2014) text format: '#' comments, blank-line separated sections headed
 * {@code SECTION_*}, comma-separated fields, '|' inside lists, CRLF or LF. Errors name the line.
 */
public final class CurtoisReader {

    private CurtoisReader() {
    }

    /** Parses a file; throws {@link SchedulingInputException} naming the file line on bad input. */
    public static CurtoisInstance read(Path file) throws IOException {
        return parse(Files.readAllLines(file), file.getFileName().toString());
    }

    /** Parses the lines of an instance; {@code name} prefixes error messages. */
    public static CurtoisInstance parse(List<String> lines, String name) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        List<Line> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith("SECTION_")) {
                current = sections.computeIfAbsent(text, k -> new ArrayList<>());
            } else if (current == null) {
                throw new SchedulingInputException(name + " line " + (i + 1) + ": data before any SECTION_ header");
            } else {
                current.add(new Line(name, i + 1, text));
            }
        }
        List<Line> horizon = required(sections, "SECTION_HORIZON", name);
        int days = horizon.getFirst().integer(0);
        if (days <= 0) {
            throw horizon.getFirst().error("horizon must be a positive number of days");
        }
        List<CurtoisInstance.ShiftKind> shifts = new ArrayList<>();
        Set<String> shiftIds = new HashSet<>();
        for (Line l : required(sections, "SECTION_SHIFTS", name)) {
            String[] f = l.fields(3);
            shifts.add(new CurtoisInstance.ShiftKind(f[0], l.integer(1), Set.copyOf(list(f[2]))));
            shiftIds.add(f[0]);
        }
        List<CurtoisInstance.Staff> staff = new ArrayList<>();
        Set<String> staffIds = new HashSet<>();
        for (Line l : required(sections, "SECTION_STAFF", name)) {
            String[] f = l.fields(8);
            Map<String, Integer> max = new HashMap<>();
            for (String pair : list(f[1])) {
                String[] kv = pair.split("=");
                if (kv.length != 2 || !shiftIds.contains(kv[0].strip())) {
                    throw l.error("unknown shift or bad pair '" + pair + "' in MaxShifts");
                }
                max.put(kv[0].strip(), Line.parseInt(kv[1], l, "MaxShifts"));
            }
            staff.add(new CurtoisInstance.Staff(f[0], max, l.integer(2), l.integer(3), l.integer(4), l.integer(5),
                    l.integer(6), l.integer(7)));
            staffIds.add(f[0]);
        }
        Map<String, Set<Integer>> daysOff = new HashMap<>();
        for (Line l : sections.getOrDefault("SECTION_DAYS_OFF", List.of())) {
            String[] f = l.fields(1);
            l.requireKnown(f[0], staffIds, "employee");
            Set<Integer> set = daysOff.computeIfAbsent(f[0], k -> new HashSet<>());
            for (int i = 1; i < f.length; i++) {
                set.add(l.day(i, days));
            }
        }
        return new CurtoisInstance(days, shifts, staff, daysOff,
                requests(sections.getOrDefault("SECTION_SHIFT_ON_REQUESTS", List.of()), staffIds, shiftIds, days),
                requests(sections.getOrDefault("SECTION_SHIFT_OFF_REQUESTS", List.of()), staffIds, shiftIds, days),
                cover(sections.getOrDefault("SECTION_COVER", List.of()), shiftIds, days));
    }

    private static List<CurtoisInstance.Request> requests(List<Line> lines, Set<String> staff, Set<String> shifts,
            int days) {
        List<CurtoisInstance.Request> out = new ArrayList<>();
        for (Line l : lines) {
            String[] f = l.fields(4);
            l.requireKnown(f[0], staff, "employee");
            l.requireKnown(f[2], shifts, "shift");
            out.add(new CurtoisInstance.Request(f[0], l.day(1, days), f[2], l.integer(3)));
        }
        return out;
    }

    private static List<CurtoisInstance.Cover> cover(List<Line> lines, Set<String> shifts, int days) {
        List<CurtoisInstance.Cover> out = new ArrayList<>();
        for (Line l : lines) {
            String[] f = l.fields(5);
            l.requireKnown(f[1], shifts, "shift");
            out.add(new CurtoisInstance.Cover(l.day(0, days), f[1], l.integer(2), l.integer(3), l.integer(4)));
        }
        return out;
    }

    private static List<Line> required(Map<String, List<Line>> sections, String header, String name) {
        List<Line> lines = sections.get(header);
        if (lines == null || lines.isEmpty()) {
            throw new SchedulingInputException(name + ": missing or empty " + header);
        }
        return lines;
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.stream(field.split("\\|")).map(String::strip).toList();
    }

    private record Line(String file, int number, String text) {

        String[] fields(int atLeast) {
            String[] f = text.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].strip();
            }
            if (f.length < atLeast) {
                throw error("expected at least " + atLeast + " comma-separated fields, found " + f.length);
            }
            return f;
        }

        int integer(int field) {
            return parseInt(fields(field + 1)[field], this, "field " + (field + 1));
        }

        int day(int field, int days) {
            int d = integer(field);
            if (d < 0 || d >= days) {
                throw error("day " + d + " outside horizon 0.." + (days - 1));
            }
            return d;
        }

        void requireKnown(String id, Set<String> known, String what) {
            if (!known.contains(id)) {
                throw error("unknown " + what + " '" + id + "'");
            }
        }

        SchedulingInputException error(String reason) {
            return new SchedulingInputException(file + " line " + number + ": " + reason);
        }

        static int parseInt(String s, Line l, String what) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                throw l.error(what + " is not an integer: '" + s + "'");
            }
        }
    }
}
