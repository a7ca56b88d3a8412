package io.homeshore.staffing.erlang;

/**
 * The sums over waiting states of the Erlang A birth–death chain, with w(j) = ∏_{i=1..j} λ / (nμ + iθ):
 * A = Σ w(j), Σ j·w(j), and Σ w(j)·nμ/(nμ + (j+1)θ)·Σ_{m=1..j+1} 1/(nμ + mθ) (answered contacts' waiting).
 * Multiplied up in doubles with the same rescaling as {@link Series}; logs of the sums are returned.
 */
record QueueSums(double logA, double logWeightedJ, double logServedWait) {

    /** A cap on the states summed: an overloaded queue with near-infinite patience has no useful answer here. */
    static final long MAX_TERMS = 50_000_000L;

    static QueueSums of(double lambda, double nMu, double theta) {
        return of(lambda, nMu, theta, true);
    }

    /** {@code withServedWait} false skips the third sum (NaN), which only the ASA of answered contacts needs. */
    static QueueSums of(double lambda, double nMu, double theta, boolean withServedWait) {
        double a = 0;
        double weighted = 0;
        double served = 0;
        double harmonic = 0;
        double w = 1;
        int scale = 0;
        for (long j = 0; ; j++) {
            if (j > 0) w *= lambda / (nMu + j * theta);
            a += w;
            weighted += j * w;
            if (withServedWait) {
                harmonic += 1 / (nMu + (j + 1) * theta);
                served += w * nMu / (nMu + (j + 1) * theta) * harmonic;
            }
            if (a > Series.BIG || weighted > Series.BIG) {
                a /= Series.BIG;
                weighted /= Series.BIG;
                served /= Series.BIG;
                w /= Series.BIG;
                scale++;
            }
            if (nMu + (j + 1) * theta > lambda && w * (j + 1) < Series.TAIL * a) break;
        }
        double shift = scale * Series.LOG_BIG;
        return new QueueSums(shift + Math.log(a), shift + Math.log(weighted), withServedWait ? shift + Math.log(served) : Double.NaN);
    }
}
