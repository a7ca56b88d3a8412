package io.homeshore.people.web;

import io.homeshore.people.AgentCsv;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.web.Form;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

/** Import agents from a CSV file (all or nothing, every problem listed by line) and export them in the same format. */
@Controller
class ImportPages {

    private final AgentCsv csv;
    private final MessageSource messages;

    ImportPages(AgentCsv csv, MessageSource messages) {
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/admin/agents/import")
    @PreAuthorize("hasRole('ADMIN')")
    String page() {
        return "people/import";
    }

    @PostMapping("/admin/agents/import")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problems", java.util.List.of(messages.getMessage("import.noFile", null, LocaleContextHolder.getLocale())));
            return "people/import";
        }
        try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            model.addAttribute("result", csv.importCsv(reader));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", Form.describe(e, messages));
        }
        return "people/import";
    }

    @GetMapping("/admin/agents/export")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"agents.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv.export());
    }
}
