package io.homeshore.platform;

import io.homeshore.platform.internal.UserAccounts;
import io.homeshore.platform.internal.UserAccounts.Account;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in accounts: one per person, with a role and, for agents, the agent they are. */
@Service
public class Accounts {

    public static final Set<String> LOCALES = Set.of("en", "nl", "ja");
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    Accounts(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
    }

    public record NewAccount(String username, String password, String displayName, Role role, Long agentId, String locale, String timeZone) {}

    /** Creates an account; the password is stored only as a hash. */
    @Transactional
    public void create(NewAccount a) {
        createWithHash(a, encode(a.password()));
    }

    /** Creates an account whose password hash was computed once by {@link #encode} (bulk demo and import use). */
    @Transactional
    public void createWithHash(NewAccount a, String passwordHash) {
        if (accounts.find(a.username()).isPresent()) throw ConflictException.duplicate("username", "account", a.username());
        if (a.locale() != null && !LOCALES.contains(a.locale())) throw localeError();
        accounts.insert(a, passwordHash);
        audit.record("account.created", a.username(), "role=" + a.role());
    }

    public String encode(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(InvalidInputException.FieldError.coded("password", "error.password.short",
                    "must have at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH));
        }
        return encoder.encode(password);
    }

    public boolean exists(String username) {
        return accounts.find(username).isPresent();
    }

    /**
     * The signed-in user, or empty outside an authenticated request. Looked up once per request: pages ask for it
     * for every date they format.
     */
    public Optional<CurrentUser> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) return Optional.empty();
        var request = RequestContextHolder.getRequestAttributes();
        String key = CurrentUser.class.getName() + ":" + auth.getName();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached) return Optional.of(cached);
        Optional<CurrentUser> user = accounts.find(auth.getName()).map(Accounts::toCurrentUser).or(() -> systemUser(auth));
        if (request != null) user.ifPresent(u -> request.setAttribute(key, u, RequestAttributes.SCOPE_REQUEST));
        return user;
    }

    /** Background work (the demo seeder, batch jobs) runs as a principal without an account row, e.g. "system". */
    private static Optional<CurrentUser> systemUser(Authentication auth) {
        return auth.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_")).map(a -> Role.valueOf(a.substring(5))).findFirst()
                .map(role -> new CurrentUser(auth.getName(), auth.getName(), role, null, Locale.ENGLISH, ZoneId.of("UTC")));
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    public Optional<CurrentUser> byAgent(long agentId) {
        return accounts.findByAgent(agentId).map(Accounts::toCurrentUser);
    }

    @Transactional
    public void updatePreferences(String username, String locale, String timeZone) {
        if (!LOCALES.contains(locale)) throw localeError();
        accounts.updatePreferences(username, locale, Zones.parse("timeZone", timeZone).getId());
        audit.record("account.preferences", username, "locale=" + locale + ", timeZone=" + timeZone);
    }

    /** Renames the account of an agent whose e-mail (their sign-in name) changed. */
    @Transactional
    public void renameAgentAccount(long agentId, String newUsername) {
        accounts.findByAgent(agentId).filter(a -> !a.username().equals(newUsername)).ifPresent(a -> {
            if (accounts.find(newUsername).isPresent()) throw ConflictException.duplicate("email", "account", newUsername);
            accounts.rename(a.username(), newUsername);
            audit.record("account.renamed", a.username(), "now " + newUsername);
        });
    }

    @Transactional
    public void deleteAgentAccount(long agentId) {
        accounts.findByAgent(agentId).ifPresent(a -> {
            accounts.delete(a.username());
            audit.record("account.deleted", a.username(), "agent " + agentId + " removed");
        });
    }

    private static InvalidInputException localeError() {
        return new InvalidInputException(InvalidInputException.FieldError.coded("locale", "error.locale", "must be one of en, nl, ja"));
    }

    private static CurrentUser toCurrentUser(Account a) {
        return new CurrentUser(a.username(), a.displayName(), a.role(), a.agentId(), Locale.forLanguageTag(a.locale()), ZoneId.of(a.timeZone()));
    }
}
