package io.homeshore.forecasting.internal;

import io.homeshore.forecasting.ForecastVersion.Warning;
import io.homeshore.forecasting.model.ForecastWarning;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A version's warnings in one text column: a line per warning, its code and args separated by U+001F, so that they
 * can be said in the reader's language later. Lines without a known code (versions stored before warnings had
 * codes) come back as plain English text.
 */
final class StoredWarnings {

    private static final String SEPARATOR = "\u001F";

    private StoredWarnings() {}

    static String encode(List<Warning> warnings) {
        return warnings.stream().map(w -> w.code() == null ? w.message() : w.code() + SEPARATOR + String.join(SEPARATOR, w.args()))
                .map(line -> line.replace('\n', ' ')).collect(Collectors.joining("\n"));
    }

    static List<Warning> decode(String column) {
        if (column == null || column.isEmpty()) return List.of();
        return Arrays.stream(column.split("\n")).map(StoredWarnings::line).toList();
    }

    private static Warning line(String line) {
        String[] parts = line.split(SEPARATOR, -1);
        ForecastWarning.Code code = Arrays.stream(ForecastWarning.Code.values()).filter(c -> c.name().equals(parts[0])).findFirst().orElse(null);
        if (code == null || !line.contains(SEPARATOR)) return new Warning(null, List.of(), line);
        List<String> args = parts.length == 2 && parts[1].isEmpty() && !code.english().contains("{0}") ? List.of() : List.of(parts).subList(1, parts.length);
        return new Warning(code.name(), args, new ForecastWarning(code, args).text());
    }
}
