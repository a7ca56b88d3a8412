package io.homeshore.scheduling.web;

import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.TimeOff;
import io.homeshore.scheduling.Wishes;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Agents' preferences, day wishes and time off over REST; leads and planners decide time off. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Wishes and time off")
class WishApi {

    private final Wishes wishes;

    WishApi(Wishes wishes) {
        this.wishes = wishes;
    }

    @GetMapping("/me/preferences")
    @PreAuthorize("hasRole('AGENT')")
    Preferences preferences() {
        return wishes.myPreferences();
    }

    @PutMapping("/me/preferences")
    @PreAuthorize("hasRole('AGENT')")
    Preferences savePreferences(@Valid @RequestBody Preferences.Input in) {
        return wishes.saveMyPreferences(in);
    }

    @GetMapping("/me/day-requests")
    @PreAuthorize("hasRole('AGENT')")
    List<DayRequest> dayRequests(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return wishes.myDayRequests(from, to);
    }

    @PostMapping("/me/day-requests")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<DayRequest> addDayRequest(@Valid @RequestBody DayRequest.Input in) {
        DayRequest r = wishes.addMyDayRequest(in);
        return ResponseEntity.created(URI.create("/api/v1/me/day-requests/" + r.id())).body(r);
    }

    @DeleteMapping("/me/day-requests/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Void> removeDayRequest(@PathVariable long id) {
        wishes.removeMyDayRequest(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me/time-off")
    @PreAuthorize("hasRole('AGENT')")
    List<TimeOff> myTimeOff(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return wishes.myTimeOff(from, to);
    }

    @PostMapping("/me/time-off")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<TimeOff> requestTimeOff(@Valid @RequestBody TimeOff.Input in) {
        TimeOff t = wishes.requestTimeOff(in);
        return ResponseEntity.created(URI.create("/api/v1/me/time-off/" + t.id())).body(t);
    }

    @DeleteMapping("/me/time-off/{id}")
    @PreAuthorize("hasRole('AGENT')")
    ResponseEntity<Void> withdrawTimeOff(@PathVariable long id) {
        wishes.withdrawTimeOff(id);
        return ResponseEntity.noContent().build();
    }

    /** Time off in a status (default: waiting for a decision), of the agents the caller may see. */
    @GetMapping("/time-off")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    List<TimeOff> timeOff(@RequestParam(defaultValue = "REQUESTED") TimeOff.Status status) {
        return wishes.timeOff(status);
    }

    @PostMapping("/time-off/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    TimeOff approve(@PathVariable long id) {
        return wishes.decide(id, true);
    }

    @PostMapping("/time-off/{id}/decline")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    TimeOff decline(@PathVariable long id) {
        return wishes.decide(id, false);
    }

    /** Records time off already agreed for an agent: approved at once. */
    @PostMapping("/agents/{agentId}/time-off")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<TimeOff> recordTimeOff(@PathVariable long agentId, @Valid @RequestBody TimeOff.Input in) {
        TimeOff t = wishes.recordTimeOff(agentId, in);
        return ResponseEntity.created(URI.create("/api/v1/time-off/" + t.id())).body(t);
    }
}
