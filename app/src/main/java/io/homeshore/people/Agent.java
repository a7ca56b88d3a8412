package io.homeshore.people;

import io.homeshore.shared.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A home-based agent. Their e-mail is also their sign-in name. */
public record Agent(long id, String name, String email, String timeZone, List<String> languages, long teamId,
                    long contractId, List<SkillLevel> skills, Set<Channel> channels, LocalDate startDate, boolean nightOptIn) {

    /** A skill, by code, and how well the agent handles it: 1 (learning) to 5 (expert). */
    public record SkillLevel(
            @NotBlank String skill,
            @NotNull @Min(1) @Max(5) Integer proficiency) {}

    public record Input(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 200) String email,
            @NotBlank String timeZone,
            @NotEmpty List<@Pattern(regexp = "[a-z]{2,3}", message = "use ISO 639 codes such as en, nl, ja") String> languages,
            @NotNull Long teamId,
            @NotNull Long contractId,
            List<@Valid @NotNull SkillLevel> skills,
            @NotEmpty Set<@NotNull Channel> channels,
            @NotNull LocalDate startDate,
            Boolean nightOptIn) {
        public Input {
            skills = skills == null ? List.of() : List.copyOf(skills);
            nightOptIn = nightOptIn != null && nightOptIn;
        }
    }

    /** What an agent may change about themselves. */
    public record ProfileInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank String timeZone,
            @NotEmpty List<@Pattern(regexp = "[a-z]{2,3}", message = "use ISO 639 codes such as en, nl, ja") String> languages,
            @NotNull Boolean nightOptIn) {}
}
