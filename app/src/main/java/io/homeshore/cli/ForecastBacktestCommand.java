package io.homeshore.cli;

import io.homeshore.forecasting.model.Backtest;
import io.homeshore.forecasting.model.BacktestResult;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.History;
import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.ModelScore;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code homeshore forecast backtest}: every model on the same rolling origins, MASE and wMAPE per queue. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Rolling-origin backtest of every forecast model per queue: MASE (scaled by the weekly seasonal naive) and wMAPE.")
final class ForecastBacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HistoryOptions input;

    @Option(names = "--horizon", defaultValue = "7d", paramLabel = "DAYS", description = "test window of each fold; default ${DEFAULT-VALUE}")
    String horizon;

    @Option(names = "--folds", defaultValue = "4", paramLabel = "N", description = "number of origins; default ${DEFAULT-VALUE}")
    int folds;

    @Option(names = "--step", paramLabel = "DAYS", description = "days between origins; default: the horizon")
    String step;

    @Option(names = "--csv", description = "print the table as CSV")
    boolean csv;

    @Option(names = "--series-out", paramLabel = "FILE", description = "also write the aggregated series (queue,local_date,slot,volume), e.g. for R")
    Path seriesOut;

    @Override
    public Integer call() {
        int days = Durations.days(horizon, "--horizon");
        int stepDays = step == null ? days : Durations.days(step, "--step");
        if (folds < 1) throw new CliException("--folds: must be at least 1, was " + folds);
        History history = input.load();
        var calendars = input.calendars();
        List<IntervalSeries> series = input.series(history);
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        history.warnings().forEach(w -> stderr.println("warning: " + w.text()));
        List<BacktestResult> results = new ArrayList<>();
        for (IntervalSeries s : series) {
            BacktestResult r = new Backtest(Forecaster.standardModels()).run(s, calendars.getOrDefault(s.setup().queue(), SpecialDayCalendar.NONE), days, folds, stepDays);
            r.warnings().forEach(w -> stderr.println("warning: queue " + s.setup().queue() + ": " + w.text()));
            results.add(r);
        }
        if (seriesOut != null) writeSeries(series);
        print(stdout, results);
        stdout.flush();
        stderr.flush();
        return 0;
    }

    private void print(PrintWriter out, List<BacktestResult> results) {
        out.println(csv ? "queue,horizon_days,folds,model,mase,wmape,wmape_vs_naive,best"
                : String.format(Locale.ROOT, "%-12s %-8s %-5s %-24s %7s %8s %9s  %s", "queue", "horizon", "folds", "model", "MASE", "wMAPE", "vs naive", "best"));
        for (BacktestResult r : results) {
            double naive = r.scores().getFirst().wmape();
            for (ModelScore s : r.scores()) {
                double change = 100 * (s.wmape() / naive - 1);
                String best = s.model().equals(r.best()) ? "*" : "";
                out.println(csv ? String.format(Locale.ROOT, "%s,%d,%d,%s,%.4f,%.4f,%.1f,%s", r.queue(), r.horizonDays(), s.folds(), s.model(), s.mase(), s.wmape(), change, best)
                        : String.format(Locale.ROOT, "%-12s %-8s %-5d %-24s %7.3f %7.1f%% %+8.1f%%  %s", r.queue(), r.horizonDays() + "d", s.folds(), s.model(), s.mase(), 100 * s.wmape(), change, best));
            }
        }
    }

    private void writeSeries(List<IntervalSeries> series) {
        AtomicFile.write(seriesOut, w -> {
            w.write("queue,local_date,slot,volume\n");
            for (IntervalSeries s : series) {
                for (int i = 0; i < s.volume().length; i++) {
                    w.write(s.setup().queue() + "," + s.dayAt(i / s.slotsPerDay()) + "," + (i % s.slotsPerDay()) + "," + (long) s.volume()[i] + "\n");
                }
            }
        });
    }
}
