package io.homeshore.people.web;

import io.homeshore.people.AgentDirectory;
import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.platform.Page;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A lead's view of the teams they lead; other teams are not shown. */
@Controller
@PreAuthorize("hasRole('LEAD')")
class LeadPages {

    private final Organisation org;
    private final AgentDirectory agents;

    LeadPages(Organisation org, AgentDirectory agents) {
        this.org = org;
        this.agents = agents;
    }

    @GetMapping("/team")
    String myTeams(Model model) {
        var teams = new LinkedHashMap<String, Object>();
        org.teams().forEach(t -> teams.put(t.name(), agents.agents(new Page.Request(0, Page.MAX_SIZE), t.id(), null).items()));
        model.addAttribute("teams", teams);
        model.addAttribute("contractNames", org.contracts().stream().collect(Collectors.toMap(Contract::id, Contract::name)));
        return "people/my-teams";
    }
}
