package io.homeshore.people.web;

import io.homeshore.people.Agent;
import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.Skill;
import io.homeshore.people.Team;
import io.homeshore.platform.Page;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import io.homeshore.shared.Channel;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** Agents for admins (and, read-only, planners): a paged, filterable list, a detail page and the form. */
@Controller
@RequestMapping("/admin/agents")
class AgentPages extends CrudPages<Agent, Agent.Input> {

    static final int PAGE_SIZE = 25;

    private final AgentDirectory agents;
    private final Organisation org;

    AgentPages(AgentDirectory agents, Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.agents = agents;
        this.org = org;
    }

    @Override protected String path() { return "/admin/agents"; }
    @Override protected String listView() { return "people/agents"; }
    @Override protected String formView() { return "people/agent-form"; }
    @Override protected List<Agent> all() { return agents.all(); }
    @Override protected Agent one(long id) { return agents.agent(id); }
    @Override protected void update(long id, Agent.Input in) { agents.update(id, in); }
    @Override protected void remove(long id) { agents.delete(id); }

    @Override
    protected void create(Agent.Input in) {
        agents.create(in, null);
    }

    @Override
    protected void create(Agent.Input in, Form form) {
        agents.create(in, form.text("initialPassword"));
    }

    @Override
    protected void listModel(Form query, Model model) {
        Long team = query.parse("teamId", Long::valueOf, messages);
        Integer page = query.parse("page", Integer::valueOf, messages);
        model.addAttribute("page", agents.agents(new Page.Request(page == null ? 0 : Math.max(0, page), PAGE_SIZE), team, query.text("q")));
        model.addAttribute("query", query);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("agent", agents.agent(id));
        model.addAttribute("windows", agents.windows(id));
        referenceData(model);
        return "people/agent";
    }

    @Override
    protected void referenceData(Model model) {
        List<Team> teams = org.teams();
        List<Contract> contracts = org.contracts();
        model.addAttribute("teams", teams);
        model.addAttribute("teamNames", teams.stream().collect(Collectors.toMap(Team::id, Team::name)));
        model.addAttribute("contracts", contracts);
        model.addAttribute("contractNames", contracts.stream().collect(Collectors.toMap(Contract::id, Contract::name)));
        model.addAttribute("skills", org.skills());
        model.addAttribute("channels", Channel.values());
    }

    @Override
    protected Form toForm(Agent a) {
        Form f = Form.empty().set("name", a.name()).set("email", a.email()).set("timeZone", a.timeZone())
                .set("languages", String.join(", ", a.languages())).set("teamId", a.teamId()).set("contractId", a.contractId())
                .setAll("channels", a.channels().stream().map(Enum::name).toList()).set("startDate", a.startDate())
                .set("nightOptIn", a.nightOptIn());
        a.skills().forEach(s -> f.set("skill." + s.skill(), s.proficiency()));
        return f;
    }

    @Override
    protected Form blankForm() {
        return Form.empty().set("timeZone", "Europe/Amsterdam").set("languages", "en").set("startDate", LocalDate.now())
                .setAll("channels", List.of(Channel.VOICE.name()));
    }

    /** Skills come as one select per known skill ("skill.billing" = 0..5, 0 meaning none). */
    @Override
    protected Agent.Input read(Form f) {
        var skills = new ArrayList<Agent.SkillLevel>();
        for (Skill s : org.skills()) {
            Integer level = f.parse("skill." + s.code(), Integer::valueOf, messages);
            if (level != null && level > 0) skills.add(new Agent.SkillLevel(s.code(), level));
        }
        var channels = EnumSet.noneOf(Channel.class);
        f.values("channels").forEach(c -> channels.add(Channel.valueOf(c)));
        String languages = f.text("languages");
        return new Agent.Input(f.text("name"), f.text("email"), f.text("timeZone"),
                languages == null ? List.of() : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                f.parse("teamId", Long::valueOf, messages), f.parse("contractId", Long::valueOf, messages), skills, channels,
                f.parse("startDate", LocalDate::parse, messages), f.has("nightOptIn", "true"));
    }
}
