package io.homeshore.forecasting.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolling-origin evaluation (Tashman 2000, "Out-of-sample tests of forecasting accuracy", Int. J. Forecasting
 * 16:437-450): fold {@code f} (0 = latest) trains on the days before {@code origin = days - horizon - f·step} and
 * forecasts the {@code horizon} days from the origin. Every model sees the same folds; special days are cleaned
 * and applied per fold from that fold's training data only. A fold whose training has under
 * {@link #MINIMUM_TRAINING_DAYS} days is skipped (reported). The best model has the lowest mean MASE, ties going to
 * the simpler model (earlier in the list).
 */
public final class Backtest {

    public static final int MINIMUM_TRAINING_DAYS = 14;

    private final List<ForecastModel> models;

    public Backtest(List<ForecastModel> models) {
        if (models.isEmpty()) throw new IllegalArgumentException("no models to backtest");
        this.models = List.copyOf(models);
    }

    /**
     * Scores every model on {@code folds} origins {@code stepDays} apart.
     *
     * @throws IllegalArgumentException for non-positive horizon, folds or step
     */
    public BacktestResult run(IntervalSeries series, SpecialDayCalendar calendar, int horizonDays, int folds, int stepDays) {
        if (horizonDays < 1 || folds < 1 || stepDays < 1) {
            throw new IllegalArgumentException("horizon, folds and step must be at least 1 (were " + horizonDays + ", " + folds + ", " + stepDays + ")");
        }
        List<ForecastWarning> warnings = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int origin = series.days() - horizonDays - f * stepDays;
            if (origin >= MINIMUM_TRAINING_DAYS) origins.add(origin);
        }
        if (origins.size() < folds) {
            warnings.add(ForecastWarning.of(ForecastWarning.Code.FOLDS_SKIPPED, folds - origins.size(), folds, MINIMUM_TRAINING_DAYS, horizonDays,
                    series.days()));
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ForecastModel model : models) tallies.put(model.name(), new Tally());
        for (int origin : origins) {
            if (!scoreFold(series, calendar, origin, horizonDays, tallies)) {
                warnings.add(ForecastWarning.of(ForecastWarning.Code.MASE_UNDEFINED, series.dayAt(origin)));
            }
        }
        List<ModelScore> scores = tallies.entrySet().stream().map(e -> e.getValue().score(e.getKey())).toList();
        String best = scores.stream().filter(s -> s.folds() > 0 && !Double.isNaN(s.mase()))
                .min(Comparator.comparingDouble(ModelScore::mase)).map(ModelScore::model).orElse(models.getFirst().name());
        Map<String, List<Residual>> residuals = new LinkedHashMap<>();
        tallies.forEach((name, t) -> residuals.put(name, List.copyOf(t.residuals)));
        return new BacktestResult(series.setup().queue(), horizonDays, origins.stream().map(series::dayAt).toList(),
                scores, best, residuals, warnings);
    }

    /** Scores one fold; false when its MASE scale is zero (every training week identical), which makes MASE NaN. */
    private boolean scoreFold(IntervalSeries series, SpecialDayCalendar calendar, int origin, int horizonDays, Map<String, Tally> tallies) {
        int s = series.slotsPerDay();
        IntervalSeries training = series.days(0, origin);
        double[] actual = series.days(origin, origin + horizonDays).volume();
        double scale = Accuracy.naiveScale(training.volume(), 7 * s);
        SpecialDayEffects effects = new SpecialDayEffects(training, calendar);
        double[] cleaned = effects.cleanedVolume();
        for (ForecastModel model : models) {
            if (origin < model.minimumDays()) continue;
            double[] forecast = effects.apply(model.forecast(cleaned, s, horizonDays), series.dayAt(origin));
            tallies.get(model.name()).add(actual, forecast, scale, s);
        }
        return scale > 0;
    }

    private static final class Tally {
        private double maseSum, absoluteError, actualTotal;
        private int folds;
        private final List<Residual> residuals = new ArrayList<>();

        void add(double[] actual, double[] forecast, double scale, int slotsPerDay) {
            maseSum += Accuracy.meanAbsoluteError(actual, forecast) / scale;
            absoluteError += Accuracy.sumAbsoluteError(actual, forecast);
            for (double y : actual) actualTotal += y;
            folds++;
            for (int i = 0; i < actual.length; i++) residuals.add(new Residual(i / slotsPerDay + 1, forecast[i], actual[i]));
        }

        ModelScore score(String model) {
            return new ModelScore(model, folds > 0 ? maseSum / folds : Double.NaN, folds > 0 ? absoluteError / actualTotal : Double.NaN, folds);
        }
    }
}
