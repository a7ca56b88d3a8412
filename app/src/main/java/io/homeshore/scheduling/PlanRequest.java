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
 * ones are planned again. {@code fairnessWeight} (optional, 1 when absent) multiplies the fairness of nights, weekends and
 * holidays against coverage: higher spreads them more evenly at some cost in coverage; 0 ignores fairness.
 */
public record PlanRequest(
        @NotEmpty List<@NotNull Long> teamIds,
        @NotNull LocalDate firstDay,
        @NotNull @Min(1) @Max(8) Integer weeks,
        @NotNull @Min(1) @Max(3600) Integer timeLimitSeconds,
        LocalDate keepPublishedUntil,
        @Min(0) @Max(1000) Integer fairnessWeight) {

    public PlanRequest {
        teamIds = teamIds == null ? null : List.copyOf(teamIds);
    }

    /** The fairness weight asked for, 1 (fairness as scored) when none was given. */
    public int fairnessWeightOrDefault() {
        return fairnessWeight == null ? 1 : fairnessWeight;
    }
}
