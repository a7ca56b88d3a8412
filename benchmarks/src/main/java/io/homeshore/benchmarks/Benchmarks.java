package io.homeshore.benchmarks;

import org.openjdk.jmh.runner.RunnerException;

/**
 * Entry point of {@code ./homeshore bench}: with no arguments, lists the benchmarks; otherwise
 * hands its arguments to JMH (e.g. {@code ./homeshore bench ErlangBenchmark -f 1 -wi 3 -i 5}).
 * Quality benchmarks that are not JMH (forecast accuracy, schedule objectives) have their own
 * main classes, named in docs/benchmarks.md.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {"-l"} : args);
    }
}
