package io.homeshore.scheduling;

import io.homeshore.people.AgentDirectory;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.scheduling.internal.TemplateStore;
import io.homeshore.scheduling.internal.WishStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What agents ask of planning: standing preferences and day wishes (soft, weighed by priority), and time off, which
 * a lead of the agent's team or a planner approves and which planning then never breaks. An agent sees and changes
 * only their own; a lead decides only for their own teams.
 */
@Service
@Transactional
public class Wishes {

    /** How far ahead wishes and time off may reach. */
    static final int MAX_DAYS_AHEAD = 400;
    /** The longest single time-off request. */
    static final int MAX_TIME_OFF_DAYS = 60;

    private final WishStore store;
    private final TemplateStore templates;
    private final AgentDirectory agents;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Wishes(WishStore store, TemplateStore templates, AgentDirectory agents, Accounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.agents = agents;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the agent's own

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public Preferences myPreferences() {
        return store.preferences(me());
    }

    @PreAuthorize("hasRole('AGENT')")
    public Preferences saveMyPreferences(Preferences.Input in) {
        return savePreferences(me(), in);
    }

    /** An administrator records an agent's preferences for them (e.g. from an HR system). */
    @PreAuthorize("hasRole('ADMIN')")
    public Preferences savePreferencesOf(long agentId, Preferences.Input in) {
        agents.agent(agentId);
        return savePreferences(agentId, in);
    }

    private Preferences savePreferences(long agentId, Preferences.Input in) {
        if ((in.startEarliest() == null) != (in.startLatest() == null)) {
            throw new InvalidInputException(FieldError.coded(in.startEarliest() == null ? "startEarliest" : "startLatest",
                    "wishes.error.startBoth", "give both ends of the start window, or neither"));
        }
        if (in.startEarliest() != null && in.startLatest().isBefore(in.startEarliest())) {
            throw new InvalidInputException(FieldError.coded("startLatest", "template.error.startOrder", "must not be before the earliest start"));
        }
        if (in.daysOff().size() > 5) {
            throw new InvalidInputException(FieldError.coded("daysOff", "wishes.error.tooManyDaysOff", "at most five preferred days off a week"));
        }
        store.savePreferences(agentId, in);
        audit.record("preferences.saved", "agent " + agentId, null);
        return store.preferences(agentId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<DayRequest> myDayRequests(LocalDate from, LocalDate to) {
        return store.dayRequests(List.of(me()), from, to);
    }

    /** A wish for one day (replacing an earlier one for that day); only days from tomorrow on. */
    @PreAuthorize("hasRole('AGENT')")
    public DayRequest addMyDayRequest(DayRequest.Input in) {
        return addDayRequest(me(), in);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public DayRequest addDayRequestOf(long agentId, DayRequest.Input in) {
        agents.agent(agentId);
        return addDayRequest(agentId, in);
    }

    /** The shift templates a day wish may name (the same listing planners edit). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'ADMIN')")
    public List<ShiftTemplate> shiftTemplates() {
        return templates.all();
    }

    private DayRequest addDayRequest(long agentId, DayRequest.Input in) {
        requireAhead("day", in.day());
        if (in.template() != null) {
            ShiftTemplate t = templates.all().stream().filter(x -> x.code().equals(in.template())).findFirst()
                    .orElseThrow(() -> new InvalidInputException(FieldError.coded("template", "wishes.error.template",
                            "no shift template has the code " + in.template(), in.template())));
            // a wish for a shift that never runs that weekday could never be met
            if (!t.days().contains(in.day().getDayOfWeek())) {
                throw new InvalidInputException(FieldError.coded("template", "wishes.error.templateDay",
                        "the shift " + t.name() + " does not run on " + in.day(), t.name(), in.day().toString()));
            }
        }
        long id = store.putDayRequest(agentId, in, clock.instant());
        return store.dayRequest(id).orElseThrow();
    }

    @PreAuthorize("hasRole('AGENT')")
    public void removeMyDayRequest(long id) {
        DayRequest r = store.dayRequest(id).filter(d -> d.agentId() == me()).orElseThrow(() -> new NotFoundException("day request", id));
        store.deleteDayRequest(r.id());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AGENT')")
    public List<TimeOff> myTimeOff(LocalDate from, LocalDate to) {
        return store.timeOff(List.of(me()), from, to);
    }

    @PreAuthorize("hasRole('AGENT')")
    public TimeOff requestTimeOff(TimeOff.Input in) {
        long agentId = me();
        check(in, agentId);
        long id = store.insertTimeOff(agentId, in, TimeOff.Status.REQUESTED, null, clock.instant());
        audit.record("timeOff.requested", "agent " + agentId, in.firstDay() + ".." + in.lastDay());
        return store.timeOff(id).orElseThrow();
    }

    /** Withdraws the agent's own request while it is undecided, or approved time off that has not begun. */
    @PreAuthorize("hasRole('AGENT')")
    public void withdrawTimeOff(long id) {
        TimeOff t = store.timeOff(id).filter(o -> o.agentId() == me()).orElseThrow(() -> new NotFoundException("time off", id));
        if (t.status() == TimeOff.Status.DECLINED || !t.firstDay().isAfter(LocalDate.now(clock))) {
            throw new ConflictException("status", "only undecided or future time off can be withdrawn", "wishes.error.withdraw");
        }
        store.deleteTimeOff(id);
        audit.record("timeOff.withdrawn", "agent " + t.agentId(), t.firstDay() + ".." + t.lastDay());
    }

    // --- leads and planners

    /** Time off in a status, of the agents the caller may see (a lead: their own teams'). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public List<TimeOff> timeOff(TimeOff.Status status) {
        Map<Long, Boolean> visible = new HashMap<>();
        return store.timeOff(status).stream().filter(t -> visible.computeIfAbsent(t.agentId(), this::visible)).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public TimeOff decide(long id, boolean approve) {
        TimeOff t = store.timeOff(id).filter(o -> visible(o.agentId())).orElseThrow(() -> new NotFoundException("time off", id));
        if (t.status() != TimeOff.Status.REQUESTED) {
            throw new ConflictException("status", "this request was already decided", "wishes.error.decided");
        }
        var status = approve ? TimeOff.Status.APPROVED : TimeOff.Status.DECLINED;
        store.decide(id, status, accounts.require().username(), clock.instant());
        audit.record(approve ? "timeOff.approved" : "timeOff.declined", "agent " + t.agentId(), t.firstDay() + ".." + t.lastDay());
        return store.timeOff(id).orElseThrow();
    }

    /** A planner or administrator records time off already agreed (e.g. parental leave): approved at once. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public TimeOff recordTimeOff(long agentId, TimeOff.Input in) {
        agents.agent(agentId);
        check(in, agentId);
        long id = store.insertTimeOff(agentId, in, TimeOff.Status.APPROVED, accounts.require().username(), clock.instant());
        audit.record("timeOff.recorded", "agent " + agentId, in.firstDay() + ".." + in.lastDay());
        return store.timeOff(id).orElseThrow();
    }

    private void check(TimeOff.Input in, long agentId) {
        List<FieldError> errors = new ArrayList<>();
        if (in.lastDay().isBefore(in.firstDay())) {
            errors.add(FieldError.coded("lastDay", "wishes.error.dayOrder", "must not be before the first day"));
        } else if (in.lastDay().toEpochDay() - in.firstDay().toEpochDay() + 1 > MAX_TIME_OFF_DAYS) {
            errors.add(FieldError.coded("lastDay", "wishes.error.tooLong", "at most " + MAX_TIME_OFF_DAYS + " days in one request", MAX_TIME_OFF_DAYS));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        requireAhead("firstDay", in.firstDay());
        boolean overlaps = store.timeOff(List.of(agentId), in.firstDay(), in.lastDay()).stream().anyMatch(t -> t.status() != TimeOff.Status.DECLINED);
        if (overlaps) throw new ConflictException("firstDay", "overlaps time off already asked for", "wishes.error.overlap");
    }

    private void requireAhead(String field, LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (!day.isAfter(today) || day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputException(FieldError.coded(field, "wishes.error.ahead", "must be from tomorrow up to " + MAX_DAYS_AHEAD
                    + " days ahead", MAX_DAYS_AHEAD));
        }
    }

    private boolean visible(long agentId) {
        return agents.visible(agentId);
    }

    private long me() {
        return Schedules.signedInAgent(accounts);
    }
}
