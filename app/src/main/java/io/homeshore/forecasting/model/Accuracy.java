package io.homeshore.forecasting.model;

/** Forecast accuracy measures used by the backtest. */
public final class Accuracy {

    private Accuracy() {}

    /**
     * Scale of the mean absolute scaled error: the in-sample mean absolute error of the weekly seasonal naive,
     * {@code (1/(n-m)) Σ_{t>m} |y(t) - y(t-m)|} with {@code m} the weekly period (Hyndman &amp; Koehler 2006,
     * "Another look at measures of forecast accuracy", Int. J. Forecasting 22:679-688). NaN if n ≤ m.
     */
    public static double naiveScale(double[] training, int period) {
        double sum = 0;
        for (int t = period; t < training.length; t++) sum += Math.abs(training[t] - training[t - period]);
        return training.length > period ? sum / (training.length - period) : Double.NaN;
    }

    /** Mean absolute error {@code (1/n) Σ |y - ŷ|}. */
    public static double meanAbsoluteError(double[] actual, double[] forecast) {
        return sumAbsoluteError(actual, forecast) / actual.length;
    }

    /** {@code Σ |y - ŷ|}, the numerator of wMAPE. */
    public static double sumAbsoluteError(double[] actual, double[] forecast) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - forecast[i]);
        return sum;
    }

    /**
     * Weighted mean absolute percentage error {@code Σ|y - ŷ| / Σ|y|} (Kolassa &amp; Schütz 2007, "Advantages of the
     * MAD/MEAN ratio over the MAPE", Foresight 6:40-43): well defined when single intervals hold zero contacts.
     */
    public static double wmape(double[] actual, double[] forecast) {
        double total = 0;
        for (double y : actual) total += Math.abs(y);
        return sumAbsoluteError(actual, forecast) / total;
    }
}
