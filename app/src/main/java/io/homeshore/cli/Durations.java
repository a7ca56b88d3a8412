package io.homeshore.cli;

/** Parses the short durations of the command line: {@code 15m}, {@code 1h}, {@code 7d}, {@code 4w}. */
final class Durations {

    private Durations() {}

    /** Minutes of an interval: 15m, 30m, 60m or 1h. */
    static int minutes(String text, String option) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "15m", "15" -> 15;
            case "30m", "30" -> 30;
            case "60m", "60", "1h" -> 60;
            default -> throw new CliException(option + ": expected 15m, 30m or 60m, was '" + text + "'");
        };
    }

    /** Whole days of a horizon or step: {@code Nd} or {@code Nw}, at least one day. */
    static int days(String text, String option) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            int n = Integer.parseInt(t.substring(0, t.length() - 1));
            int days = t.endsWith("w") ? 7 * n : t.endsWith("d") ? n : -1;
            if (days >= 1) return days;
        } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
            // reported below with the accepted forms
        }
        throw new CliException(option + ": expected whole days or weeks such as 7d or 4w, was '" + text + "'");
    }
}
