package io.homeshore.people;

/** A place agents belong to, with the time zone their day is planned in. */
public record Site(long id, String name, String timeZone) {

    public record Input(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 120) String name,
            @jakarta.validation.constraints.NotBlank String timeZone) {}
}
