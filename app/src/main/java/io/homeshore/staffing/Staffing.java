package io.homeshore.staffing;

import io.homeshore.platform.AuditLog;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import io.homeshore.staffing.erlang.QueueMeasures;
import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.StaffingRequirement;
import io.homeshore.staffing.erlang.StaffingSolver;
import io.homeshore.staffing.erlang.Workload;
import io.homeshore.staffing.internal.Requirements;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing requirements: the calculator for one interval, many intervals at once, and the requirements stored per
 * queue and interval for scheduling. Planners and admins use it.
 */
@Service
@Transactional
public class Staffing {

    /** The answer for one interval plus the measures for a range of agent counts around it (for the chart). */
    public record Calculation(StaffingRequirement requirement, List<QueueMeasures> curve) {}

    private final Requirements requirements;
    private final Queues queues;
    private final AuditLog audit;
    private final Clock clock;

    Staffing(Requirements requirements, Queues queues, AuditLog audit, Clock clock) {
        this.requirements = requirements;
        this.queues = queues;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public Calculation calculate(Workload workload, ServiceTargets targets) {
        StaffingRequirement r = checked(() -> StaffingSolver.solve(workload, targets));
        int centre = Math.max(1, r.agents());
        int from = Math.max(workload.abandons() ? 1 : (int) Math.floor(workload.erlangs()) + 1, centre - 8);
        var curve = new ArrayList<QueueMeasures>();
        if (r.status() == StaffingRequirement.Status.MET) {
            for (int n = from; n <= centre + 8; n++) curve.add(workload.measures(n, targets.targetSeconds()));
        }
        return new Calculation(r, curve);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<StaffingRequirement> requirements(List<Workload> workloads, ServiceTargets targets) {
        return checked(() -> StaffingSolver.solve(workloads, targets, 1));
    }

    /** Computes and stores a queue's requirements for the given intervals, replacing earlier ones for the same intervals. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<StaffingInterval> store(long queueId, List<Instant> starts, List<Workload> workloads, ServiceTargets targets, String source) {
        ContactQueue queue = queues.get(queueId);
        List<StaffingRequirement> computed = requirements(workloads, targets);
        var rows = new ArrayList<StaffingInterval>(computed.size());
        for (int i = 0; i < computed.size(); i++) {
            Workload w = workloads.get(i);
            StaffingRequirement r = computed.get(i);
            QueueMeasures m = r.achieved();
            rows.add(new StaffingInterval(queueId, starts.get(i), (int) w.intervalSeconds(), w.contacts(), w.ahtSeconds(), r.status(), r.agents(),
                    r.scheduledAgents(), m == null ? null : m.serviceLevel(), m == null ? null : finite(m.asa()),
                    m == null ? null : m.abandonProbability(), m == null ? null : m.occupancy(), source));
        }
        requirements.replace(queueId, rows, clock.instant());
        audit.record("staffing.stored", "queue " + queue.name(), rows.size() + " intervals from " + source);
        return rows;
    }

    /** Stores workload-based requirements (e-mail, back office): agents already computed per interval. */
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public List<StaffingInterval> storeWorkload(long queueId, List<Instant> starts, List<Double> agents, List<Double> contacts, List<Double> aht,
                                                double shrinkage, String source) {
        queues.get(queueId);
        var rows = new ArrayList<StaffingInterval>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int n = (int) Math.round(agents.get(i));
            var status = contacts.get(i) <= 0 ? StaffingRequirement.Status.NO_WORKLOAD : StaffingRequirement.Status.MET;
            rows.add(new StaffingInterval(queueId, starts.get(i), 900, contacts.get(i), aht.get(i), status, n,
                    (int) Math.ceil(n / (1 - shrinkage) - 1e-9), null, null, null, null, source));
        }
        requirements.replace(queueId, rows, clock.instant());
        audit.record("staffing.stored", "queue " + queueId, rows.size() + " workload intervals from " + source);
        return rows;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional(readOnly = true)
    public List<StaffingInterval> stored(long queueId, Instant from, Instant to) {
        queues.get(queueId);
        return requirements.between(queueId, from, to);
    }


    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /**
     * The pure core names the offending field first in its IllegalArgumentException ("contacts must be zero or more,
     * was -1.0"); make it a field error with a message code, so pages can say it in the reader's language.
     */
    static <T> T checked(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.contains(" ") ? message.substring(0, message.indexOf(' ')).replace(":", "") : "input";
            String code = message.contains("positive") || message.contains("> 0") ? "error.staffing.positive"
                    : message.contains(">= 0") ? "error.staffing.nonNegative"
                    : message.contains("(0, 1]") ? "error.staffing.fraction" : message.contains("[0, 1)") ? "error.staffing.belowOne"
                    : message.contains("at least one") ? "error.staffing.noTarget" : null;
            throw new InvalidInputException(new FieldError(field, message, code, new Object[0]));
        }
    }
}
