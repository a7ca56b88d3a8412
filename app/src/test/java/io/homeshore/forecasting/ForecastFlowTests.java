package io.homeshore.forecasting;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.support.Api;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Run a forecast on the demo history, adjust a day with a reason, publish it, and find staffing requirements made from it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForecastFlowTests {

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    Fixture f;
    Api planner;
    long queue;

    @BeforeEach
    void setUp() {
        f = organisation.create();
        planner = new Api(port, f.planner(), TestOrganisation.PASSWORD);
        queue = jdbc.sql("SELECT id FROM contact_queue WHERE name = 'Voice billing'").query(Long.class).single();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aPublishedForecastBecomesStaffingRequirements() {
        var run = planner.post("/api/v1/forecasts", "{\"queueId\":" + queue + ",\"horizonDays\":7}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        assertThat(run.body()).contains("\"model\":").contains("\"publishedAt\":null");
        long version = id(run.body());
        var intervals = planner.get("/api/v1/forecasts/" + version + "/intervals");
        assertThat(intervals.body()).contains("\"volume\":").contains("\"lower\":").contains("\"upper\":");
        String firstDay = run.body().replaceAll(".*\"firstDay\":\"([0-9-]+)\".*", "$1");

        var override = planner.post("/api/v1/forecasts/" + version + "/overrides", "{\"day\":\"" + firstDay + "\",\"factor\":1.3,\"reason\":\"Winter sale\"}");
        assertThat(override.statusCode()).as(override.body()).isEqualTo(200);
        assertThat(override.body()).contains("Winter sale");

        var published = planner.post("/api/v1/forecasts/" + version + "/publish", "");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"publishedBy\":\"" + f.planner() + "\"");
        long stored = jdbc.sql("SELECT COUNT(*) FROM staffing_requirement WHERE source = ?").param("forecast " + version).query(Long.class).single();
        assertThat(stored).isPositive();
        assertThat(planner.post("/api/v1/forecasts/" + version + "/publish", "").statusCode()).isEqualTo(409);
        assertThat(planner.post("/api/v1/forecasts/" + version + "/overrides", "{\"day\":\"" + firstDay + "\",\"factor\":2,\"reason\":\"late\"}")
                .statusCode()).isEqualTo(409);
    }

    @Test
    void importsHistoryFromACsvAllOrNothing() {
        String csv = "queue,arrival,handle_seconds,abandoned\n"
                + "Voice billing,2031-03-03T08:01:00,300,false\nVoice billing,2031-03-03T08:14:59,200,false\n"
                + "Voice billing,2031-03-03T08:20:00,0,true\nVoice tech,2031-03-03T08:20:00,100,false\n";
        var ok = planner.send("POST", "/api/v1/forecasts/history?queueId=" + queue, csv, "text/csv");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"intervals\":2").contains("\"otherQueueRows\":1");
        assertThat(jdbc.sql("SELECT offered, answered, abandoned, handle_seconds_total FROM contact_history WHERE queue_id = ? AND interval_start = ?")
                .params(queue, java.sql.Timestamp.from(java.time.Instant.parse("2031-03-03T07:00:00Z")))
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getLong(4)).single()).isEqualTo("2/2/0/500");
        String bad = "queue,arrival,handle_seconds,abandoned\nVoice billing,2031-03-04T08:01:00,300,false\nVoice billing,soon,-5,maybe\n";
        var refused = planner.send("POST", "/api/v1/forecasts/history?queueId=" + queue, bad, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("line 3, column 2 (arrival)").contains("line 3, column 3 (handle_seconds)")
                .contains("line 3, column 4 (abandoned)").contains("unparseable timestamp 'soon'");
        assertThat(planner.send("POST", "/api/v1/forecasts/history?lang=nl&queueId=" + queue, bad, "text/csv").body())
                .contains("onleesbaar tijdstip 'soon'").contains("moet een getal >= 0 zijn, was '-5'");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_history WHERE queue_id = ? AND interval_start >= ?")
                .params(queue, java.sql.Timestamp.from(java.time.Instant.parse("2031-03-04T00:00:00Z"))).query(Long.class).single()).isZero();
    }

    @Test
    void exportsAQueuesHistoryAsTheCsvTheImportReads() {
        String csv = "queue,interval_start,contacts,aht_seconds\nVoice billing,2030-05-06T09:00:00,7,300\nVoice billing,2030-05-06T09:15:00,3,200\n";
        assertThat(planner.send("POST", "/api/v1/forecasts/history?queueId=" + queue, csv, "text/csv").statusCode()).isEqualTo(200);

        var export = planner.get("/api/v1/forecasts/history?queueId=" + queue + "&from=2030-05-06&to=2030-05-07");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(export.body().lines()).containsExactly("queue,interval_start,contacts,aht_seconds",
                "Voice billing,2030-05-06T09:00+02:00,7,300.0", "Voice billing,2030-05-06T09:15+02:00,3,200.0");
        assertThat(planner.get("/api/v1/forecasts/history?queueId=" + queue + "&from=2030-05-07&to=2030-05-06").statusCode()).isEqualTo(400);
    }

    @Test
    void storedWarningsAreSaidInTheReadersLanguage() {
        long version = id(planner.post("/api/v1/forecasts", "{\"queueId\":" + queue + ",\"horizonDays\":7}").body());
        jdbc.sql("UPDATE forecast_version SET warnings = ? WHERE id = ?")
                .params("SHORT_HISTORY\u001FVoice billing\u001F9\u001Fseasonal-naive\nan old warning without a code", version).update();

        assertThat(planner.get("/api/v1/forecasts/" + version).body())
                .contains("queue Voice billing: under two weeks of history (9 days); using seasonal-naive without a backtest")
                .contains("\"code\":\"SHORT_HISTORY\"").contains("an old warning without a code");
        assertThat(planner.get("/api/v1/forecasts/" + version + "?lang=nl").body())
                .contains("wachtrij Voice billing: minder dan twee weken historie (9 dagen); seasonal-naive gebruikt zonder backtest");
        assertThat(planner.get("/api/v1/forecasts?queueId=" + queue + "&lang=ja").body())
                .contains("キュー Voice billing：履歴が 2 週間未満（9 日）です。バックテストなしで seasonal-naive を使います");
    }

    @Test
    void badRequestsAreRefusedByField() {
        assertThat(planner.post("/api/v1/forecasts", "{\"queueId\":" + queue + ",\"horizonDays\":0}").body()).contains("\"field\":\"horizonDays\"");
        assertThat(planner.post("/api/v1/forecasts", "{\"queueId\":987654321,\"horizonDays\":7}").statusCode()).isEqualTo(404);
        long version = id(planner.post("/api/v1/forecasts", "{\"queueId\":" + queue + ",\"horizonDays\":7}").body());
        var bad = planner.post("/api/v1/forecasts/" + version + "/overrides", "{\"day\":\"1999-01-01\",\"factor\":-1,\"reason\":\"x\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"day\"").contains("\"field\":\"factor\"");
    }
}
