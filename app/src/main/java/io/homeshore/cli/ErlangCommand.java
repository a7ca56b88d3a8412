package io.homeshore.cli;

import io.homeshore.staffing.erlang.ErlangA;
import io.homeshore.staffing.erlang.ErlangC;
import io.homeshore.staffing.erlang.Measures;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One interval's queue measures for a given number of agents, as JSON. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = "Queue measures for one interval: Erlang C (no abandonment) or Erlang A (exponential patience), printed as JSON.")
final class ErlangCommand implements Callable<Integer> {

    enum Model { C, A }

    @Option(names = "--model", required = true, description = "C or A") Model model;
    @Option(names = "--calls", required = true, description = "contacts offered in the interval") double calls;
    @Option(names = "--interval-seconds", required = true, description = "interval length, e.g. 900") double intervalSeconds;
    @Option(names = "--aht-seconds", required = true, description = "average handle time") double ahtSeconds;
    @Option(names = "--agents", required = true, description = "agents answering") int agents;
    @Option(names = "--target-seconds", required = true, description = "service-level target time") double targetSeconds;
    @Option(names = "--patience-seconds", description = "mean patience (required for model A)") Double patienceSeconds;

    @Override
    public Integer call() {
        Fields.positive("--calls", calls);
        Fields.positive("--interval-seconds", intervalSeconds);
        Fields.positive("--aht-seconds", ahtSeconds);
        Fields.nonNegative("--target-seconds", targetSeconds);
        if (agents < 0) throw new CliException("--agents must be zero or more, was " + agents);
        double traffic = calls * ahtSeconds / intervalSeconds;
        Measures m;
        if (model == Model.A) {
            if (patienceSeconds == null) throw new CliException("--patience-seconds is required for --model A");
            Fields.positive("--patience-seconds", patienceSeconds);
            m = ErlangA.measures(agents, calls / intervalSeconds, ahtSeconds, patienceSeconds, targetSeconds);
        } else {
            m = ErlangC.measures(agents, traffic, ahtSeconds, targetSeconds);
        }
        System.out.println(json(m));
        return 0;
    }

    static String json(Measures m) {
        return String.format(Locale.ROOT, """
                {"agents":%d,"trafficErlangs":%s,"stable":%s,"probabilityWait":%s,"probabilityAbandon":%s,\
                "serviceLevel":%s,"serviceLevelOfAnswered":%s,"asaSeconds":%s,"asaOfAnsweredSeconds":%s,\
                "occupancy":%s,"queueLength":%s}""",
                m.agents(), num(m.traffic()), m.stable(), num(m.probabilityWait()), num(m.probabilityAbandon()), num(m.serviceLevel()),
                num(m.serviceLevelOfAnswered()), num(m.asa()), num(m.asaOfAnswered()), num(m.occupancy()), num(m.queueLength()));
    }

    /** JSON has no infinity: an unstable queue's waits are reported as null. */
    static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }
}
