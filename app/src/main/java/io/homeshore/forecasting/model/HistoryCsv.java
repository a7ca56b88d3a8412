package io.homeshore.forecasting.model;

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
 * (in a repeated fall-back hour the earlier offset is taken). Any bad value is an error naming line and column.
 */
public final class HistoryCsv {

    /** The parsed rows: exactly one of the two lists is non-empty. */
    public record Rows(List<ContactRecord> contacts, List<IntervalCount> counts) {}

    private static final List<String> CONTACT_COLUMNS = List.of("queue", "arrival", "handle_seconds", "abandoned");
    private static final List<String> COUNT_COLUMNS = List.of("queue", "interval_start", "contacts", "aht_seconds");

    private HistoryCsv() {}

    /**
     * Parses the whole input; local times are read in {@code zone}.
     *
     * @throws IllegalArgumentException "line L, column C (name): reason" for the first bad value, or for an empty
     *                                  input, a header matching neither kind, or a file with no data rows
     */
    public static Rows read(Reader input, ZoneId zone) {
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null || header.isBlank()) throw new IllegalArgumentException("history is empty: no header row");
            List<String> names = List.of(header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).split("\\s*,\\s*", -1)).stream().map(String::strip).toList();
            boolean perContact = names.containsAll(CONTACT_COLUMNS);
            List<String> wanted = perContact ? CONTACT_COLUMNS : COUNT_COLUMNS;
            if (!perContact && !names.containsAll(COUNT_COLUMNS)) {
                throw new IllegalArgumentException("line 1: header must name the columns " + String.join(",", CONTACT_COLUMNS)
                        + " (per contact) or " + String.join(",", COUNT_COLUMNS) + " (per interval); found " + header.strip());
            }
            int[] at = wanted.stream().mapToInt(names::indexOf).toArray();
            int idAt = names.indexOf("contact_id");
            Rows rows = new Rows(new ArrayList<>(), new ArrayList<>());
            String line;
            for (int number = 2; (line = reader.readLine()) != null; number++) {
                if (line.isBlank()) continue;
                String[] fields = line.split(",", -1);
                if (fields.length < names.size()) {
                    throw new IllegalArgumentException("line " + number + ": expected " + names.size() + " columns, found " + fields.length);
                }
                Field f = new Field(number, fields, at, wanted, zone);
                if (perContact) {
                    rows.contacts().add(new ContactRecord(idAt >= 0 ? fields[idAt].strip() : null, f.time(1), f.queue(), f.number(2), f.bool(3)));
                } else {
                    rows.counts().add(new IntervalCount(f.time(1), f.queue(), f.number(2), f.number(3)));
                }
            }
            if (rows.contacts().isEmpty() && rows.counts().isEmpty()) throw new IllegalArgumentException("history is empty: no data rows");
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The wanted fields of one data line, parsed with errors that name line, column and value. */
    private record Field(int line, String[] fields, int[] at, List<String> names, ZoneId zone) {

        String raw(int i) {
            return fields[at[i]].strip();
        }

        IllegalArgumentException error(int i, String reason) {
            return new IllegalArgumentException("line " + line + ", column " + (at[i] + 1) + " (" + names.get(i) + "): " + reason);
        }

        String queue() {
            if (raw(0).isEmpty()) throw error(0, "queue is empty");
            return raw(0);
        }

        double number(int i) {
            try {
                double value = Double.parseDouble(raw(i));
                if (!(value >= 0) || Double.isInfinite(value)) throw error(i, "must be a number >= 0, was '" + raw(i) + "'");
                return value;
            } catch (NumberFormatException e) {
                throw error(i, "not a number: '" + raw(i) + "'");
            }
        }

        boolean bool(int i) {
            return switch (raw(i).toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes" -> true;
                case "false", "0", "no" -> false;
                default -> throw error(i, "expected true/false, was '" + raw(i) + "'");
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
                    throw error(i, "unparseable timestamp '" + raw(i) + "' (ISO-8601 expected, e.g. 2026-03-02T08:15:00+01:00)");
                }
            }
        }
    }
}
