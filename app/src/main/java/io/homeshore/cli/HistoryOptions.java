package io.homeshore.cli;

import io.homeshore.forecasting.model.History;
import io.homeshore.forecasting.model.HistoryAggregator;
import io.homeshore.forecasting.model.HistoryCsv;
import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.QueueSetup;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import io.homeshore.forecasting.model.SpecialDaysCsv;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by the forecast commands: where the history is, how to read it, and which queues to take. */
final class HistoryOptions {

    @Option(names = "--history", paramLabel = "FILE", description = "contact history, required (see docs/cli.md)")
    Path history;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (Homeshore history CSV) or anonymous-bank (the Anonymous Bank calls.tsv); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE",
            description = "time zone of the queues and of local times in the file; default ${DEFAULT-VALUE}")
    String zone;

    @Option(names = "--interval", defaultValue = "15m", paramLabel = "15m|30m|60m", description = "interval length; default ${DEFAULT-VALUE}")
    String interval;

    @Option(names = "--queue", paramLabel = "QUEUE", description = "only this queue (default: every queue in the history)")
    String queue;

    @Option(names = "--special-days", paramLabel = "FILE", description = "holidays and campaigns: queue,date,name,factor")
    Path specialDays;

    /** The requested queues' series, in queue order. */
    List<IntervalSeries> series(History history) {
        try {
            return queue == null ? List.copyOf(history.queues().values()) : List.of(history.queue(queue));
        } catch (IllegalArgumentException e) {
            throw new CliException("--queue: " + e.getMessage());
        }
    }

    History load() {
        if (history == null) throw new CliException("--history FILE is required");
        ZoneId zoneId = zoneId(zone);
        int minutes = Durations.minutes(interval, "--interval");
        HistoryAggregator aggregator = new HistoryAggregator(q -> new QueueSetup(q, zoneId, minutes));
        try (Reader reader = Files.newBufferedReader(existing(history, "--history"), StandardCharsets.UTF_8)) {
            return switch (format) {
                case "csv" -> {
                    HistoryCsv.Rows rows = HistoryCsv.read(reader, zoneId);
                    yield rows.contacts().isEmpty() ? aggregator.fromCounts(rows.counts()) : aggregator.fromContacts(rows.contacts());
                }
                case "anonymous-bank" -> aggregator.fromContacts(AnonymousBankReader.read(reader, zoneId));
                default -> throw new CliException("--format: expected csv or anonymous-bank, was '" + format + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new CliException(history + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(history + ": cannot read: " + e.getMessage());
        }
    }

    Map<String, SpecialDayCalendar> calendars() {
        if (specialDays == null) return Map.of();
        try (Reader reader = Files.newBufferedReader(existing(specialDays, "--special-days"), StandardCharsets.UTF_8)) {
            return SpecialDaysCsv.read(reader);
        } catch (IllegalArgumentException e) {
            throw new CliException(specialDays + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliException(specialDays + ": cannot read: " + e.getMessage());
        }
    }

    static ZoneId zoneId(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new CliException("--zone: unknown time zone '" + zone + "'");
        }
    }

    private static Path existing(Path file, String option) {
        if (!Files.isRegularFile(file)) throw new CliException(option + ": no such file " + file);
        return file;
    }
}
