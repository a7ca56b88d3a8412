package io.homeshore.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code ./homeshore}: batch jobs for planners and benchmarks. Runs the pure cores
 * directly (no Spring context), so a command answers in well under a second.
 */
@Command(name = "homeshore", mixinStandardHelpOptions = true, version = "Homeshore 0.1.0",
        description = "Homeshore batch jobs on CSV/JSON files.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ErlangCommand.class,
                StaffingCommand.class,
                ForecastCommand.class,
                ScheduleCommand.class,
        })
public final class HomeshoreCli {

    private HomeshoreCli() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 failed, 2 bad usage. Never prints a stack trace. */
    public static int run(String... args) {
        return new CommandLine(new HomeshoreCli())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + CliErrors.oneLine(ex));
                    return ex instanceof CliException ce ? ce.exitCode() : 1;
                })
                .setParameterExceptionHandler((ex, args2) -> {
                    ex.getCommandLine().getErr().println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + ex.getMessage());
                    return 2;
                })
                .execute(args);
    }
}
