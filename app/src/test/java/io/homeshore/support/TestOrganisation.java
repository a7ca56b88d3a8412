package io.homeshore.support;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.Site;
import io.homeshore.people.Skill;
import io.homeshore.people.Team;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.Role;
import io.homeshore.platform.SystemUser;
import io.homeshore.shared.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A small organisation of its own for one test class: a site, two teams, a contract, a skill, an agent in each
 * team, and one account per role (the lead leads team A only). Names are unique, so test classes sharing one
 * database (PostgreSQL on CI) do not collide.
 */
@Component
public class TestOrganisation {

    public static final String PASSWORD = "test-password-1";

    public record Fixture(String tag, Site site, Team teamA, Team teamB, Contract contract, Skill skill, Agent agentA, Agent agentB,
                          String admin, String planner, String lead, String agentUser, String otherAgentUser) {}

    private final Accounts accounts;
    private final Organisation org;
    private final AgentDirectory agents;

    TestOrganisation(Accounts accounts, Organisation org, AgentDirectory agents) {
        this.accounts = accounts;
        this.org = org;
        this.agents = agents;
    }

    public Fixture create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return asSystemAdmin(() -> {
            String admin = "admin-" + tag + "@test.example";
            String planner = "planner-" + tag + "@test.example";
            String lead = "lead-" + tag + "@test.example";
            accounts.create(new Accounts.NewAccount(admin, PASSWORD, "Admin " + tag, Role.ADMIN, null, "en", "Europe/Amsterdam"));
            accounts.create(new Accounts.NewAccount(planner, PASSWORD, "Planner " + tag, Role.PLANNER, null, "en", "Europe/Amsterdam"));
            accounts.create(new Accounts.NewAccount(lead, PASSWORD, "Lead " + tag, Role.LEAD, null, "en", "Europe/Amsterdam"));
            Site site = org.createSite(new Site.Input("Site " + tag, "Europe/Amsterdam"));
            Team a = org.createTeam(new Team.Input("Team A " + tag, site.id(), List.of(lead)));
            Team b = org.createTeam(new Team.Input("Team B " + tag, site.id(), List.of()));
            Contract c = org.createContract(new Contract.Input("Full time " + tag, new BigDecimal("32"), new BigDecimal("40"), 5, 5, 2,
                    new BigDecimal("11"), false, true));
            Skill skill = org.createSkill(new Skill.Input("skill-" + tag, "Skill " + tag));
            Agent agentA = agents.create(agentInput("Anna " + tag, "anna-" + tag + "@test.example", a, c, skill), PASSWORD);
            Agent agentB = agents.create(agentInput("Bram " + tag, "bram-" + tag + "@test.example", b, c, skill), PASSWORD);
            return new Fixture(tag, site, a, b, c, skill, agentA, agentB, admin, planner, lead, agentA.email(), agentB.email());
        });
    }

    public static Agent.Input agentInput(String name, String email, Team team, Contract contract, Skill skill) {
        return new Agent.Input(name, email, "Europe/Amsterdam", List.of("en", "nl"), team.id(), contract.id(),
                List.of(new Agent.SkillLevel(skill.code(), 3)), Set.of(Channel.VOICE, Channel.CHAT), LocalDate.of(2024, 3, 1), false);
    }

    /** Runs facade calls that require an admin outside of a request. */
    public static <T> T asSystemAdmin(Supplier<T> work) {
        return SystemUser.call(work);
    }
}
