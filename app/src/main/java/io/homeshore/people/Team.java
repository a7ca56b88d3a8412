package io.homeshore.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A team at a site; {@code leads} are the user names of the leads who see it. */
public record Team(long id, String name, long siteId, List<String> leads) {

    public record Input(@NotBlank @Size(max = 120) String name, @NotNull Long siteId, List<@NotBlank String> leads) {
        public Input {
            leads = leads == null ? List.of() : List.copyOf(leads);
        }
    }
}
