package io.homeshore.forecasting.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One problem of a history file, located by line and column (column 0: the whole line; line 0: the whole file),
 * with a {@link Code} and its values so that a user interface can say it in the reader's language.
 *
 * @param columnName the header name of the column, or null
 * @param args       the values the message names, in the order of {@link Code#english()}'s placeholders
 */
public record HistoryProblem(int line, int column, String columnName, Code code, List<String> args) {

    /** What is wrong; {@link #english()} is the CLI's text (a {@link MessageFormat} pattern over the args). */
    public enum Code {
        EMPTY("history is empty: no header row"),
        NO_ROWS("history is empty: no data rows"),
        HEADER("header must name the columns {0} (per contact) or {1} (per interval); found {2}"),
        COLUMN_COUNT("expected {0} columns, found {1}"),
        QUEUE_EMPTY("queue is empty"),
        NEGATIVE("must be a number >= 0, was ''{0}''"),
        NOT_A_NUMBER("not a number: ''{0}''"),
        BOOLEAN("expected true/false, was ''{0}''"),
        TIMESTAMP("unparseable timestamp ''{0}'' (ISO-8601 expected, e.g. 2026-03-02T08:15:00+01:00)"),
        CONFLICT("two different counts for the interval {0}: {1} and {2}");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        /** The English message pattern. */
        public String english() {
            return english;
        }
    }

    public HistoryProblem {
        args = List.copyOf(args);
    }

    static HistoryProblem of(int line, int column, String columnName, Code code, Object... args) {
        return new HistoryProblem(line, column, columnName, code, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** "line 3, column 2 (arrival)", "line 3" or "file". */
    public String where() {
        if (line == 0) return "file";
        return column == 0 ? "line " + line : "line " + line + ", column " + column + " (" + columnName + ")";
    }

    /** The English message. */
    public String message() {
        return new MessageFormat(code.english, Locale.ROOT).format(args.toArray());
    }

    @Override
    public String toString() {
        return where() + ": " + message();
    }
}
