package io.homeshore.people.web;

import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PeopleNav {

    @Bean NavLink meNav() { return new NavLink("/me", "nav.me", "home.card.me", List.of(Role.AGENT), 10); }
    @Bean NavLink myTeamNav() { return new NavLink("/team", "nav.myTeam", "home.card.myTeam", List.of(Role.LEAD), 20); }
    @Bean NavLink agentsNav() { return new NavLink("/admin/agents", "nav.agents", "home.card.agents", List.of(Role.ADMIN, Role.PLANNER), 100); }
    @Bean NavLink teamsNav() { return new NavLink("/admin/teams", "nav.teams", "home.card.teams", List.of(Role.ADMIN, Role.PLANNER), 110); }
    @Bean NavLink sitesNav() { return new NavLink("/admin/sites", "nav.sites", "home.card.sites", List.of(Role.ADMIN, Role.PLANNER), 120); }
    @Bean NavLink contractsNav() { return new NavLink("/admin/contracts", "nav.contracts", "home.card.contracts", List.of(Role.ADMIN, Role.PLANNER), 130); }
    @Bean NavLink skillsNav() { return new NavLink("/admin/skills", "nav.skills", "home.card.skills", List.of(Role.ADMIN, Role.PLANNER), 140); }
}
