package io.homeshore.people.web;

import io.homeshore.people.Organisation;
import io.homeshore.people.Site;
import io.homeshore.people.Team;
import io.homeshore.platform.web.CrudPages;
import io.homeshore.platform.web.Form;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/teams")
class TeamPages extends CrudPages<Team, Team.Input> {

    private final Organisation org;

    TeamPages(Organisation org, MessageSource messages, Validator validator) {
        super(messages, validator);
        this.org = org;
    }

    @Override protected String path() { return "/admin/teams"; }
    @Override protected String listView() { return "people/teams"; }
    @Override protected String formView() { return "people/team-form"; }
    @Override protected List<Team> all() { return org.teams(); }
    @Override protected Team one(long id) { return org.team(id); }
    @Override protected void create(Team.Input in) { org.createTeam(in); }
    @Override protected void update(long id, Team.Input in) { org.updateTeam(id, in); }
    @Override protected void remove(long id) { org.deleteTeam(id); }

    @Override
    protected void referenceData(Model model) {
        List<Site> sites = org.sites();
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(Site::id, Site::name)));
    }

    @Override
    protected Form toForm(Team t) {
        return Form.empty().set("name", t.name()).set("siteId", t.siteId()).set("leads", String.join(", ", t.leads()));
    }

    /** Leads are typed as a comma-separated list of user names. */
    @Override
    protected Team.Input read(Form f) {
        Long site = f.parse("siteId", Long::valueOf, messages);
        String leads = f.text("leads");
        List<String> names = leads == null ? List.of() : Arrays.stream(leads.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Team.Input(f.text("name"), site, names);
    }
}
