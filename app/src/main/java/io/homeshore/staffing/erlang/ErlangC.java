package io.homeshore.staffing.erlang;

/**
 * Erlang C, the M/M/n queue without abandonment (A. K. Erlang 1917; formulas as in Gans, Koole &amp; Mandelbaum,
 * "Telephone call centers: tutorial, review, and research prospects", M&amp;SOM 5(2), 2003):
 * <ul>
 * <li>C(n, a) = n·B / (n − a·(1 − B)) with B = Erlang B(n, a), for a &lt; n (1 otherwise);</li>
 * <li>service level SL(t) = 1 − C·exp(−(n − a)·t / AHT);</li>
 * <li>ASA = C·AHT / (n − a); E[Lq] = C·a / (n − a); occupancy = a / n.</li>
 * </ul>
 */
public final class ErlangC {

    private ErlangC() {}

    /** C(n, a): the probability that an arrival waits. */
    public static double probabilityWait(int n, double a) {
        return probabilityWait(n, a, ErlangB.blocking(n, a));
    }

    static double probabilityWait(int n, double a, double erlangB) {
        if (a >= n) return 1;
        double c = n * erlangB / (n - a * (1 - erlangB));
        return Math.min(1, c);
    }

    /** Every measure for {@code n} agents, offered load {@code a} Erlangs, handle time and target in seconds. */
    public static Measures measures(int n, double a, double ahtSeconds, double targetSeconds) {
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.nonNegative("targetSeconds", targetSeconds);
        return measures(n, a, ahtSeconds, targetSeconds, ErlangB.blocking(Checks.agents("agents", n), Checks.positive("traffic", a)));
    }

    static Measures measures(int n, double a, double aht, double t, double erlangB) {
        if (a >= n) {
            return new Measures(n, a, 1, 0, 0, 0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY, false);
        }
        double c = probabilityWait(n, a, erlangB);
        double sl = 1 - c * Math.exp(-(n - a) * t / aht);
        double asa = c * aht / (n - a);
        return new Measures(n, a, c, 0, sl, sl, asa, asa, a / n, c * a / (n - a), true);
    }
}
