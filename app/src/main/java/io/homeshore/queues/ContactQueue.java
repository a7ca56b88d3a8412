package io.homeshore.queues;

import io.homeshore.shared.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A queue contacts wait in. Voice and chat have a service target "percent answered within seconds"; e-mail a
 * response time in hours. Opening hours and holidays are in the queue's own time zone.
 */
public record ContactQueue(long id, String name, Channel channel, String skill, String timeZone, BigDecimal targetPercent,
                           Integer targetSeconds, BigDecimal targetHours, List<OpeningHours> openingHours, List<Holiday> holidays) {

    /** Open from {@code opens} to {@code closes} on a weekday; closes 00:00 means open until midnight. */
    public record OpeningHours(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {}

    public record Holiday(@NotNull LocalDate date, @NotBlank @Size(max = 120) String name) {}

    public record Input(
            @NotBlank @Size(max = 120) String name,
            @NotNull Channel channel,
            @NotBlank String skill,
            @NotBlank String timeZone,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal targetPercent,
            @Min(1) @Max(86400) Integer targetSeconds,
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("720") BigDecimal targetHours,
            List<@Valid @NotNull OpeningHours> openingHours,
            List<@Valid @NotNull Holiday> holidays) {
        public Input {
            openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }
    }
}
