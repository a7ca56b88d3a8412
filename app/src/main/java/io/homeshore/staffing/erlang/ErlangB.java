package io.homeshore.staffing.erlang;

/**
 * Erlang B: the probability that an arrival finds all {@code n} servers busy in a loss system (M/M/n/n) offered
 * {@code a} Erlangs. Computed with the standard recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)) (Jagerman,
 * "Some properties of the Erlang loss function", Bell System Technical Journal 53, 1974), which never overflows and
 * loses at most a few ulps per step; once B falls below 1e-280 the same recursion continues on the logarithm
 * (log(1/B(k)) = log1p(k/a · 1/B(k−1))), so tiny results keep their relative precision instead of going
 * subnormal. O(n) time, O(1) memory.
 */
public final class ErlangB {

    private static final double SWITCH_TO_LOG = 1e-280;

    private ErlangB() {}

    /** B(n, a). */
    public static double blocking(int n, double a) {
        return Math.exp(logBlocking(n, a));
    }

    /** ln B(n, a); finite even where B itself underflows a double. */
    public static double logBlocking(int n, double a) {
        Checks.agents("agents", n);
        Checks.positive("traffic", a);
        double b = 1;
        int k = 1;
        for (; k <= n && b >= SWITCH_TO_LOG; k++) b = a * b / (k + a * b);
        if (k > n) return Math.log(b);
        // log r = log(1/B); r(k) = 1 + (k/a)·r(k−1)
        double logR = -Math.log(b);
        double logA = Math.log(a);
        for (; k <= n; k++) {
            double x = Math.log(k) - logA + logR;
            logR = x > 40 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
        }
        return -logR;
    }

    /** One step of the recursion: B(k, a) from B(k−1, a). Used to walk agent counts upwards in O(1) each. */
    public static double next(double previous, int k, double a) {
        return a * previous / (k + a * previous);
    }
}
