package io.homeshore.forecasting.model;

/**
 * Weekly seasonal naive: every slot repeats the same slot one week earlier,
 * {@code ŷ(T+h) = y(T+h-m·⌈h/m⌉)} with {@code m = 7 · slotsPerDay} (Hyndman &amp; Athanasopoulos, FPP3 §5.2).
 * The benchmark every other model must beat, and the MASE scale.
 */
public final class SeasonalNaive implements ForecastModel {

    @Override
    public String name() {
        return "seasonal-naive";
    }

    @Override
    public double[] forecast(double[] history, int slotsPerDay, int horizonDays) {
        return new AverageProfile(1).forecast(history, slotsPerDay, horizonDays);
    }
}
