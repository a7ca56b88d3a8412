package io.homeshore.cli;

import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.SpecialDay;
import io.homeshore.forecasting.model.SyntheticHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeshore forecast synthetic}: a reproducible realistic history as interval-count CSV (for benchmarks and demos). */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
        description = "Write a reproducible synthetic interval history (and its holiday/campaign calendar) as CSV.")
final class ForecastSyntheticCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--queues", defaultValue = "3", description = "number of queues; default ${DEFAULT-VALUE}")
    int queues;

    @Option(names = "--weeks", defaultValue = "52", description = "weeks of history; default ${DEFAULT-VALUE}")
    int weeks;

    @Option(names = "--seed", defaultValue = "42", description = "random seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--interval", defaultValue = "15m", paramLabel = "15m|30m|60m")
    String interval;

    @Option(names = "--zone", defaultValue = "Europe/Amsterdam")
    String zone;

    @Option(names = "--start", defaultValue = "2025-11-24", description = "first day, a Monday; default ${DEFAULT-VALUE}")
    LocalDate start;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "interval counts CSV")
    Path out;

    @Option(names = "--special-days-out", paramLabel = "FILE", description = "calendar CSV (queue,date,name,factor) with learned effects")
    Path specialDaysOut;

    @Override
    public Integer call() {
        if (queues < 1 || weeks < 1) throw new CliException("--queues and --weeks must be at least 1");
        ZoneId zoneId = HistoryOptions.zoneId(zone);
        SyntheticHistory.Result result;
        try {
            result = SyntheticHistory.generate(queues, weeks, seed, Durations.minutes(interval, "--interval"), zoneId, start);
        } catch (IllegalArgumentException e) {
            throw new CliException("--start: " + e.getMessage());
        }
        AtomicFile.write(out, w -> {
            w.write("queue,interval_start,contacts,aht_seconds\n");
            for (IntervalSeries s : result.queues()) {
                for (int i = 0; i < s.volume().length; i++) {
                    LocalDateTime local = s.dayAt(i / s.slotsPerDay()).atStartOfDay().plusMinutes((long) (i % s.slotsPerDay()) * s.setup().intervalMinutes());
                    if (zoneId.getRules().getValidOffsets(local).isEmpty()) continue;
                    double aht = s.handled()[i] > 0 ? s.handleSeconds()[i] / s.handled()[i] : 0;
                    w.write(String.format(Locale.ROOT, "%s,%s,%d,%.1f%n", s.setup().queue(), ZonedDateTime.of(local, zoneId).toOffsetDateTime(), (long) s.volume()[i], aht));
                }
            }
        });
        if (specialDaysOut != null) {
            AtomicFile.write(specialDaysOut, w -> {
                w.write("queue,date,name,factor\n");
                for (IntervalSeries s : result.queues()) {
                    for (SpecialDay d : result.specialDays()) w.write(s.setup().queue() + "," + d.date() + "," + d.name() + ",\n");
                }
            });
        }
        spec.commandLine().getOut().println("wrote " + out + " (" + queues + " queues x " + weeks + " weeks)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
