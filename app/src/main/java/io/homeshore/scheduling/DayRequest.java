package io.homeshore.scheduling;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agent's wish for one day: to work it or to have it off, with a priority that weighs it in planning. With a
 * shift template's code it is about that shift only: WORK = "that shift, please", OFF = "not that shift";
 * {@code template == null} means any shift.
 */
public record DayRequest(long id, long agentId, LocalDate day, Wish wish, Priority priority, String template, Instant createdAt) {

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

    /** {@code template}: a shift template's code, or null (or blank) for any shift. */
    public record Input(@NotNull LocalDate day, @NotNull Wish wish, @NotNull Priority priority, @Size(max = 40) String template) {

        public Input {
            template = template == null || template.isBlank() ? null : template.strip();
        }

        /** A wish about any shift. */
        public Input(LocalDate day, Wish wish, Priority priority) {
            this(day, wish, priority, null);
        }
    }
}
