package io.homeshore.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.platform.Accounts;
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
class PeopleApiTests {

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

    long sites() {
        return jdbc.sql("SELECT COUNT(*) FROM site").query(Long.class).single();
    }

    @Test
    void createsASiteAndAnswersCreatedWithItsLocation() {
        var r = admin.post("/api/v1/sites", "{\"name\":\"Utrecht " + f.tag() + "\",\"timeZone\":\"Europe/Amsterdam\"}");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/sites/"));
        assertThat(r.body()).contains("\"timeZone\":\"Europe/Amsterdam\"");
    }

    @Test
    void rejectsAnUnknownTimeZoneNamingTheFieldAndStoresNothing() {
        long before = sites();
        var r = admin.post("/api/v1/sites", "{\"name\":\"Nowhere " + f.tag() + "\",\"timeZone\":\"Mars/Olympus\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"field\":\"timeZone\"").contains("unknown time zone");
        assertThat(sites()).isEqualTo(before);
    }

    @Test
    void explainsModuleErrorsInTheCallersLanguage() {
        var r = admin.send("POST", "/api/v1/sites?lang=ja", "{\"name\":\"Nergens " + f.tag() + "\",\"timeZone\":\"Mars/Olympus\"}", "application/json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("不明なタイムゾーン「Mars/Olympus」");
    }

    @Test
    void rejectsUnknownFieldsAndWrongTypesByName() {
        var unknown = admin.post("/api/v1/sites", "{\"name\":\"X " + f.tag() + "\",\"timeZone\":\"UTC\",\"colour\":\"red\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"colour\"").contains("unknown field");
        var wrongType = admin.post("/api/v1/contracts", contractJson("Typed " + f.tag(), "\"many\"", "40"));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"minHoursPerWeek\"");
    }

    @Test
    void rejectsNegativeHoursAndMinimumAboveMaximum() {
        var negative = admin.post("/api/v1/contracts", contractJson("Negative " + f.tag(), "-4", "40"));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"minHoursPerWeek\"");
        var inverted = admin.post("/api/v1/contracts", contractJson("Inverted " + f.tag(), "40", "20"));
        assertThat(inverted.statusCode()).isEqualTo(400);
        assertThat(inverted.body()).contains("\"field\":\"minHoursPerWeek\"").contains("must not be above the maximum hours per week (20)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contract WHERE name LIKE ?").param("%" + f.tag()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void answersConflictForADuplicateEmail() {
        String body = "{\"agent\":" + agentJson("Copy", f.agentA().email()) + "}";
        var r = admin.post("/api/v1/agents", body);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("\"field\":\"email\"");
    }

    @Test
    void replacingAnAgentTwiceGivesTheSameResult() {
        String json = agentJson("Anna Renamed", f.agentA().email());
        var first = admin.put("/api/v1/agents/" + f.agentA().id(), json);
        var second = admin.put("/api/v1/agents/" + f.agentA().id(), json);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void pagesAgentListsWithTotals() {
        var r = admin.get("/api/v1/agents?size=1&page=0&teamId=" + f.teamA().id());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"totalItems\":1").contains("\"totalPages\":1").contains("\"size\":1").contains(f.agentA().email());
        assertThat(admin.get("/api/v1/agents?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void anAgentSeesOnlyThemselves() {
        var agent = new Api(port, f.agentUser(), TestOrganisation.PASSWORD);
        assertThat(agent.get("/api/v1/me").body()).contains(f.agentA().email()).doesNotContain(f.agentB().email());
        assertThat(agent.get("/api/v1/agents").statusCode()).isEqualTo(403);
        assertThat(agent.get("/api/v1/agents/" + f.agentB().id()).statusCode()).isEqualTo(403);
    }

    @Test
    void aLeadSeesOnlyTheAgentsOfTheirTeams() {
        var lead = new Api(port, f.lead(), TestOrganisation.PASSWORD);
        var list = lead.get("/api/v1/agents?size=500");
        assertThat(list.body()).contains(f.agentA().email()).doesNotContain(f.agentB().email());
        assertThat(lead.get("/api/v1/agents/" + f.agentB().id()).statusCode()).isEqualTo(404);
        assertThat(lead.post("/api/v1/sites", "{\"name\":\"L\",\"timeZone\":\"UTC\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void anAgentReplacesTheirProtectedWindowsAndBadWindowsAreRefused() {
        var agent = new Api(port, f.agentUser(), TestOrganisation.PASSWORD);
        String windows = "[{\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],\"start\":\"15:00\",\"end\":\"16:30\",\"reason\":\"school pick-up\"}]";
        var ok = agent.put("/api/v1/me/availability", windows);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("school pick-up");
        var bad = agent.put("/api/v1/me/availability", "[{\"days\":[\"MONDAY\"],\"start\":\"15:00\",\"end\":\"15:00\",\"reason\":\"x\"}]");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("windows[0].end");
        assertThat(agent.get("/api/v1/me/availability").body()).contains("school pick-up");
    }

    @Test
    void publishesAnOpenApiDocumentOfTheRestApi() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"title\":\"Homeshore API\"").contains("/api/v1/agents").contains("/api/v1/me/availability")
                .contains("\"scheme\":\"basic\"");
    }

    @Test
    void passwordsAreStoredAsHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(f.admin()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestOrganisation.PASSWORD);
        assertThat(Accounts.MIN_PASSWORD_LENGTH).isGreaterThanOrEqualTo(8);
    }

    @Test
    void refusesWrongPasswordsWithAProblemAndAuditsTheAttempt() {
        var wrong = new Api(port, f.admin(), "not-the-password").get("/api/v1/sites");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("\"status\":401");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'signin.failed' AND actor = ?").param(f.admin())
                .query(Long.class).single()).isPositive();
    }

    private String agentJson(String name, String email) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"timeZone\":\"Europe/Amsterdam\",\"languages\":[\"en\"],"
                + "\"teamId\":" + f.teamA().id() + ",\"contractId\":" + f.contract().id() + ",\"skills\":[{\"skill\":\"" + f.skill().code()
                + "\",\"proficiency\":4}],\"channels\":[\"VOICE\"],\"startDate\":\"2024-01-15\",\"nightOptIn\":false}";
    }

    private static String contractJson(String name, String min, String max) {
        return "{\"name\":\"" + name + "\",\"minHoursPerWeek\":" + min + ",\"maxHoursPerWeek\":" + max + ",\"maxDaysPerWeek\":5,"
                + "\"maxConsecutiveDays\":5,\"minConsecutiveDaysOff\":2,\"minRestHours\":11,\"nightEligible\":false,\"weekendEligible\":true}";
    }
}
