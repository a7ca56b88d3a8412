package io.homeshore.staffing.erlang;

/**
 * Erlang B (M/M/n/n, blocked calls lost): {@code B(n, A) = (A^n / n!) / Σ_{k=0..n} A^k / k!}
 * (A. K. Erlang, 1917; Kleinrock, <i>Queueing Systems</i> Vol. 1, 1975, M/M/m/m).
 *
 * <p>Numerics: the terms {@code a_k = A^k/k!} are summed relative to the largest one, {@code a_m} with
 * {@code m = min(n, ⌊A⌋)}, walking outwards by the ratios {@code k/A} (down) and {@code A/k} (up), so every
 * partial value lies in (0, 1] and nothing overflows. The walk down stops once a term is below 1e-18 of the sum;
 * the walk up runs to {@code n} unless the term underflows (below 1e-300, where B is returned as 0). Cost is
 * O(√A) for the usual staffing range instead of the O(n) of the classic recursion; relative error stays near
 * 1e-13 up to 150,000 agents (checked against mpmath vectors, see ErlangVectorsTest).
 */
public final class ErlangB {

    private static final double NEGLIGIBLE = 1e-18;
    private static final double UNDERFLOW = 1e-300;

    private ErlangB() {}

    /** Blocking probability B(n, A) (Erlang's loss formula, see class comment). */
    public static double blocking(int agents, double erlangs) {
        return of(agents, erlangs).blocking();
    }

    /**
     * B(n, A) together with 1 − B(n, A), the latter computed without cancellation (sum of the other terms over
     * the whole sum), which Erlang C and Erlang A need when B is close to 1.
     */
    public static Result of(int agents, double erlangs) {
        Inputs.nonNegative("agents", agents);
        Inputs.nonNegative("erlangs", erlangs);
        if (erlangs == 0) return agents == 0 ? new Result(1, 0) : new Result(0, 1);
        int mode = (int) Math.min(agents, Math.floor(erlangs));
        double others = mode == agents ? 0 : 1;
        double term = 1;
        for (int k = mode; k > 0; k--) {
            term *= k / erlangs;
            others += term;
            if (term < NEGLIGIBLE * others) break;
        }
        term = 1;
        for (int k = mode + 1; k <= agents; k++) {
            term *= erlangs / k;
            if (term < UNDERFLOW) return new Result(0, 1);
            if (k < agents) others += term;
        }
        double sum = others + term;
        return new Result(term / sum, others / sum);
    }

    /** Erlang B blocking probability and its complement, each accurate in relative terms. */
    public record Result(double blocking, double oneMinusBlocking) {}
}
