package io.homeshore.scheduling.web;

import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.web.Form;
import io.homeshore.scheduling.ShiftTemplate;
import io.homeshore.scheduling.ShiftTemplates;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Shift templates, kept by planners: when shifts may start, how long they last, on which days. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
class TemplatePages {

    private final ShiftTemplates templates;
    private final MessageSource messages;
    private final Validator validator;

    TemplatePages(ShiftTemplates templates, MessageSource messages, Validator validator) {
        this.templates = templates;
        this.messages = messages;
        this.validator = validator;
    }

    @GetMapping("/schedule/templates")
    String list(Model model) {
        model.addAttribute("items", templates.all());
        return "scheduling/templates";
    }

    @GetMapping("/schedule/templates/new")
    String create(Model model) {
        return form(model, null, Form.empty().set("startGridMinutes", 60).set("lengthStepMinutes", 60).set("cost", 0)
                .setAll("days", EnumSet.allOf(DayOfWeek.class).stream().map(Enum::name).toList()));
    }

    @GetMapping("/schedule/templates/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ShiftTemplate t = templates.get(id);
        return form(model, id, Form.empty().set("code", t.code()).set("name", t.name()).set("startEarliest", t.startEarliest())
                .set("startLatest", t.startLatest()).set("startGridMinutes", t.startGridMinutes()).set("minLengthMinutes", t.minLengthMinutes())
                .set("maxLengthMinutes", t.maxLengthMinutes()).set("lengthStepMinutes", t.lengthStepMinutes())
                .setAll("days", t.days().stream().map(Enum::name).toList()).set("night", t.night()).set("cost", t.cost()));
    }

    @PostMapping("/schedule/templates")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        return save(null, params, model, redirect);
    }

    @PostMapping("/schedule/templates/{id}")
    String save(@PathVariable Long id, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        Set<DayOfWeek> days = form.values("days").stream().map(DayOfWeek::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        var in = new ShiftTemplate.Input(form.text("code"), form.text("name"), form.parse("startEarliest", LocalTime::parse, messages),
                form.parse("startLatest", LocalTime::parse, messages), form.parse("startGridMinutes", Integer::valueOf, messages),
                form.parse("minLengthMinutes", Integer::valueOf, messages), form.parse("maxLengthMinutes", Integer::valueOf, messages),
                form.parse("lengthStepMinutes", Integer::valueOf, messages), days, "true".equals(form.value("night")),
                form.parse("cost", Integer::valueOf, messages));
        if (!form.hasErrors() && form.validate(in, validator)) {
            try {
                if (id == null) templates.create(in);
                else templates.update(id, in);
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/schedule/templates";
            } catch (InvalidInputException | ConflictException e) {
                form.reject(e, messages);
            }
        }
        return form(model, id, form);
    }

    @PostMapping("/schedule/templates/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        templates.delete(id);
        redirect.addFlashAttribute("flash", "common.deleted");
        return "redirect:/schedule/templates";
    }

    private String form(Model model, Long id, Form form) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("weekDays", DayOfWeek.values());
        return "scheduling/template-form";
    }
}
