package io.homeshore.benchmarks;

import io.homeshore.forecasting.model.Accuracy;
import io.homeshore.forecasting.model.Forecaster;
import io.homeshore.forecasting.model.IntervalSeries;
import io.homeshore.forecasting.model.QueueForecast;
import io.homeshore.forecasting.model.SpecialDayCalendar;
import io.homeshore.forecasting.model.SyntheticHistory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Coverage of the 80 % prediction band on data the forecaster never saw: synthetic history (seed 42, 3 queues,
 * 30-minute intervals), fit on the first 48 weeks exactly as {@code homeshore forecast} does (backtest, choice,
 * refit, band), then the share of the last 4 weeks' open intervals (forecast &gt; 0) whose actual volume falls in
 * {@code [lower80, upper80]}. Run: {@code java -cp ... io.homeshore.benchmarks.ForecastCoverage} (see docs/benchmarks.md).
 */
public final class ForecastCoverage {

    private ForecastCoverage() {}

    public static void main(String[] args) {
        SyntheticHistory.Result result = SyntheticHistory.generate(3, 52, 42, 30, ZoneId.of("Europe/Amsterdam"), LocalDate.of(2025, 11, 24));
        for (IntervalSeries queue : result.queues()) {
            int train = queue.days() - 28;
            QueueForecast f = Forecaster.standard().forecast(queue.days(0, train), SpecialDayCalendar.NONE, 28);
            double[] actual = queue.days(train, queue.days()).volume();
            int inside = 0, open = 0;
            for (int i = 0; i < actual.length; i++) {
                if (f.volume()[i] <= 0) continue;
                open++;
                if (actual[i] >= f.lower()[i] && actual[i] <= f.upper()[i]) inside++;
            }
            System.out.printf(Locale.ROOT, "%s model=%s wMAPE=%.1f%% coverage80=%.1f%% (%d open intervals)%n", queue.setup().queue(), f.model(),
                    100 * Accuracy.wmape(actual, f.volume()), 100.0 * inside / open, open);
        }
    }
}
