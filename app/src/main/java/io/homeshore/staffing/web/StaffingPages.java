package io.homeshore.staffing.web;

import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.web.Form;
import io.homeshore.queues.Queues;
import io.homeshore.staffing.Staffing;
import io.homeshore.staffing.StaffingInterval;
import io.homeshore.staffing.StaffingRequest.IntervalInput;
import io.homeshore.staffing.StaffingRequest.TargetsInput;
import io.homeshore.staffing.erlang.QueueMeasures;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The planner's staffing calculator (live, with a chart) and per-queue requirement tables with CSV download. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
class StaffingPages {

    static final List<Integer> INTERVALS = List.of(900, 1800, 3600);

    private final Staffing staffing;
    private final Queues queues;
    private final IntervalCsv csv;
    private final MessageSource messages;

    StaffingPages(Staffing staffing, Queues queues, IntervalCsv csv, MessageSource messages) {
        this.staffing = staffing;
        this.queues = queues;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/staffing")
    String page(Model model) {
        Form form = Form.empty().set("contacts", 100).set("intervalSeconds", 1800).set("ahtSeconds", 180).set("serviceLevel", 80)
                .set("targetSeconds", 20).set("maxOccupancy", 85).set("shrinkage", 30);
        model.addAttribute("queues", queues.all());
        model.addAttribute("intervals", INTERVALS);
        calculate(form, model);
        return "staffing/calculator";
    }

    /** The htmx partial: recalculated on every change of the form. */
    @PostMapping("/staffing/calculate")
    String calculate(@RequestParam MultiValueMap<String, String> params, Model model) {
        calculate(Form.of(params), model);
        return "staffing/partials/result :: result";
    }

    @PostMapping("/staffing/queues/upload")
    String upload(@RequestParam long queueId, @RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        model.addAttribute("queues", queues.all());
        model.addAttribute("intervals", INTERVALS);
        model.addAttribute("queueId", queueId);
        Form form = Form.empty().set("contacts", 100).set("intervalSeconds", 1800).set("ahtSeconds", 180).set("serviceLevel", 80).set("targetSeconds", 20);
        calculate(form, model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadErrors", List.of(messages.getMessage("staffing.noFile", null, LocaleContextHolder.getLocale())));
            return "staffing/calculator";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            IntervalCsv.Parsed parsed = csv.parse(reader);
            List<StaffingInterval> rows = staffing.store(queueId, parsed.starts(), parsed.workloads(),
                    new TargetsInput(0.8, 20.0, null, null, null, 0.85, 0.3).toTargets(), file.getOriginalFilename());
            model.addAttribute("rows", rows);
            model.addAttribute("from", parsed.starts().stream().min(Instant::compareTo).orElseThrow());
            model.addAttribute("to", parsed.starts().stream().max(Instant::compareTo).orElseThrow().plusSeconds(1));
        } catch (InvalidInputException e) {
            model.addAttribute("uploadErrors", Form.describe(e, messages));
        }
        return "staffing/calculator";
    }

    @GetMapping("/staffing/queues/{queueId}/requirements.csv")
    ResponseEntity<String> download(@PathVariable long queueId, @RequestParam Instant from, @RequestParam Instant to) {
        var lines = staffing.stored(queueId, from, to).stream().map(r -> String.join(",", r.start().toString(), num(r.contacts()),
                num(r.ahtSeconds()), r.status().name(), String.valueOf(r.agents()), String.valueOf(r.scheduled()), num(r.serviceLevel()),
                num(r.asaSeconds()), num(r.abandonment()), num(r.occupancy()))).collect(Collectors.joining("\n"));
        String body = "interval_start,contacts,aht_seconds,status,agents,scheduled,service_level,asa_seconds,abandonment,occupancy\n" + lines + "\n";
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"requirements-" + queueId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    private void calculate(Form form, Model model) {
        model.addAttribute("form", form);
        Double contacts = form.parse("contacts", Double::valueOf, messages);
        Double interval = form.parse("intervalSeconds", Double::valueOf, messages);
        Double aht = form.parse("ahtSeconds", Double::valueOf, messages);
        Double patience = form.parse("patienceSeconds", Double::valueOf, messages);
        Double sl = percent(form, "serviceLevel");
        Double target = form.parse("targetSeconds", Double::valueOf, messages);
        Double abandon = percent(form, "maxAbandonment");
        Double occupancy = percent(form, "maxOccupancy");
        Double shrinkage = percent(form, "shrinkage");
        if (contacts == null) form.error("contacts", messages.getMessage("error.required", null, LocaleContextHolder.getLocale()));
        if (aht == null) form.error("ahtSeconds", messages.getMessage("error.required", null, LocaleContextHolder.getLocale()));
        if (form.hasErrors()) return;
        try {
            var targets = new TargetsInput(sl, target, null, null, abandon, occupancy, shrinkage).toTargets();
            var result = staffing.calculate(new IntervalInput(null, contacts, interval == null ? 900 : interval, aht, patience).toWorkload(), targets);
            model.addAttribute("result", result);
            model.addAttribute("chart", chart(result.curve()));
        } catch (InvalidInputException e) {
            form.reject(e, messages);
        }
    }

    private Double percent(Form form, String name) {
        Double v = form.parse(name, Double::valueOf, messages);
        return v == null ? null : v / 100;
    }

    /** Chart data as JSON for staffing.js: agents on x; SL, abandonment, occupancy in %; ASA in seconds. */
    static String chart(List<QueueMeasures> curve) {
        return "{\"agents\":" + curve.stream().map(m -> String.valueOf(m.agents())).collect(Collectors.joining(",", "[", "]"))
                + ",\"serviceLevel\":" + series(curve, m -> 100 * m.serviceLevel())
                + ",\"abandonment\":" + series(curve, m -> 100 * m.abandonProbability())
                + ",\"occupancy\":" + series(curve, m -> 100 * m.occupancy())
                + ",\"asa\":" + series(curve, QueueMeasures::asa) + "}";
    }

    private static String series(List<QueueMeasures> curve, java.util.function.ToDoubleFunction<QueueMeasures> f) {
        return curve.stream().map(m -> {
            double v = f.applyAsDouble(m);
            return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "null";
        }).collect(Collectors.joining(",", "[", "]"));
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6g", v);
    }
}
