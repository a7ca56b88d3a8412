package io.homeshore.people.internal;

import java.util.List;
import java.util.Map;

/** The agent CSV columns (docs/import-export.md), and which input field each one feeds. */
public final class AgentCsvFormat {

    private AgentCsvFormat() {}

    public static final List<String> COLUMNS = List.of("name", "email", "time_zone", "languages", "team", "contract", "channels",
            "start_date", "night_opt_in", "skills");

    /** Agent.Input field → CSV column, to report errors where the user typed the value. */
    public static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", "name", "email", "email", "timeZone", "time_zone",
            "languages", "languages", "teamId", "team", "contractId", "contract", "channels", "channels", "startDate", "start_date",
            "nightOptIn", "night_opt_in", "skills", "skills");

    public static String columnOf(String field) {
        String root = field.replaceAll("[\\[.].*$", "");
        return COLUMN_OF_FIELD.getOrDefault(root, root);
    }

    /** 1-based column position of a column name. */
    public static int position(String column) {
        return COLUMNS.indexOf(column) + 1;
    }
}
