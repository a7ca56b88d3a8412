package io.homeshore.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.forecasting.model.ForecastWarning;
import io.homeshore.forecasting.model.HistoryProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every model warning and history problem the core can raise is said in each language, naming every value it carries. */
class ForecastMessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n/forecasting");

    @ParameterizedTest
    @ValueSource(strings = {"", "_nl", "_ja"})
    void everyWarningAndProblemCodeHasATextThatUsesAllItsValues(String language) throws IOException {
        var bundle = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve("messages" + language + ".properties"), StandardCharsets.UTF_8)) {
            bundle.load(r);
        }
        for (ForecastWarning.Code code : ForecastWarning.Code.values()) {
            assertUsesEveryValue(bundle, "forecast.warning." + code.name(), placeholders(code.english()));
        }
        for (HistoryProblem.Code code : HistoryProblem.Code.values()) {
            assertUsesEveryValue(bundle, "error.history." + code.name(), placeholders(code.english()));
        }
    }

    private static int placeholders(String english) {
        return new MessageFormat(english, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    private static void assertUsesEveryValue(Properties bundle, String key, int values) {
        String pattern = bundle.getProperty(key);
        assertThat(pattern).as(key).isNotBlank();
        List<String> args = IntStream.range(0, values).mapToObj(i -> "<value" + i + ">").toList();
        String text = new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
        assertThat(text).as(key).doesNotContain("{");
        args.forEach(arg -> assertThat(text).as(key).contains(arg));
    }
}
