package io.homeshore.persistence;

import static io.homeshore.support.TestOrganisation.asSystemAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.HomeshoreApplication;
import io.homeshore.people.Organisation;
import io.homeshore.people.Site;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in a file, so what was saved is still there after a restart. */
class H2FileRestartTest {

    @Test
    void dataSurvivesARestartOfTheEmbeddedDatabase() {
        Path file = Path.of("target", "h2-restart-" + UUID.randomUUID(), "homeshore").toAbsolutePath();
        String name = "Survivor " + UUID.randomUUID();
        try (ConfigurableApplicationContext first = start(file)) {
            asSystemAdmin(() -> first.getBean(Organisation.class).createSite(new Site.Input(name, "Europe/Amsterdam")));
        }
        try (ConfigurableApplicationContext second = start(file)) {
            assertThat(asSystemAdmin(() -> second.getBean(Organisation.class).sites())).extracting(Site::name).contains(name);
        }
    }

    private static ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(HomeshoreApplication.class).run("--server.port=0", "--homeshore.demo.mode=false",
                "--spring.datasource.url=jdbc:h2:file:" + file, "--spring.datasource.username=sa", "--spring.datasource.password=");
    }
}
