package io.homeshore.staffing.web;

import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.staffing.erlang.Workload;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an interval file for a queue: columns {@code interval_start} (ISO instant, e.g. 2026-11-23T08:00:00Z),
 * {@code contacts}, {@code aht_seconds}, optional {@code patience_seconds} and {@code interval_seconds} (default 900).
 * Every problem is reported by line and column; nothing is stored unless the whole file reads.
 */
@Component
class IntervalCsv {

    record Parsed(List<Instant> starts, List<Workload> workloads) {}

    static final List<String> REQUIRED = List.of("interval_start", "contacts", "aht_seconds");

    Parsed parse(Reader source) {
        var starts = new ArrayList<Instant>();
        var workloads = new ArrayList<Workload>();
        var errors = new ArrayList<FieldError>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get()
                .parse(source)) {
            var header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "")).toList();
            for (String c : REQUIRED) if (!header.contains(c)) throw new InvalidInputException("line 1", "missing column " + c + " (need " + REQUIRED + ")");
            long last = parser.getCurrentLineNumber();
            for (CSVRecord rec : parser) {
                long line = last + 1;
                last = parser.getCurrentLineNumber();
                try {
                    starts.add(Instant.parse(value(rec, header, "interval_start")));
                } catch (DateTimeParseException e) {
                    errors.add(error(line, header, "interval_start", "not an ISO instant such as 2026-11-23T08:00:00Z"));
                }
                Double contacts = number(rec, line, header, "contacts", errors);
                Double aht = number(rec, line, header, "aht_seconds", errors);
                Double patience = header.contains("patience_seconds") && !value(rec, header, "patience_seconds").isEmpty()
                        ? number(rec, line, header, "patience_seconds", errors) : null;
                Double interval = header.contains("interval_seconds") ? number(rec, line, header, "interval_seconds", errors) : Double.valueOf(900);
                if (contacts == null || aht == null || interval == null) continue;
                try {
                    workloads.add(new Workload(contacts, interval, aht, patience == null ? Double.POSITIVE_INFINITY : patience));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("line " + line, e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        if (workloads.isEmpty()) throw new InvalidInputException("line 2", "the file has no intervals");
        return new Parsed(starts, workloads);
    }

    private static String value(CSVRecord rec, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < rec.size() ? rec.get(i) : "";
    }

    private static Double number(CSVRecord rec, long line, List<String> header, String column, List<FieldError> errors) {
        try {
            return Double.valueOf(value(rec, header, column));
        } catch (NumberFormatException e) {
            errors.add(error(line, header, column, "'" + value(rec, header, column) + "' is not a number"));
            return null;
        }
    }

    private static FieldError error(long line, List<String> header, String column, String message) {
        return new FieldError("line " + line + ", column " + (header.indexOf(column) + 1) + " (" + column + ")", message);
    }
}
