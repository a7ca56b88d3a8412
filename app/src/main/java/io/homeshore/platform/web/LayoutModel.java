package io.homeshore.platform.web;

import io.homeshore.platform.Accounts;
import io.homeshore.platform.CurrentUser;
import io.homeshore.platform.web.HomeCards.NavLink;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the signed-in user and their navigation. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final Accounts accounts;
    private final HomeCards cards;

    LayoutModel(Accounts accounts, HomeCards cards) {
        this.accounts = accounts;
        this.cards = cards;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        return accounts.current().orElse(null);
    }

    @ModelAttribute("nav")
    List<NavLink> nav() {
        return accounts.current().map(u -> cards.forRole(u.role())).orElse(List.of());
    }
}
