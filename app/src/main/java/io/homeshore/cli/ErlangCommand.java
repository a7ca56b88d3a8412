package io.homeshore.cli;

import io.homeshore.staffing.erlang.ErlangA;
import io.homeshore.staffing.erlang.ErlangB;
import io.homeshore.staffing.erlang.ErlangC;
import io.homeshore.staffing.erlang.QueueMeasures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code homeshore erlang}: every Erlang C or Erlang A measure of one interval, as JSON. */
@Command(name = "erlang", mixinStandardHelpOptions = true,
        description = "Erlang C or Erlang A measures of one interval, printed as JSON (see docs/cli.md).")
final class ErlangCommand implements Callable<Integer> {

    enum Model { C, A }

    @Spec CommandSpec spec;
    @Option(names = "--model", required = true, description = "C (no abandonment) or A (exponential patience)")
    Model model;
    @Option(names = "--calls", required = true, description = "contacts offered in the interval") double calls;
    @Option(names = "--interval-seconds", required = true) double intervalSeconds;
    @Option(names = "--aht-seconds", required = true, description = "mean handle time") double ahtSeconds;
    @Option(names = "--agents", required = true, description = "productive agents") int agents;
    @Option(names = "--target-seconds", required = true, description = "service-level target time") double targetSeconds;
    @Option(names = "--patience-seconds", description = "mean patience; required for model A") Double patienceSeconds;

    @Override
    public Integer call() {
        CliChecks.nonNegative("--calls", calls);
        CliChecks.positive("--interval-seconds", intervalSeconds);
        CliChecks.positive("--aht-seconds", ahtSeconds);
        CliChecks.nonNegative("--agents", agents);
        CliChecks.nonNegative("--target-seconds", targetSeconds);
        if (model == Model.A && patienceSeconds == null) throw new CliException("--patience-seconds is required for --model A");
        if (model == Model.C && patienceSeconds != null) throw new CliException("--patience-seconds applies to --model A only");
        double erlangs = calls * ahtSeconds / intervalSeconds;
        QueueMeasures m = model == Model.A
                ? ErlangA.evaluate(agents, erlangs, ahtSeconds, CliChecks.positive("--patience-seconds", patienceSeconds),
                        targetSeconds)
                : ErlangC.evaluate(agents, erlangs, ahtSeconds, targetSeconds);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("calls", calls);
        json.put("intervalSeconds", intervalSeconds);
        json.put("ahtSeconds", ahtSeconds);
        if (patienceSeconds != null) json.put("patienceSeconds", patienceSeconds);
        json.put("targetSeconds", targetSeconds);
        json.put("blocking", ErlangB.blocking(agents, erlangs));
        json.putAll(Json.measures(m));
        spec.commandLine().getOut().println(Json.object(json));
        return 0;
    }
}
