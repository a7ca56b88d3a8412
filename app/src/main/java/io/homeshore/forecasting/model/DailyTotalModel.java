package io.homeshore.forecasting.model;

/**
 * Daily totals forecast by damped-trend exponential smoothing on weekday-adjusted totals, spread over the day by
 * an intraday profile per weekday (the "top-down" approach of call-centre practice; see Ibrahim, Ye, L'Ecuyer &amp;
 * Shen 2016, "Modeling and forecasting call center arrivals: A literature survey", §4).
 * <ol>
 *   <li>weekday factors {@code f(w) = mean daily total on weekday w / mean daily total}, last {@link #WEEKS} weeks;</li>
 *   <li>adjusted totals {@code x(d) = D(d) / f(w(d))} smoothed by Gardner &amp; McKenzie's damped trend
 *       ({@code l = α x + (1-α)(l + φ b)}, {@code b = β(l - l') + (1-β) φ b}; forecast {@code l + Σ_{i≤k} φ^i b}),
 *       α, β, φ fitted by one-step squared error with BOBYQA;</li>
 *   <li>intraday shares per weekday {@code p(w, j)} over the last {@link #PROFILE_WEEKS} weeks, each weekday's
 *       raw shares {@code Σ y(day w, slot j) / Σ D(day w)} shrunk toward the pooled shape of all weekdays and
 *       kernel-smoothed over neighbouring slots ({@link IntradayProfile}); slot forecast {@code = D̂(d) · p(w(d), j)}.</li>
 * </ol>
 */
public final class DailyTotalModel implements ForecastModel {

    static final int WEEKS = 8;
    static final int PROFILE_WEEKS = 12;

    @Override
    public String name() {
        return "daily-total";
    }

    @Override
    public int minimumDays() {
        return 14;
    }

    @Override
    public double[] forecast(double[] history, int slotsPerDay, int horizonDays) {
        int days = history.length / slotsPerDay;
        if (days < 14) throw new IllegalArgumentException("needs at least two weeks of history");
        double[] totals = new double[days];
        for (int i = 0; i < history.length; i++) totals[i / slotsPerDay] += history[i];
        double[] factor = weekdayFactors(totals);
        double[] adjusted = new double[days];
        for (int d = 0; d < days; d++) adjusted[d] = factor[d % 7] > 0 ? totals[d] / factor[d % 7] : Double.NaN;
        double[] p = Fitting.minimise(q -> DampedTrend.sse(adjusted, q), new double[] {0.2, 0.05, 0.9},
                new double[] {0.0, 0.0, 0.7}, new double[] {1.0, 0.5, 1.0}, 300);
        double[] dayForecast = DampedTrend.forecast(adjusted, p, horizonDays);
        int profileFrom = Math.max(0, days - PROFILE_WEEKS * 7);
        double[][] profile = IntradayProfile.smoothed(history, slotsPerDay, profileFrom, days);
        double[] out = new double[horizonDays * slotsPerDay];
        for (int k = 0; k < horizonDays; k++) {
            int weekday = (days + k) % 7;
            double total = Math.max(0, dayForecast[k] * factor[weekday]);
            for (int j = 0; j < slotsPerDay; j++) out[k * slotsPerDay + j] = total * profile[weekday][j];
        }
        return out;
    }

    /** Weekday factors indexed by {@code day mod 7} (day 0 = first history day). */
    private static double[] weekdayFactors(double[] totals) {
        int from = Math.max(0, totals.length - WEEKS * 7);
        double[] sum = new double[7];
        int[] count = new int[7];
        double all = 0;
        for (int d = from; d < totals.length; d++) {
            sum[d % 7] += totals[d];
            count[d % 7]++;
            all += totals[d];
        }
        double mean = all / (totals.length - from);
        double[] factor = new double[7];
        for (int w = 0; w < 7; w++) factor[w] = mean > 0 ? sum[w] / count[w] / mean : 0;
        return factor;
    }
}
