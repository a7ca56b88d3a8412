package io.homeshore.scheduling.web;

import io.homeshore.platform.NotFoundException;
import io.homeshore.scheduling.PlanRequest;
import io.homeshore.scheduling.RunExplanation;
import io.homeshore.scheduling.RunProgress;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.Schedules;
import io.homeshore.scheduling.ShiftTemplates;
import io.homeshore.scheduling.ShiftTemplate;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Shift templates, planning runs and the published schedule over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Schedules")
class ScheduleApi {

    private final Schedules schedules;
    private final ShiftTemplates templates;

    ScheduleApi(Schedules schedules, ShiftTemplates templates) {
        this.schedules = schedules;
        this.templates = templates;
    }

    @GetMapping("/shift-templates")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<ShiftTemplate> templates() {
        return templates.all();
    }

    @GetMapping("/shift-templates/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ShiftTemplate template(@PathVariable long id) {
        return templates.get(id);
    }

    @PostMapping("/shift-templates")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<ShiftTemplate> createTemplate(@Valid @RequestBody ShiftTemplate.Input in) {
        ShiftTemplate t = templates.create(in);
        return ResponseEntity.created(URI.create("/api/v1/shift-templates/" + t.id())).body(t);
    }

    @PutMapping("/shift-templates/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ShiftTemplate updateTemplate(@PathVariable long id, @Valid @RequestBody ShiftTemplate.Input in) {
        return templates.update(id, in);
    }

    @DeleteMapping("/shift-templates/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<Void> deleteTemplate(@PathVariable long id) {
        templates.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** Starts a planning run; 202 with the run, which solves in the background. */
    @PostMapping("/schedules/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<ScheduleRun> start(@Valid @RequestBody PlanRequest request) {
        ScheduleRun run = schedules.start(request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/schedules/runs/" + run.id())).body(run);
    }

    @GetMapping("/schedules/runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<ScheduleRun> runs() {
        return schedules.runs();
    }

    @GetMapping("/schedules/runs/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ScheduleRun run(@PathVariable long id) {
        return schedules.run(id);
    }

    @PostMapping("/schedules/runs/{id}/stop")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ScheduleRun stop(@PathVariable long id) {
        return schedules.stop(id);
    }

    @GetMapping("/schedules/runs/{id}/progress")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<RunProgress> progress(@PathVariable long id) {
        return schedules.progress(id);
    }

    @GetMapping("/schedules/runs/{id}/shifts")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<ScheduledShift> shifts(@PathVariable long id) {
        return schedules.shifts(id);
    }

    @GetMapping("/schedules/runs/{id}/explanation")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    RunExplanation explanation(@PathVariable long id) {
        return schedules.explanation(id).orElseThrow(() -> new NotFoundException("explanation of planning run", id));
    }

    /** The run's problem in the CLI's problem.json format, to replay it with {@code ./homeshore schedule --problem}. */
    @GetMapping(value = "/schedules/runs/{id}/problem", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    String problem(@PathVariable long id) {
        return schedules.problemJson(id);
    }

    @PostMapping("/schedules/runs/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ScheduleRun publish(@PathVariable long id) {
        return schedules.publish(id);
    }

    /** Published shifts of agents (a lead: of their own teams) on days {@code from} to {@code to}. */
    @GetMapping("/schedules/published")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    List<ScheduledShift> published(@RequestParam List<Long> agentId, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedules.publishedShifts(agentId, from, to);
    }

    record CalendarAddress(String url) {}

    /** A new secret calendar address for the signed-in agent (the previous one stops working); shown only in this answer. */
    @PostMapping("/me/calendar")
    @PreAuthorize("hasRole('AGENT')")
    CalendarAddress renewCalendar() {
        return new CalendarAddress(ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics")
                .build(schedules.renewMyFeed()).toString());
    }

    @DeleteMapping("/me/calendar")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Void> revokeCalendar() {
        schedules.revokeMyFeed();
        return ResponseEntity.noContent().build();
    }

    /** The signed-in agent's published shifts. */
    @GetMapping("/me/schedule")
    @PreAuthorize("hasRole('AGENT')")
    List<ScheduledShift> mine(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return schedules.myShifts(from, to);
    }
}
