package io.homeshore.scheduling;

import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDate;

/** An agent's wish for one day: to work it or to have it off, with a priority that weighs it in planning. */
public record DayRequest(long id, long agentId, LocalDate day, Wish wish, Priority priority, Instant createdAt) {

    public enum Wish { WORK, OFF }

    /** How much a missed wish costs in planning: low 1, normal 3, high 9 (each step outweighs three of the one below). */
    public enum Priority {
        LOW(1), NORMAL(3), HIGH(9);

        private final int weight;

        Priority(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public record Input(@NotNull LocalDate day, @NotNull Wish wish, @NotNull Priority priority) {}
}
