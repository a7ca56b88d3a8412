package io.homeshore.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.homeshore.shared.Channel;
import io.homeshore.support.Api;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A planner plans two teams against a queue's requirements, publishes, re-plans with the first days kept; each
 * agent sees only their own shifts, through the API and a calendar feed they can revoke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScheduleFlowTests {

    /** Soon enough for the calendar feed's window (28 days back, 120 ahead). */
    static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired Queues queues;
    @Autowired io.homeshore.people.AgentDirectory agents;
    @Autowired Schedules schedules;

    Fixture f;
    Api planner;
    Api agentA;
    Api agentB;

    @BeforeEach
    void setUp() {
        f = organisation.create();
        planner = new Api(port, f.planner(), TestOrganisation.PASSWORD);
        agentA = new Api(port, f.agentUser(), TestOrganisation.PASSWORD);
        agentB = new Api(port, f.otherAgentUser(), TestOrganisation.PASSWORD);
        long queue = TestOrganisation.asSystemAdmin(() -> queues.create(new ContactQueue.Input("Queue " + f.tag(), Channel.VOICE, f.skill().code(),
                "Europe/Amsterdam", new BigDecimal("80"), 20, null, List.of(), List.of()))).id();
        var csv = new StringBuilder("interval_start,contacts,aht_seconds\n");
        for (int day = 0; day < 5; day++) {
            for (int q = 0; q < 32; q++) csv.append(MONDAY.plusDays(day).atTime(8, 0).plusMinutes(15L * q).toInstant(java.time.ZoneOffset.UTC)).append(",6,300\n");
        }
        var stored = planner.send("POST", "/api/v1/staffing/queues/" + queue + "/requirements?serviceLevel=0.8&targetSeconds=20", csv.toString(), "text/csv");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    String plan(String keep) throws InterruptedException {
        var started = planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "," + f.teamB().id() + "],\"firstDay\":\"" + MONDAY
                + "\",\"weeks\":1,\"timeLimitSeconds\":2" + (keep == null ? "" : ",\"keepPublishedUntil\":\"" + keep + "\"") + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.body()).contains("\"status\":\"SOLVING\"").contains("\"agents\":2");
        long run = id(started.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String body = started.body();
        while (body.contains("\"status\":\"SOLVING\"") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            body = planner.get("/api/v1/schedules/runs/" + run).body();
        }
        assertThat(body).as(() -> planner.get("/api/v1/schedules/runs/" + run + "/explanation").body().replaceAll("\"required\".*", ""))
                .contains("\"status\":\"DONE\"").contains("\"hardScore\":0");
        return body;
    }

    @Test
    void plansPublishesAndShowsEachAgentOnlyTheirOwnShifts() throws Exception {
        long run = id(plan(null));
        String shifts = planner.get("/api/v1/schedules/runs/" + run + "/shifts").body();
        // contract: 32-40 h in 5 days at most, 8-hour templates at most: four or five shifts each
        int a = count(shifts, "\"agentId\":" + f.agentA().id() + ",");
        int b = count(shifts, "\"agentId\":" + f.agentB().id() + ",");
        assertThat(a).isBetween(4, 5);
        assertThat(b).isBetween(4, 5);
        var explanation = planner.get("/api/v1/schedules/runs/" + run + "/explanation");
        assertThat(explanation.body()).contains("\"unmet\":[]").contains("\"fairnessSpread\"").contains("\"required\":{\"" + f.skill().code() + "\":[");
        assertThat(planner.get("/api/v1/schedules/runs/" + run + "/progress").body()).contains("\"softScore\"");
        assertThat(planner.get("/api/v1/schedules/runs/" + run + "/problem").body()).contains("\"startDate\":\"" + MONDAY + "\"")
                .contains("\"fairnessWeight\":100,").contains("\"fairnessGroup\":\"team-" + f.teamA().id() + "\"");

        assertThat(agentA.get("/api/v1/me/schedule?from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body()).isEqualTo("[]");
        var published = planner.post("/api/v1/schedules/runs/" + run + "/publish", "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).contains("\"publishedBy\":\"" + f.planner() + "\"");
        assertThat(planner.post("/api/v1/schedules/runs/" + run + "/publish", "").statusCode()).isEqualTo(409);

        String mine = agentA.get("/api/v1/me/schedule?from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body();
        assertThat(count(mine, "\"agentId\":" + f.agentA().id() + ",")).isEqualTo(a);
        assertThat(mine).doesNotContain("\"agentId\":" + f.agentB().id() + ",");
        assertThat(agentB.get("/api/v1/schedules/published?agentId=" + f.agentA().id() + "&from=" + MONDAY + "&to=" + MONDAY.plusDays(6))
                .statusCode()).isEqualTo(403);
        var lead = new Api(port, f.lead(), TestOrganisation.PASSWORD);
        assertThat(count(lead.get("/api/v1/schedules/published?agentId=" + f.agentA().id() + "&from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body(),
                "\"agentId\"")).isEqualTo(a);
        assertThat(lead.get("/api/v1/schedules/published?agentId=" + f.agentB().id() + "&from=" + MONDAY + "&to=" + MONDAY.plusDays(6))
                .statusCode()).as("a lead sees only their own teams").isEqualTo(404);

        // re-plan with Monday to Wednesday kept exactly as published
        long again = id(plan(MONDAY.plusDays(3).toString()));
        String replanned = planner.get("/api/v1/schedules/runs/" + again + "/shifts").body();
        for (String day : List.of(MONDAY.toString(), MONDAY.plusDays(1).toString(), MONDAY.plusDays(2).toString())) {
            assertThat(shiftOn(replanned, f.agentA().id(), day)).isEqualTo(shiftOn(shifts, f.agentA().id(), day));
        }
        assertThat(replanned).contains("\"pinned\":true");
    }

    @Test
    void aRunStartedWhileAnotherSolvesWaitsSaysSoAndCanBeStopped() throws Exception {
        String request = "{\"teamIds\":[" + f.teamA().id() + "],\"firstDay\":\"" + MONDAY + "\",\"weeks\":1,\"timeLimitSeconds\":60}";
        long first = id(planner.post("/api/v1/schedules/runs", request).body());
        long second = id(planner.post("/api/v1/schedules/runs", request).body());

        assertThat(TestOrganisation.asSystemAdmin(() -> schedules.waiting(second))).isTrue();
        assertThat(planner.post("/api/v1/schedules/runs/" + second + "/stop", "").statusCode()).isEqualTo(200);
        assertThat(awaitEnd(second)).contains("\"status\":\"STOPPED\"");
        assertThat(planner.get("/api/v1/schedules/runs/" + second + "/shifts").body()).isEqualTo("[]");
        assertThat(planner.post("/api/v1/schedules/runs/" + second + "/publish", "").statusCode()).isEqualTo(409);
        assertThat(planner.post("/api/v1/schedules/runs/" + first + "/stop", "").statusCode()).isEqualTo(200);
        assertThat(awaitEnd(first)).contains("\"status\":\"STOPPED\"").contains("\"hardScore\":0");
    }

    private String awaitEnd(long run) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String body = planner.get("/api/v1/schedules/runs/" + run).body();
        while (body.contains("\"status\":\"SOLVING\"") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = planner.get("/api/v1/schedules/runs/" + run).body();
        }
        return body;
    }

    @Test
    void theCalendarFeedShowsTheAgentsShiftsInTheirZoneUntilRevoked() throws Exception {
        long run = id(plan(null));
        planner.post("/api/v1/schedules/runs/" + run + "/publish", "");
        String mine = agentA.get("/api/v1/me/schedule?from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body();
        Matcher starts = Pattern.compile("\"start\":\"([^\"]+)\"").matcher(mine);
        List<String> expected = starts.results().map(r -> Instant.parse(r.group(1)).atZone(ZoneId.of("Europe/Amsterdam")).toLocalDateTime().toString())
                .toList();
        assertThat(expected).isNotEmpty();
        String url = agentA.post("/api/v1/me/calendar", "").body().replaceAll(".*\"url\":\"([^\"]+)\".*", "$1");
        assertThat(url).endsWith(".ics");
        HttpResponse<String> feed = get(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<CalendarComponent> all = calendar.getComponents();
        assertThat(all.stream().filter(c -> c.getName().equals("VTIMEZONE")).toList()).singleElement()
                .satisfies(z -> assertThat(z.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Amsterdam"));
        List<CalendarComponent> events = all.stream().filter(c -> c.getName().equals("VEVENT")).toList();
        assertThat(events).hasSize(expected.size());
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam"));
        // local wall-clock starts, as "DTSTART;TZID=Europe/Amsterdam:20310106T090000"
        assertThat(events.stream().map(e -> e.getProperty("DTSTART").orElseThrow().getValue()).toList()).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(t -> t.replace("-", "").replace(":", "") + (t.length() == 16 ? "00" : "")).toList());
        assertThat(agentB.get("/api/v1/me/schedule?from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body()).doesNotContain("\"agentId\":" + f.agentA().id() + ",");

        assertThat(agentA.delete("/api/v1/me/calendar").statusCode()).isEqualTo(204);
        assertThat(get(url).statusCode()).isEqualTo(404);
    }

    @Test
    void agentsInAnotherTimeZoneWorkTheTemplatesInTheirOwnLocalHours() throws Exception {
        var tokyo = TestOrganisation.asSystemAdmin(() -> agents.create(new io.homeshore.people.Agent.Input("Kenji " + f.tag(),
                "kenji-" + f.tag() + "@test.example", "Asia/Tokyo", List.of("ja"), f.teamB().id(), f.contract().id(),
                List.of(new io.homeshore.people.Agent.SkillLevel(f.skill().code(), 3)), java.util.Set.of(Channel.VOICE), LocalDate.of(2024, 3, 1), false),
                TestOrganisation.PASSWORD));
        var started = planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "," + f.teamB().id() + "],\"firstDay\":\"" + MONDAY
                + "\",\"weeks\":1,\"timeLimitSeconds\":2}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.body()).contains("\"zone\":\"Europe/Amsterdam\"").contains("\"agents\":3");
        long run = id(started.body());
        String body = started.body();
        for (long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos(); body.contains("\"SOLVING\"") && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            body = planner.get("/api/v1/schedules/runs/" + run).body();
        }
        assertThat(body).contains("\"status\":\"DONE\"").contains("\"hardScore\":0");
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var windows = new java.util.HashMap<String, java.time.LocalTime[]>();
        json.readTree(planner.get("/api/v1/shift-templates").body()).values().forEach(t -> windows.put(t.get("code").asString(),
                new java.time.LocalTime[] {java.time.LocalTime.parse(t.get("startEarliest").asString()), java.time.LocalTime.parse(t.get("startLatest").asString())}));
        var kenjis = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        json.readTree(planner.get("/api/v1/schedules/runs/" + run + "/shifts").body()).values().forEach(s -> {
            if (s.get("agentId").asLong() == tokyo.id()) kenjis.add(s);
        });
        assertThat(kenjis).as("a 32-40 h contract is worked in Tokyo too").hasSizeGreaterThanOrEqualTo(4);
        assertThat(kenjis).allSatisfy(s -> {
            var start = Instant.parse(s.get("start").asString()).atZone(ZoneId.of("Asia/Tokyo"));
            var window = windows.get(s.get("template").asString());
            assertThat(start.toLocalDate()).as("the shift's day is Kenji's own date").isEqualTo(LocalDate.parse(s.get("day").asString()));
            assertThat(start.toLocalTime()).as("starts inside the template's window, in Tokyo time").isBetween(window[0], window[1]);
        });
    }

    @Test
    void approvedTimeOffIsNeverPlannedAndWishesAreWeighedAndCounted() throws Exception {
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate wednesday = MONDAY.plusDays(2);
        var prefs = agentA.put("/api/v1/me/preferences", "{\"startEarliest\":\"08:00\",\"startLatest\":\"09:00\",\"daysOff\":[\"FRIDAY\"]}");
        assertThat(prefs.statusCode()).as(prefs.body()).isEqualTo(200);
        assertThat(agentA.put("/api/v1/me/preferences", "{\"startEarliest\":\"08:00\",\"daysOff\":[]}").body()).contains("\"field\":\"startLatest\"");
        assertThat(agentA.put("/api/v1/me/preferences", "{\"daysOff\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\"]}")
                .body()).contains("\"field\":\"daysOff\"");
        var wish = agentA.post("/api/v1/me/day-requests", "{\"day\":\"" + tuesday + "\",\"wish\":\"OFF\",\"priority\":\"HIGH\"}");
        assertThat(wish.statusCode()).as(wish.body()).isEqualTo(201);
        assertThat(agentA.post("/api/v1/me/day-requests", "{\"day\":\"2020-01-01\",\"wish\":\"OFF\",\"priority\":\"HIGH\"}").body())
                .contains("\"field\":\"day\"");
        assertThat(agentB.delete("/api/v1/me/day-requests/" + id(wish.body())).statusCode()).as("not B's wish").isEqualTo(404);
        var early = agentA.post("/api/v1/me/day-requests", "{\"day\":\"" + MONDAY + "\",\"wish\":\"WORK\",\"priority\":\"LOW\",\"template\":\"early\"}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(201);
        assertThat(early.body()).contains("\"template\":\"early\"");
        var unknownShift = agentA.post("/api/v1/me/day-requests", "{\"day\":\"" + MONDAY + "\",\"wish\":\"WORK\",\"priority\":\"LOW\",\"template\":\"no-such\"}");
        assertThat(unknownShift.statusCode()).isEqualTo(400);
        assertThat(unknownShift.body()).contains("\"field\":\"template\"").contains("no-such");
        assertThat(agentA.get("/api/v1/me/day-requests?from=" + MONDAY + "&to=" + MONDAY).body()).as("the refused wish did not replace the stored one")
                .contains("\"template\":\"early\"");
        String gone = "gone-" + f.tag();
        var doomed = planner.post("/api/v1/shift-templates", "{\"code\":\"" + gone + "\",\"name\":\"Gone\",\"startEarliest\":\"09:00\",\"startLatest\":\"09:00\","
                + "\"startGridMinutes\":30,\"minLengthMinutes\":480,\"maxLengthMinutes\":480,\"lengthStepMinutes\":60,\"days\":[\"THURSDAY\"],\"night\":false,\"cost\":0}");
        assertThat(doomed.statusCode()).as(doomed.body()).isEqualTo(201);
        var wrongDay = agentA.post("/api/v1/me/day-requests", "{\"day\":\"" + MONDAY.plusDays(4) + "\",\"wish\":\"WORK\",\"priority\":\"HIGH\",\"template\":\"" + gone + "\"}");
        assertThat(wrongDay.statusCode()).as("the shift runs on Thursdays only").isEqualTo(400);
        assertThat(wrongDay.body()).contains("\"field\":\"template\"").contains("does not run on " + MONDAY.plusDays(4));
        var forGone = agentA.post("/api/v1/me/day-requests", "{\"day\":\"" + MONDAY.plusDays(3) + "\",\"wish\":\"OFF\",\"priority\":\"HIGH\",\"template\":\"" + gone + "\"}");
        assertThat(forGone.statusCode()).as(forGone.body()).isEqualTo(201);
        assertThat(planner.delete("/api/v1/shift-templates/" + id(doomed.body())).statusCode()).isEqualTo(204);

        assertThat(agentA.post("/api/v1/me/time-off", "{\"firstDay\":\"" + wednesday + "\",\"lastDay\":\"" + MONDAY + "\"}").body())
                .contains("\"field\":\"lastDay\"");
        var asked = agentA.post("/api/v1/me/time-off", "{\"firstDay\":\"" + wednesday + "\",\"lastDay\":\"" + wednesday + "\",\"reason\":\"school play\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(asked.body()).contains("\"status\":\"REQUESTED\"");
        assertThat(agentA.post("/api/v1/me/time-off", "{\"firstDay\":\"" + wednesday + "\",\"lastDay\":\"" + wednesday + "\"}").statusCode())
                .as("overlaps the first request").isEqualTo(409);
        var askedByB = agentB.post("/api/v1/me/time-off", "{\"firstDay\":\"" + wednesday + "\",\"lastDay\":\"" + wednesday + "\"}");

        var lead = new Api(port, f.lead(), TestOrganisation.PASSWORD);
        assertThat(agentB.get("/api/v1/time-off").statusCode()).isEqualTo(403);
        String inbox = lead.get("/api/v1/time-off").body();
        assertThat(inbox).contains("\"id\":" + id(asked.body()) + ",").doesNotContain("\"id\":" + id(askedByB.body()) + ",");
        assertThat(lead.post("/api/v1/time-off/" + id(askedByB.body()) + "/approve", "").statusCode()).as("B is not in the lead's team").isEqualTo(404);
        var approved = lead.post("/api/v1/time-off/" + id(asked.body()) + "/approve", "");
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"decidedBy\":\"" + f.lead() + "\"");
        assertThat(lead.post("/api/v1/time-off/" + id(asked.body()) + "/decline", "").statusCode()).isEqualTo(409);
        assertThat(agentB.get("/api/v1/me/time-off?from=" + MONDAY + "&to=" + MONDAY.plusDays(6)).body()).doesNotContain("school play");

        long run = id(plan(null));
        String shifts = planner.get("/api/v1/schedules/runs/" + run + "/shifts").body();
        assertThat(shiftOn(shifts, f.agentA().id(), wednesday.toString())).as("approved time off").isEqualTo("off");
        assertThat(planner.get("/api/v1/schedules/runs/" + run + "/problem").body()).contains("\"timeOff\":[2]")
                .contains("{\"agent\":\"" + f.agentA().id() + "\",\"day\":0,\"on\":true,\"weight\":1,\"template\":\"early\"}")
                .as("a wish for a template deleted since is left out").doesNotContain(gone)
                .contains("\"preferredStart\":{\"earliest\":\"08:00\",\"latest\":\"09:00\"");
        var wishes = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(planner.get("/api/v1/schedules/runs/" + run + "/explanation").body()).get("wishes");
        // Monday's early shift (low), Tuesday (high) and Friday (preferred day off) for A; B asked for nothing
        assertThat(wishes.get("requests").asInt()).isEqualTo(3);
        assertThat(wishes.get("requestsMet").asInt()).isBetween(0, 3);
        assertThat(wishes.get("shiftsWithPreferredStart").asInt()).isEqualTo(count(shifts, "\"agentId\":" + f.agentA().id() + ","));
    }

    @Test
    void theWishPageOffersTheShiftTemplatesAndShowsAnUnknownOneAsAFieldError() {
        var page = new io.homeshore.support.Browserless(port, f.agentUser(), TestOrganisation.PASSWORD);
        var form = new java.util.HashMap<>(Map.of("day", MONDAY.plusDays(3).toString(), "wish", "OFF", "priority", "NORMAL", "template", "no-such"));
        var refused = page.post("/me/wishes/days", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"template-error\"").contains("no shift template has the code no-such")
                .contains("<option value=\"late\">Late</option>");
        form.put("template", "late");
        assertThat(page.post("/me/wishes/days", form).statusCode()).as("saved: back to the page").isEqualTo(302);
        assertThat(page.get("/me/wishes?lang=en").body()).contains("<td>Late</td>");
    }

    @Test
    void badPlanningRequestsAreRefusedByField() {
        assertThat(planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "],\"firstDay\":\"" + MONDAY.plusDays(1)
                + "\",\"weeks\":1,\"timeLimitSeconds\":2}").body()).contains("\"field\":\"firstDay\"");
        assertThat(planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "],\"firstDay\":\"" + MONDAY
                + "\",\"weeks\":9,\"timeLimitSeconds\":2}").body()).contains("\"field\":\"weeks\"");
        assertThat(planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "],\"firstDay\":\"" + MONDAY
                + "\",\"weeks\":1,\"timeLimitSeconds\":2,\"fairnessWeight\":-1}").body()).contains("\"field\":\"fairnessWeight\"");
        var unknown = planner.post("/api/v1/schedules/runs", "{\"teamIds\":[987654321],\"firstDay\":\"" + MONDAY + "\",\"weeks\":1,\"timeLimitSeconds\":2}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"teamIds\"");
        var noRequirements = planner.post("/api/v1/schedules/runs", "{\"teamIds\":[" + f.teamA().id() + "],\"firstDay\":\"2040-01-02\",\"weeks\":1,\"timeLimitSeconds\":2}");
        assertThat(noRequirements.statusCode()).isEqualTo(400);
        assertThat(noRequirements.body()).contains("publish a forecast");
        assertThat(planner.post("/api/v1/schedules/runs/987654321/publish", "").statusCode()).isEqualTo(404);
    }

    @Test
    void shiftTemplatesRefuseContradictionsByField() {
        String good = "{\"code\":\"t-" + f.tag() + "\",\"name\":\"Test\",\"startEarliest\":\"09:00\",\"startLatest\":\"10:00\",\"startGridMinutes\":30,"
                + "\"minLengthMinutes\":240,\"maxLengthMinutes\":480,\"lengthStepMinutes\":60,\"days\":[\"MONDAY\",\"TUESDAY\"],\"night\":false,\"cost\":0}";
        var created = planner.post("/api/v1/shift-templates", good);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(planner.post("/api/v1/shift-templates", good).statusCode()).isEqualTo(409);
        var backwards = planner.put("/api/v1/shift-templates/" + id(created.body()),
                good.replace("\"startLatest\":\"10:00\"", "\"startLatest\":\"08:00\"").replace("\"maxLengthMinutes\":480", "\"maxLengthMinutes\":120"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"startLatest\"").contains("\"field\":\"maxLengthMinutes\"");
        assertThat(planner.delete("/api/v1/shift-templates/" + id(created.body())).statusCode()).isEqualTo(204);
    }

    private static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    private static String shiftOn(String shifts, long agentId, String day) {
        Matcher m = Pattern.compile("\\{\"agentId\":" + agentId + ",\"day\":\"" + day + "\",\"start\":\"([^\"]+)\",\"end\":\"([^\"]+)\"").matcher(shifts);
        return m.find() ? m.group(1) + "/" + m.group(2) : "off";
    }

    private static HttpResponse<String> get(String url) throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            return client.send(java.net.http.HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
