package io.homeshore.platform;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the application does by itself (start-up data, reactions to events) runs as the principal "system" with the
 * admin role, so the facades' access rules hold for it too and the audit log names it.
 */
public final class SystemUser {

    public static final String NAME = "system";

    private SystemUser() {}

    public static <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
