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
 * ones are planned again. {@code fairnessWeight} (optional, {@value #DEFAULT_FAIRNESS_WEIGHT} when absent) multiplies the
 * fairness of nights, weekends and holidays within each team against coverage: higher spreads them more evenly at
 * some cost in coverage; 0 ignores fairness.
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

    /**
     * Fairness weight when the planner gives none: on the demo organisation it halves the largest within-team spread
     * of weekend days (8 → 4) for 0.7 points of coverage (docs/adr/0050-scheduling-model.md).
     */
    public static final int DEFAULT_FAIRNESS_WEIGHT = 100;

    /** The fairness weight asked for, {@link #DEFAULT_FAIRNESS_WEIGHT} when none was given. */
    public int fairnessWeightOrDefault() {
        return fairnessWeight == null ? DEFAULT_FAIRNESS_WEIGHT : fairnessWeight;
    }
}
