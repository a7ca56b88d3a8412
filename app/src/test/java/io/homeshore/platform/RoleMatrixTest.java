package io.homeshore.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.support.Api;
import io.homeshore.support.Browserless;
import io.homeshore.support.TestOrganisation;
import io.homeshore.support.TestOrganisation.Fixture;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page and endpoint for every role and for an anonymous visitor, and asserts allow or deny. Every
 * mapped handler must appear in {@link #ACCESS}: a new page or endpoint fails this test until its access is
 * declared here. Allowed calls must also not fail on our side (no 5xx). Calls that would change data are sent
 * with empty input or an id that does not exist, so they pass authorisation without changing anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> PUBLIC = null;
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> ADMIN_PLANNER = EnumSet.of(Role.ADMIN, Role.PLANNER);
    static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.PLANNER, Role.LEAD);
    static final Set<Role> AGENT = EnumSet.of(Role.AGENT);
    static final Set<Role> LEAD = EnumSet.of(Role.LEAD);

    /** "METHOD pattern" → roles allowed (null: anyone, signed in or not). */
    static final Map<String, Set<Role>> ACCESS = new LinkedHashMap<>();

    static {
        // platform
        ACCESS.put("GET /login", PUBLIC);
        ACCESS.put("GET /", ALL);
        ACCESS.put("GET /admin/audit", ADMIN);
        ACCESS.put("GET /error", PUBLIC);
        ACCESS.put("GET /v3/api-docs", PUBLIC);
        ACCESS.put("GET /v3/api-docs.yaml", PUBLIC);
        ACCESS.put("GET /v3/api-docs/swagger-config", PUBLIC);
        ACCESS.put("GET /swagger-ui.html", PUBLIC);
        // organisation pages (CrudPages: planners read, admins write)
        for (String r : List.of("sites", "teams", "skills", "contracts", "agents", "queues")) crud("/admin/" + r);
        ACCESS.put("GET /admin/agents/{id}", ADMIN_PLANNER);
        ACCESS.put("GET /me", AGENT);
        ACCESS.put("POST /me/profile", AGENT);
        ACCESS.put("POST /me/windows", AGENT);
        ACCESS.put("POST /me/windows/{id}/delete", AGENT);
        ACCESS.put("GET /team", LEAD);
        // REST
        for (String r : List.of("sites", "teams", "skills", "contracts", "queues")) rest("/api/v1/" + r);
        rest("/api/v1/agents");
        ACCESS.put("GET /api/v1/agents/{id}/availability", STAFF);
        ACCESS.put("GET /api/v1/agents/export", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/agents/import", ADMIN);
        ACCESS.put("GET /admin/agents/import", ADMIN);
        ACCESS.put("POST /admin/agents/import", ADMIN);
        ACCESS.put("GET /admin/agents/export", ADMIN_PLANNER);
        ACCESS.put("GET /api/v1/me", AGENT);
        ACCESS.put("PUT /api/v1/me", AGENT);
        ACCESS.put("GET /api/v1/me/availability", AGENT);
        ACCESS.put("PUT /api/v1/me/availability", AGENT);
        // forecasting
        ACCESS.put("GET /forecasting", ADMIN_PLANNER);
        ACCESS.put("POST /forecasting/run", ADMIN_PLANNER);
        ACCESS.put("GET /forecasting/versions/{id}", ADMIN_PLANNER);
        ACCESS.put("POST /forecasting/versions/{id}/overrides", ADMIN_PLANNER);
        ACCESS.put("POST /forecasting/versions/{id}/publish", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/forecasts", ADMIN_PLANNER);
        ACCESS.put("GET /api/v1/forecasts", ADMIN_PLANNER);
        ACCESS.put("GET /api/v1/forecasts/{id}", ADMIN_PLANNER);
        ACCESS.put("GET /api/v1/forecasts/{id}/intervals", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/forecasts/{id}/overrides", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/forecasts/{id}/publish", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/forecasts/history", ADMIN_PLANNER);
        // staffing
        ACCESS.put("GET /staffing", ADMIN_PLANNER);
        ACCESS.put("POST /staffing/calculate", ADMIN_PLANNER);
        ACCESS.put("POST /staffing/queues/upload", ADMIN_PLANNER);
        ACCESS.put("GET /staffing/queues/{queueId}/requirements.csv", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/staffing/calculate", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/staffing/requirements", ADMIN_PLANNER);
        ACCESS.put("POST /api/v1/staffing/queues/{queueId}/requirements", ADMIN_PLANNER);
        ACCESS.put("GET /api/v1/staffing/queues/{queueId}/requirements", ADMIN_PLANNER);
        // scheduling
        for (String p : List.of("GET /schedule", "POST /schedule/runs", "GET /schedule/runs/{id}", "GET /schedule/runs/{id}/events",
                "POST /schedule/runs/{id}/stop", "POST /schedule/runs/{id}/publish", "GET /schedule/runs/{id}/explanation",
                "GET /schedule/templates", "GET /schedule/templates/new", "GET /schedule/templates/{id}/edit", "POST /schedule/templates",
                "POST /schedule/templates/{id}", "POST /schedule/templates/{id}/delete",
                "GET /api/v1/shift-templates", "GET /api/v1/shift-templates/{id}", "POST /api/v1/shift-templates",
                "PUT /api/v1/shift-templates/{id}", "DELETE /api/v1/shift-templates/{id}", "POST /api/v1/schedules/runs",
                "GET /api/v1/schedules/runs", "GET /api/v1/schedules/runs/{id}", "POST /api/v1/schedules/runs/{id}/stop",
                "GET /api/v1/schedules/runs/{id}/progress", "GET /api/v1/schedules/runs/{id}/shifts", "GET /api/v1/schedules/runs/{id}/explanation",
                "GET /api/v1/schedules/runs/{id}/problem", "POST /api/v1/schedules/runs/{id}/publish")) {
            ACCESS.put(p, ADMIN_PLANNER);
        }
        ACCESS.put("GET /api/v1/schedules/published", STAFF);
        ACCESS.put("GET /me/schedule", AGENT);
        ACCESS.put("POST /me/schedule/calendar", AGENT);
        ACCESS.put("POST /me/schedule/calendar/revoke", AGENT);
        ACCESS.put("GET /api/v1/me/schedule", AGENT);
        ACCESS.put("POST /api/v1/me/calendar", AGENT);
        ACCESS.put("DELETE /api/v1/me/calendar", AGENT);
        ACCESS.put("GET /calendar/{token}.ics", PUBLIC);
    }

    static void crud(String base) {
        ACCESS.put("GET " + base, ADMIN_PLANNER);
        ACCESS.put("GET " + base + "/new", ADMIN);
        ACCESS.put("GET " + base + "/{id}/edit", ADMIN);
        ACCESS.put("POST " + base, ADMIN);
        ACCESS.put("POST " + base + "/{id}", ADMIN);
        ACCESS.put("POST " + base + "/{id}/delete", ADMIN);
    }

    static void rest(String base) {
        ACCESS.put("GET " + base, STAFF);
        ACCESS.put("GET " + base + "/{id}", STAFF);
        ACCESS.put("POST " + base, ADMIN);
        ACCESS.put("PUT " + base + "/{id}", ADMIN);
        ACCESS.put("DELETE " + base + "/{id}", ADMIN);
    }

    static final long MISSING = 987_654_321L;

    @LocalServerPort int port;
    @Autowired TestOrganisation organisation;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    Fixture f;
    Map<Role, String> users;

    @BeforeAll
    void setUp() {
        f = organisation.create();
        users = Map.of(Role.ADMIN, f.admin(), Role.PLANNER, f.planner(), Role.LEAD, f.lead(), Role.AGENT, f.agentUser());
    }

    List<String> endpoints() {
        var all = new TreeSet<String>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) all.add("GET " + pattern);
                methods.forEach(m -> all.add(m.name() + " " + pattern));
            }
        });
        return new ArrayList<>(all);
    }

    @Test
    void everyPageAndEndpointDeclaresWhoMayUseIt() {
        assertThat(endpoints()).as("add these to RoleMatrixTest.ACCESS with the roles that may use them")
                .allSatisfy(e -> assertThat(ACCESS).containsKey(e));
    }

    @Test
    void eachRoleIsAllowedExactlyWhatItIsDeclaredToUse() {
        var failures = new ArrayList<String>();
        for (String endpoint : endpoints()) {
            Set<Role> allowed = ACCESS.get(endpoint);
            if (allowed == null && !ACCESS.containsKey(endpoint)) continue;
            for (Role role : Role.values()) {
                int status = call(endpoint, role);
                boolean ok = allowed == null || allowed.contains(role);
                boolean serverError = status >= 500 && !endpoint.equals("GET /error");
                if (ok && (status == 401 || status == 403 || serverError)) failures.add(role + " " + endpoint + " → " + status + " (should be allowed)");
                if (!ok && status != 403) failures.add(role + " " + endpoint + " → " + status + " (should be 403)");
            }
            int anonymous = call(endpoint, null);
            boolean api = endpoint.contains("/api/");
            if (allowed != null && !(api ? anonymous == 401 : anonymous == 302 || anonymous == 401 || anonymous == 403)) {
                failures.add("anonymous " + endpoint + " → " + anonymous + " (should need sign-in)");
            }
            if (allowed == null && (anonymous >= 500 || anonymous == 401 || anonymous == 403) && !endpoint.equals("GET /error")) {
                failures.add("anonymous " + endpoint + " → " + anonymous + " (should be public)");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void actuatorHealthIsPublicAndMetricsNeedAnAdmin() {
        assertThat(Api.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(new Browserless(port, null, null).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(new Browserless(port, f.agentUser(), TestOrganisation.PASSWORD).get("/actuator/prometheus").statusCode()).isEqualTo(403);
        var metrics = new Api(port, f.admin(), TestOrganisation.PASSWORD).get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    private int call(String endpoint, Role role) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1), !method.equals("GET"));
        String user = role == null ? null : users.get(role);
        if (path.startsWith("/api/")) {
            var api = role == null ? Api.anonymous(port) : new Api(port, user, TestOrganisation.PASSWORD);
            String body = method.equals("GET") || method.equals("DELETE") ? null : path.endsWith("availability") ? "[{}]" : "{}";
            boolean csv = path.endsWith("/import") || path.endsWith("/history") || method.equals("POST") && path.matches(".*/queues/\\d+/requirements");
            return api.send(method, path, body, csv ? "text/csv" : "application/json").statusCode();
        }
        var browser = new Browserless(port, user, TestOrganisation.PASSWORD);
        HttpResponse<String> r = method.equals("GET") ? browser.get(path) : browser.post(path, Map.of());
        return r.statusCode();
    }

    /** Fills path variables with the fixture's ids; calls that change data get an id that does not exist. */
    private String concrete(String pattern, boolean changes) {
        Matcher m = Pattern.compile("/([a-z-]+)/\\{[a-zA-Z]*}").matcher(pattern);
        var sb = new StringBuilder();
        while (m.find()) {
            long id = changes && (pattern.endsWith("/delete") || !pattern.startsWith("/api/") && !pattern.endsWith("/edit")) ? MISSING : idOf(m.group(1));
            if (changes && pattern.startsWith("/api/") && !pattern.endsWith("}")) id = idOf(m.group(1));
            if (changes && pattern.startsWith("/api/") && pattern.endsWith("}")) id = MISSING;
            m.appendReplacement(sb, "/" + m.group(1) + "/" + id);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private long idOf(String collection) {
        return switch (collection) {
            case "sites" -> f.site().id();
            case "teams" -> f.teamA().id();
            case "skills" -> f.skill().id();
            case "contracts" -> f.contract().id();
            case "agents" -> f.agentA().id();
            default -> MISSING;
        };
    }
}
