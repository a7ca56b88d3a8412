package io.homeshore.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** RFC 9457 answers for API calls refused by the security filters, before any controller runs. */
@Component
class ProblemResponses {

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Homeshore API\"");
        write(response, request, 401, "Unauthorized", "Sign in with HTTP Basic: your Homeshore user name and password.");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, request, 403, "Forbidden", "Your role may not use this endpoint.");
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "%22") + "\"}");
    }
}
