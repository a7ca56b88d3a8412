package io.homeshore.forecasting.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads special-day calendars, all or nothing: header {@code queue,date,name,factor}, one day per line, comma-separated.
 * {@code date} is a local ISO date in the queue's zone; {@code factor} is empty (learn the effect from history),
 * a multiplier ({@code 1.3}) or a percentage change ({@code +30%}, {@code -100%} for closed).
 */
public final class SpecialDaysCsv {

    private SpecialDaysCsv() {}

    /** Calendars per queue id. @throws IllegalArgumentException naming line and column of the first bad value */
    public static Map<String, SpecialDayCalendar> read(Reader input) {
        Map<String, List<SpecialDay>> days = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").replace(" ", "").equalsIgnoreCase("queue,date,name,factor")) {
                throw new IllegalArgumentException("line 1: special days header must be queue,date,name,factor");
            }
            String line;
            for (int number = 2; (line = reader.readLine()) != null; number++) {
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != 4) throw new IllegalArgumentException("line " + number + ": expected 4 columns, found " + f.length);
                if (f[0].isBlank()) throw new IllegalArgumentException("line " + number + ", column 1 (queue): queue is empty");
                days.computeIfAbsent(f[0].strip(), q -> new ArrayList<>()).add(new SpecialDay(date(number, f[1]), name(number, f[2]), factor(number, f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, SpecialDayCalendar> calendars = new TreeMap<>();
        days.forEach((queue, list) -> calendars.put(queue, SpecialDayCalendar.of(list)));
        return calendars;
    }

    private static LocalDate date(int line, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ", column 2 (date): unparseable date '" + text.strip() + "' (expected 2026-12-25)");
        }
    }

    private static String name(int line, String text) {
        if (text.isBlank()) throw new IllegalArgumentException("line " + line + ", column 3 (name): name is empty");
        return text.strip();
    }

    private static double factor(int line, String text) {
        String t = text.strip();
        if (t.isEmpty()) return Double.NaN;
        try {
            double value = t.endsWith("%") ? 1 + Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            if (!(value >= 0)) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ", column 4 (factor): expected a multiplier >= 0 or a change like +30%, was '" + t + "'");
        }
    }
}
