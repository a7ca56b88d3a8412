package io.homeshore.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing string exists in English, Dutch and Japanese, and every key a template names exists. */
class MessageBundlesTest {

    static final Path I18N = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern DEFINITION = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void everyBundleHasTheSameKeysInEnglishDutchAndJapanese() throws IOException {
        List<Path> english = englishBundles();
        assertThat(english).isNotEmpty();
        for (Path en : english) {
            Set<String> keys = keys(en);
            for (String lang : List.of("nl", "ja")) {
                Path other = en.resolveSibling("messages_" + lang + ".properties");
                assertThat(other).as("%s needs a %s translation", en, lang).exists();
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(keys(other));
                assertThat(missing).as("keys of %s missing from %s", en, other).isEmpty();
                Set<String> extra = new TreeSet<>(keys(other));
                extra.removeAll(keys);
                assertThat(extra).as("keys of %s not in English %s", other, en).isEmpty();
            }
        }
    }

    /** A key defined twice in one bundle silently shows the later text in both places. */
    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        Set<String> duplicated = new TreeSet<>();
        try (Stream<Path> files = Files.walk(I18N)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new HashSet<>();
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    var m = DEFINITION.matcher(line);
                    if (m.find() && !seen.add(m.group(1))) duplicated.add(I18N.relativize(bundle) + ": " + m.group(1));
                }
            }
        }
        assertThat(duplicated).isEmpty();
    }

    @Test
    void everyMessageKeyATemplateUsesIsDefined() throws IOException {
        Set<String> defined = new HashSet<>();
        for (Path en : englishBundles()) defined.addAll(keys(en));
        Set<String> undefined = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = KEY_IN_TEMPLATE.matcher(Files.readString(t));
                while (m.find()) if (!defined.contains(m.group(1))) undefined.add(t.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(undefined).isEmpty();
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(I18N)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    private static Set<String> keys(Path bundle) throws IOException {
        var p = new Properties();
        try (Reader r = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }
}
