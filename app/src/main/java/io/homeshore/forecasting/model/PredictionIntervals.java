package io.homeshore.forecasting.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Prediction bands for volume from the empirical distribution of backtest errors (Williams &amp; Goodman 1971,
 * "A simple method for the construction of empirical confidence limits for economic forecasts", JASA 66:752-754).
 * Errors are standardised as under a Poisson model, {@code z = (y - ŷ) / √max(ŷ, 1)}, and grouped by lead week
 * (days 1-7, 8-14, ...); closed intervals (forecast and actual both zero) are left out, or their certain zeros
 * would narrow the band of open ones. The band is {@code ŷ + q_{(1∓c)/2}(z) · √max(ŷ, 1)}, floored at zero. A lead week with
 * fewer than {@link #MINIMUM_SAMPLES} errors borrows the nearest earlier week's quantiles; with none at all the
 * Poisson normal approximation {@code ŷ ± z_c √ŷ} is used. Leads beyond the backtest horizon reuse its last week,
 * which understates their spread. A slot forecast at zero (closed) gets the band [0, 0].
 */
public final class PredictionIntervals {

    static final int MINIMUM_SAMPLES = 50;

    private final double coverage;
    private final List<double[]> quantilesByWeek = new ArrayList<>();

    /** @param residuals backtest slots of the chosen model; @param coverage e.g. 0.8 for an 80 % band */
    public PredictionIntervals(List<Residual> residuals, double coverage) {
        if (!(coverage > 0 && coverage < 1)) throw new IllegalArgumentException("coverage must be in (0, 1), was " + coverage);
        this.coverage = coverage;
        int weeks = residuals.stream().mapToInt(r -> (r.leadDay() - 1) / 7 + 1).max().orElse(0);
        for (int w = 0; w < weeks; w++) {
            int week = w;
            double[] z = residuals.stream().filter(r -> (r.leadDay() - 1) / 7 == week && (r.forecast() > 0 || r.actual() > 0))
                    .mapToDouble(r -> (r.actual() - r.forecast()) / Math.sqrt(Math.max(r.forecast(), 1))).sorted().toArray();
            if (z.length >= MINIMUM_SAMPLES) {
                quantilesByWeek.add(new double[] {quantile(z, (1 - coverage) / 2), quantile(z, (1 + coverage) / 2)});
            } else {
                quantilesByWeek.add(quantilesByWeek.isEmpty() ? null : quantilesByWeek.getLast());
            }
        }
    }

    /** Lower and upper bounds for each slot of {@code forecast}, whose first day has lead 1. */
    public double[][] band(double[] forecast, int slotsPerDay) {
        double[] lower = new double[forecast.length], upper = new double[forecast.length];
        double normal = NormalQuantile.of((1 + coverage) / 2);
        for (int i = 0; i < forecast.length; i++) {
            if (forecast[i] <= 0) continue;
            double[] q = quantiles((i / slotsPerDay) / 7);
            double scale = Math.sqrt(Math.max(forecast[i], 1));
            lower[i] = Math.max(0, forecast[i] + (q == null ? -normal : q[0]) * scale);
            upper[i] = Math.max(lower[i], forecast[i] + (q == null ? normal : q[1]) * scale);
        }
        return new double[][] {lower, upper};
    }

    /** True when the band comes from backtest errors rather than the Poisson fallback. */
    public boolean empirical() {
        return quantilesByWeek.stream().anyMatch(java.util.Objects::nonNull);
    }

    private double[] quantiles(int week) {
        return quantilesByWeek.isEmpty() ? null : quantilesByWeek.get(Math.min(week, quantilesByWeek.size() - 1));
    }

    /** Linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

}
