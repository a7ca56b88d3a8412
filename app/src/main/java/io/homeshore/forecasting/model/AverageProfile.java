package io.homeshore.forecasting.model;

/**
 * Multi-week average profile: each slot is the mean of the same weekday and slot over the last {@code weeks} weeks,
 * {@code ŷ(T+h) = (1/K) Σ_{k=1..K} y(T + (h mod m) - k·m)}, {@code m = 7 · slotsPerDay}, {@code K = min(weeks, T/m)}.
 * With one week it is the weekly seasonal naive; with four it is the planners' "average of the last four same weekdays".
 */
public final class AverageProfile implements ForecastModel {

    private final int weeks;

    public AverageProfile(int weeks) {
        if (weeks < 1) throw new IllegalArgumentException("weeks must be >= 1, was " + weeks);
        this.weeks = weeks;
    }

    @Override
    public String name() {
        return "average-" + weeks + "w";
    }

    @Override
    public double[] forecast(double[] history, int slotsPerDay, int horizonDays) {
        int m = 7 * slotsPerDay, n = history.length;
        if (n < m) throw new IllegalArgumentException("needs at least one week of history, has " + n / slotsPerDay + " days");
        int k = Math.min(weeks, n / m);
        double[] forecast = new double[horizonDays * slotsPerDay];
        for (int h = 0; h < forecast.length; h++) {
            int phase = n - m + (h % m);
            double sum = 0;
            for (int i = 0; i < k; i++) sum += history[phase - i * m];
            forecast[h] = sum / k;
        }
        return forecast;
    }
}
