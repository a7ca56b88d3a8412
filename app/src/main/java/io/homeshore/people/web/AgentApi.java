package io.homeshore.people.web;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentCsv;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.ProtectedWindow;
import io.homeshore.platform.Page;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agents. Admins and planners see all, leads the agents of their teams; admins create, replace and delete. An
 * agent reads and edits themselves under /api/v1/me.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Agents")
class AgentApi {

    private final AgentDirectory agents;
    private final AgentCsv csv;

    AgentApi(AgentDirectory agents, AgentCsv csv) {
        this.agents = agents;
        this.csv = csv;
    }

    /** All agents as CSV in the import format (docs/import-export.md). */
    @GetMapping(value = "/agents/export", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"agents.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.export());
    }

    /** Imports a CSV body: all lines or none; a 400 lists every problem by line and column. */
    @PostMapping(value = "/agents/import", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    AgentCsv.Result importCsv(@RequestBody String body) {
        return csv.importCsv(new StringReader(body));
    }

    /** The agent fields plus an optional first password, which creates the agent's sign-in account. */
    record NewAgent(@Valid @NotNull Agent.Input agent, String initialPassword) {}

    @GetMapping("/agents")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<Agent> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                     @RequestParam(required = false) Long teamId, @RequestParam(required = false) String q) {
        return agents.agents(new Page.Request(page, size), teamId, q);
    }

    @GetMapping("/agents/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Agent get(@PathVariable long id) {
        return agents.agent(id);
    }

    @GetMapping("/agents/{id}/availability")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    List<ProtectedWindow> availability(@PathVariable long id) {
        return agents.windows(id);
    }

    @PostMapping("/agents")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Agent> create(@Valid @RequestBody NewAgent in) {
        Agent a = agents.create(in.agent(), in.initialPassword());
        return ResponseEntity.created(URI.create("/api/v1/agents/" + a.id())).body(a);
    }

    @PutMapping("/agents/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Agent replace(@PathVariable long id, @Valid @RequestBody Agent.Input in) {
        return agents.update(id, in);
    }

    @DeleteMapping("/agents/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> delete(@PathVariable long id) {
        agents.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('AGENT')")
    Agent me() {
        return agents.me();
    }

    @PutMapping("/me")
    @PreAuthorize("hasRole('AGENT')")
    Agent updateMe(@Valid @RequestBody Agent.ProfileInput in) {
        return agents.updateMyProfile(in);
    }

    @GetMapping("/me/availability")
    @PreAuthorize("hasRole('AGENT')")
    List<ProtectedWindow> myAvailability() {
        return agents.windows(agents.me().id());
    }

    /** Replaces all of the agent's protected windows with the list sent. */
    @PutMapping("/me/availability")
    @PreAuthorize("hasRole('AGENT')")
    List<ProtectedWindow> replaceMyAvailability(@RequestBody List<ProtectedWindow.@Valid @NotNull Input> windows) {
        return agents.replaceMyWindows(windows);
    }
}
