package io.homeshore.benchmarks;

import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.StaffingRequirement;
import io.homeshore.staffing.erlang.StaffingSolver;
import io.homeshore.staffing.erlang.StaffingSolver.QueueIntervals;
import io.homeshore.staffing.erlang.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Erlang A staffing of a whole week of 15-minute intervals (672) for 50 queues in one call, single thread.
 * Queues differ in size (5 to 600 contacts per interval at peak), AHT (120–600 s) and patience (60–600 s), with
 * a daily double-peak curve, nights at 5 % and weekends at 60 %; targets 80 % in 20 s, at most 5 % abandonment,
 * at most 90 % occupancy, 30 % shrinkage.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StaffingWeekBenchmark {

    List<QueueIntervals> week;

    @Setup
    public void setUp() {
        Random random = new Random(3);
        ServiceTargets targets = ServiceTargets.serviceLevel(0.8, 20).withMaxAbandonment(0.05).withMaxOccupancy(0.9)
                .withShrinkage(0.3);
        week = new ArrayList<>();
        for (int q = 0; q < 50; q++) {
            double peak = 5 + random.nextDouble() * 595, aht = 120 + random.nextDouble() * 480;
            double patience = 60 + random.nextDouble() * 540;
            List<Workload> intervals = new ArrayList<>(672);
            for (int i = 0; i < 672; i++) {
                double hour = (i % 96) / 4.0;
                double day = hour < 7 || hour >= 22 ? 0.05
                        : 0.5 + 0.5 * Math.exp(-Math.pow(hour - 10.5, 2) / 4) + 0.4 * Math.exp(-Math.pow(hour - 15, 2) / 3);
                double weekend = i / 96 >= 5 ? 0.6 : 1;
                intervals.add(new Workload(Math.round(peak * day * weekend), 900, aht, patience));
            }
            week.add(new QueueIntervals("q" + q, intervals, targets, 1));
        }
        long met = solve().stream().flatMap(List::stream).filter(r -> r.status() == StaffingRequirement.Status.MET).count();
        System.out.printf("%n[week] %d queue-intervals, %d met%n", 50 * 672, met);
    }

    @Benchmark
    public List<List<StaffingRequirement>> solve() {
        return StaffingSolver.solveAll(week);
    }

    /**
     * The same call, also counting this thread's CPU time: on a machine shared with other builds the wall time
     * includes the time the thread waits for a core; {@code cpuMicros / calls} does not.
     */
    @Benchmark
    public List<List<StaffingRequirement>> solveCountingCpu(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        List<List<StaffingRequirement>> out = StaffingSolver.solveAll(week);
        cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
        cpu.calls++;
        return out;
    }

    static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Per-iteration totals printed by JMH next to the score. */
    @State(Scope.Thread)
    @org.openjdk.jmh.annotations.AuxCounters(org.openjdk.jmh.annotations.AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuMicros;
        public long calls;
    }
}
