package io.homeshore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(HomeshoreApplication.class);
    static final Path DOCS = Path.of("..", "docs", "modules");

    @Test
    void moduleGraphRespectsDeclaredDependencies() {
        MODULES.verify();
    }

    /**
     * Keeps docs/modules (linked from docs/architecture.md) in step with the code; CI fails when it is stale. The
     * Documenter lists relations in no fixed order, so files are compared as sets of lines and only rewritten when
     * they really differ.
     */
    @Test
    void moduleDiagramInDocsIsCurrent() throws IOException {
        Path generated = Path.of("target", "modules-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, String> fresh = read(generated);
        Map<String, String> committed = read(DOCS);
        boolean current = fresh.keySet().equals(committed.keySet())
                && fresh.keySet().stream().allMatch(f -> lines(fresh.get(f)).equals(lines(committed.get(f))));
        if (!current && !"true".equals(System.getenv("CI"))) {
            Files.createDirectories(DOCS);
            for (var e : fresh.entrySet()) Files.writeString(DOCS.resolve(e.getKey()), e.getValue());
        }
        if ("true".equals(System.getenv("CI"))) {
            assertThat(current).as("docs/modules is stale: run the tests locally and commit docs/modules").isTrue();
        }
        assertThat(fresh).containsKey("components.puml");
    }

    private static java.util.List<String> lines(String content) {
        return content.lines().sorted().toList();
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new HashMap<>();
        if (!Files.isDirectory(dir)) return files;
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : paths.toList()) files.put(p.getFileName().toString(), Files.readString(p));
        }
        return files;
    }
}
