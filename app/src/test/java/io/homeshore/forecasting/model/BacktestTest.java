package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BacktestTest {

    static IntervalSeries hourly(double[] volume) {
        return new IntervalSeries(new QueueSetup("q", ZoneOffset.UTC, 60), LocalDate.of(2026, 1, 5), volume,
                new double[volume.length], new double[volume.length]);
    }

    /** Daily hump shape times weekday factor, plus independent noise: averaging weeks beats repeating one. */
    static IntervalSeries noisyWeeks(int weeks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] y = new double[weeks * 7 * 24];
        for (int t = 0; t < y.length; t++) {
            int hour = t % 24;
            double mean = hour < 8 || hour > 19 ? 0 : 30 * (1 + Math.sin(Math.PI * (hour - 8) / 12)) * (t / 24 % 7 < 5 ? 1 : 0.4);
            y[t] = Math.max(0, Math.round(mean + Math.sqrt(mean) * 2 * (random.nextDouble() - 0.5) * 1.7));
        }
        return hourly(y);
    }

    @Test
    void scoresTheWeeklySeasonalNaiveAgainstItsOwnInSampleError() {
        double[] y = new double[21 * 24];
        for (int t = 0; t < y.length; t++) y[t] = t / (7 * 24) * 10;

        BacktestResult r = new Backtest(List.of(new SeasonalNaive())).run(hourly(y), SpecialDayCalendar.NONE, 7, 1, 7);

        assertThat(r.origins()).containsExactly(LocalDate.of(2026, 1, 19));
        assertThat(r.score("seasonal-naive").mase()).isCloseTo(1.0, within(1e-12));
        assertThat(r.score("seasonal-naive").wmape()).isCloseTo(10.0 / 20.0, within(1e-12));
    }

    @Test
    void choosesTheAverageOverTheNaiveWhenWeeksDifferOnlyByNoise() {
        BacktestResult r = new Backtest(List.of(new SeasonalNaive(), new AverageProfile(4))).run(noisyWeeks(10, 7), SpecialDayCalendar.NONE, 7, 4, 7);

        assertThat(r.best()).isEqualTo("average-4w");
        assertThat(r.score("average-4w").mase()).isLessThan(r.score("seasonal-naive").mase());
        assertThat(r.residuals().get("average-4w")).hasSize(4 * 7 * 24);
    }

    @Test
    void skipsFoldsWithoutTwoWeeksOfTrainingAndSaysSo() {
        BacktestResult r = new Backtest(Forecaster.standardModels()).run(noisyWeeks(3, 1), SpecialDayCalendar.NONE, 7, 4, 7);

        assertThat(r.origins()).hasSize(1);
        assertThat(r.warnings()).singleElement().asString().startsWith("3 of 4 folds skipped");
    }

    @Test
    void refusesANonPositiveHorizon() {
        assertThatThrownBy(() -> new Backtest(Forecaster.standardModels()).run(noisyWeeks(3, 1), SpecialDayCalendar.NONE, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
