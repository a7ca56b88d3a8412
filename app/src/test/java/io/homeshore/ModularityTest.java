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

    /** Keeps docs/modules (linked from docs/architecture.md) in step with the code; CI fails when it is stale. */
    @Test
    void moduleDiagramInDocsIsCurrent() throws IOException {
        Map<String, String> before = read(DOCS);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, String> after = read(DOCS);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(after).as("docs/modules is stale: run the tests locally and commit docs/modules").isEqualTo(before);
        }
        assertThat(after).containsKey("components.puml");
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
