package io.homeshore.people;

import io.homeshore.people.internal.Agents;
import io.homeshore.people.internal.Contracts;
import io.homeshore.people.internal.ProtectedWindows;
import io.homeshore.people.internal.Skills;
import io.homeshore.people.internal.Teams;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.CurrentUser;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.platform.Page;
import io.homeshore.platform.Role;
import io.homeshore.platform.Zones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents and their protected availability. Admins and planners see everyone, a lead sees the agents of the teams
 * they lead, an agent sees only themselves; someone outside that scope gets "not found", not a hint that the
 * agent exists.
 */
@Service
@Transactional
public class AgentDirectory {

    private final Agents agents;
    private final Teams teams;
    private final Contracts contracts;
    private final Skills skills;
    private final ProtectedWindows windows;
    private final Accounts accounts;
    private final AuditLog audit;

    AgentDirectory(Agents agents, Teams teams, Contracts contracts, Skills skills, ProtectedWindows windows, Accounts accounts, AuditLog audit) {
        this.agents = agents;
        this.teams = teams;
        this.contracts = contracts;
        this.skills = skills;
        this.windows = windows;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public Page<Agent> agents(Page.Request request, Long teamId, String search) {
        Set<Long> visible = visibleTeams(accounts.require());
        Set<Long> scope = visible;
        if (teamId != null) scope = visible == null || visible.contains(teamId) ? Set.of(teamId) : Set.of();
        return agents.page(request, scope, search);
    }

    /** Every agent, for bulk work (export, planning); admins and planners only. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<Agent> all() {
        return agents.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Agent agent(long id) {
        return agents.find(id).filter(this::allowed).orElseThrow(() -> new NotFoundException("agent", id));
    }

    /** Whether the caller may see this agent: staff all (a lead: their own teams'), an agent only themself. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean visible(long id) {
        return agents.find(id).filter(this::allowed).isPresent();
    }

    private boolean allowed(Agent a) {
        CurrentUser me = accounts.require();
        Set<Long> visible = visibleTeams(me);
        return me.is(Role.AGENT) ? Long.valueOf(a.id()).equals(me.agentId()) : visible == null || visible.contains(a.teamId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Agent create(Agent.Input in, String initialPassword) {
        Map<String, Long> skillIds = check(in, null);
        String hash = initialPassword == null || initialPassword.isBlank() ? null : accounts.encode(initialPassword);
        long id = agents.insert(in, skillIds);
        if (hash != null) {
            accounts.createWithHash(new Accounts.NewAccount(in.email().strip().toLowerCase(), null, in.name().strip(), Role.AGENT, id,
                    in.languages().contains("ja") ? "ja" : in.languages().contains("nl") ? "nl" : "en", in.timeZone().strip()), hash);
        }
        audit.record("agent.created", "agent " + id, in.email());
        return agents.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Agent update(long id, Agent.Input in) {
        agent(id);
        Map<String, Long> skillIds = check(in, id);
        accounts.renameAgentAccount(id, in.email().strip().toLowerCase());
        agents.update(id, in, skillIds);
        audit.record("agent.updated", "agent " + id, in.email());
        return agents.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        agent(id);
        accounts.deleteAgentAccount(id);
        agents.delete(id);
        audit.record("agent.deleted", "agent " + id, null);
    }

    /** Checks every reference and cross-field rule at once, so the caller hears of all problems together. */
    @Transactional(readOnly = true)
    public Map<String, Long> check(Agent.Input in, Long id) {
        var errors = new ArrayList<FieldError>();
        try {
            Zones.parse("timeZone", in.timeZone());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (teams.find(in.teamId()).isEmpty()) errors.add(FieldError.coded("teamId", "error.unknownRef", "no team with id " + in.teamId(), in.teamId()));
        if (contracts.find(in.contractId()).isEmpty()) errors.add(FieldError.coded("contractId", "error.unknownRef", "no contract with id " + in.contractId(), in.contractId()));
        var skillIds = new HashMap<String, Long>();
        for (int i = 0; i < in.skills().size(); i++) {
            String code = in.skills().get(i).skill();
            var skill = skills.findByCode(code);
            if (skill.isEmpty()) errors.add(FieldError.coded("skills[" + i + "].skill", "error.unknownRef", "no skill with code " + code, code));
            else if (skillIds.put(code, skill.get().id()) != null) errors.add(FieldError.coded("skills[" + i + "].skill", "error.listedTwice", "listed twice: " + code, code));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        agents.findByEmail(in.email()).filter(a -> id == null || a.id() != id)
                .ifPresent(a -> { throw ConflictException.duplicate("email", "agent", in.email()); });
        return skillIds;
    }

    // --- the signed-in agent's own data

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Agent me() {
        return agent(myId());
    }

    @PreAuthorize("hasRole('AGENT')")
    public Agent updateMyProfile(Agent.ProfileInput in) {
        Zones.parse("timeZone", in.timeZone());
        long id = myId();
        agents.updateProfile(id, in);
        accounts.updatePreferences(accounts.require().username(), accounts.require().locale().getLanguage(), in.timeZone());
        audit.record("profile.updated", "agent " + id, "night opt-in " + in.nightOptIn());
        return agent(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ProtectedWindow> windows(long agentId) {
        agent(agentId);
        return windows.of(agentId);
    }

    @PreAuthorize("hasRole('AGENT')")
    public List<ProtectedWindow> replaceMyWindows(List<ProtectedWindow.Input> in) {
        for (int i = 0; i < in.size(); i++) checkWindow("windows[" + i + "]", in.get(i));
        long id = myId();
        windows.replace(id, in);
        audit.record("availability.replaced", "agent " + id, in.size() + " protected window(s)");
        return windows.of(id);
    }

    @PreAuthorize("hasRole('AGENT')")
    public List<ProtectedWindow> addMyWindow(ProtectedWindow.Input in) {
        checkWindow("", in);
        long id = myId();
        windows.add(id, in);
        audit.record("availability.added", "agent " + id, describe(in));
        return windows.of(id);
    }

    @PreAuthorize("hasRole('AGENT')")
    public List<ProtectedWindow> removeMyWindow(long windowId) {
        long id = myId();
        if (!windows.remove(id, windowId)) throw new NotFoundException("protected window", windowId);
        audit.record("availability.removed", "agent " + id, "window " + windowId);
        return windows.of(id);
    }

    /** For the demo and imports: windows of any agent, by an admin. */
    @PreAuthorize("hasRole('ADMIN')")
    public void addWindow(long agentId, ProtectedWindow.Input in) {
        checkWindow("", in);
        agent(agentId);
        windows.add(agentId, in);
    }

    private static void checkWindow(String prefix, ProtectedWindow.Input in) {
        if (in.start().equals(in.end())) {
            throw new InvalidInputException(FieldError.coded(prefix.isEmpty() ? "end" : prefix + ".end", "error.window.sameTimes", "must differ from the start"));
        }
    }

    private static String describe(ProtectedWindow.Input w) {
        return w.days().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + " " + w.start() + "-" + w.end() + " " + w.reason();
    }

    private long myId() {
        Long id = accounts.require().agentId();
        if (id == null) throw new NotFoundException("agent profile of", accounts.require().username());
        return id;
    }

    /** Team ids the user may see; null means all. */
    private Set<Long> visibleTeams(CurrentUser me) {
        return switch (me.role()) {
            case ADMIN, PLANNER -> null;
            case LEAD -> teams.ledBy(me.username()).stream().map(Team::id).collect(Collectors.toSet());
            case AGENT -> Set.of();
        };
    }
}
