package io.homeshore.staffing.erlang;

/**
 * Erlang A: the M/M/n+M queue, in which each waiting contact hangs up after an exponentially distributed patience
 * (Palm 1943; Garnett, Mandelbaum &amp; Reiman, "Designing a call center with impatient customers", M&amp;SOM 4(3),
 * 2002; Mandelbaum &amp; Zeltyn, "The M/M/n+G queue: summary of performance measures", Technion 2009).
 *
 * <p>With λ arrivals per second, μ = 1/AHT, θ = 1/patience, x = nμ/θ and y = λ/θ, the stationary birth–death
 * chain gives, for j contacts waiting, π(n+j) = π(n)·w(j) with w(j) = ∏_{i=1..j} λ / (nμ + iθ). Let
 * A = Σ_j w(j) and B = Erlang B(n, λ/μ). Then
 * <ul>
 * <li>P(wait) = A·B / (1 + (A − 1)·B);</li>
 * <li>E[Lq] = P(n)·Σ_j j·w(j) with P(n) = B / (1 + (A − 1)·B); P(abandon) = θ·E[Lq] / λ; ASA over all arrivals =
 *     E[Lq] / λ (Little);</li>
 * <li>an arrival with j contacts ahead is answered with probability nμ / (nμ + (j+1)θ), after a mean wait
 *     Σ_{m=1..j+1} 1 / (nμ + mθ) (each stage ends first by a departure ahead, at rate nμ + mθ, racing its own
 *     patience); summing over j gives the ASA of answered contacts;</li>
 * <li>answered within t, over all arrivals: (1 − P(wait)) + P(wait)·[γ(x+1, y) − γ(x+1, y·e^{−θt})] / (y·γ(x, y)),
 *     γ the lower incomplete gamma function (from the virtual-wait distribution P(V &gt; t | V &gt; 0) =
 *     γ(x, y·e^{−θt}) / γ(x, y)), evaluated through the series T(s, z) = Σ_j z^j / ∏_{i=1..j}(s + i).</li>
 * </ul>
 * Sums run until the remaining terms cannot change a double (terms fall below 1e-18 of the sum past the peak), in
 * log space where they would overflow, so loads of 100,000 Erlangs are safe.
 */
public final class ErlangA {

    private ErlangA() {}

    /**
     * Every measure for {@code n} agents.
     *
     * @param arrivalRate contacts per second (λ)
     * @param ahtSeconds  mean handle time (1/μ)
     * @param patienceSeconds mean patience (1/θ)
     * @param targetSeconds   the service-level target time t
     */
    public static Measures measures(int n, double arrivalRate, double ahtSeconds, double patienceSeconds, double targetSeconds) {
        Checks.agents("agents", n);
        Checks.positive("arrivalRate", arrivalRate);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.positive("patienceSeconds", patienceSeconds);
        Checks.nonNegative("targetSeconds", targetSeconds);
        double a = arrivalRate * ahtSeconds;
        return measures(n, arrivalRate, ahtSeconds, patienceSeconds, targetSeconds, n == 0 ? 0 : ErlangB.logBlocking(n, a));
    }

    static Measures measures(int n, double lambda, double aht, double patience, double t, double logB) {
        return measures(n, lambda, aht, patience, t, logB, true);
    }

    /** {@code full} false leaves the ASA of answered contacts NaN: the staffing search does not need it. */
    static Measures measures(int n, double lambda, double aht, double patience, double t, double logB, boolean full) {
        double mu = 1 / aht;
        double theta = 1 / patience;
        double a = lambda * aht;
        double nMu = n * mu;
        if (theta > 0 && lambda > nMu && (lambda - nMu) / theta > QueueSums.MAX_TERMS) {
            throw new IllegalArgumentException("patienceSeconds is too long for a queue this overloaded: use Erlang C, or more agents");
        }
        QueueSums s = QueueSums.of(lambda, nMu, theta, full);
        // P(n) = B / (1 + (A − 1)·B), i.e. 1/P(n) = 1/B + (A − 1), added in log space (A ≥ 1)
        double logAminus1 = s.logA() + Math.log1p(-Math.exp(-s.logA()));
        double logPn = -logAdd(-logB, logAminus1);
        double pWait = Math.min(1, Math.exp(logPn + s.logA()));
        // P(no wait) = P(n)·(1/B − 1), computed directly: 1 − P(wait) would lose it when P(wait) rounds to 1
        double noWait = n == 0 ? 0 : Math.exp(logPn - logB + Math.log1p(-Math.exp(logB)));
        double lq = Math.exp(logPn + s.logWeightedJ());
        double pAbandon = Math.min(1, theta * lq / lambda);
        double pServed = 1 - pAbandon;
        double waitedAnswered = !full ? Double.NaN : pServed == 0 ? 0 : Math.exp(logPn + s.logServedWait()) / pServed;
        double sl = serviceLevel(n, lambda, mu, theta, t, noWait, pWait, pServed);
        double occupancy = n == 0 ? 0 : Math.min(1, lambda * pServed * aht / n);
        return new Measures(n, a, pWait, pAbandon, sl, pServed == 0 ? 0 : Math.min(1, sl / pServed), lq / lambda, waitedAnswered, occupancy, lq, true);
    }

    private static double logAdd(double p, double q) {
        double hi = Math.max(p, q);
        return hi + Math.log1p(Math.exp(Math.min(p, q) - hi));
    }

    /**
     * P(no wait) + P(wait)·R with R = [γ(x+1, y) − γ(x+1, y·e^{−θt})] / (y·γ(x, y)); never more than the share
     * answered at all.
     */
    private static double serviceLevel(int n, double lambda, double mu, double theta, double t, double noWait, double pWait, double pServed) {
        if (n == 0) return 0;
        double x = n * mu / theta;
        double y = lambda / theta;
        double yT = y * Math.exp(-theta * t);
        double logR = Series.logGammaDifference(x + 1, yT, y) - Math.log(y) - Series.logLowerGamma(x, y);
        double sl = noWait + pWait * Math.exp(logR);
        return Math.max(0, Math.min(pServed, sl));
    }
}
