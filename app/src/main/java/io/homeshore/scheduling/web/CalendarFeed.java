package io.homeshore.scheduling.web;

import io.homeshore.platform.NotFoundException;
import io.homeshore.scheduling.Schedules;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agent's calendar feed at a secret address: calendar apps cannot sign in, so whoever holds the address may
 * read it, and only the agent can renew or revoke it. An unknown or revoked address is "not found".
 */
@RestController
class CalendarFeed {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Schedules schedules;

    CalendarFeed(Schedules schedules) {
        this.schedules = schedules;
    }

    @GetMapping("/calendar/{token}.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> feed(@PathVariable String token) {
        String ics = schedules.calendar(token).orElseThrow(() -> new NotFoundException("calendar", "this address"));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(ics);
    }
}
