package io.homeshore.staffing.web;

import io.homeshore.platform.InvalidInputException;
import io.homeshore.staffing.Staffing;
import io.homeshore.staffing.StaffingInterval;
import io.homeshore.staffing.StaffingRequest;
import io.homeshore.staffing.StaffingRequest.IntervalInput;
import io.homeshore.staffing.StaffingRequest.TargetsInput;
import io.homeshore.staffing.erlang.StaffingRequirement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exact Erlang C / Erlang A staffing for planners: one interval, many intervals, and stored requirements per queue. */
@RestController
@RequestMapping("/api/v1/staffing")
@Tag(name = "Staffing")
class StaffingApi {

    private final Staffing staffing;
    private final IntervalCsv csv;

    StaffingApi(Staffing staffing, IntervalCsv csv) {
        this.staffing = staffing;
        this.csv = csv;
    }

    @PostMapping("/calculate")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Operation(summary = "Agents needed for one interval, with every measure, and the measures for nearby agent counts")
    Staffing.Calculation calculate(@Valid @RequestBody StaffingRequest.Calculate body) {
        return staffing.calculate(body.interval().toWorkload(), targets(body.targets()).toTargets());
    }

    @PostMapping("/requirements")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Operation(summary = "Agents needed for many intervals (e.g. a week of 15-minute intervals) in one call")
    List<StaffingRequirement> requirements(@Valid @RequestBody StaffingRequest.Many body) {
        var workloads = body.intervals().stream().map(IntervalInput::toWorkload).toList();
        return staffing.requirements(workloads, targets(body.targets()).toTargets());
    }

    /** Stores a queue's requirements computed from an interval CSV (docs/cli.md, "staffing" input columns). */
    @PostMapping(value = "/queues/{queueId}/requirements", consumes = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<StaffingInterval> upload(@PathVariable long queueId, @RequestBody String body,
                                  @RequestParam(required = false) Double serviceLevel, @RequestParam(required = false) Double targetSeconds,
                                  @RequestParam(required = false) Double maxAbandonment, @RequestParam(required = false) Double maxOccupancy,
                                  @RequestParam(required = false) Double shrinkage) {
        IntervalCsv.Parsed parsed = csv.parse(new StringReader(body));
        var targets = new TargetsInput(serviceLevel, targetSeconds, null, null, maxAbandonment, maxOccupancy, shrinkage).toTargets();
        return staffing.store(queueId, parsed.starts(), parsed.workloads(), targets, "upload");
    }

    @GetMapping("/queues/{queueId}/requirements")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<StaffingInterval> stored(@PathVariable long queueId, @RequestParam Instant from, @RequestParam Instant to) {
        if (!to.isAfter(from)) throw new InvalidInputException("to", "must be after from");
        return staffing.stored(queueId, from, to);
    }

    private static TargetsInput targets(TargetsInput t) {
        return t == null ? new TargetsInput(null, null, null, null, null, null, null) : t;
    }
}
