package io.homeshore.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One planning run as recorded: what was asked, how it went and the best score found (hard = broken rules, must be
 * 0 to publish; soft = the weighted cost of cover, preferences and fairness).
 */
public record ScheduleRun(long id, List<Long> teamIds, LocalDate firstDay, int weeks, String zone, int timeLimitSeconds,
                          LocalDate keepPublishedUntil, Status status, String createdBy, Instant createdAt, Instant finishedAt,
                          int agents, Long hardScore, Long softScore, Long firstFeasibleMillis, Long solveMillis, String message,
                          Instant publishedAt, String publishedBy) {

    public enum Status { SOLVING, DONE, STOPPED, FAILED }

    public LocalDate lastDay() {
        return firstDay.plusDays(weeks * 7L - 1);
    }

    public boolean feasible() {
        return hardScore != null && hardScore == 0;
    }

    public boolean finished() {
        return status != Status.SOLVING;
    }

    public boolean publishable() {
        return (status == Status.DONE || status == Status.STOPPED) && feasible() && publishedAt == null;
    }
}
