package io.homeshore.people.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.people.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long id, String name, long siteId) {}

    public List<Team> all() {
        return withLeads(jdbc.sql("SELECT id, name, site_id FROM team ORDER BY name").query(Row.class).list());
    }

    public List<Team> ledBy(String username) {
        return withLeads(jdbc.sql("SELECT t.id, t.name, t.site_id FROM team t JOIN team_lead l ON l.team_id = t.id WHERE l.username = ? ORDER BY t.name")
                .param(username).query(Row.class).list());
    }

    public Optional<Team> find(long id) {
        return withLeads(jdbc.sql("SELECT id, name, site_id FROM team WHERE id = ?").param(id).query(Row.class).list()).stream().findFirst();
    }

    public Optional<Team> findByName(String name) {
        return withLeads(jdbc.sql("SELECT id, name, site_id FROM team WHERE name = ?").param(name).query(Row.class).list()).stream().findFirst();
    }

    public long insert(Team.Input t) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO team (name, site_id) VALUES (?, ?)").params(t.name().strip(), t.siteId()).update(keys, "id");
        long id = GeneratedKeys.id(keys);
        writeLeads(id, t.leads());
        return id;
    }

    public boolean update(long id, Team.Input t) {
        boolean found = jdbc.sql("UPDATE team SET name = ?, site_id = ?, version = version + 1 WHERE id = ?")
                .params(t.name().strip(), t.siteId(), id).update() == 1;
        if (found) writeLeads(id, t.leads());
        return found;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM team WHERE id = ?").param(id).update() == 1;
    }

    public boolean siteInUse(long siteId) {
        return jdbc.sql("SELECT COUNT(*) FROM team WHERE site_id = ?").param(siteId).query(Long.class).single() > 0;
    }

    private void writeLeads(long teamId, List<String> leads) {
        jdbc.sql("DELETE FROM team_lead WHERE team_id = ?").param(teamId).update();
        for (String lead : leads.stream().map(String::strip).distinct().toList()) {
            jdbc.sql("INSERT INTO team_lead (team_id, username) VALUES (?, ?)").params(teamId, lead).update();
        }
    }

    private List<Team> withLeads(List<Row> rows) {
        var teams = new ArrayList<Team>(rows.size());
        for (Row r : rows) {
            var leads = jdbc.sql("SELECT username FROM team_lead WHERE team_id = ? ORDER BY username").param(r.id()).query(String.class).list();
            teams.add(new Team(r.id(), r.name(), r.siteId(), leads));
        }
        return teams;
    }
}
