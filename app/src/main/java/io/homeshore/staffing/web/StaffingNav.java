package io.homeshore.staffing.web;

import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class StaffingNav {

    @Bean
    NavLink staffingLink() {
        return new NavLink("/staffing", "nav.staffing", "home.card.staffing", List.of(Role.ADMIN, Role.PLANNER), 60);
    }
}
