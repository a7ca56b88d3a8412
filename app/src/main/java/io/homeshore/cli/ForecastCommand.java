package io.homeshore.cli;

import io.homeshore.forecasting.model.BacktestResult;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.ForecastRow;
import io.homeshore.forecasting.model.History;
import io.homeshore.forecasting.model.ModelScore;
import io.homeshore.forecasting.model.QueueForecast;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeshore forecast}: volume, 80 % band and AHT per interval for every queue, model chosen by backtest. */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast contacts and handle time per interval; the model is chosen per queue by a rolling-origin backtest.",
        subcommands = {ForecastBacktestCommand.class, ForecastSyntheticCommand.class})
final class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions input;

    @Option(names = "--horizon", defaultValue = "28d", paramLabel = "DAYS", description = "days ahead, e.g. 28d or 4w; default ${DEFAULT-VALUE}")
    String horizon;

    @Option(names = "--out", paramLabel = "FILE", description = "forecast CSV to write (required)")
    Path out;

    @Override
    public Integer call() {
        if (out == null) throw new CliException("--out FILE is required");
        int days = Durations.days(horizon, "--horizon");
        History history = input.load();
        Map<String, SpecialDayCalendar> calendars = input.calendars();
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        history.warnings().forEach(w -> stderr.println("warning: " + w.text()));
        List<QueueForecast> forecasts;
        try {
            // queues are independent: one per core
            forecasts = input.series(history).parallelStream().map(series -> Forecaster.standard().forecast(series,
                    calendars.getOrDefault(series.setup().queue(), SpecialDayCalendar.NONE), days)).toList();
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        AtomicFile.write(out, w -> {
            w.write("queue,interval_start,local_date,local_time,contacts,lower80,upper80,aht_seconds,model\n");
            for (QueueForecast f : forecasts) {
                for (ForecastRow r : f.rows()) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%s,%s,%.2f,%.2f,%.2f,%.1f,%s%n", f.setup().queue(), r.start().toOffsetDateTime(),
                            r.start().toLocalDate(), r.start().toLocalTime(), r.volume(), r.lower(), r.upper(), r.ahtSeconds(), f.model()));
                }
            }
        });
        for (QueueForecast f : forecasts) {
            f.warnings().forEach(w -> stderr.println("warning: " + w.text()));
            stdout.println(summary(f));
        }
        stdout.println("wrote " + out);
        stdout.flush();
        stderr.flush();
        return 0;
    }

    private static String summary(QueueForecast f) {
        double total = java.util.Arrays.stream(f.volume()).sum();
        String head = String.format(Locale.ROOT, "queue %s: %s from %s, %d days, %.0f contacts", f.setup().queue(), f.model(), f.firstDay(),
                f.volume().length / f.setup().slotsPerDay(), total);
        BacktestResult b = f.backtest();
        if (b == null) return head + " (no backtest)";
        ModelScore s = b.score(f.model());
        return head + String.format(Locale.ROOT, " (backtest %dd x %d folds: MASE %.3f, wMAPE %.1f %%)", b.horizonDays(), s.folds(), s.mase(), 100 * s.wmape());
    }
}
