package io.homeshore.cli;

import java.time.Duration;

/** Parses solver time limits written like {@code 60s}, {@code 500ms}, {@code 5m}. */
final class TimeLimits {

    private TimeLimits() {
    }

    static Duration parse(String text) {
        String t = text.strip().toLowerCase();
        try {
            if (t.endsWith("ms")) {
                return positive(Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2))), text);
            }
            if (t.endsWith("s")) {
                return positive(Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1))
                        * 1000)), text);
            }
            if (t.endsWith("m")) {
                return positive(Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)) * 60), text);
            }
        } catch (NumberFormatException e) {
            // falls through to the one-line error below
        }
        throw new CliException("--time-limit: '" + text + "' is not a duration like 60s, 500ms or 5m");
    }

    private static Duration positive(Duration d, String text) {
        if (d.isZero() || d.isNegative()) {
            throw new CliException("--time-limit: '" + text + "' must be positive");
        }
        return d;
    }
}
