package io.homeshore.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI runs without Spring, so Logback falls back to its default (everything at DEBUG on the console). A batch
 * command's output is its result; the solver's progress lines would drown it, so only warnings get through
 * unless {@code -Dhomeshore.solverLog=INFO} (or another level) asks for them, e.g. to see move evaluation speed.
 */
final class QuietLogs {

    private QuietLogs() {
    }

    static void solverWarningsOnly() {
        if (LoggerFactory.getLogger("ai.timefold") instanceof Logger timefold) {
            timefold.setLevel(Level.toLevel(System.getProperty("homeshore.solverLog"), Level.WARN));
        }
    }
}
