package io.homeshore.staffing.erlang;

/**
 * Erlang A (M/M/n+M: Poisson arrivals λ, exponential service μ = 1/AHT, exponential patience θ = 1/patience,
 * FCFS). States {@code k < n} have the Erlang B weights {@code A^k/k!}; queue states {@code n + j} have weight
 * {@code π_n·Π_{i=1..j} λ/(nμ + iθ)}. With {@code y = nμ/θ}, {@code x = λ/θ} and the series {@code S(b, z)} of
 * {@link TailSum} (an incomplete gamma function) the measures are (Garnett, Mandelbaum &amp; Reiman,
 * "Designing a call center with impatient customers", MSOM 4(3), 2002; Mandelbaum &amp; Zeltyn, "The M/M/n+G queue:
 * summary of performance measures", Technion notes, 2007):
 * <ul>
 *   <li>P(wait) {@code = B·S / (1 − B + B·S)} with {@code S = S(y, x)}, B = Erlang B(n, A) (PASTA);</li>
 *   <li>{@code E[Lq] = P(wait)·Σj·t_j / S}; P(abandon) {@code = θ·E[Lq]/λ} (rate balance); ASA over all arrivals
 *       {@code = E[Lq]/λ} (Little);</li>
 *   <li>an arrival finding {@code j} waiting is served with probability {@code nμ/(nμ + (j+1)θ)} after a mean
 *       wait {@code Σ_{m=1..j+1} 1/(nμ + mθ)} (the queue ahead shrinks at rate {@code nμ + iθ}); ASA over answered
 *       arrivals is that wait averaged over served arrivals;</li>
 *   <li>the offered wait V has density {@code ∝ exp(λ(1 − e^{−θs})/θ − nμs)} on (0, ∞) (Mandelbaum &amp; Zeltyn eq. for
 *       M/M/n+G with H(s) = (1 − e^{−θs})/θ); P(served and W ≤ t) {@code = P(V = 0) + P(wait)·∫_0^t f(s)e^{−θs}ds}, and
 *       that integral is {@code (y/(y+1))·[S(y+1, x) − E·S(y+1, x e^{−θt})] / S(y, x)} with
 *       {@code E = exp(x(1 − e^{−θt}) − (y+1)θt)};</li>
 *   <li>service level over all arrivals {@code = P(served and W ≤ t)} (abandoners count as not answered); over
 *       answered arrivals {@code = P(served and W ≤ t) / P(served)}; occupancy {@code = A·P(served)/n}.</li>
 * </ul>
 * Every sum is taken in log-scaled form (see {@link TailSum}) and every complement is formed from its own
 * positive terms, so no measure suffers overflow or cancellation. Cost grows like √(λ·patience).
 */
public final class ErlangA {

    private ErlangA() {}

    /**
     * All Erlang A measures (formulas in the class comment) for {@code agents} agents, offered load
     * {@code erlangs}, mean handle time, mean patience and the service-level target time, all in seconds.
     */
    public static QueueMeasures evaluate(int agents, double erlangs, double ahtSeconds, double patienceSeconds,
            double targetSeconds) {
        Inputs.nonNegative("agents", agents);
        Inputs.nonNegative("erlangs", erlangs);
        Inputs.positive("ahtSeconds", ahtSeconds);
        Inputs.positive("patienceSeconds", patienceSeconds);
        Inputs.nonNegative("targetSeconds", targetSeconds);
        if (erlangs == 0) return QueueMeasures.idle(agents);
        double lambda = erlangs / ahtSeconds;
        if (agents == 0) {
            double waited = patienceSeconds;
            return new QueueMeasures(0, erlangs, 1, 0, 0, waited, Double.POSITIVE_INFINITY, 1, 0,
                    lambda * waited);
        }
        double y = agents * patienceSeconds / ahtSeconds;
        double x = erlangs * patienceSeconds / ahtSeconds;
        ErlangB.Result b = ErlangB.of(agents, erlangs);
        TailSum tail = TailSum.of(y, x);
        // P(no wait) / P(wait) = (1 − B) / (B·S)
        double odds = b.blocking() == 0 ? Double.POSITIVE_INFINITY
                : Math.exp(Math.log(b.oneMinusBlocking()) - Math.log(b.blocking()) - tail.logSum());
        double pWait = 1 / (1 + odds);
        double pNoWait = 1 / (1 + 1 / odds);

        double queueGivenWait = tail.moment() / tail.sum();
        double meanQueue = pWait * queueGivenWait;
        double pAbandon = pWait * queueGivenWait / x;
        double servedGivenWait = tail.served() / tail.sum();
        double pServed = pNoWait + pWait * servedGivenWait;

        double withinGivenWait = y * Math.exp(withinTarget(tail, y, x, targetSeconds / patienceSeconds) - tail.logSum());
        double serviceLevel = pNoWait + pWait * withinGivenWait;

        double servedWaitSeconds = pWait * tail.servedWait() / tail.sum() * patienceSeconds;
        return new QueueMeasures(agents, erlangs, pWait, serviceLevel, serviceLevel / pServed,
                meanQueue / lambda, servedWaitSeconds / pServed, pAbandon, erlangs * pServed / agents, meanQueue);
    }

    /**
     * ln of {@code e^x·x^{-(y+1)}·∫_{x'}^{x} e^{-v}v^y dv} with {@code x' = x·e^{-θt}}: the part of the offered-wait
     * integral that lies within the target, {@code θt = thetaT}. Taken as a difference of lower incomplete gammas
     * when the integrand peaks right of {@code x'} and of upper ones (continued fraction) otherwise, so the
     * difference never cancels the bulk of the integral.
     */
    private static double withinTarget(TailSum tail, double y, double x, double thetaT) {
        if (thetaT == 0) return Double.NEGATIVE_INFINITY;
        double a = y + 1;
        double xt = x * Math.exp(-thetaT);
        double logE = -x * Math.expm1(-thetaT) - a * thetaT;
        if (xt <= a) {
            double logWhole = tail.logScale() + Math.log(tail.served() * a / y); // ln S(y+1, x)
            TailSum late = TailSum.of(a, xt);
            return logWhole - Math.log(a) + logOneMinusExp(logE + late.logSum() - logWhole);
        }
        double logCfLate = SpecialFunctions.logUpperGammaFraction(a, xt);
        double logCfWhole = SpecialFunctions.logUpperGammaFraction(a, x);
        return logE + logCfLate + logOneMinusExp(logCfWhole - logCfLate - logE);
    }

    /** ln(1 − e^u) for u ≤ 0; rounding can put u a hair above 0 when the target time is tiny, which means 0. */
    private static double logOneMinusExp(double u) {
        return Math.log(-Math.expm1(Math.min(u, 0)));
    }
}
