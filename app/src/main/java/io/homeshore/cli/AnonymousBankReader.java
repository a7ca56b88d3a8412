package io.homeshore.cli;

import io.homeshore.forecasting.model.ContactRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Anonymous Bank call log (tab-separated, header row; Brown et al. 2005): one contact per call with id = {@code vru+line}/{@code call_id} (call ids repeat across lines), queue =
 * {@code type}, arrival = {@code date} + {@code vru_entry} in the given zone, handle = {@code ser_time}, abandoned =
 * outcome {@code HANG}. {@code PHANTOM} calls are ignored, as the data's documentation says.
 */
final class AnonymousBankReader {

    /** Two-digit years are 1950-2049 (the data is from 1999), not java.time's default 2000-2099. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1950).appendPattern("MMdd").toFormatter();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");

    private AnonymousBankReader() {}

    static List<ContactRecord> read(Reader input, ZoneId zone) {
        List<ContactRecord> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(input)) {
            List<String> header = List.of(reader.readLine().strip().split("\t"));
            int line = column(header, "vru+line"), id = column(header, "call_id"), type = column(header, "type"), date = column(header, "date"), entry = column(header, "vru_entry"),
                    outcome = column(header, "outcome"), service = column(header, "ser_time");
            String text;
            for (int number = 2; (text = reader.readLine()) != null; number++) {
                if (text.isBlank()) continue;
                String[] f = text.strip().split("\t", -1);
                if (f.length < header.size()) throw new IllegalArgumentException("line " + number + ": expected " + header.size() + " columns, found " + f.length);
                if (f[outcome].equals("PHANTOM")) continue;
                try {
                    out.add(new ContactRecord(f[line] + "/" + f[id], LocalDate.parse(f[date], DATE).atTime(LocalTime.parse(f[entry], TIME)).atZone(zone).toInstant(),
                            f[type], Double.parseDouble(f[service]), f[outcome].equals("HANG")));
                } catch (DateTimeParseException | NumberFormatException e) {
                    throw new IllegalArgumentException("line " + number + ": unparseable date, time or service time: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int column(List<String> header, String name) {
        int at = header.indexOf(name);
        if (at < 0) throw new IllegalArgumentException("line 1: no column '" + name + "' in the Anonymous Bank header");
        return at;
    }
}
