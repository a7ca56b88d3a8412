package io.homeshore.scheduling;

import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.scheduling.internal.TemplateStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** Shift templates, kept by planners and admins: when shifts may start, how long they last, on which days. */
@Service
@Transactional
public class ShiftTemplates {

    private final TemplateStore templates;
    private final AuditLog audit;

    ShiftTemplates(TemplateStore templates, AuditLog audit) {
        this.templates = templates;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<ShiftTemplate> all() {
        return templates.all();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ShiftTemplate get(long id) {
        return templates.find(id).orElseThrow(() -> new NotFoundException("shift template", id));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ShiftTemplate create(ShiftTemplate.Input in) {
        check(in, null);
        long id = templates.insert(in);
        audit.record("template.created", "shift template " + id, in.code());
        return get(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public ShiftTemplate update(long id, ShiftTemplate.Input in) {
        get(id);
        check(in, id);
        templates.update(id, in);
        audit.record("template.updated", "shift template " + id, in.code());
        return get(id);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public void delete(long id) {
        get(id);
        templates.delete(id);
        audit.record("template.deleted", "shift template " + id, null);
    }

    private void check(ShiftTemplate.Input in, Long id) {
        List<FieldError> errors = new ArrayList<>();
        if (templates.codeTaken(in.code(), id)) throw ConflictException.duplicate("code", "shift template", in.code());
        if (in.startLatest().isBefore(in.startEarliest())) {
            errors.add(FieldError.coded("startLatest", "template.error.startOrder", "must not be before the earliest start"));
        }
        if (in.maxLengthMinutes() < in.minLengthMinutes()) {
            errors.add(FieldError.coded("maxLengthMinutes", "template.error.lengthOrder", "must not be below the minimum length"));
        }
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }
}
