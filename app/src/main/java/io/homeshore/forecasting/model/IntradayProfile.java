package io.homeshore.forecasting.model;

/**
 * Intraday shares per weekday, {@code p(w, j)} with {@code Σ_j p(w, j) = 1}, estimated from slot counts that may be
 * small (a 24-hour e-mail queue holds a handful of contacts per 15-minute slot, so a raw per-weekday share carries
 * mostly Poisson noise). Weekday {@code w} is {@code day mod 7} (day 0 = first history day). Two steps:
 * <ol>
 *   <li><b>Shrinkage toward the pooled shape</b> (positive-part James–Stein, Efron &amp; Morris 1975, "Data analysis
 *       using Stein's estimator and its generalizations", JASA 70:311-319): {@code q(w) = τ(w) + a(w)·(r(w) − τ(w))},
 *       {@code r(w)} the weekday's raw shares, {@code τ(w)} the shares of all weekdays pooled, restricted to the
 *       weekday's open span and renormalised, {@code a(w) = max(0, 1 − (J − 3) / X²)} with {@code X²} Pearson's
 *       statistic of the weekday's counts against {@code T(w)·τ(w)} over its {@code J} slots. When the weekday has
 *       the pooled shape, {@code X² ≈ J − 1} and the weekday borrows almost all of it; a clearly different shape
 *       (another opening time, a different peak) gives a large {@code X²} and keeps its own.</li>
 *   <li><b>Kernel smoothing over neighbouring slots</b> (Nadaraya–Watson with a triangular kernel
 *       {@code K(u) = max(0, 1 − |u|/(h+1))}; Wand &amp; Jones 1995, "Kernel Smoothing", §5.2), inside the open span
 *       only, so no volume leaks into closed hours. The half-width {@code h} (0 = none) is chosen by leave-one-week-out
 *       cross-validation on the absolute error of each held-out week's counts (Stone 1974, "Cross-validatory choice
 *       and assessment of statistical predictions", JRSS B 36:111-147): sharp, well-counted peaks keep {@code h = 0}.</li>
 * </ol>
 * The open span of a weekday runs from its first to its last slot with any contact in the window; slots outside
 * it get share 0, as the raw profile gives them.
 */
final class IntradayProfile {

    static final int[] HALF_WIDTHS = {0, 1, 2, 3, 4};

    private IntradayProfile() {}

    /**
     * Raw shares {@code p(w, j) = Σ y(day w, slot j) / Σ D(day w)} over days {@code [from, to)}.
     */
    static double[][] raw(double[] history, int slotsPerDay, int from, int to) {
        Counts c = Counts.of(history, slotsPerDay, from, to);
        double[][] p = new double[7][slotsPerDay];
        for (int w = 0; w < 7; w++) {
            for (int j = 0; j < slotsPerDay; j++) p[w][j] = c.total[w] > 0 ? c.count[w][j] / c.total[w] : 0;
        }
        return p;
    }

    /**
     * Shrunk and smoothed shares over days {@code [from, to)}, the kernel half-width chosen by leave-one-week-out
     * cross-validation over the whole weeks of the window (as described on the class).
     */
    static double[][] smoothed(double[] history, int slotsPerDay, int from, int to) {
        return shares(Counts.of(history, slotsPerDay, from, to), bestHalfWidth(history, slotsPerDay, from, to));
    }

    /** The half-width with the lowest leave-one-week-out absolute error; ties go to the smaller one. */
    static int bestHalfWidth(double[] history, int slotsPerDay, int from, int to) {
        int weeks = (to - from) / 7;
        if (weeks < 2) return 0;
        int start = to - weeks * 7;
        Counts all = Counts.of(history, slotsPerDay, start, to);
        Counts[] heldOutWeeks = new Counts[weeks];
        for (int k = 0; k < weeks; k++) heldOutWeeks[k] = Counts.of(history, slotsPerDay, start + 7 * k, start + 7 * k + 7);
        int best = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (int h : HALF_WIDTHS) {
            double error = 0;
            for (Counts heldOut : heldOutWeeks) {
                double[][] p = shares(all.minus(heldOut), h);
                for (int w = 0; w < 7; w++) {
                    for (int j = 0; j < slotsPerDay; j++) error += Math.abs(heldOut.count[w][j] - heldOut.total[w] * p[w][j]);
                }
            }
            if (error < bestError - 1e-9) {
                bestError = error;
                best = h;
            }
        }
        return best;
    }

