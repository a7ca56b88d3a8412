package io.homeshore.forecasting.model;

/**
 * Double-seasonal Holt-Winters exponential smoothing with intraday and weekly cycles and a first-order
 * autoregressive error adjustment, after Taylor (2003), "Short-term electricity demand forecasting using double
 * seasonal exponential smoothing", J. Oper. Res. Soc. 54:799-805. Additive form (contact volumes are zero at
 * night, which the multiplicative form cannot take), no trend term (see ADR 0040):
 * <pre>
 *   e(t)  = y(t) - (l(t-1) + d(t-s1) + w(t-s2))
 *   l(t)  = l(t-1) + α e(t)
 *   d(t)  = d(t-s1) + δ e(t)          (intraday cycle, s1 = slots per day)
 *   w(t)  = w(t-s2) + ω e(t)          (weekly cycle, s2 = 7 s1)
 *   ŷ(t+k) = l(t) + d(t+k-s1) + w(t+k-s2) + φ^k e(t)
 * </pre>
 * This is the error-correction form of Taylor's equations: δ and ω here stand for Taylor's δ(1-α) and ω(1-α).
 * α, δ, ω and φ are fitted in [0, 1] by minimising the one-step sum of squared errors with BOBYQA ({@link Fitting}).
 * To stay fast, fitting and smoothing use the last {@link #WINDOW_WEEKS} weeks; the first week initialises
 * level (its mean) and the weekly component (its deviations from that mean). Forecasts are floored at zero.
 */
public final class DoubleSeasonalHoltWinters implements ForecastModel {

    static final int WINDOW_WEEKS = 8;

    @Override
    public String name() {
        return "holt-winters";
    }

    @Override
    public int minimumDays() {
        return 14;
    }

    @Override
    public double[] forecast(double[] history, int slotsPerDay, int horizonDays) {
        int m = 7 * slotsPerDay;
        if (history.length < 2 * m) throw new IllegalArgumentException("needs at least two weeks of history");
        int weeks = Math.min(WINDOW_WEEKS, history.length / m);
        double[] y = java.util.Arrays.copyOfRange(history, history.length - weeks * m, history.length);
        double[] p = Fitting.minimise(q -> new State(y, slotsPerDay).run(q), new double[] {0.05, 0.1, 0.2, 0.5},
                new double[] {0, 0, 0, 0}, new double[] {1, 1, 1, 1}, 400);
        State state = new State(y, slotsPerDay);
        state.run(p);
        return state.forecast(p[3], horizonDays * slotsPerDay);
    }

    /** The smoothing recursions over one window; {@link #run} returns the one-step sum of squared errors. */
    private static final class State {
        private final double[] y;
        private final int s1, s2;
        private final double[] intraday, weekly;
        private double level, lastError;

        State(double[] y, int slotsPerDay) {
            this.y = y;
            this.s1 = slotsPerDay;
            this.s2 = 7 * slotsPerDay;
            this.intraday = new double[s1];
            this.weekly = new double[s2];
        }

        double run(double[] p) {
            double alpha = p[0], delta = p[1], omega = p[2], phi = p[3];
            double mean = 0;
            for (int t = 0; t < s2; t++) mean += y[t];
            level = mean / s2;
            for (int t = 0; t < s2; t++) weekly[t] = y[t] - level;
            java.util.Arrays.fill(intraday, 0);
            lastError = 0;
            double sse = 0;
            for (int t = s2; t < y.length; t++) {
                int i = t % s1, w = t % s2;
                double base = level + intraday[i] + weekly[w];
                double error = y[t] - base;
                double oneStep = y[t] - base - phi * lastError;
                sse += oneStep * oneStep;
                level += alpha * error;
                intraday[i] += delta * error;
                weekly[w] += omega * error;
                lastError = error;
            }
            return sse;
        }

        double[] forecast(double phi, int length) {
            double[] out = new double[length];
            double adjustment = lastError;
            for (int k = 0; k < length; k++) {
                int t = y.length + k;
                adjustment *= phi;
                out[k] = Math.max(0, level + intraday[t % s1] + weekly[t % s2] + adjustment);
            }
            return out;
        }
    }
}
