package io.homeshore.forecasting.web;

import io.homeshore.forecasting.ForecastVersion;
import io.homeshore.forecasting.Forecasts;
import io.homeshore.forecasting.HistoryImported;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Forecast runs per queue: backtested, adjustable by day with a reason, published for staffing. Planners and admins. */
@RestController
@RequestMapping("/api/v1/forecasts")
@Tag(name = "Forecasts")
class ForecastApi {

    private final Forecasts forecasts;

    ForecastApi(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    record Run(@NotNull Long queueId, @NotNull Integer horizonDays) {}

    record DayOverride(@NotNull LocalDate day, @NotNull Double factor, @NotBlank String reason) {}

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<ForecastVersion> run(@Valid @RequestBody Run run) {
        ForecastVersion v = forecasts.run(run.queueId(), run.horizonDays());
        return ResponseEntity.created(URI.create("/api/v1/forecasts/" + v.id())).body(v);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<ForecastVersion> versions(@RequestParam long queueId) {
        return forecasts.versions(queueId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ForecastVersion version(@PathVariable long id) {
        return forecasts.version(id);
    }

    @GetMapping("/{id}/intervals")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    List<ForecastVersion.Interval> intervals(@PathVariable long id) {
        return forecasts.intervals(id);
    }

    @PostMapping("/{id}/overrides")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ForecastVersion override(@PathVariable long id, @Valid @RequestBody DayOverride o) {
        return forecasts.override(id, o.day(), o.factor(), o.reason());
    }

    /** Imports a queue's contact history from a history CSV (docs/cli.md, "History CSV"); all lines or none. */
    @PostMapping(value = "/history", consumes = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    HistoryImported importHistory(@RequestParam long queueId, @RequestBody String csv) {
        return forecasts.importHistory(queueId, new java.io.StringReader(csv));
    }

    /** The queue's history from {@code from} to {@code to} (local dates, end exclusive; default the past year) as a per-interval history CSV. */
    @GetMapping(value = "/history", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<String> exportHistory(@RequestParam long queueId, @RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to) {
        return HistoryPages.csv(queueId, forecasts.exportHistory(queueId, from, to));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ForecastVersion publish(@PathVariable long id) {
        return forecasts.publish(id);
    }
}