    /** Shrunk shares per weekday smoothed with half-width {@code halfWidth} (steps 1 and 2 of the class comment). */
    static double[][] shares(Counts c, int halfWidth) {
        int slots = c.count[0].length;
        double[] pooled = new double[slots];
        double all = 0;
        for (int w = 0; w < 7; w++) {
            all += c.total[w];
            for (int j = 0; j < slots; j++) pooled[j] += c.count[w][j];
        }
        double[][] p = new double[7][slots];
        for (int w = 0; w < 7; w++) {
            if (c.total[w] <= 1e-9 || all <= 0) continue;
            int first = 0, last = slots - 1;
            while (first < last && c.count[w][first] <= 1e-9) first++;
            while (last > first && c.count[w][last] <= 1e-9) last--;
            double[] target = new double[slots];
            double targetSum = 0;
            for (int j = first; j <= last; j++) targetSum += pooled[j];
            for (int j = first; j <= last; j++) target[j] = pooled[j] / targetSum;
            double chi2 = 0;
            int cells = 0;
            for (int j = first; j <= last; j++) {
                double expected = c.total[w] * target[j];
                if (expected <= 0) continue;
                chi2 += (c.count[w][j] - expected) * (c.count[w][j] - expected) / expected;
                cells++;
            }
            double keep = cells <= 3 || chi2 <= 0 ? 1 : Math.max(0, 1 - (cells - 3) / chi2);
            double[] q = new double[slots];
            for (int j = first; j <= last; j++) q[j] = target[j] + keep * (c.count[w][j] / c.total[w] - target[j]);
            p[w] = smooth(q, first, last, halfWidth);
        }
        return p;
    }

    /** Nadaraya–Watson with a triangular kernel inside {@code [first, last]}, renormalised to sum 1. */
    private static double[] smooth(double[] q, int first, int last, int halfWidth) {
        double[] out = new double[q.length];
        double sum = 0;
        for (int j = first; j <= last; j++) {
            double num = 0, den = 0;
            for (int i = Math.max(first, j - halfWidth); i <= Math.min(last, j + halfWidth); i++) {
                double k = 1 - Math.abs(i - j) / (halfWidth + 1.0);
                num += k * q[i];
                den += k;
            }
            out[j] = num / den;
            sum += out[j];
        }
        if (sum > 0) for (int j = first; j <= last; j++) out[j] /= sum;
        return out;
    }

    /** Slot counts and day totals per weekday ({@code day mod 7}) over a range of days. */
    record Counts(double[][] count, double[] total) {

        static Counts of(double[] history, int slotsPerDay, int from, int to) {
            double[][] count = new double[7][slotsPerDay];
            double[] total = new double[7];
            for (int d = Math.max(0, from); d < to; d++) {
                for (int j = 0; j < slotsPerDay; j++) {
                    count[d % 7][j] += history[d * slotsPerDay + j];
                    total[d % 7] += history[d * slotsPerDay + j];
                }
            }
            return new Counts(count, total);
        }

        Counts minus(Counts other) {
            double[][] count = new double[7][];
            double[] total = new double[7];
            for (int w = 0; w < 7; w++) {
                count[w] = count()[w].clone();
                for (int j = 0; j < count[w].length; j++) count[w][j] -= other.count[w][j];
                total[w] = total()[w] - other.total[w];
            }
            return new Counts(count, total);
        }
    }
}
