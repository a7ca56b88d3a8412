package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A queue's forecast on its wall-clock grid (see {@link IntervalSeries} for the indexing), with the model that made
 * it, the backtest that chose it (null under two weeks of history) and an 80 % band.
 */
public record QueueForecast(QueueSetup setup, LocalDate firstDay, String model, BacktestResult backtest, double[] volume,
                            double[] lower, double[] upper, double[] ahtSeconds, List<ForecastWarning> warnings) {

    /**
     * The forecast on real intervals: a wall-clock slot skipped by a spring-forward change yields no row; a slot
     * repeated by a fall-back change yields one row per UTC offset, each with half the slot's volume and band.
     */
    public List<ForecastRow> rows() {
        int s = setup.slotsPerDay();
        List<ForecastRow> rows = new ArrayList<>(volume.length);
        for (int i = 0; i < volume.length; i++) {
            LocalDateTime local = firstDay.plusDays(i / s).atStartOfDay().plusMinutes((long) (i % s) * setup.intervalMinutes());
            List<ZoneOffset> offsets = setup.zone().getRules().getValidOffsets(local);
            double share = offsets.isEmpty() ? 0 : 1.0 / offsets.size();
            for (ZoneOffset offset : offsets) {
                rows.add(new ForecastRow(ZonedDateTime.ofStrict(local, offset, setup.zone()), volume[i] * share, lower[i] * share,
                        upper[i] * share, ahtSeconds[i]));
            }
        }
        return rows;
    }
}
