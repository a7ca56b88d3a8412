package io.homeshore.people;

import io.homeshore.people.internal.Agents;
import io.homeshore.people.internal.Contracts;
import io.homeshore.people.internal.Sites;
import io.homeshore.people.internal.Skills;
import io.homeshore.people.internal.Teams;
import io.homeshore.platform.Accounts;
import io.homeshore.platform.AuditLog;
import io.homeshore.platform.ConflictException;
import io.homeshore.platform.CurrentUser;
import io.homeshore.platform.InvalidInputException;
import io.homeshore.platform.InvalidInputException.FieldError;
import io.homeshore.platform.NotFoundException;
import io.homeshore.platform.Role;
import io.homeshore.platform.Zones;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sites, teams, skills and contracts. Everyone signed in may read sites, skills and contracts; a lead reads only
 * the teams they lead; only an admin changes anything (controllers declare it, this class enforces it again).
 */
@Service
@Transactional
public class Organisation {

    private final Sites sites;
    private final Teams teams;
    private final Skills skills;
    private final Contracts contracts;
    private final Agents agents;
    private final Accounts accounts;
    private final AuditLog audit;

    Organisation(Sites sites, Teams teams, Skills skills, Contracts contracts, Agents agents, Accounts accounts, AuditLog audit) {
        this.sites = sites;
        this.teams = teams;
        this.skills = skills;
        this.contracts = contracts;
        this.agents = agents;
        this.accounts = accounts;
        this.audit = audit;
    }

    // --- sites
    @Transactional(readOnly = true)
    public List<Site> sites() {
        return sites.all();
    }

    @Transactional(readOnly = true)
    public Site site(long id) {
        return sites.find(id).orElseThrow(() -> new NotFoundException("site", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Site createSite(Site.Input in) {
        Zones.parse("timeZone", in.timeZone());
        sites.findByName(in.name().strip()).ifPresent(s -> { throw ConflictException.duplicate("name", "site", in.name()); });
        long id = sites.insert(in);
        audit.record("site.created", "site " + id, in.name());
        return site(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Site updateSite(long id, Site.Input in) {
        Zones.parse("timeZone", in.timeZone());
        site(id);
        sites.findByName(in.name().strip()).filter(s -> s.id() != id)
                .ifPresent(s -> { throw ConflictException.duplicate("name", "site", in.name()); });
        sites.update(id, in);
        audit.record("site.updated", "site " + id, in.name());
        return site(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteSite(long id) {
        site(id);
        if (teams.siteInUse(id)) throw ConflictException.inUse("site");
        sites.delete(id);
        audit.record("site.deleted", "site " + id, null);
    }

    // --- teams
    @Transactional(readOnly = true)
    public List<Team> teams() {
        CurrentUser me = accounts.require();
        return me.is(Role.LEAD) ? teams.ledBy(me.username()) : teams.all();
    }

    @Transactional(readOnly = true)
    public Team team(long id) {
        return teams().stream().filter(t -> t.id() == id).findFirst().orElseThrow(() -> new NotFoundException("team", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team createTeam(Team.Input in) {
        checkTeam(in, null);
        long id = teams.insert(in);
        audit.record("team.created", "team " + id, in.name() + ", leads " + in.leads());
        return team(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team updateTeam(long id, Team.Input in) {
        team(id);
        checkTeam(in, id);
        teams.update(id, in);
        audit.record("team.updated", "team " + id, in.name() + ", leads " + in.leads());
        return team(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteTeam(long id) {
        team(id);
        if (agents.teamInUse(id)) throw ConflictException.inUse("team");
        teams.delete(id);
        audit.record("team.deleted", "team " + id, null);
    }

    private void checkTeam(Team.Input in, Long id) {
        if (sites.find(in.siteId()).isEmpty()) throw new InvalidInputException(FieldError.coded("siteId", "error.unknownRef", "no site with id " + in.siteId(), in.siteId()));
        for (String lead : in.leads()) {
            if (!accounts.exists(lead.strip())) throw new InvalidInputException(FieldError.coded("leads", "error.unknownAccount", "no account named " + lead, lead));
        }
        teams.findByName(in.name().strip()).filter(t -> id == null || t.id() != id)
                .ifPresent(t -> { throw ConflictException.duplicate("name", "team", in.name()); });
    }

    // --- skills
    @Transactional(readOnly = true)
    public List<Skill> skills() {
        return skills.all();
    }

    @Transactional(readOnly = true)
    public Skill skill(long id) {
        return skills.find(id).orElseThrow(() -> new NotFoundException("skill", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Skill createSkill(Skill.Input in) {
        skills.findByCode(in.code()).ifPresent(s -> { throw ConflictException.duplicate("code", "skill", in.code()); });
        long id = skills.insert(in);
        audit.record("skill.created", "skill " + id, in.code());
        return skill(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Skill updateSkill(long id, Skill.Input in) {
        skill(id);
        skills.findByCode(in.code()).filter(s -> s.id() != id)
                .ifPresent(s -> { throw ConflictException.duplicate("code", "skill", in.code()); });
        skills.update(id, in);
        audit.record("skill.updated", "skill " + id, in.code());
        return skill(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteSkill(long id) {
        skill(id);
        if (skills.inUse(id)) throw ConflictException.inUse("skill");
        skills.delete(id);
        audit.record("skill.deleted", "skill " + id, null);
    }

    // --- contracts
    @Transactional(readOnly = true)
    public List<Contract> contracts() {
        return contracts.all();
    }

    @Transactional(readOnly = true)
    public Contract contract(long id) {
        return contracts.find(id).orElseThrow(() -> new NotFoundException("contract", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Contract createContract(Contract.Input in) {
        checkContract(in, null);
        long id = contracts.insert(in);
        audit.record("contract.created", "contract " + id, in.name());
        return contract(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Contract updateContract(long id, Contract.Input in) {
        contract(id);
        checkContract(in, id);
        contracts.update(id, in);
        audit.record("contract.updated", "contract " + id, in.name());
        return contract(id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void deleteContract(long id) {
        contract(id);
        if (contracts.inUse(id)) throw ConflictException.inUse("contract");
        contracts.delete(id);
        audit.record("contract.deleted", "contract " + id, null);
    }

    /** Rules that span fields: bean validation has already checked each field's own range. */
    private void checkContract(Contract.Input in, Long id) {
        if (in.minHoursPerWeek().compareTo(in.maxHoursPerWeek()) > 0) {
            throw new InvalidInputException(FieldError.coded("minHoursPerWeek", "error.contract.minAboveMax",
                    "must not be above maxHoursPerWeek (" + in.maxHoursPerWeek() + ")", in.maxHoursPerWeek()));
        }
        if (in.minHoursPerWeek().compareTo(BigDecimal.valueOf(in.maxDaysPerWeek() * 24L)) > 0) {
            throw new InvalidInputException(FieldError.coded("minHoursPerWeek", "error.contract.tooManyHours",
                    "cannot be worked in " + in.maxDaysPerWeek() + " days", in.maxDaysPerWeek()));
        }
        contracts.findByName(in.name().strip()).filter(c -> id == null || c.id() != id)
                .ifPresent(c -> { throw ConflictException.duplicate("name", "contract", in.name()); });
    }
}
