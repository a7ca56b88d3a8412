package io.homeshore.scheduling;

import io.homeshore.people.AgentDirectory;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.CurrentUser;
import io.homeshore.platform.NotFoundException;
import io.homeshore.platform.Role;
import io.homeshore.scheduling.internal.CalendarFeeds;
import io.homeshore.scheduling.internal.Planner;
import io.homeshore.scheduling.internal.PublishedShifts;
import io.homeshore.scheduling.internal.RunStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Schedules: planning runs (start, follow, stop, explain, publish) for planners and admins, and the published schedule
 * for the agents who work it — an agent sees only their own shifts and calendar address. The shift templates runs plan
 * with are kept by {@link ShiftTemplates}.
 */
@Service
@Transactional
public class Schedules {

    private final RunStore runs;
    private final PublishedShifts published;
    private final Planner planner;
    private final CalendarFeeds feeds;
    private final AgentDirectory agents;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Schedules(RunStore runs, PublishedShifts published, Planner planner, CalendarFeeds feeds, AgentDirectory agents,
              Accounts accounts, AuditLog audit, ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.published = published;
        this.planner = planner;
        this.feeds = feeds;
        this.agents = agents;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    // --- planning runs

    /** Starts planning in the background; the run is recorded first, so it can be followed at once. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ScheduleRun start(PlanRequest request) {
        long id = planner.start(request, accounts.require().username());
        audit.record("schedule.run.started", "run " + id, request.teamIds() + " from " + request.firstDay() + ", " + request.weeks() + " weeks, fairness weight "
                + request.fairnessWeightOrDefault());
        return run(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<ScheduleRun> runs() {
        return runs.latest(50);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ScheduleRun run(long id) {
        return runs.find(id).orElseThrow(() -> new NotFoundException("planning run", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ScheduleRun stop(long id) {
        if (run(id).finished() || !planner.stop(id)) {
            throw new ConflictException("status", "the run is not solving", "schedule.error.notSolving");
        }
        audit.record("schedule.run.stopped", "run " + id, null);
        return run(id);
    }

    /** Whether the run waits for another run to finish before it starts solving. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public boolean waiting(long id) {
        return planner.waiting(id);
    }

    /** Best score over time: live while solving, as recorded afterwards. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<RunProgress> progress(long id) {
        run(id);
        return Optional.ofNullable(planner.progress(id)).orElseGet(() -> runs.progress(id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public SseEmitter listen(long id) {
        run(id);
        return planner.listen(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<ScheduledShift> shifts(long runId) {
        run(runId);
        return runs.shifts(runId);
    }

    /** The explanation of a finished run; empty while it solves or when it failed. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public Optional<RunExplanation> explanation(long runId) {
        run(runId);
        return runs.explanation(runId).map(text -> json.readValue(text, RunExplanation.class));
    }

    /** The problem as the CLI reads it (docs/cli.md), to replay or benchmark a run outside the application. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public String problemJson(long runId) {
        return planner.problemJson(run(runId));
    }

    /** Makes the run's plan what its agents work; raises {@link SchedulePublished}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ScheduleRun publish(long id) {
        ScheduleRun run = run(id);
        if (!run.publishable()) {
            throw new ConflictException("status", "only a finished run without broken rules can be published, once", "schedule.error.notPublishable");
        }
        List<ScheduledShift> shifts = runs.shifts(id);
        List<Long> agentIds = planner.agentsOf(run);
        published.replace(id, agentIds, run.firstDay(), run.lastDay(), shifts);
        runs.published(id, accounts.require().username(), clock.instant());
        audit.record("schedule.published", "run " + id, shifts.size() + " shifts for " + agentIds.size() + " agents");
        events.publishEvent(new SchedulePublished(id, agentIds, run.firstDay(), run.lastDay()));
        return run(id);
    }

    // --- the published schedule

    /** Published shifts of the given agents (a lead: of their teams' agents) on days {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public List<ScheduledShift> publishedShifts(List<Long> agentIds, LocalDate from, LocalDate to) {
        agentIds.forEach(agents::agent);
        return published.ofAgents(agentIds, from, to);
    }

    /** The signed-in agent's published shifts. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<ScheduledShift> myShifts(LocalDate from, LocalDate to) {
        return published.ofAgent(me(), from, to);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public boolean hasMyFeed() {
        return feeds.exists(me());
    }

    /** A new secret calendar address for the signed-in agent; any earlier one stops working. Shown once. */
    @PreAuthorize("hasRole('AGENT')")
    public String renewMyFeed() {
        long agentId = me();
        audit.record("calendar.renewed", "agent " + agentId, null);
        return feeds.renew(agentId);
    }

    @PreAuthorize("hasRole('AGENT')")
    public void revokeMyFeed() {
        long agentId = me();
        feeds.revoke(agentId);
        audit.record("calendar.revoked", "agent " + agentId, null);
    }

    /** The iCalendar text behind a secret address, or empty when the address is unknown or revoked. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<String> calendar(String token) {
        return feeds.calendar(token);
    }

    private long me() {
        return signedInAgent(accounts);
    }

    /** The signed-in agent's id; anyone else has no agent data here. */
    static long signedInAgent(Accounts accounts) {
        CurrentUser user = accounts.require();
        if (user.role() != Role.AGENT || user.agentId() == null) throw new NotFoundException("agent", user.username());
        return user.agentId();
    }
}
