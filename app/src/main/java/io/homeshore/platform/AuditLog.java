package io.homeshore.platform;

import io.homeshore.platform.internal.AuditEvents;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who changed what, when: every security-relevant change is recorded here and shown to admins. */
@Service
public class AuditLog {

    public record Entry(long id, Instant occurredAt, String actor, String action, String target, String details) {}

    private final AuditEvents events;
    private final Clock clock;

    AuditLog(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action by the signed-in user (or "system" outside a request). */
    public void record(String action, String target, String details) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        recordAs(auth == null ? "system" : auth.getName(), action, target, details);
    }

    public void recordAs(String actor, String action, String target, String details) {
        events.insert(new Entry(0, clock.instant(), actor, action, target, details));
    }

    public Page<Entry> list(Page.Request request) {
        return events.page(request);
    }
}
