package io.homeshore.people.web;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.ProtectedWindow;
import io.homeshore.people.Team;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.web.Form;
import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's own page: their details, what they may change about themselves, and their protected hours. */
@Controller
@PreAuthorize("hasRole('AGENT')")
class MePages {

    private final AgentDirectory agents;
    private final Organisation org;
    private final MessageSource messages;
    private final Validator validator;

    MePages(AgentDirectory agents, Organisation org, MessageSource messages, Validator validator) {
        this.agents = agents;
        this.org = org;
        this.messages = messages;
        this.validator = validator;
    }

    @GetMapping("/me")
    String me(Model model) {
        Agent me = agents.me();
        return page(model, me, profileForm(me), Form.empty().set("start", "15:00").set("end", "16:30"));
    }

    @PostMapping("/me/profile")
    String updateProfile(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        String languages = form.text("languages");
        var input = new Agent.ProfileInput(form.text("name"), form.text("timeZone"),
                languages == null ? List.of() : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                form.has("nightOptIn", "true"));
        if (form.validate(input, validator) && tryRun(form, () -> agents.updateMyProfile(input))) {
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/me";
        }
        return page(model, agents.me(), form, Form.empty());
    }

    @PostMapping("/me/windows")
    String addWindow(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        var days = EnumSet.noneOf(DayOfWeek.class);
        form.values("days").forEach(d -> days.add(DayOfWeek.valueOf(d)));
        var input = new ProtectedWindow.Input(days, form.parse("start", LocalTime::parse, messages), form.parse("end", LocalTime::parse, messages),
                form.text("reason"));
        if (!form.hasErrors() && form.validate(input, validator) && tryRun(form, () -> agents.addMyWindow(input))) {
            redirect.addFlashAttribute("flash", "me.windowAdded");
            return "redirect:/me";
        }
        Agent me = agents.me();
        return page(model, me, profileForm(me), form);
    }

    /** With htmx only the list is swapped; without JavaScript the whole page reloads. */
    @PostMapping("/me/windows/{id}/delete")
    String removeWindow(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<ProtectedWindow> windows = agents.removeMyWindow(id);
        if (htmx == null) return "redirect:/me";
        model.addAttribute("windows", windows);
        return "people/partials/windows :: list(windows=${windows}, editable=true)";
    }

    private boolean tryRun(Form form, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException | ConflictException e) {
            form.reject(e, messages);
            return false;
        }
    }

    private String page(Model model, Agent me, Form profile, Form window) {
        model.addAttribute("agent", me);
        model.addAttribute("profile", profile);
        model.addAttribute("window", window);
        model.addAttribute("windows", agents.windows(me.id()));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("teamNames", org.teams().stream().collect(Collectors.toMap(Team::id, Team::name)));
        model.addAttribute("contractNames", org.contracts().stream().collect(Collectors.toMap(Contract::id, Contract::name)));
        return "people/me";
    }

    private static Form profileForm(Agent me) {
        return Form.empty().set("name", me.name()).set("timeZone", me.timeZone()).set("languages", String.join(", ", me.languages()))
                .set("nightOptIn", me.nightOptIn());
    }
}
