package io.homeshore.benchmarks;

/**
 * The straightforward textbook Erlang C, as found in spreadsheets and small libraries: powers and factorials in
 * doubles. Kept here only as the baseline the benchmarks compare against; it breaks once n! overflows (n &gt; 170)
 * or A^n overflows, and loses digits before that.
 */
final class TextbookErlang {

    private TextbookErlang() {}

    static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) f *= i;
        return f;
    }

    /** C(n, A) = (A^n/n! · n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)). */
    static double waitProbability(int n, double a) {
        double top = Math.pow(a, n) / factorial(n) * n / (n - a);
        double sum = 0;
        for (int k = 0; k < n; k++) sum += Math.pow(a, k) / factorial(k);
        return top / (sum + top);
    }

    static double serviceLevel(int n, double a, double aht, double t) {
        return 1 - waitProbability(n, a) * Math.exp(-(n - a) * t / aht);
    }
}
