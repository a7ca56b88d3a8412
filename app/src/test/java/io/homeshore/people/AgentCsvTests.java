package io.homeshore.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.support.Api;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgentCsvTests {

    static final String HEADER = "name,email,time_zone,languages,team,contract,channels,start_date,night_opt_in,skills\n";

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    Fixture f;
    Api admin;

    @BeforeEach
    void setUp() {
        f = organisation.create();
        admin = new Api(port, f.admin(), TestOrganisation.PASSWORD);
    }

    long agents() {
        return jdbc.sql("SELECT COUNT(*) FROM agent").query(Long.class).single();
    }

    String row(String name, String email, String zone, String team, String date, String skills) {
        return String.join(",", name, email, zone, "nl;en", team, "\"" + f.contract().name() + "\"", "VOICE;CHAT", date, "false", skills) + "\n";
    }

    @Test
    void importsNewAgentsFromAFileWithAByteOrderMarkAndQuotedFields() {
        String csv = "\uFEFF" + HEADER
                + row("\"Jansen, Piet\"", "piet-" + f.tag() + "@test.example", "Europe/Amsterdam", "\"" + f.teamA().name() + "\"", "2024-05-01",
                f.skill().code() + ":4");
        var r = admin.send("POST", "/api/v1/agents/import", csv, "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"created\":1").contains("\"updated\":0");
        assertThat(jdbc.sql("SELECT name FROM agent WHERE email = ?").param("piet-" + f.tag() + "@test.example").query(String.class).single())
                .isEqualTo("Jansen, Piet");
    }

    @Test
    void reportsEveryProblemByLineAndColumnAndWritesNothing() {
        long before = agents();
        String team = "\"" + f.teamA().name() + "\"";
        String csv = HEADER
                + row("Good One", "good-" + f.tag() + "@test.example", "Europe/Amsterdam", team, "2024-05-01", f.skill().code() + ":3")
                + row("Bad Zone", "zone-" + f.tag() + "@test.example", "Mars/Base", team, "2024-05-01", "")
                + row("Bad Team", "team-" + f.tag() + "@test.example", "UTC", "No such team", "01/05/2024", "")
                + row("Too Good", "good-" + f.tag() + "@test.example", "UTC", team, "2024-05-01", f.skill().code() + ":9");
        var r = admin.send("POST", "/api/v1/agents/import", csv, "text/csv");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .contains("line 3, column 3 (time_zone)")
                .contains("line 4, column 5 (team)")
                .contains("line 4, column 8 (start_date)")
                .contains("line 5, column 2 (email)")
                .contains("line 5, column 10 (skills)");
        assertThat(agents()).isEqualTo(before);
    }

    @Test
    void exportImportsBackUnchanged() {
        var export = admin.get("/api/v1/agents/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith(HEADER.strip()).contains(f.agentA().email());
        String before = export.body();
        long count = agents();
        var again = admin.send("POST", "/api/v1/agents/import", before, "text/csv");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0");
        assertThat(agents()).isEqualTo(count);
        assertThat(admin.get("/api/v1/agents/export").body()).isEqualTo(before);
    }

    @Test
    void rejectsAFileWithAWrongHeader() {
        var r = admin.send("POST", "/api/v1/agents/import", "name,mail\nx,y\n", "text/csv");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("line 1").contains("email");
    }
}
