package io.homeshore.forecasting.model;

/**
 * Damped additive trend exponential smoothing (Gardner &amp; McKenzie 1985, "Forecasting trends in time series",
 * Management Science 31(10)); parameters {@code {α, β, φ}}. NaN observations (closed weekdays) are skipped.
 */
final class DampedTrend {

    private DampedTrend() {}

    /** One-step sum of squared errors of the recursions over {@code x}. */
    static double sse(double[] x, double[] p) {
        return run(x, p)[2];
    }

    /** {@code ŷ(T+k) = l + (φ + φ² + … + φ^k) b}, k = 1..horizon. */
    static double[] forecast(double[] x, double[] p, int horizon) {
        double[] state = run(x, p);
        double[] out = new double[horizon];
        double damp = 0, phiK = 1;
        for (int k = 0; k < horizon; k++) {
            phiK *= p[2];
            damp += phiK;
            out[k] = state[0] + damp * state[1];
        }
        return out;
    }

    /** Returns {level, trend, sse}. Level starts at the mean of the first week's values, trend at zero. */
    private static double[] run(double[] x, double[] p) {
        double alpha = p[0], beta = p[1], phi = p[2];
        double level = 0;
        int n0 = 0;
        for (int d = 0; d < Math.min(7, x.length); d++) {
            if (!Double.isNaN(x[d])) {
                level += x[d];
                n0++;
            }
        }
        level = n0 > 0 ? level / n0 : 0;
        double trend = 0, sse = 0;
        for (int d = 7; d < x.length; d++) {
            if (Double.isNaN(x[d])) continue;
            double predicted = level + phi * trend;
            double error = x[d] - predicted;
            sse += error * error;
            double previous = level;
            level = predicted + alpha * error;
            trend = beta * (level - previous) + (1 - beta) * phi * trend;
        }
        return new double[] {level, trend, sse};
    }
}
