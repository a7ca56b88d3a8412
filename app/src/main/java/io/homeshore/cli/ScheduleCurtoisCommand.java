package io.homeshore.cli;

import io.homeshore.scheduling.solver.CurtoisBenchmark;
import io.homeshore.scheduling.solver.SchedulingInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code homeshore schedule curtois FILE}: solves a Curtois &amp; Qu benchmark instance and checks the result. */
@Command(name = "curtois", mixinStandardHelpOptions = true,
        description = "Solve a Curtois & Qu (2014) instance; print objective, best known and gap.")
final class ScheduleCurtoisCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "InstanceN.txt in the benchmark format")
    Path file;

    @Option(names = "--time-limit", defaultValue = "60s", description = "solver time, e.g. 60s (default 60s)")
    String timeLimit;

    @Option(names = "--best-known", description = "best-known.csv (default: next to FILE, if present)")
    Path bestKnownFile;

    @Option(names = "--stop-at-best-known", description = "stop early once the best-known objective is reached")
    boolean stopAtBestKnown;

    @Override
    public Integer call() throws IOException {
        QuietLogs.solverWarningsOnly();
        if (!Files.isRegularFile(file)) {
            throw new CliException("FILE: no such file " + file);
        }
        Path csv = bestKnownFile != null ? bestKnownFile : file.toAbsolutePath().getParent().resolve("best-known.csv");
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Long best = Files.isRegularFile(csv) ? BestKnown.lookup(csv, name) : null;
        CurtoisBenchmark.Outcome out;
        try {
            out = CurtoisBenchmark.run(file, TimeLimits.parse(timeLimit), stopAtBestKnown ? best : null);
        } catch (SchedulingInputException e) {
            throw new CliException(e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("instance: %s%n", out.instance());
        w.printf("feasible: %s%n", out.violations().isEmpty() ? "yes" : "no");
        w.printf("objective: %d%n", out.objective());
        w.printf("objective terms: on-requests %d, off-requests %d, under cover %d, over cover %d%n",
                out.terms().onRequests(), out.terms().offRequests(), out.terms().underCover(),
                out.terms().overCover());
        w.printf("model objective: %d (hard score %d)%n", out.modelObjective(), out.hardScore());
        w.printf("best known: %s%n", best == null ? "unknown" : best);
        w.printf("gap: %s%n", best == null || best == 0 ? "n/a"
                : String.format("%.2f%%", 100.0 * (out.objective() - best) / best));
        w.printf("time: %d ms, first feasible: %s%n", out.millis(),
                out.firstFeasibleMillis() < 0 ? "none" : out.firstFeasibleMillis() + " ms");
        List<String> broken = out.violations();
        broken.stream().limit(20).forEach(v -> w.printf("unmet hard rule: %s%n", v));
        if (broken.size() > 20) {
            w.printf("... and %d more unmet hard rules%n", broken.size() - 20);
        }
        if (out.objective() != out.modelObjective() && broken.isEmpty()) {
            throw new CliException("model objective " + out.modelObjective() + " differs from recomputed "
                    + out.objective(), 1);
        }
        w.flush();
        return 0;
    }
}
