package io.homeshore.platform.internal;

import io.homeshore.platform.Accounts;
import io.homeshore.platform.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh installation without the demo has nobody who can sign in. On the first start with no accounts at all,
 * this creates the administrator "admin" with HOMESHORE_ADMIN_PASSWORD, or a random password printed once.
 * Runs after everything else at start-up, so the demo's own accounts come first.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final String password;

    FirstAdmin(JdbcClient jdbc, Accounts accounts, @Value("${HOMESHORE_ADMIN_PASSWORD:}") String password) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void createWhenNobodyCanSignIn() {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0) return;
        boolean generated = password.isBlank();
        String secret = generated ? random() : password;
        accounts.create(new Accounts.NewAccount("admin", secret, "Administrator", Role.ADMIN, null, "en", "UTC"));
        if (generated) {
            log.warn("First start: created the administrator account 'admin' with password '{}'. Sign in and keep it safe; "
                    + "it is shown only this once (set HOMESHORE_ADMIN_PASSWORD to choose it).", secret);
        } else {
            log.info("First start: created the administrator account 'admin' with the password from HOMESHORE_ADMIN_PASSWORD.");
        }
    }

    private static String random() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
