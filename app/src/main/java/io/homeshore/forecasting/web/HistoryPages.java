package io.homeshore.forecasting.web;

import io.homeshore.forecasting.Forecasts;
import io.homeshore.forecasting.HistoryFileRefused;
import io.homeshore.forecasting.model.HistoryProblem;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.web.Form;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.Queues;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The planner's history import: a CSV for one queue, all lines or none; a refused file lists every problem by line
 * and column in the reader's language, an accepted one says what was stored and what was passed over.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
class HistoryPages {

    private final Forecasts forecasts;
    private final Queues queues;
    private final MessageSource messages;

    HistoryPages(Forecasts forecasts, Queues queues, MessageSource messages) {
        this.forecasts = forecasts;
        this.queues = queues;
        this.messages = messages;
    }

    @GetMapping("/forecasting/history")
    String page(@RequestParam(required = false) Long queueId, Model model) {
        return show(queueId, model);
    }

    @PostMapping("/forecasting/history")
    String upload(@RequestParam long queueId, @RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", List.of(text("history.noFile")));
            return show(queueId, model);
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("result", forecasts.importHistory(queueId, reader));
        } catch (HistoryFileRefused e) {
            model.addAttribute("problems", e.problems().stream().map(this::describe).toList());
        } catch (InvalidInputException e) {
            model.addAttribute("problems", Form.describe(e, messages));
        }
        return show(queueId, model);
    }

    /** The queue's past year as a per-interval history CSV, the same file the import reads. */
    @GetMapping("/forecasting/history/export")
    ResponseEntity<String> export(@RequestParam long queueId) {
        return csv(queueId, forecasts.exportHistory(queueId, null, null));
    }

    static ResponseEntity<String> csv(long queueId, String body) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"history-" + queueId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(body);
    }

    private String show(Long queueId, Model model) {
        List<ContactQueue> all = queues.all();
        model.addAttribute("queues", all);
        model.addAttribute("queueId", queueId != null ? queueId : all.isEmpty() ? null : all.getFirst().id());
        return "forecasting/history";
    }

    /** "line 3, column 2 (arrival): unparseable timestamp …" in the reader's language; line and column as plain digits. */
    String describe(HistoryProblem p) {
        String where = p.line() == 0 ? text("history.where.file")
                : p.column() == 0 ? text("history.where.line", String.valueOf(p.line()))
                : text("history.where.cell", String.valueOf(p.line()), String.valueOf(p.column()), p.columnName());
        Locale locale = LocaleContextHolder.getLocale();
        return where + ": " + messages.getMessage("error.history." + p.code().name(), p.args().toArray(), p.message(), locale);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
