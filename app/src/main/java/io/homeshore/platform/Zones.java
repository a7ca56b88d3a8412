package io.homeshore.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Parses IANA time-zone names, naming the field when one is unknown. */
public final class Zones {

    private Zones() {}

    public static ZoneId parse(String field, String zone) {
        if (zone == null || zone.isBlank()) throw new InvalidInputException(InvalidInputException.FieldError.coded(field, "error.required", "is required"));
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded(field, "error.timeZone",
                    "unknown time zone '" + zone + "' (use an IANA name such as Europe/Amsterdam)", zone));
        }
    }
}
