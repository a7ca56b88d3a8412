package io.homeshore.staffing.erlang;

/**
 * Erlang C (M/M/n, infinite patience, FCFS). With offered load {@code A = λ/μ} and Erlang B value {@code B}:
 * <ul>
 *   <li>P(wait) {@code C(n, A) = n·B / (n − A·(1 − B))} for {@code n > A}, 1 otherwise (Cooper,
 *       <i>Introduction to Queueing Theory</i>, 2nd ed. 1981, and the B–C relation);</li>
 *   <li>service level {@code P(W ≤ t) = 1 − C·e^{−(n−A)·t/AHT}} (Cooper 1981, M/M/c waiting-time distribution);</li>
 *   <li>ASA {@code E[W] = C·AHT/(n − A)}, queue length {@code Lq = C·A/(n − A)} (Little), occupancy {@code A/n}.</li>
 * </ul>
 * Numerics: B and 1 − B come from {@link ErlangB#of} without cancellation, 1 − C is formed as
 * {@code (n − A)(1 − B) / (n − A + A·B)} and the service level as {@code (1 − C) + C·(−expm1(−(n−A)t/AHT))},
 * so every measure keeps full relative precision from 0.001 to 100,000 Erlangs.
 */
public final class ErlangC {

    private ErlangC() {}

    /** Probability of waiting C(n, A) (Erlang's delay formula, see class comment). */
    public static double waitProbability(int agents, double erlangs) {
        return delay(agents, erlangs)[0];
    }

    /**
     * All Erlang C measures for {@code agents} agents, offered load {@code erlangs}, mean handle time
     * {@code ahtSeconds} and service-level target time {@code targetSeconds} (formulas in the class comment).
     */
    public static QueueMeasures evaluate(int agents, double erlangs, double ahtSeconds, double targetSeconds) {
        Inputs.positive("ahtSeconds", ahtSeconds);
        Inputs.nonNegative("targetSeconds", targetSeconds);
        double[] c = delay(agents, erlangs);
        if (erlangs == 0) return QueueMeasures.idle(agents);
        if (agents <= erlangs) {
            double inf = Double.POSITIVE_INFINITY;
            return new QueueMeasures(agents, erlangs, 1, 0, 0, inf, inf, 0, 1, inf);
        }
        double spare = agents - erlangs;
        double sl = c[1] + c[0] * -Math.expm1(-spare * targetSeconds / ahtSeconds);
        double asa = c[0] * ahtSeconds / spare;
        return new QueueMeasures(agents, erlangs, c[0], sl, sl, asa, asa, 0, erlangs / agents,
                c[0] * erlangs / spare);
    }

    /** {C, 1 − C}. */
    private static double[] delay(int agents, double erlangs) {
        ErlangB.Result b = ErlangB.of(agents, erlangs);
        if (erlangs == 0) return new double[] {0, 1};
        if (agents <= erlangs) return new double[] {1, 0};
        double spare = agents - erlangs;
        double denominator = spare + erlangs * b.blocking();
        return new double[] {agents * b.blocking() / denominator, spare * b.oneMinusBlocking() / denominator};
    }
}
