package io.homeshore.forecasting.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ModelsProperties {

    static final int SLOTS = 4;

    @Provide
    Arbitrary<double[]> threeWeeksOfCounts() {
        return Arbitraries.integers().between(0, 200).map(i -> (double) i).array(double[].class).ofSize(21 * SLOTS);
    }

    @Property(tries = 60)
    void everyModelForecastsWholeDaysOfNonNegativeFiniteVolume(@ForAll("threeWeeksOfCounts") double[] history, @ForAll @IntRange(min = 1, max = 30) int days) {
        for (ForecastModel model : Forecaster.standardModels()) {
            double[] f = model.forecast(history, SLOTS, days);
            assertThat(f).as(model.name()).hasSize(days * SLOTS);
            for (double v : f) assertThat(v).as(model.name()).isFinite().isGreaterThanOrEqualTo(0);
        }
    }

    @Provide
    Arbitrary<double[]> threeWeeksOfHourlyCounts() {
        return Arbitraries.integers().between(0, 50).map(i -> (double) i).array(double[].class).ofSize(21 * 24);
    }

    @Property(tries = 20)
    void backtestChoiceIsNeverWorseThanTheWeeklySeasonalNaive(@ForAll("threeWeeksOfHourlyCounts") double[] volume) {
        IntervalSeries series = new IntervalSeries(new QueueSetup("q", java.time.ZoneOffset.UTC, 60), java.time.LocalDate.of(2026, 1, 5),
                volume, new double[volume.length], new double[volume.length]);

        BacktestResult result = new Backtest(Forecaster.standardModels()).run(series, SpecialDayCalendar.NONE, 1, 5, 1);
        Assume.that(Double.isFinite(result.score("seasonal-naive").mase()));

        assertThat(result.score(result.best()).mase()).isLessThanOrEqualTo(result.score("seasonal-naive").mase());
    }
}
