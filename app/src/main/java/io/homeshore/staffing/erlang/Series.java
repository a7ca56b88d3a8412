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
}
