package io.homeshore.cli;

import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One line of the {@code staffing} input CSV; parsing errors name the line and the column. A row with
 * {@code deadline_hours} is back-office work ({@code targets} null), staffed by workload rather than by queueing.
 */
record StaffingRow(int line, String queue, String intervalStart, Workload workload, ServiceTargets targets,
        int concurrency, OptionalDouble deadlineHours, double maxOccupancy, double shrinkage) {

    static final List<String> COLUMNS = List.of("queue", "interval_start", "contacts", "interval_seconds", "aht_seconds",
            "patience_seconds", "service_level", "target_seconds", "max_asa_seconds", "max_abandonment", "max_occupancy",
            "shrinkage", "concurrency", "deadline_hours");

    static List<StaffingRow> parse(List<String> lines) {
        if (lines.isEmpty()) throw new CliException("--input is empty: expected the header " + String.join(",", COLUMNS));
        List<String> header = Arrays.stream(lines.getFirst().split(",", -1)).map(String::strip).toList();
        if (!header.equals(COLUMNS)) {
            throw new CliException("line 1: expected the header " + String.join(",", COLUMNS));
        }
        List<StaffingRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) rows.add(parse(i + 1, lines.get(i).split(",", -1)));
        }
        return rows;
    }

    private static StaffingRow parse(int line, String[] cells) {
        if (cells.length != COLUMNS.size()) {
            throw new CliException("line " + line + ": expected " + COLUMNS.size() + " columns, found " + cells.length);
        }
        Cells c = new Cells(line, cells);
        if (c.text("queue").isEmpty()) throw new CliException("line " + line + ", column queue: missing value");
        Workload workload = new Workload(c.nonNegative("contacts"), c.positive("interval_seconds"),
                c.positive("aht_seconds"), c.optional("patience_seconds", CliChecks::positive)
                        .orElse(Double.POSITIVE_INFINITY));
        double maxOccupancy = c.optional("max_occupancy", CliChecks::fraction).orElse(1);
        double shrinkage = c.optional("shrinkage", Cells::shrinkage).orElse(0);
        OptionalDouble deadline = c.optional("deadline_hours", CliChecks::positive);
        if (deadline.isPresent()) {
            return new StaffingRow(line, c.text("queue"), c.text("interval_start"), workload, null, 1, deadline,
                    maxOccupancy, shrinkage);
        }
        OptionalDouble sl = c.optional("service_level", CliChecks::fraction);
        OptionalDouble asa = c.optional("max_asa_seconds", CliChecks::positive);
        OptionalDouble abandon = c.optional("max_abandonment", CliChecks::fraction);
        if (sl.isEmpty() && asa.isEmpty() && abandon.isEmpty()) {
            throw new CliException("line " + line
                    + ": give at least one of service_level, max_asa_seconds, max_abandonment (or deadline_hours)");
        }
        double target = sl.isPresent() ? c.nonNegative("target_seconds") : c.optional("target_seconds",
                CliChecks::nonNegative).orElse(0);
        ServiceTargets targets = new ServiceTargets(sl, target, false, asa, abandon, maxOccupancy, shrinkage);
        double concurrency = c.optional("concurrency", CliChecks::positive).orElse(1);
        if (concurrency != Math.rint(concurrency)) c.fail("concurrency", "must be a whole number >= 1, was " + concurrency);
        return new StaffingRow(line, c.text("queue"), c.text("interval_start"), workload, targets, (int) concurrency,
                OptionalDouble.empty(), maxOccupancy, shrinkage);
    }

    static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private record Cells(int line, String[] cells) {

        interface Check { double apply(String name, double value); }

        String text(String column) {
            return cells[COLUMNS.indexOf(column)].strip();
        }

        double positive(String column) {
            return required(column, CliChecks::positive);
        }

        double nonNegative(String column) {
            return required(column, CliChecks::nonNegative);
        }

        double required(String column, Check check) {
            return optional(column, check).orElseThrow(() -> new CliException(where(column) + "missing value"));
        }

        OptionalDouble optional(String column, Check check) {
            String text = text(column);
            if (text.isEmpty()) return OptionalDouble.empty();
            try {
                return OptionalDouble.of(check.apply(where(column).strip(), Double.parseDouble(text)));
            } catch (NumberFormatException e) {
                throw new CliException(where(column) + "not a number: " + text);
            }
        }

        static double shrinkage(String name, double value) {
            if (!(value >= 0 && value < 1)) throw new CliException(name + " must be in [0, 1), was " + value);
            return value;
        }

        void fail(String column, String message) {
            throw new CliException(where(column) + message);
        }

        private String where(String column) {
            return "line " + line + ", column " + column + ": ";
        }
    }
}
