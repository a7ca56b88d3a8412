package io.homeshore.forecasting.model;

import io.homeshore.forecasting.model.HistoryProblem.Code;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads contact history CSV, all or nothing. Comma-separated, UTF-8, a header row naming the columns (any order;
 * unknown columns are ignored; no quoting, so values must not contain commas). The header decides the kind:
 * <ul>
 *   <li>per contact: {@code queue, arrival, handle_seconds, abandoned} ({@code true/false} or {@code 1/0}), optionally
 *       {@code contact_id} (a repeated id within a queue is a duplicate and counted once);</li>
 *   <li>per interval: {@code queue, interval_start, contacts, aht_seconds}.</li>
 * </ul>
 * Times are ISO-8601: with an offset ({@code 2026-03-02T08:15:00+01:00}, {@code ...Z}) they are absolute; without one
 * ({@code 2026-03-02T08:15:00} or {@code 2026-03-02 08:15}) they are local times in the zone given to the reader
 * (in a repeated fall-back hour the earlier offset is taken). Every bad value is reported, naming line and column.
 */
public final class HistoryCsv {

    /** The parsed rows: exactly one of the two lists is non-empty. */
    public record Rows(List<ContactRecord> contacts, List<IntervalCount> counts) {}

    private static final List<String> CONTACT_COLUMNS = List.of("queue", "arrival", "handle_seconds", "abandoned");
    private static final List<String> COUNT_COLUMNS = List.of("queue", "interval_start", "contacts", "aht_seconds");

    private HistoryCsv() {}

    /** Problems beyond this many are not collected: a wholly wrong file would otherwise list every line. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * Parses the whole input; local times are read in {@code zone}.
     *
     * @throws HistoryCsvException every bad value as "line L, column C (name): reason" (up to {@link #MAX_PROBLEMS}),
     *                             or an empty input, a header matching neither kind, or a file with no data rows
     */
    public static Rows read(Reader input, ZoneId zone) {
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) throw refuse(HistoryProblem.of(1, 0, null, Code.EMPTY));
            List<String> names = List.of(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1)).stream().map(String::strip).toList();
            boolean perContact = names.containsAll(CONTACT_COLUMNS);
            List<String> wanted = perContact ? CONTACT_COLUMNS : COUNT_COLUMNS;
            if (!perContact && !names.containsAll(COUNT_COLUMNS)) {
                throw refuse(HistoryProblem.of(1, 0, null, Code.HEADER, String.join(",", CONTACT_COLUMNS), String.join(",", COUNT_COLUMNS), header.strip()));
            }
            int[] at = wanted.stream().mapToInt(names::indexOf).toArray();
            int idAt = names.indexOf("contact_id");
            Rows rows = new Rows(new ArrayList<>(), new ArrayList<>());
            List<HistoryProblem> problems = new ArrayList<>();
            String line;
            for (int number = 2; (line = reader.readLine()) != null && problems.size() < MAX_PROBLEMS; number++) {
                if (line.isBlank()) continue;
                String[] fields = line.split(",", -1);
                if (fields.length < names.size()) {
                    problems.add(HistoryProblem.of(number, 0, null, Code.COLUMN_COUNT, names.size(), fields.length));
                    continue;
                }
                Field f = new Field(number, fields, at, wanted, zone, problems);
                int before = problems.size();
                String queue = f.queue();
                Instant time = f.time(1);
                double amount = f.number(2);
                if (perContact) {
                    boolean abandoned = f.bool(3);
                    if (problems.size() == before) rows.contacts().add(new ContactRecord(idAt >= 0 ? fields[idAt].strip() : null, time, queue, amount, abandoned));
                } else {
                    double aht = f.number(3);
                    if (problems.size() == before) rows.counts().add(new IntervalCount(time, queue, amount, aht));
                }
            }
            if (!problems.isEmpty()) throw new HistoryCsvException(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
            if (rows.contacts().isEmpty() && rows.counts().isEmpty()) throw refuse(HistoryProblem.of(2, 0, null, Code.NO_ROWS));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HistoryCsvException refuse(HistoryProblem problem) {
        return new HistoryCsvException(List.of(problem));
    }

    /** The wanted fields of one data line; a bad value adds a problem naming line, column and value, and reads as a placeholder. */
    private record Field(int line, String[] fields, int[] at, List<String> names, ZoneId zone, List<HistoryProblem> problems) {

        String raw(int i) {
            return fields[at[i]].strip();
        }

        void problem(int i, Code code, Object... args) {
            problems.add(HistoryProblem.of(line, at[i] + 1, names.get(i), code, args));
        }

        String queue() {
            if (raw(0).isEmpty()) problem(0, Code.QUEUE_EMPTY);
            return raw(0);
        }

        double number(int i) {
            try {
                double value = Double.parseDouble(raw(i));
                if (value >= 0 && !Double.isInfinite(value)) return value;
                problem(i, Code.NEGATIVE, raw(i));
            } catch (NumberFormatException e) {
                problem(i, Code.NOT_A_NUMBER, raw(i));
            }
            return 0;
        }

        boolean bool(int i) {
            return switch (raw(i).toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> {
                    problem(i, Code.BOOLEAN, raw(i));
                    yield false;
                }
            };
        }

        Instant time(int i) {
            String text = raw(i).replace(' ', 'T');
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).atZone(zone).toInstant();
                } catch (DateTimeException e) {
                    problem(i, Code.TIMESTAMP, raw(i));
                    return Instant.EPOCH;
                }
            }
        }
    }
}
