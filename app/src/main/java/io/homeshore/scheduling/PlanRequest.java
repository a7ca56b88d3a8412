package io.homeshore.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * What a planner asks to plan: these teams' agents for {@code weeks} weeks from a Monday, for at most
 * {@code timeLimitSeconds}. Published shifts before {@code keepPublishedUntil} stay as they are (pinned); later
 * ones are planned again.
 */
public record PlanRequest(
        @NotEmpty List<@NotNull Long> teamIds,
        @NotNull LocalDate firstDay,
        @NotNull @Min(1) @Max(8) Integer weeks,
        @NotNull @Min(1) @Max(3600) Integer timeLimitSeconds,
        LocalDate keepPublishedUntil) {

    public PlanRequest {
        teamIds = teamIds == null ? null : List.copyOf(teamIds);
    }
}
