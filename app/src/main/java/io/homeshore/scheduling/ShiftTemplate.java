package io.homeshore.scheduling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A shift the planner allows: it starts between {@code startEarliest} and {@code startLatest} on a grid of
 * {@code startGridMinutes}, lasts {@code minLengthMinutes} to {@code maxLengthMinutes} in steps, on the given
 * days. Planning offers it for every skill of the planned agents; {@code cost} is a soft penalty per use.
 */
public record ShiftTemplate(long id, String code, String name, LocalTime startEarliest, LocalTime startLatest, int startGridMinutes,
                            int minLengthMinutes, int maxLengthMinutes, int lengthStepMinutes, Set<DayOfWeek> days, boolean night, int cost) {

    public record Input(
            @NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}", message = "{template.code.pattern}") String code,
            @NotBlank @Size(max = 120) String name,
            @NotNull LocalTime startEarliest,
            @NotNull LocalTime startLatest,
            @NotNull @Min(5) @Max(240) Integer startGridMinutes,
            @NotNull @Min(60) @Max(720) Integer minLengthMinutes,
            @NotNull @Min(60) @Max(720) Integer maxLengthMinutes,
            @NotNull @Min(15) @Max(240) Integer lengthStepMinutes,
            @NotEmpty Set<@NotNull DayOfWeek> days,
            @NotNull Boolean night,
            @NotNull @Min(0) @Max(1000) Integer cost) {}
}
