package io.homeshore.benchmarks;

import io.homeshore.staffing.erlang.ErlangA;
import io.homeshore.staffing.erlang.ErlangC;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Evaluations per second of one interval's measures at 10, 1,000 and 50,000 Erlangs, at square-root staffing
 * n = ⌈A + √A⌉ + 1, AHT 180 s, t = 20 s, patience 300 s; beside the textbook formula, whose answers (and
 * relative error against ours, itself checked against 50-digit mpmath vectors) are printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ErlangBenchmark {

    @Param({"10", "1000", "50000"})
    public double erlangs;

    int agents;

    @Setup
    public void setUp() {
        agents = (int) Math.ceil(erlangs + Math.sqrt(erlangs)) + 1;
        double ours = ErlangC.evaluate(agents, erlangs, 180, 20).serviceLevel();
        double textbook = TextbookErlang.serviceLevel(agents, erlangs, 180, 20);
        System.out.printf("%n[textbook vs ours] A=%.0f n=%d: Erlang C service level ours=%.17g textbook=%s"
                        + " relative error=%s%n", erlangs, agents, ours, textbook,
                Double.isFinite(textbook) ? String.format("%.2e", Math.abs(textbook - ours) / ours) : "n/a (broken)");
        if (erlangs == 10) sweep();
    }

    /** Where the textbook formula drifts and breaks: P(wait) at n = ⌈A + √A⌉ + 1 for growing A. */
    static void sweep() {
        for (double a : new double[] {1, 10, 50, 100, 140, 160, 170, 200, 1000}) {
            int n = (int) Math.ceil(a + Math.sqrt(a)) + 1;
            double ours = ErlangC.waitProbability(n, a), textbook = TextbookErlang.waitProbability(n, a);
            System.out.printf("[textbook sweep] A=%.0f n=%d P(wait) ours=%.17g textbook=%s rel.err=%s%n", a, n, ours,
                    textbook, Double.isFinite(textbook) ? String.format("%.1e", Math.abs(textbook - ours) / ours) : "broken");
        }
    }

    @Benchmark
    public double erlangCOurs() {
        return ErlangC.evaluate(agents, erlangs, 180, 20).serviceLevel();
    }

    @Benchmark
    public double erlangAOurs() {
        return ErlangA.evaluate(agents, erlangs, 180, 300, 20).serviceLevel();
    }

    @Benchmark
    public double erlangCTextbook() {
        return TextbookErlang.serviceLevel(agents, erlangs, 180, 20);
    }
}
