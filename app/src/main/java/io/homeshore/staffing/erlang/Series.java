package io.homeshore.staffing.erlang;

/**
 * T(s, z) = Σ_{j≥0} z^j / ∏_{i=1..j}(s + i), the series behind the lower incomplete gamma function:
 * γ(s, z) = z^s·e^{−z}·T(s, z)/s (Abramowitz &amp; Stegun 6.5.29). Terms are multiplied up in double precision and
 * the running sum is rescaled by 2^-900 whenever it grows past 2^900, so nothing overflows and each term costs one
 * multiply and one divide; the scale is returned in the logarithm.
 */
final class Series {

    static final double TAIL = 1e-18;
    static final double BIG = 0x1p900;
    static final double LOG_BIG = 900 * Math.log(2);

    private Series() {}

    /** ln T(s, z) for s ≥ 0, z ≥ 0. */
    static double logT(double s, double z) {
        if (z == 0) return 0;
        double sum = 0;
        double term = 1;
        int scale = 0;
        for (long j = 0; ; j++) {
            if (j > 0) term *= z / (s + j);
            sum += term;
            if (sum > BIG) {
                sum /= BIG;
                term /= BIG;
                scale++;
            }
            if (s + j + 1 > z && term < TAIL * sum) break;
        }
        return scale * LOG_BIG + Math.log(sum);
    }

    /** ln γ(s, z), the lower incomplete gamma function, for s &gt; 0: s·ln z − z + ln T(s, z) − ln s. */
    static double logLowerGamma(double s, double z) {
        return s * Math.log(z) - z + logT(s, z) - Math.log(s);
    }

    /**
     * ln Γ(s, z), the upper incomplete gamma function, by its continued fraction evaluated with the modified Lentz
     * method (Press et al., Numerical Recipes, 3rd ed., §6.2); converges quickly for z &gt; s + 1.
     */
    static double logUpperGamma(double s, double z) {
        final double tiny = 1e-300;
        double b = z + 1 - s;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10_000_000; i++) {
            double an = -i * (i - s);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.abs(c) < tiny) c = tiny;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) break;
        }
        return -z + s * Math.log(z) + Math.log(h);
    }

    /**
     * ln ∫_{lo}^{hi} u^{s−1}·e^{−u} du = ln(γ(s, hi) − γ(s, lo)) for 0 ≤ lo &lt; hi, without the cancellation of
     * subtracting two nearly equal incomplete gammas: left of the integrand's peak (hi ≤ s) both terms come from the
     * series, right of it (lo ≥ s) from the continued fraction, and an interval holding the peak is split there.
     */
    static double logGammaDifference(double s, double lo, double hi) {
        if (hi <= s) return logLowerGamma(s, hi) + log1mExp(lo == 0 ? Double.NEGATIVE_INFINITY : logLowerGamma(s, lo) - logLowerGamma(s, hi));
        if (lo >= s) return logUpperGamma(s, lo) + log1mExp(logUpperGamma(s, hi) - logUpperGamma(s, lo));
        double left = logGammaDifference(s, lo, s);
        double right = logGammaDifference(s, s, hi);
        double top = Math.max(left, right);
        return top + Math.log1p(Math.exp(Math.min(left, right) - top));
    }

    /** ln(1 − e^x) for x ≤ 0. */
    private static double log1mExp(double x) {
        return x > -0.693 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }
}
