package io.homeshore.staffing;

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
class StaffingApiTests {

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired JdbcClient jdbc;

    Fixture f;
    Api planner;

    @BeforeEach
    void setUp() {
        f = organisation.create();
        planner = new Api(port, f.planner(), TestOrganisation.PASSWORD);
    }

    @Test
    void calculatesOneIntervalWithEveryMeasureAndACurve() {
        var r = planner.post("/api/v1/staffing/calculate", """
                {"interval":{"contacts":100,"intervalSeconds":1800,"ahtSeconds":180,"patienceSeconds":300},
                 "targets":{"serviceLevel":0.8,"targetSeconds":20,"maxAbandonment":0.05,"maxOccupancy":0.85,"shrinkage":0.3}}""");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"agents\":13").contains("\"scheduledAgents\":19").contains("\"abandonProbability\":")
                .contains("\"curve\":[");
    }

    @Test
    void computesAWeekOfIntervalsInOneCall() {
        var body = new StringBuilder("{\"targets\":{\"serviceLevel\":0.8,\"targetSeconds\":20},\"intervals\":[");
        for (int i = 0; i < 672; i++) body.append(i == 0 ? "" : ",").append("{\"contacts\":").append(i % 96 * 2).append(",\"intervalSeconds\":900,\"ahtSeconds\":240}");
        var r = planner.post("/api/v1/staffing/requirements", body.append("]}").toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().split("\"status\"").length - 1).isEqualTo(672);
        assertThat(r.body()).contains("\"NO_WORKLOAD\"").contains("\"MET\"");
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        var negative = planner.post("/api/v1/staffing/calculate", "{\"interval\":{\"contacts\":-5,\"intervalSeconds\":900,\"ahtSeconds\":180}}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"contacts\"");
        var zeroAht = planner.post("/api/v1/staffing/calculate", "{\"interval\":{\"contacts\":5,\"intervalSeconds\":900,\"ahtSeconds\":0}}");
        assertThat(zeroAht.body()).contains("\"field\":\"ahtSeconds\"");
        var target = planner.post("/api/v1/staffing/calculate",
                "{\"interval\":{\"contacts\":5,\"intervalSeconds\":900,\"ahtSeconds\":100},\"targets\":{\"serviceLevel\":1.5}}");
        assertThat(target.statusCode()).isEqualTo(400);
        assertThat(target.body()).contains("\"field\":\"serviceLevel\"");
        var missing = planner.post("/api/v1/staffing/calculate", "{\"interval\":{\"contacts\":5,\"intervalSeconds\":900}}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"interval.ahtSeconds\"");
    }

    @Test
    void storesAQueuesRequirementsFromAnIntervalFileAllOrNothing() {
        long queue = jdbc.sql("SELECT MIN(id) FROM contact_queue").query(Long.class).single();
        String good = "interval_start,contacts,aht_seconds,patience_seconds\n2031-01-06T08:00:00Z,40,300,120\n2031-01-06T08:15:00Z,0,300,120\n";
        var stored = planner.send("POST", "/api/v1/staffing/queues/" + queue + "/requirements?serviceLevel=0.8&targetSeconds=20", good, "text/csv");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        var back = planner.get("/api/v1/staffing/queues/" + queue + "/requirements?from=2031-01-06T00:00:00Z&to=2031-01-07T00:00:00Z");
        assertThat(back.body()).contains("\"status\":\"MET\"").contains("\"status\":\"NO_WORKLOAD\"");
        String bad = "interval_start,contacts,aht_seconds\n2031-01-07T08:00:00Z,40,300\nyesterday,x,300\n";
        var refused = planner.send("POST", "/api/v1/staffing/queues/" + queue + "/requirements", bad, "text/csv");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("line 3, column 1 (interval_start)").contains("line 3, column 2 (contacts)");
        var none = planner.get("/api/v1/staffing/queues/" + queue + "/requirements?from=2031-01-07T00:00:00Z&to=2031-01-08T00:00:00Z");
        assertThat(none.body()).isEqualTo("[]");
    }
}
