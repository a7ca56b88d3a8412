package io.homeshore.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A recurring weekly window, in the agent's time zone, in which no work is planned or routed to them, such as
 * "Mon–Fri 15:00–16:30, school pick-up". A window may run past midnight (end before start).
 */
public record ProtectedWindow(long id, Set<DayOfWeek> days, LocalTime start, LocalTime end, String reason) {

    public record Input(@NotEmpty Set<@NotNull DayOfWeek> days, @NotNull LocalTime start, @NotNull LocalTime end,
                        @NotBlank @Size(max = 200) String reason) {}
}
