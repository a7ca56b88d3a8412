package io.homeshore.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller's {@code @PreAuthorize} before Spring MVC reads and validates the request body. Method
 * security alone runs after argument binding, so a caller without the role would be told their input is invalid
 * (400) instead of that they may not do this (403). The expressions are the same ones method security enforces
 * afterwards; they must not refer to method arguments.
 */
@Component
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod hm)) return true;
        boolean annotated = AnnotatedElementUtils.hasAnnotation(hm.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(hm.getBeanType(), PreAuthorize.class);
        if (!annotated) return true;
        Supplier<Authentication> auth = () -> SecurityContextHolder.getContext().getAuthentication();
        var decision = manager.authorize(auth, new SimpleMethodInvocation(hm.getBean(), hm.getMethod()));
        if (decision != null && !decision.isGranted()) throw new AccessDeniedException("Access denied");
        return true;
    }
}
