package io.homeshore.queues;

import io.homeshore.people.Organisation;
import io.homeshore.people.Skill;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.platform.Zones;
import io.homeshore.queues.ContactQueue.OpeningHours;
import io.homeshore.queues.internal.HistoryStore;
import io.homeshore.queues.internal.QueueStore;
import io.homeshore.shared.Channel;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Contact queues and their history. Planners and admins read them; admins change them. */
@Service
@Transactional
public class Queues {

    private final QueueStore store;
    private final HistoryStore history;
    private final Organisation organisation;
    private final AuditLog audit;

    Queues(QueueStore store, HistoryStore history, Organisation organisation, AuditLog audit) {
        this.store = store;
        this.history = history;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public List<ContactQueue> all() {
        Map<Long, String> codes = skillCodes();
        return store.all().stream().map(r -> assemble(r, codes)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    public ContactQueue get(long id) {
        return store.find(id).map(r -> assemble(r, skillCodes())).orElseThrow(() -> new NotFoundException("queue", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ContactQueue create(ContactQueue.Input in) {
        long skillId = check(in, null);
        long id = store.insert(in, skillId);
        audit.record("queue.created", "queue " + id, in.name());
        return get(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public ContactQueue update(long id, ContactQueue.Input in) {
        get(id);
        long skillId = check(in, id);
        store.update(id, in, skillId);
        audit.record("queue.updated", "queue " + id, in.name());
        return get(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        get(id);
        store.delete(id);
        audit.record("queue.deleted", "queue " + id, null);
    }

    /** Stores contact history (replacing what was there for the same intervals); for imports and the demo. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public void recordHistory(long queueId, List<IntervalVolume> volumes) {
        get(queueId);
        for (IntervalVolume v : volumes) {
            if (v.start().getEpochSecond() % 900 != 0) throw new InvalidInputException(FieldError.coded("start", "error.history.boundary", v.start() + " is not on a 15-minute boundary", v.start()));
        }
        history.upsert(queueId, volumes);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<IntervalVolume> history(long queueId, Instant from, Instant to) {
        get(queueId);
        return history.between(queueId, from, to);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public long historyIntervals(long queueId) {
        return history.count(queueId);
    }

    /** Checks every rule at once and returns the skill's id. */
    private long check(ContactQueue.Input in, Long id) {
        var errors = new ArrayList<FieldError>();
        try {
            Zones.parse("timeZone", in.timeZone());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        var skill = organisation.skills().stream().filter(s -> s.code().equals(in.skill())).findFirst();
        if (skill.isEmpty()) errors.add(FieldError.coded("skill", "error.unknownRef", "no skill with code " + in.skill(), in.skill()));
        if (in.channel() == Channel.EMAIL) {
            if (in.targetHours() == null) errors.add(FieldError.coded("targetHours", "error.queue.emailTarget", "is required for e-mail queues"));
        } else {
            if (in.targetPercent() == null) errors.add(FieldError.coded("targetPercent", "error.queue.liveTarget", "is required for voice and chat queues"));
            if (in.targetSeconds() == null) errors.add(FieldError.coded("targetSeconds", "error.queue.liveTarget", "is required for voice and chat queues"));
        }
        errors.addAll(checkHours(in.openingHours()));
        var dates = new HashSet<>();
        for (int i = 0; i < in.holidays().size(); i++) {
            if (!dates.add(in.holidays().get(i).date())) errors.add(FieldError.coded("holidays[" + i + "].date", "error.listedTwice", "listed twice", in.holidays().get(i).date()));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        store.findByName(in.name().strip()).filter(q -> id == null || q.id() != id)
                .ifPresent(q -> { throw ConflictException.duplicate("name", "queue", in.name()); });
        return skill.orElseThrow().id();
    }

    private static List<FieldError> checkHours(List<OpeningHours> hours) {
        var errors = new ArrayList<FieldError>();
        var days = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < hours.size(); i++) {
            OpeningHours h = hours.get(i);
            if (!days.add(h.day())) errors.add(FieldError.coded("openingHours[" + i + "].day", "error.listedTwice", "listed twice", h.day()));
            if (!h.closes().equals(LocalTime.MIDNIGHT) && !h.closes().isAfter(h.opens())) {
                errors.add(FieldError.coded("openingHours[" + i + "].closes", "error.hours.closeBeforeOpen", "must be after opens (00:00 means midnight)"));
            }
        }
        return errors;
    }

    private Map<Long, String> skillCodes() {
        return organisation.skills().stream().collect(Collectors.toMap(Skill::id, Skill::code, (a, b) -> a));
    }

    private ContactQueue assemble(QueueStore.Row r, Map<Long, String> codes) {
        return new ContactQueue(r.id(), r.name(), r.channel(), codes.getOrDefault(r.skillId(), "?"), r.timeZone(), r.targetPercent(),
                r.targetSeconds(), r.targetHours(), store.openingHours(r.id()), store.holidays(r.id()));
    }
}
