package io.homeshore.forecasting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses and runs a volume model per queue: a rolling-origin {@link Backtest} over the standard models picks the
 * lowest MASE (so the choice is never worse than the weekly seasonal naive on the backtest), the chosen model is
 * refitted on all history, special-day effects are applied, and the band comes from that model's backtest errors.
 * Under two weeks of history the weekly seasonal naive is used without a backtest (with a warning); under one
 * week there is nothing to repeat and the input is refused.
 */
public final class Forecaster {

    /** Weeks between backtest origins and the number of folds when the caller does not choose. */
    public static final int STEP_DAYS = 7, FOLDS = 4;
    public static final double COVERAGE = 0.8;

    private final List<ForecastModel> models;

    public Forecaster(List<ForecastModel> models) {
        this.models = List.copyOf(models);
    }

    /**
     * Weekly seasonal naive, four-week average, double-seasonal Holt-Winters, the daily-total model and the mean of
     * the daily-total model and the four-week average (the one combination that won folds in our backtests).
     */
    public static List<ForecastModel> standardModels() {
        return List.of(new SeasonalNaive(), new AverageProfile(4), new DoubleSeasonalHoltWinters(), new DailyTotalModel(),
                new Combination(List.of(new DailyTotalModel(), new AverageProfile(4))));
    }

    public static Forecaster standard() {
        return new Forecaster(standardModels());
    }

    /** Forecasts {@code horizonDays} whole local days after the history of {@code series}. */
    public QueueForecast forecast(IntervalSeries series, SpecialDayCalendar calendar, int horizonDays) {
        if (horizonDays < 1) throw new IllegalArgumentException("horizon must be at least 1 day, was " + horizonDays);
        if (series.days() < 7) {
            throw new IllegalArgumentException("queue " + series.setup().queue() + ": history has " + series.days()
                    + " days; at least 7 are needed to repeat a week");
        }
        List<ForecastWarning> warnings = new ArrayList<>();
        ForecastModel chosen = models.getFirst();
        BacktestResult backtest = null;
        if (series.days() < Backtest.MINIMUM_TRAINING_DAYS + 1) {
            warnings.add(ForecastWarning.of(ForecastWarning.Code.SHORT_HISTORY, series.setup().queue(), series.days(), chosen.name()));
        } else {
            int backtestHorizon = Math.min(horizonDays, series.days() - Backtest.MINIMUM_TRAINING_DAYS);
            if (backtestHorizon < horizonDays) {
                warnings.add(ForecastWarning.of(ForecastWarning.Code.SHORT_BACKTEST, series.setup().queue(), backtestHorizon));
            }
            backtest = new Backtest(models).run(series, calendar, backtestHorizon, FOLDS, STEP_DAYS);
            warnings.addAll(backtest.warnings());
            String best = backtest.best();
            chosen = models.stream().filter(m -> m.name().equals(best)).findFirst().orElseThrow();
        }
        SpecialDayEffects effects = new SpecialDayEffects(series, calendar);
        warnings.addAll(effects.unknownEffects(series.endDay(), horizonDays));
        double[] volume = effects.apply(chosen.forecast(effects.cleanedVolume(), series.slotsPerDay(), horizonDays), series.endDay());
        PredictionIntervals intervals = new PredictionIntervals(backtest == null ? List.of() : backtest.residuals().get(chosen.name()), COVERAGE);
        if (!intervals.empirical()) warnings.add(ForecastWarning.of(ForecastWarning.Code.POISSON_BAND, series.setup().queue()));
        double[][] band = intervals.band(volume, series.slotsPerDay());
        return new QueueForecast(series.setup(), series.endDay(), chosen.name(), backtest, volume, band[0], band[1],
                HandleTimeModel.forecast(series, horizonDays), warnings);
    }
}
