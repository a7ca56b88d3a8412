package io.homeshore.platform.web;

import io.homeshore.platform.AuditLog;
import io.homeshore.platform.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", audit.list(new Page.Request(Math.max(page, 0), 50)));
        return "platform/audit";
    }
}
