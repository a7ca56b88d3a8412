package io.homeshore.forecasting.web;

import io.homeshore.forecasting.ForecastVersion;
import io.homeshore.forecasting.Forecasts;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.Role;
import io.homeshore.platform.web.Form;
import io.homeshore.platform.web.HomeCards.NavLink;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.IntervalVolume;
import io.homeshore.queues.Queues;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

/** The planner's forecast page: run, look (chart with band, backtest table), adjust days with a reason, publish. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
class ForecastPages {

    private final Forecasts forecasts;
    private final Queues queues;
    private final MessageSource messages;

    ForecastPages(Forecasts forecasts, Queues queues, MessageSource messages) {
        this.forecasts = forecasts;
        this.queues = queues;
        this.messages = messages;
    }

    @Bean
    static NavLink forecastingLink() {
        return new NavLink("/forecasting", "nav.forecasting", "home.card.forecasting", List.of(Role.ADMIN, Role.PLANNER), 50);
    }

    @GetMapping("/forecasting")
    String start(@RequestParam(required = false) Long queueId, Model model) {
        List<ContactQueue> all = queues.all();
        model.addAttribute("queues", all);
        Long chosen = queueId != null ? queueId : all.isEmpty() ? null : all.getFirst().id();
        model.addAttribute("queueId", chosen);
        model.addAttribute("versions", chosen == null ? List.of() : forecasts.versions(chosen));
        model.addAttribute("form", Form.empty().set("horizonDays", 28));
        return "forecasting/start";
    }

    @PostMapping("/forecasting/run")
    String run(@RequestParam MultiValueMap<String, String> params, Model model) {
        Form form = Form.of(params);
        Long queueId = form.parse("queueId", Long::valueOf, messages);
        Integer horizon = form.parse("horizonDays", Integer::valueOf, messages);
        if (queueId != null && horizon != null) {
            try {
                return "redirect:/forecasting/versions/" + forecasts.run(queueId, horizon).id();
            } catch (InvalidInputException e) {
                form.reject(e, messages);
            }
        }
        model.addAttribute("queues", queues.all());
        model.addAttribute("queueId", queueId);
        model.addAttribute("versions", queueId == null ? List.of() : forecasts.versions(queueId));
        model.addAttribute("form", form);
        return "forecasting/start";
    }

    @GetMapping("/forecasting/versions/{id}")
    String version(@PathVariable long id, Model model) {
        return show(id, model, Form.empty());
    }

    @PostMapping("/forecasting/versions/{id}/overrides")
    String override(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Form form = Form.of(params);
        LocalDate day = form.parse("day", LocalDate::parse, messages);
        Double percent = form.parse("percent", Double::valueOf, messages);
        if (!form.hasErrors()) {
            try {
                forecasts.override(id, day, percent == null ? Double.NaN : 1 + percent / 100, form.text("reason"));
                redirect.addFlashAttribute("flash", "forecast.overridden");
                return "redirect:/forecasting/versions/" + id;
            } catch (InvalidInputException | ConflictException e) {
                form.reject(e, messages);
            }
        }
        return show(id, model, form);
    }

    @PostMapping("/forecasting/versions/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            forecasts.publish(id);
            redirect.addFlashAttribute("flash", "forecast.publishedNotice");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", "error.forecast.published");
        }
        return "redirect:/forecasting/versions/" + id;
    }

    private String show(long id, Model model, Form overrideForm) {
        ForecastVersion v = forecasts.version(id);
        ContactQueue queue = queues.get(v.queueId());
        var intervals = forecasts.intervals(id);
        ZoneId zone = ZoneId.of(queue.timeZone());
        var history = queues.history(queue.id(), v.firstDay().minusDays(14).atStartOfDay(zone).toInstant(), v.firstDay().atStartOfDay(zone).toInstant());
        model.addAttribute("version", v);
        model.addAttribute("queue", queue);
        model.addAttribute("form", overrideForm);
        model.addAttribute("chart", chart(history, intervals, zone));
        model.addAttribute("dailyTotals", intervals.stream().collect(Collectors.groupingBy(i -> i.start().atZone(zone).toLocalDate(),
                java.util.TreeMap::new, Collectors.summingDouble(ForecastVersion.Interval::volume))));
        return "forecasting/version";
    }

    /** JSON for forecasting.js: [time, value] pairs in the queue's local time. */
    static String chart(List<IntervalVolume> history, List<ForecastVersion.Interval> forecast, ZoneId zone) {
        String h = history.stream().map(v -> pair(v.start().atZone(zone).toLocalDateTime().toString(), v.offered())).collect(Collectors.joining(","));
        String f = forecast.stream().map(i -> pair(i.start().atZone(zone).toLocalDateTime().toString(), i.volume())).collect(Collectors.joining(","));
        String lo = forecast.stream().map(i -> pair(i.start().atZone(zone).toLocalDateTime().toString(), i.lower())).collect(Collectors.joining(","));
        String band = forecast.stream().map(i -> pair(i.start().atZone(zone).toLocalDateTime().toString(), i.upper() - i.lower()))
                .collect(Collectors.joining(","));
        return "{\"history\":[" + h + "],\"forecast\":[" + f + "],\"lower\":[" + lo + "],\"band\":[" + band + "]}";
    }

    private static String pair(String time, double value) {
        return String.format(Locale.ROOT, "[\"%s\",%.2f]", time, value);
    }
}
