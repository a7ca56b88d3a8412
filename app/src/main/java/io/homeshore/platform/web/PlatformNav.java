package io.homeshore.platform.web;

import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformNav {

    @Bean
    NavLink auditNav() {
        return new NavLink("/admin/audit", "nav.audit", "home.card.audit", List.of(Role.ADMIN), 900);
    }

    @Bean
    NavLink apiNav() {
        return new NavLink("/swagger-ui.html", "nav.api", "home.card.api", List.of(Role.ADMIN, Role.PLANNER), 950);
    }
}
