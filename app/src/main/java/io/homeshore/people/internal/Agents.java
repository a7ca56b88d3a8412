package io.homeshore.people.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.people.Agent;
import io.homeshore.people.Agent.SkillLevel;
import io.homeshore.platform.Page;
import io.homeshore.shared.Channel;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Agents {

    private static final String SELECT = "SELECT id, name, email, time_zone, languages, team_id, contract_id, channels, start_date, night_opt_in FROM agent";

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of agents ordered by name; {@code teams} null means all teams. */
    public Page<Agent> page(Page.Request r, Collection<Long> teams, String search) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (teams != null) {
            if (teams.isEmpty()) return new Page<>(List.of(), r.page(), r.size(), 0);
            where.append(" AND team_id IN (").append(String.join(",", teams.stream().map(t -> "?").toList())).append(')');
            params.addAll(teams);
        }
        if (search != null && !search.isBlank()) {
            where.append(" AND (LOWER(name) LIKE ? OR LOWER(email) LIKE ?)");
            String like = "%" + search.strip().toLowerCase() + "%";
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM agent" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(r.size());
        pageParams.add(r.offset());
        var rows = jdbc.sql(SELECT + where + " ORDER BY name, id LIMIT ? OFFSET ?").params(pageParams).query(Agents::row).list();
        return new Page<>(withSkills(rows), r.page(), r.size(), total);
    }

    public List<Agent> all() {
        return withSkills(jdbc.sql(SELECT + " ORDER BY name, id").query(Agents::row).list());
    }

    public Optional<Agent> find(long id) {
        return withSkills(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Agents::row).list()).stream().findFirst();
    }

    public Optional<Agent> findByEmail(String email) {
        return withSkills(jdbc.sql(SELECT + " WHERE LOWER(email) = ?").param(email.strip().toLowerCase()).query(Agents::row).list()).stream().findFirst();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM agent").query(Long.class).single();
    }

    public long insert(Agent.Input a, Map<String, Long> skillIds) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO agent (name, email, time_zone, languages, team_id, contract_id, channels, start_date, night_opt_in) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.name().strip(), a.email().strip().toLowerCase(), a.timeZone().strip(), String.join(",", a.languages()), a.teamId(),
                        a.contractId(), channels(a.channels()), Date.valueOf(a.startDate()), a.nightOptIn())
                .update(keys, "id");
        long id = GeneratedKeys.id(keys);
        writeSkills(id, a.skills(), skillIds);
        return id;
    }

    public boolean update(long id, Agent.Input a, Map<String, Long> skillIds) {
        boolean found = jdbc.sql("UPDATE agent SET name = ?, email = ?, time_zone = ?, languages = ?, team_id = ?, contract_id = ?, "
                        + "channels = ?, start_date = ?, night_opt_in = ?, version = version + 1 WHERE id = ?")
                .params(a.name().strip(), a.email().strip().toLowerCase(), a.timeZone().strip(), String.join(",", a.languages()), a.teamId(),
                        a.contractId(), channels(a.channels()), Date.valueOf(a.startDate()), a.nightOptIn(), id)
                .update() == 1;
        if (found) writeSkills(id, a.skills(), skillIds);
        return found;
    }

    public void updateProfile(long id, Agent.ProfileInput p) {
        jdbc.sql("UPDATE agent SET name = ?, time_zone = ?, languages = ?, night_opt_in = ?, version = version + 1 WHERE id = ?")
                .params(p.name().strip(), p.timeZone().strip(), String.join(",", p.languages()), p.nightOptIn(), id).update();
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM agent WHERE id = ?").param(id).update() == 1;
    }

    public boolean teamInUse(long teamId) {
        return jdbc.sql("SELECT COUNT(*) FROM agent WHERE team_id = ?").param(teamId).query(Long.class).single() > 0;
    }

    private void writeSkills(long agentId, List<SkillLevel> skills, Map<String, Long> skillIds) {
        jdbc.sql("DELETE FROM agent_skill WHERE agent_id = ?").param(agentId).update();
        for (SkillLevel s : skills) {
            jdbc.sql("INSERT INTO agent_skill (agent_id, skill_id, proficiency) VALUES (?, ?, ?)")
                    .params(agentId, skillIds.get(s.skill()), s.proficiency()).update();
        }
    }

    private List<Agent> withSkills(List<Agent> rows) {
        if (rows.isEmpty()) return rows;
        var ids = rows.stream().map(Agent::id).toList();
        var byAgent = jdbc.sql("SELECT a.agent_id, s.code, a.proficiency FROM agent_skill a JOIN skill s ON s.id = a.skill_id WHERE a.agent_id IN ("
                        + String.join(",", ids.stream().map(i -> "?").toList()) + ") ORDER BY s.code")
                .params(new ArrayList<Object>(ids))
                .query((rs, n) -> Map.entry(rs.getLong(1), new SkillLevel(rs.getString(2), rs.getInt(3))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(a -> new Agent(a.id(), a.name(), a.email(), a.timeZone(), a.languages(), a.teamId(), a.contractId(),
                byAgent.getOrDefault(a.id(), List.of()), a.channels(), a.startDate(), a.nightOptIn())).toList();
    }

    private static Agent row(ResultSet rs, int n) throws SQLException {
        var channels = EnumSet.noneOf(Channel.class);
        for (String c : rs.getString("channels").split(",")) if (!c.isBlank()) channels.add(Channel.valueOf(c));
        return new Agent(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("time_zone"),
                Arrays.asList(rs.getString("languages").split(",")), rs.getLong("team_id"), rs.getLong("contract_id"), List.of(),
                channels, rs.getDate("start_date").toLocalDate(), rs.getBoolean("night_opt_in"));
    }

    private static String channels(Collection<Channel> channels) {
        return channels.stream().sorted().map(Channel::name).collect(Collectors.joining(","));
    }
}
