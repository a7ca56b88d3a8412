package io.homeshore.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.HomeshoreApplication;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo organisation on the embedded default ("auto"): created on the first start, left alone on the next. */
class DemoOrganisationTest {

    @Test
    void firstStartOfTheEmbeddedDatabaseCreatesNorthwindSupportAndTheSecondChangesNothing() {
        Path file = Path.of("target", "demo-" + UUID.randomUUID(), "homeshore").toAbsolutePath();
        long agents;
        long history;
        try (ConfigurableApplicationContext first = start(file)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM site WHERE name IN ('Amsterdam', 'Tokyo', 'Chicago')")).isEqualTo(3);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM team")).isEqualTo(8);
            agents = count(jdbc, "SELECT COUNT(*) FROM agent WHERE email LIKE '%@northwind.example'");
            assertThat(agents).isEqualTo(120);
            assertThat(count(jdbc, "SELECT COUNT(DISTINCT contract_id) FROM agent")).isGreaterThanOrEqualTo(5);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM contact_queue")).isEqualTo(6);
            assertThat(count(jdbc, "SELECT COUNT(DISTINCT agent_id) FROM protected_window")).isBetween(15L, 60L);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM agent WHERE night_opt_in = TRUE")).isPositive();
            assertThat(count(jdbc, "SELECT COUNT(*) FROM app_user WHERE role = 'AGENT'")).isEqualTo(120);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM team_lead")).isEqualTo(8);
            history = count(jdbc, "SELECT COUNT(*) FROM contact_history");
            // two weeks (the test setting) of open 15-minute intervals for six queues: voice ~12 h, chat 14 h, e-mail 24 h a day
            assertThat(history).isBetween(6L * 14 * 40, 6L * 14 * 96);
            long mondays = count(jdbc, "SELECT SUM(offered) FROM contact_history h JOIN contact_queue q ON q.id = h.queue_id WHERE q.name = 'Voice billing'");
            assertThat(mondays).isPositive();
        }
        try (ConfigurableApplicationContext second = start(file)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM agent")).isEqualTo(agents);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM contact_history")).isEqualTo(history);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM site")).isEqualTo(3);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start(Path file) {
        return new SpringApplicationBuilder(HomeshoreApplication.class).run("--server.port=0", "--homeshore.demo.mode=auto",
                "--homeshore.demo.history-weeks=2", "--spring.datasource.url=jdbc:h2:file:" + file,
                "--spring.datasource.username=sa", "--spring.datasource.password=");
    }
}
