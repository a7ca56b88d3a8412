package io.homeshore.scheduling.web;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Organisation;
import io.homeshore.people.Team;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.Page;
import io.homeshore.platform.Role;
import io.homeshore.platform.web.HomeCards.NavLink;
import io.homeshore.scheduling.ScheduledShift;
import io.homeshore.scheduling.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The published schedule of a week, team by team, agent by agent, in the reader's time zone: who works when. A lead
 * sees the teams they lead; planners and administrators every team.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
class TeamSchedulePages {

    private final Schedules schedules;
    private final Organisation org;
    private final AgentDirectory agents;
    private final Accounts accounts;
    private final Clock clock;

    TeamSchedulePages(Schedules schedules, Organisation org, AgentDirectory agents, Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.schedules = schedules;
        this.org = org;
        this.agents = agents;
        this.clock = clock;
    }

    @Bean
    static NavLink teamScheduleLink() {
        return new NavLink("/schedule/published", "nav.teamSchedule", "home.card.teamSchedule", List.of(Role.ADMIN, Role.PLANNER, Role.LEAD), 62);
    }

    /** One row per agent: their team, name and the shift (or nothing) on each day of the week. */
    record Row(Team team, Agent agent, List<ScheduledShift> days) {}

    @GetMapping("/schedule/published")
    String week(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) Long team, Model model) {
        LocalDate monday = (from == null ? LocalDate.now(clock) : from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Team> teams = org.teams();
        List<Team> shown = team == null ? teams : List.of(org.team(team));
        List<Row> rows = new java.util.ArrayList<>();
        for (Team t : shown) {
            List<Agent> members = agents.agents(new Page.Request(0, Page.MAX_SIZE), t.id(), null).items();
            Map<Long, Map<LocalDate, ScheduledShift>> byAgent = schedules.publishedShifts(members.stream().map(Agent::id).toList(), monday, monday.plusDays(6))
                    .stream().collect(Collectors.groupingBy(ScheduledShift::agentId, Collectors.toMap(ScheduledShift::day, s -> s)));
            for (Agent a : members) {
                Map<LocalDate, ScheduledShift> own = byAgent.getOrDefault(a.id(), Map.of());
                rows.add(new Row(t, a, monday.datesUntil(monday.plusDays(7)).map(own::get).toList()));
            }
        }
        Map<LocalDate, Long> working = new LinkedHashMap<>();
        for (int d = 0; d < 7; d++) {
            int day = d;
            working.put(monday.plusDays(d), rows.stream().filter(r -> r.days().get(day) != null).count());
        }
        model.addAttribute("rows", rows);
        model.addAttribute("zone", accounts.require().timeZone());
        model.addAttribute("teams", teams);
        model.addAttribute("team", team);
        model.addAttribute("days", working);
        model.addAttribute("from", monday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        return "scheduling/published";
    }
}
