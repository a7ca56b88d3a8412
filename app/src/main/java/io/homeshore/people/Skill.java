package io.homeshore.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Something an agent can handle, such as billing or technical support; queues require one. */
public record Skill(long id, String code, String name) {

    public record Input(
            @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "use lower-case letters, digits and hyphens") String code,
            @NotBlank @Size(max = 120) String name) {}
}
