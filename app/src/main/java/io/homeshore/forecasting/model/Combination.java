package io.homeshore.forecasting.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Equal-weight average of other models' forecasts, slot by slot. Simple averages of forecasts from different
 * methods are reliably at least as accurate as the average member and often beat the best one (Clemen 1989,
 * "Combining forecasts: A review and annotated bibliography", Int. J. Forecasting 5:559-583; the M4 competition,
 * Makridakis et al. 2020). Kept in the standard set because the backtest showed it earning its place (ADR 0040).
 */
public final class Combination implements ForecastModel {

    private final List<ForecastModel> members;

    public Combination(List<ForecastModel> members) {
        if (members.size() < 2) throw new IllegalArgumentException("a combination needs at least two models");
        this.members = List.copyOf(members);
    }

    @Override
    public String name() {
        return members.stream().map(ForecastModel::name).collect(Collectors.joining("+"));
    }

    @Override
    public int minimumDays() {
        return members.stream().mapToInt(ForecastModel::minimumDays).max().orElseThrow();
    }

    @Override
    public double[] forecast(double[] history, int slotsPerDay, int horizonDays) {
        double[] sum = new double[horizonDays * slotsPerDay];
        for (ForecastModel m : members) {
            double[] f = m.forecast(history, slotsPerDay, horizonDays);
            for (int i = 0; i < sum.length; i++) sum[i] += f[i] / members.size();
        }
        return sum;
    }
}
