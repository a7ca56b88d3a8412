package io.homeshore.forecasting.model;

/**
 * A volume model on a wall-clock interval series of whole days. History and forecast are aligned to days, so the
 * weekly period is {@code 7 * slotsPerDay} and the forecast's first slot is midnight after the last history day.
 */
public interface ForecastModel {

    /** Short stable name shown in backtest tables ("seasonal-naive", "holt-winters", ...). */
    String name();

    /** Shortest history, in days, the model needs. */
    default int minimumDays() {
        return 7;
    }

    /**
     * Volume for {@code horizonDays * slotsPerDay} slots after the history.
     *
     * @param history     offered contacts per slot, whole days, special days already cleaned
     * @param slotsPerDay 96, 48 or 24
     * @param horizonDays whole days to forecast
     */
    double[] forecast(double[] history, int slotsPerDay, int horizonDays);
}
