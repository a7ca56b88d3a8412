package io.homeshore.people;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The working-time rules an agent is employed on. The scheduler treats every one of them as a hard rule. */
public record Contract(long id, String name, BigDecimal minHoursPerWeek, BigDecimal maxHoursPerWeek, int maxDaysPerWeek,
                       int maxConsecutiveDays, int minConsecutiveDaysOff, BigDecimal minRestHours,
                       boolean nightEligible, boolean weekendEligible) {

    public record Input(
            @NotBlank @Size(max = 120) String name,
            @NotNull @DecimalMin("0") @DecimalMax("80") BigDecimal minHoursPerWeek,
            @NotNull @DecimalMin("0") @DecimalMax("80") BigDecimal maxHoursPerWeek,
            @NotNull @Min(1) @Max(7) Integer maxDaysPerWeek,
            @NotNull @Min(1) @Max(14) Integer maxConsecutiveDays,
            @NotNull @Min(1) @Max(7) Integer minConsecutiveDaysOff,
            @NotNull @DecimalMin("0") @DecimalMax("24") BigDecimal minRestHours,
            @NotNull Boolean nightEligible,
            @NotNull Boolean weekendEligible) {}
}
