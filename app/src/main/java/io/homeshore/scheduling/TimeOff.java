package io.homeshore.scheduling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Days off asked for by an agent ({@code firstDay} to {@code lastDay}, inclusive). Once approved by a lead or
 * planner the days are a hard rule for planning: no shift is ever planned on them.
 */
public record TimeOff(long id, long agentId, String agentName, LocalDate firstDay, LocalDate lastDay, String reason, Status status,
                      Instant createdAt, String decidedBy, Instant decidedAt) {

    public enum Status { REQUESTED, APPROVED, DECLINED }

    public long days() {
        return lastDay.toEpochDay() - firstDay.toEpochDay() + 1;
    }

    public record Input(@NotNull LocalDate firstDay, @NotNull LocalDate lastDay, @Size(max = 200) String reason) {}
}
