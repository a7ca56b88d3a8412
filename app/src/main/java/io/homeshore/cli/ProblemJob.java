package io.homeshore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

final class ProblemJob {
    private ProblemJob() {
    }

    static int run(Path problem, Duration limit, Path out, PrintWriter w) {
        throw new CliException("not yet");
    }
}
