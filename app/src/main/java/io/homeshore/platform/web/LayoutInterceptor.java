package io.homeshore.platform.web;

import io.homeshore.platform.Accounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/** Adds what the layout needs (the signed-in user and their navigation) to every rendered page, and only to pages. */
@Component
class LayoutInterceptor implements HandlerInterceptor {

    private final Accounts accounts;
    private final HomeCards cards;

    LayoutInterceptor(Accounts accounts, HomeCards cards) {
        this.accounts = accounts;
        this.cards = cards;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) return;
        var me = accounts.current();
        mav.addObject("me", me.orElse(null));
        mav.addObject("nav", me.map(u -> cards.forRole(u.role())).orElse(List.of()));
    }
}
