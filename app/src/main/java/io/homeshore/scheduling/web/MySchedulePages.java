package io.homeshore.scheduling.web;

import io.homeshore.platform.Accounts;
import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The agent's own published schedule, four weeks at a time, in their own time zone, and their calendar address. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class MySchedulePages {

    static final int WEEKS = 4;

    private final Schedules schedules;
    private final Accounts accounts;
    private final Clock clock;

    MySchedulePages(Schedules schedules, Accounts accounts, Clock clock) {
        this.schedules = schedules;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Bean
    static NavLink myScheduleLink() {
        return new NavLink("/me/schedule", "nav.mySchedule", "home.card.mySchedule", List.of(Role.AGENT), 5);
    }

    @GetMapping("/me/schedule")
    String mine(@RequestParam(required = false) LocalDate from, Model model) {
        LocalDate first = (from == null ? LocalDate.now(clock) : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = first.plusWeeks(WEEKS).minusDays(1);
        Map<LocalDate, ScheduledShift> shifts = schedules.myShifts(first, last).stream()
                .collect(Collectors.toMap(ScheduledShift::day, Function.identity()));
        Map<LocalDate, ScheduledShift> days = new TreeMap<>();
        first.datesUntil(last.plusDays(1)).forEach(d -> days.put(d, shifts.get(d)));
        model.addAttribute("days", days);
        model.addAttribute("from", first);
        model.addAttribute("previous", first.minusWeeks(WEEKS));
        model.addAttribute("next", first.plusWeeks(WEEKS));
        model.addAttribute("hours", shifts.values().stream().mapToLong(s -> java.time.Duration.between(s.start(), s.end()).toMinutes()).sum() / 60.0);
        model.addAttribute("zone", accounts.require().timeZone());
        model.addAttribute("hasFeed", schedules.hasMyFeed());
        return "scheduling/mine";
    }

    /** A new secret calendar address, shown once; the previous one stops working. */
    @PostMapping("/me/schedule/calendar")
    String renew(RedirectAttributes redirect) {
        boolean had = schedules.hasMyFeed();
        String token = schedules.renewMyFeed();
        redirect.addFlashAttribute("feedUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics").build(token).toString());
        redirect.addFlashAttribute("flash", had ? "schedule.feed.renewed" : "schedule.feed.created");
        return "redirect:/me/schedule";
    }

    @PostMapping("/me/schedule/calendar/revoke")
    String revoke(RedirectAttributes redirect) {
        schedules.revokeMyFeed();
        redirect.addFlashAttribute("flash", "schedule.feed.revoked");
        return "redirect:/me/schedule";
    }
}
