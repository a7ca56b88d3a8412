package io.homeshore.staffing.erlang;

/**
 * The series {@code S(b, z) = Σ_{j≥0} t_j} with {@code t_0 = 1}, {@code t_j = t_{j-1}·z/(b+j)}, which is the
 * lower incomplete gamma function in disguise: {@code S(b, z) = b·e^z·z^{-b}·γ(b, z)} (Abramowitz &amp; Stegun
 * 6.5.29). In Erlang A the queue states {@code n+j} have probabilities {@code π_n·t_j} with {@code b = nμ/θ},
 * {@code z = λ/θ} (Garnett, Mandelbaum &amp; Reiman 2002, section 3; Mandelbaum &amp; Zeltyn 2007).
 *
 * <p>Numerics: the terms rise while {@code z > b + j} and then fall, so the sums are taken relative to the
 * peak term {@code t_p}, {@code p = max(0, ⌊z − b⌋)}, walking outwards until terms drop below 1e-18 of the sum.
 * {@code ln t_p} is summed directly for short rises and otherwise taken from Stirling's series written in
 * log1p form, so there is no cancellation of large logarithms. Results are log-scaled: the true sum is
 * {@code exp(logScale)·sum}.
 *
 * @param logScale  natural log of the peak term
 * @param sum       Σ t_j / t_p
 * @param moment    Σ j·t_j / t_p
 * @param served    Σ t_j·b/(b+j+1) / t_p: weighted by the probability {@code nμ/(nμ+(j+1)θ)} that an arrival
 *                  finding {@code j} waiting is served; equals {@code b/(b+1)·S(b+1, z)} (see {@link ErlangA})
 * @param servedWait Σ t_j·(b/(b+j+1))·h_j / t_p with {@code h_j = Σ_{m=1..j+1} 1/(b+m)}: the mean wait of the
 *                  served customers who find {@code j} waiting, times θ, weighted by their probability of
 *                  being served (see {@link ErlangA})
 */
record TailSum(double logScale, double sum, double moment, double served, double servedWait) {

    private static final double NEGLIGIBLE = 1e-18;
    private static final int DIRECT_RISE = 64;

    double logSum() {
        return logScale + Math.log(sum);
    }

    static TailSum of(double b, double z) {
        long peak = z > b + 1 ? (long) Math.floor(z - b) : 0;
        double logPeak = logRise(b, z, peak);
        double h = harmonic(b, peak);
        Sums sums = new Sums(b);
        double term = 1, hj = h;
        double invZ = 1 / z;
        for (long j = peak; j >= 0; j--) {
            double inv = 1 / (b + j + 1);
            if (sums.addIsNegligible(j, term, inv, hj)) break;
            hj -= inv;
            term *= (b + j) * invZ;
        }
        term = 1;
        hj = h;
        for (long j = peak + 1; ; j++) {
            term *= z / (b + j);
            double inv = 1 / (b + j + 1);
            hj += inv;
            if (sums.addIsNegligible(j, term, inv, hj)) break;
        }
        return new TailSum(logPeak, sums.sum, sums.moment, sums.served, sums.servedWait);
    }

    /** The four running sums of one walk. */
    private static final class Sums {
        final double b;
        double sum, moment, served, servedWait;

        Sums(double b) {
            this.b = b;
        }

        /** Adds term j ({@code inv = 1/(b+j+1)}); true once the term is negligible against the sum. */
        boolean addIsNegligible(long j, double term, double inv, double hj) {
            double s = term * b * inv;
            sum += term;
            moment += j * term;
            served += s;
            servedWait += s * hj;
            return term < NEGLIGIBLE * sum;
        }
    }

    /** ln Π_{i=1..j} z/(b+i). */
    static double logRise(double b, double z, long j) {
        if (j <= DIRECT_RISE) {
            double log = 0;
            for (long i = 1; i <= j; i++) log += Math.log(z / (b + i));
            return log;
        }
        double z0 = b + 1;
        double shift = 0;
        while (z0 < 10) {
            shift += Math.log(z / z0);
            z0 += 1;
            j -= 1;
        }
        double z1 = z0 + j;
        return shift + j * (Math.log1p((z - z1) / z1) + 1) - (z0 - 0.5) * Math.log1p(j / z0)
                - SpecialFunctions.stirlingRemainder(z1) + SpecialFunctions.stirlingRemainder(z0);
    }

    /** h_j = Σ_{m=1..j+1} 1/(b+m) = ψ(b+j+2) − ψ(b+1). */
    static double harmonic(double b, long j) {
        if (j <= DIRECT_RISE) {
            double h = 0;
            for (long m = 1; m <= j + 1; m++) h += 1 / (b + m);
            return h;
        }
        return SpecialFunctions.digammaDifference(b + 1, j + 1);
    }
}
