package io.homeshore.platform.web;

import io.homeshore.platform.Accounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    private final Accounts accounts;
    private final HomeCards cards;

    HomeController(Accounts accounts, HomeCards cards) {
        this.accounts = accounts;
        this.cards = cards;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("failed", error != null);
        return "platform/login";
    }

    /** Each role lands on its own home page: cards for what that role does most. */
    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Model model) {
        var user = accounts.require();
        model.addAttribute("user", user);
        model.addAttribute("cards", cards.forRole(user.role()));
        return "platform/home";
    }
}
