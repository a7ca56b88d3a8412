package io.homeshore.queues;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.support.Browserless;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueuePagesTests {

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    Fixture f;
    Browserless admin;

    @BeforeEach
    void setUp() {
        f = organisation.create();
        admin = new Browserless(port, f.admin(), TestOrganisation.PASSWORD);
    }

    Map<String, String> form(String name, String channel, String percent, String hours, String holidays) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("channel", channel);
        form.put("skill", f.skill().code());
        form.put("timeZone", "Europe/Amsterdam");
        form.put("targetPercent", percent);
        form.put("targetSeconds", "20");
        form.put("targetHours", hours);
        form.put("open.MONDAY", "true");
        form.put("opens.MONDAY", "08:00");
        form.put("closes.MONDAY", "18:00");
        form.put("holidays", holidays);
        return form;
    }

    long queues(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_queue WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void anAdminCreatesAVoiceQueueWithHoursAndHolidays() {
        String name = "Voice " + f.tag();
        var r = admin.post("/admin/queues", form(name, "VOICE", "80", "", "2026-12-25 Eerste kerstdag\n2026-12-26 Tweede kerstdag"));
        assertThat(r.statusCode()).isEqualTo(302);
        var list = admin.get("/admin/queues");
        assertThat(list.body()).contains(name).contains("80 % answered within 20 s");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM queue_holiday h JOIN contact_queue q ON q.id = h.queue_id WHERE q.name = ?").param(name)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputIsShownNextToItsFieldAndNothingIsStored() {
        String name = "Mail " + f.tag();
        var noTarget = admin.post("/admin/queues", form(name, "EMAIL", "", "", ""));
        assertThat(noTarget.statusCode()).isEqualTo(200);
        assertThat(noTarget.body()).contains("is required for e-mail queues").contains("aria-invalid=\"true\"");
        var badHoliday = admin.post("/admin/queues", form(name, "EMAIL", "", "24", "2026-12-24 Kerstavond\n25-12-2026 Kerst"));
        assertThat(badHoliday.statusCode()).isEqualTo(200);
        assertThat(badHoliday.body()).contains("line 2 is not &quot;date name&quot;: 25-12-2026 Kerst");
        assertThat(queues(name)).isZero();
    }

    @Test
    void aPlannerReadsTheListButCannotOpenTheForm() {
        var planner = new Browserless(port, f.planner(), TestOrganisation.PASSWORD);
        assertThat(planner.get("/admin/queues").statusCode()).isEqualTo(200);
        assertThat(planner.get("/admin/queues/new").statusCode()).isEqualTo(403);
    }
}
