package io.homeshore.demo.internal;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.ProtectedWindow;
import io.homeshore.people.Site;
import io.homeshore.people.Skill;
import io.homeshore.people.Team;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.Role;
import io.homeshore.platform.SystemUser;
import io.homeshore.shared.Channel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Northwind Support": three sites, eight teams, 120 agents on varied contracts with skills, childcare windows and
 * night opt-ins, six queues and weeks of contact history. Created once, on the first start of an empty database in
 * demo mode; every later start in demo mode only prints the sign-ins.
 */
@Component
class DemoOrganisation {

    static final String DOMAIN = "@northwind.example";
    static final String ADMIN = "admin" + DOMAIN;
    static final String PLANNER = "planner" + DOMAIN;

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final DemoProperties properties;
    private final Environment environment;
    private final Organisation org;
    private final AgentDirectory agents;
    private final Accounts accounts;
    private final DemoQueues queues;
    private final DemoForecasts forecasts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOrganisation(DemoProperties properties, Environment environment, Organisation org, AgentDirectory agents, Accounts accounts,
                     DemoQueues queues, DemoForecasts forecasts, TransactionTemplate transaction, Clock clock) {
        this.properties = properties;
        this.environment = environment;
        this.org = org;
        this.agents = agents;
        this.accounts = accounts;
        this.queues = queues;
        this.forecasts = forecasts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onStart() {
        if (!enabled()) return;
        SystemUser.call(() -> {
            if (org.sites().isEmpty()) {
                long began = System.nanoTime();
                transaction.executeWithoutResult(s -> create());
                log.info("Demo organisation created in {} ms", (System.nanoTime() - began) / 1_000_000);
                began = System.nanoTime();
                forecasts.publish();
                log.info("Demo forecasts published in {} ms", (System.nanoTime() - began) / 1_000_000);
            }
            return null;
        });
        if (accounts.exists(ADMIN)) printSignIns();
    }

    boolean enabled() {
        return switch (properties.mode().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        };
    }

    private void create() {
        String hash = accounts.encode(properties.password());
        accounts.createWithHash(new Accounts.NewAccount(ADMIN, null, "Alex Admin", Role.ADMIN, null, "en", "Europe/Amsterdam"), hash);
        accounts.createWithHash(new Accounts.NewAccount(PLANNER, null, "Priya Planner", Role.PLANNER, null, "en", "Europe/Amsterdam"), hash);
        Map<String, Site> sites = Map.of(
                "Amsterdam", org.createSite(new Site.Input("Amsterdam", "Europe/Amsterdam")),
                "Tokyo", org.createSite(new Site.Input("Tokyo", "Asia/Tokyo")),
                "Chicago", org.createSite(new Site.Input("Chicago", "America/Chicago")));
        List<Skill> skills = List.of(
                org.createSkill(new Skill.Input("billing", "Billing and payments")),
                org.createSkill(new Skill.Input("tech", "Technical support")),
                org.createSkill(new Skill.Input("general", "General questions")),
                org.createSkill(new Skill.Input("retention", "Cancellations and retention")),
                org.createSkill(new Skill.Input("escalations", "Escalations")));
        List<Contract> contracts = contracts();
        var random = new Random(20261123L);
        var emails = new java.util.HashSet<String>();
        int n = 0;
        for (DemoTeam spec : DemoTeam.ALL) {
            String leadName = "lead." + spec.slug() + DOMAIN;
            accounts.createWithHash(new Accounts.NewAccount(leadName, null, "Lead " + spec.name(), Role.LEAD, null,
                    spec.site().equals("Tokyo") ? "ja" : spec.site().equals("Amsterdam") ? "nl" : "en", sites.get(spec.site()).timeZone()), hash);
            Team team = org.createTeam(new Team.Input(spec.name(), sites.get(spec.site()).id(), List.of(leadName)));
            for (int i = 0; i < spec.agents(); i++, n++) createAgent(spec, team, sites.get(spec.site()), contracts, skills, random, n, hash, emails);
        }
        queues.create(properties.historyWeeks(), LocalDate.now(clock));
    }

    private List<Contract> contracts() {
        return List.of(
                contract("Full-time 40 h", "36", "40", 5, 6, 2, "11", false, true),
                contract("Full-time 40 h, nights", "36", "40", 5, 5, 2, "11", true, true),
                contract("Part-time 32 h", "28", "32", 4, 4, 2, "11", false, true),
                contract("Part-time 24 h, weekdays", "20", "24", 4, 4, 2, "11", false, false),
                contract("School hours 20 h", "16", "20", 5, 5, 2, "12", false, false),
                contract("Weekend 16 h", "12", "16", 2, 2, 2, "11", false, true));
    }

    private Contract contract(String name, String min, String max, int days, int consecutive, int off, String rest, boolean nights, boolean weekends) {
        return org.createContract(new Contract.Input(name, new BigDecimal(min), new BigDecimal(max), days, consecutive, off, new BigDecimal(rest),
                nights, weekends));
    }

    private void createAgent(DemoTeam spec, Team team, Site site, List<Contract> contracts, List<Skill> skills, Random random, int n, String hash,
                             Set<String> emails) {
        DemoNames.Name name = DemoNames.of(spec.site(), n);
        String local = (name.given() + "." + name.family()).toLowerCase().replace(' ', '-');
        String email = emails.add(local) ? local + DOMAIN : local + "." + n + DOMAIN;
        Contract contract = contracts.get(spec.nights() && random.nextInt(3) == 0 ? 1 : weightedContract(random));
        var levels = new ArrayList<Agent.SkillLevel>();
        levels.add(new Agent.SkillLevel(spec.skill(), 2 + random.nextInt(4)));
        for (Skill s : skills) {
            if (!s.code().equals(spec.skill()) && random.nextInt(4) == 0) levels.add(new Agent.SkillLevel(s.code(), 1 + random.nextInt(5)));
        }
        Set<Channel> channels = EnumSet.copyOf(spec.channels());
        if (random.nextInt(5) == 0) channels.add(Channel.EMAIL);
        List<String> languages = switch (spec.site()) {
            case "Tokyo" -> List.of("ja", "en");
            case "Amsterdam" -> random.nextBoolean() ? List.of("nl", "en", "de") : List.of("nl", "en");
            default -> random.nextInt(4) == 0 ? List.of("en", "es") : List.of("en");
        };
        boolean nights = contract.nightEligible() && random.nextInt(2) == 0;
        Agent agent = agents.create(new Agent.Input(name.display(), email, site.timeZone(), languages, team.id(), contract.id(), levels, channels,
                LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28)), nights), null);
        accounts.createWithHash(new Accounts.NewAccount(agent.email(), null, agent.name(), Role.AGENT, agent.id(),
                languages.getFirst().equals("ja") ? "ja" : languages.getFirst().equals("nl") ? "nl" : "en", site.timeZone()), hash);
        addWindows(agent, random);
    }

    /** Mostly full time, then 32 h, 24 h, school hours and weekend contracts (index into {@link #contracts()}). */
    private static int weightedContract(Random random) {
        int r = random.nextInt(100);
        return r < 45 ? 0 : r < 65 ? 2 : r < 80 ? 3 : r < 93 ? 4 : 5;
    }

    private void addWindows(Agent agent, Random random) {
        var weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        int r = random.nextInt(10);
        if (r < 2) agents.addWindow(agent.id(), new ProtectedWindow.Input(weekdays, LocalTime.of(15, 0), LocalTime.of(16, 30), "School pick-up"));
        else if (r < 3) agents.addWindow(agent.id(), new ProtectedWindow.Input(weekdays, LocalTime.of(7, 30), LocalTime.of(8, 45), "School run"));
        else if (r < 4) agents.addWindow(agent.id(), new ProtectedWindow.Input(EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(12, 0),
                LocalTime.of(18, 0), "Wednesday afternoon with the children"));
    }

    private void printSignIns() {
        String agent = SystemUser.call(() -> agents.agents(new io.homeshore.platform.Page.Request(0, 1), null, null).items().getFirst().email());
        log.info("""

                ================================================================================
                 Demo organisation "Northwind Support" — sign in at http://localhost:{}
                 password for every demo account: {}
                   administrator  {}
                   planner        {}
                   team lead      lead.{}{}
                   agent          {}
                ================================================================================""",
                environment.getProperty("local.server.port", "8080"), properties.password(), ADMIN, PLANNER,
                DemoTeam.ALL.getFirst().slug(), DOMAIN, agent);
    }
}
