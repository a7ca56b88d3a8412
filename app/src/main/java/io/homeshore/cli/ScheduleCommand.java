package io.homeshore.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code homeshore schedule}: plans a problem file (JSON, see docs/cli.md) into a schedule file. */
@Command(name = "schedule", mixinStandardHelpOptions = true, subcommands = ScheduleCurtoisCommand.class,
        description = "Plan shifts for a problem.json within a time limit; write schedule.json.")
final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problem", paramLabel = "FILE", description = "problem JSON (see docs/cli.md)")
    Path problem;

    @Option(names = "--time-limit", defaultValue = "60s", description = "solver time, e.g. 60s (default 60s)")
    String timeLimit;

    @Option(names = "--out", paramLabel = "FILE", description = "schedule JSON to write (default: stdout)")
    Path out;

    @Override
    public Integer call() throws Exception {
        QuietLogs.solverWarningsOnly();
        if (problem == null) {
            throw new CliException("--problem: missing (or use: schedule curtois FILE)");
        }
        return ProblemJob.run(problem, TimeLimits.parse(timeLimit), out, spec.commandLine().getOut());
    }
}
