package io.homeshore.scheduling;

import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * An agent's standing wishes for planning, in their own time zone: shifts starting between {@code startEarliest}
 * and {@code startLatest} (both or neither), and weekdays they would rather have off. Soft: planning honours them
 * where coverage and the other agents allow, and reports how often it did.
 */
public record Preferences(LocalTime startEarliest, LocalTime startLatest, Set<DayOfWeek> daysOff) {

    public static final Preferences NONE = new Preferences(null, null, Set.of());

    public Preferences {
        daysOff = Set.copyOf(daysOff);
    }

    public boolean hasStartWindow() {
        return startEarliest != null && startLatest != null;
    }

    public record Input(LocalTime startEarliest, LocalTime startLatest, @NotNull Set<@NotNull DayOfWeek> daysOff) {}
}
