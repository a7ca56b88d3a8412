package io.homeshore.platform.internal;

import io.homeshore.platform.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * Two chains: the REST API under /api authenticates every request with HTTP Basic and keeps no session (so a
 * browser's session cookie never authorises an API call, which is why CSRF is off there); pages use form sign-in
 * with CSRF protection. Which role may use a page or endpoint is declared on its controller with
 * {@code @PreAuthorize}; the role matrix test walks all of them.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/calendar/*.ics" };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        var basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Homeshore");
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").deleteCookies("JSESSIONID"))
                // metrics scrapers sign in with Basic; people with the form
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(basic,
                        request -> request.getRequestURI().startsWith("/actuator")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Spring Security's delegating encoder (bcrypt for new hashes, older formats still verify). The bcrypt cost is a
     * setting so the test suite, which signs in hundreds of times, can use a cheaper one; production keeps 10.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${homeshore.security.bcrypt-strength:10}") int strength) {
        var delegating = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
        var result = new DelegatingPasswordEncoder("bcrypt", encoders);
        result.setDefaultPasswordEncoderForMatches(delegating);
        return result;
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username -> accounts.find(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(a.role().name()).disabled(!a.enabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    AuthenticationAudit authenticationAudit(AuditLog audit) {
        return new AuthenticationAudit(audit);
    }

    static final class AuthenticationAudit {
        private final AuditLog audit;

        AuthenticationAudit(AuditLog audit) {
            this.audit = audit;
        }

        /** Form sign-ins only: HTTP Basic authenticates every API call and would flood the log. */
        @EventListener
        void on(InteractiveAuthenticationSuccessEvent e) {
            audit.recordAs(e.getAuthentication().getName(), "signin.succeeded", e.getAuthentication().getName(), null);
        }

        @EventListener
        void on(AbstractAuthenticationFailureEvent e) {
            audit.recordAs(String.valueOf(e.getAuthentication().getName()), "signin.failed", String.valueOf(e.getAuthentication().getName()),
                    e.getException().getClass().getSimpleName());
        }
    }
}
