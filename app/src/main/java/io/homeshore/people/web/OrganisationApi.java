package io.homeshore.people.web;

import io.homeshore.people.Contract;
import io.homeshore.people.Organisation;
import io.homeshore.people.Site;
import io.homeshore.people.Skill;
import io.homeshore.people.Team;
import io.homeshore.platform.Page;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sites, teams, skills and contracts. Reading: admins, planners and leads (leads see their own teams); writing: admins. PUT replaces the whole resource and is idempotent. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation")
class OrganisationApi {

    private final Organisation org;

    OrganisationApi(Organisation org) {
        this.org = org;
    }

    @GetMapping("/sites")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<Site> sites(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.slice(org.sites(), new Page.Request(page, size));
    }

    @GetMapping("/sites/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Site site(@PathVariable long id) {
        return org.site(id);
    }

    @PostMapping("/sites")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Site> createSite(@Valid @RequestBody Site.Input in) {
        Site s = org.createSite(in);
        return ResponseEntity.created(URI.create("/api/v1/sites/" + s.id())).body(s);
    }

    @PutMapping("/sites/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Site updateSite(@PathVariable long id, @Valid @RequestBody Site.Input in) {
        return org.updateSite(id, in);
    }

    @DeleteMapping("/sites/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deleteSite(@PathVariable long id) {
        org.deleteSite(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/teams")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<Team> teams(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.slice(org.teams(), new Page.Request(page, size));
    }

    @GetMapping("/teams/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Team team(@PathVariable long id) {
        return org.team(id);
    }

    @PostMapping("/teams")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Team> createTeam(@Valid @RequestBody Team.Input in) {
        Team t = org.createTeam(in);
        return ResponseEntity.created(URI.create("/api/v1/teams/" + t.id())).body(t);
    }

    @PutMapping("/teams/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Team updateTeam(@PathVariable long id, @Valid @RequestBody Team.Input in) {
        return org.updateTeam(id, in);
    }

    @DeleteMapping("/teams/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deleteTeam(@PathVariable long id) {
        org.deleteTeam(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/skills")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<Skill> skills(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.slice(org.skills(), new Page.Request(page, size));
    }

    @GetMapping("/skills/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Skill skill(@PathVariable long id) {
        return org.skill(id);
    }

    @PostMapping("/skills")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Skill> createSkill(@Valid @RequestBody Skill.Input in) {
        Skill s = org.createSkill(in);
        return ResponseEntity.created(URI.create("/api/v1/skills/" + s.id())).body(s);
    }

    @PutMapping("/skills/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Skill updateSkill(@PathVariable long id, @Valid @RequestBody Skill.Input in) {
        return org.updateSkill(id, in);
    }

    @DeleteMapping("/skills/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deleteSkill(@PathVariable long id) {
        org.deleteSkill(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contracts")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Page<Contract> contracts(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Page.slice(org.contracts(), new Page.Request(page, size));
    }

    @GetMapping("/contracts/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER', 'LEAD')")
    Contract contract(@PathVariable long id) {
        return org.contract(id);
    }

    @PostMapping("/contracts")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Contract> createContract(@Valid @RequestBody Contract.Input in) {
        Contract c = org.createContract(in);
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + c.id())).body(c);
    }

    @PutMapping("/contracts/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    Contract updateContract(@PathVariable long id, @Valid @RequestBody Contract.Input in) {
        return org.updateContract(id, in);
    }

    @DeleteMapping("/contracts/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deleteContract(@PathVariable long id) {
        org.deleteContract(id);
        return ResponseEntity.noContent().build();
    }
}
