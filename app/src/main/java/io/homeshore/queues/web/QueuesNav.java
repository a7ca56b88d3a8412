package io.homeshore.queues.web;

import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class QueuesNav {

    @Bean
    NavLink queuesLink() {
        return new NavLink("/admin/queues", "nav.queues", "home.card.queues", List.of(Role.ADMIN, Role.PLANNER), 150);
    }
}
