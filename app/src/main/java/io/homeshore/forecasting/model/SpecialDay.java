package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A holiday or campaign day of one queue. Days with the same {@code name} share one effect: either set by the planner
 * ({@code plannerFactor}, e.g. 1.30 for +30 % on a sale day, 0 when closed) or learned from past occurrences.
 *
 * @param date           local date in the queue's zone
 * @param name           what it is ("Christmas", "Spring sale"); the key that links occurrences across years
 * @param plannerFactor  multiplier on the day's volume set by the planner, or NaN to learn it from history
 */
public record SpecialDay(LocalDate date, String name, double plannerFactor) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("special day name must not be blank");
        if (plannerFactor < 0) throw new IllegalArgumentException("special day factor must be >= 0, was " + plannerFactor);
    }

    /** A day whose effect is learned from history. */
    public static SpecialDay learned(LocalDate date, String name) {
        return new SpecialDay(date, name, Double.NaN);
    }

    public OptionalDouble factor() {
        return Double.isNaN(plannerFactor) ? OptionalDouble.empty() : OptionalDouble.of(plannerFactor);
    }
}
