package io.homeshore.scheduling.web;

import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.Role;
import io.homeshore.platform.web.Form;
import io.homeshore.platform.web.HomeCards.NavLink;
import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.ShiftTemplate;
import io.homeshore.scheduling.TimeOff;
import io.homeshore.scheduling.Wishes;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * "My wishes and time off" for agents — preferred start window and days off, wishes for single days, time-off
 * requests — and the time-off inbox where leads and planners approve or decline.
 */
@Controller
class WishPages {

    private final Wishes wishes;
    private final MessageSource messages;
    private final Validator validator;
    private final Clock clock;

    WishPages(Wishes wishes, MessageSource messages, Validator validator, Clock clock) {
        this.wishes = wishes;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @Bean
    static NavLink myWishesLink() {
        return new NavLink("/me/wishes", "nav.myWishes", "home.card.myWishes", List.of(Role.AGENT), 6);
    }

    @Bean
    static NavLink timeOffLink() {
        return new NavLink("/time-off", "nav.timeOff", "home.card.timeOff", List.of(Role.ADMIN, Role.PLANNER, Role.LEAD), 65);
    }

    @GetMapping("/me/wishes")
    @PreAuthorize("hasRole('AGENT')")
    String mine(Model model) {
        return page(model, preferencesForm(), dayForm(), Form.empty());
    }

    @PostMapping("/me/wishes/preferences")
    @PreAuthorize("hasRole('AGENT')")
    String savePreferences(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        LocalTime earliest = form.parse("startEarliest", LocalTime::parse, messages);
        LocalTime latest = form.parse("startLatest", LocalTime::parse, messages);
        Set<DayOfWeek> days = form.values("daysOff").stream().map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        var in = new Preferences.Input(earliest, latest, days);
        return submit(form, in, () -> wishes.saveMyPreferences(in), redirect,
                () -> page(model, form, dayForm(), Form.empty()));
    }

    @PostMapping("/me/wishes/days")
    @PreAuthorize("hasRole('AGENT')")
    String addDay(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        var in = new DayRequest.Input(form.parse("day", LocalDate::parse, messages), form.parse("wish", DayRequest.Wish::valueOf, messages),
                form.parse("priority", DayRequest.Priority::valueOf, messages), form.text("template"));
        return submit(form, in, () -> wishes.addMyDayRequest(in), redirect, () -> page(model, preferencesForm(), form, Form.empty()));
    }

    @PostMapping("/me/wishes/days/{id}/delete")
    @PreAuthorize("hasRole('AGENT')")
    String removeDay(@PathVariable long id, RedirectAttributes redirect) {
        wishes.removeMyDayRequest(id);
        redirect.addFlashAttribute("flash", "common.deleted");
        return "redirect:/me/wishes";
    }

    @PostMapping("/me/wishes/time-off")
    @PreAuthorize("hasRole('AGENT')")
    String requestTimeOff(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        var in = new TimeOff.Input(form.parse("firstDay", LocalDate::parse, messages), form.parse("lastDay", LocalDate::parse, messages), form.text("reason"));
        return submit(form, in, () -> wishes.requestTimeOff(in), redirect,
                () -> page(model, preferencesForm(), dayForm(), form));
    }

    @PostMapping("/me/wishes/time-off/{id}/withdraw")
    @PreAuthorize("hasRole('AGENT')")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        try {
            wishes.withdrawTimeOff(id);
            redirect.addFlashAttribute("flash", "wishes.withdrawn");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", "wishes.error.withdraw");
        }
        return "redirect:/me/wishes";
    }

    @GetMapping("/time-off")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    String inbox(Model model) {
        model.addAttribute("waiting", wishes.timeOff(TimeOff.Status.REQUESTED));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("approved", wishes.timeOff(TimeOff.Status.APPROVED).stream().filter(t -> !t.lastDay().isBefore(today)).toList());
        return "scheduling/time-off";
    }

    @PostMapping("/time-off/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, true, redirect);
    }

    @PostMapping("/time-off/{id}/decline")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        return decide(id, false, redirect);
    }

    private String decide(long id, boolean approve, RedirectAttributes redirect) {
        try {
            wishes.decide(id, approve);
            redirect.addFlashAttribute("flash", approve ? "wishes.approved" : "wishes.declined");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", "wishes.error.decided");
        }
        return "redirect:/time-off";
    }

    private <T> String submit(Form form, T in, Runnable action, RedirectAttributes redirect, Supplier<String> again) {
        if (!form.hasErrors() && form.validate(in, validator)) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/me/wishes";
            } catch (InvalidInputException | ConflictException e) {
                form.reject(e, messages);
            }
        }
        return again.get();
    }

    private static Form dayForm() {
        return Form.empty().set("priority", DayRequest.Priority.NORMAL.name()).set("wish", DayRequest.Wish.OFF.name());
    }

    private Form preferencesForm() {
        Preferences p = wishes.myPreferences();
        return Form.empty().set("startEarliest", p.startEarliest()).set("startLatest", p.startLatest())
                .setAll("daysOff", p.daysOff().stream().map(Enum::name).toList());
    }

    private String page(Model model, Form prefs, Form day, Form timeOff) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("prefs", prefs);
        model.addAttribute("day", day);
        model.addAttribute("timeOffForm", timeOff);
        model.addAttribute("weekDays", DayOfWeek.values());
        model.addAttribute("wishKinds", DayRequest.Wish.values());
        model.addAttribute("priorities", DayRequest.Priority.values());
        model.addAttribute("shiftTemplates", wishes.shiftTemplates().stream().collect(Collectors.toMap(ShiftTemplate::code, ShiftTemplate::name,
                (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("days", wishes.myDayRequests(today, today.plusYears(2)));
        model.addAttribute("timeOff", wishes.myTimeOff(today.minusDays(30), today.plusYears(2)));
        model.addAttribute("tomorrow", today.plusDays(1));
        return "scheduling/wishes";
    }
}
