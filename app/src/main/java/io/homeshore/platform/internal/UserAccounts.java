package io.homeshore.platform.internal;

import io.homeshore.platform.Accounts.NewAccount;
import io.homeshore.platform.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserAccounts {

    public record Account(String username, String passwordHash, String displayName, Role role, Long agentId,
                          String locale, String timeZone, boolean enabled) {}

    private static final String COLUMNS = "username, password_hash, display_name, role, agent_id, locale, time_zone, enabled";

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(username).query(UserAccounts::map).optional();
    }

    public Optional<Account> findByAgent(long agentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE agent_id = ?").param(agentId).query(UserAccounts::map).optional();
    }

    public void insert(NewAccount a, String hash) {
        jdbc.sql("INSERT INTO app_user (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?)")
                .params(a.username(), hash, a.displayName(), a.role().name(), a.agentId(),
                        a.locale() == null ? "en" : a.locale(), a.timeZone() == null ? "UTC" : a.timeZone(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    public void updatePreferences(String username, String locale, String timeZone) {
        jdbc.sql("UPDATE app_user SET locale = ?, time_zone = ? WHERE username = ?").params(locale, timeZone, username).update();
    }

    public void rename(String from, String to) {
        jdbc.sql("UPDATE app_user SET username = ? WHERE username = ?").params(to, from).update();
    }

    public void delete(String username) {
        jdbc.sql("DELETE FROM app_user WHERE username = ?").param(username).update();
    }

    private static Account map(ResultSet rs, int n) throws SQLException {
        long agent = rs.getLong("agent_id");
        return new Account(rs.getString("username"), rs.getString("password_hash"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.wasNull() ? null : agent, rs.getString("locale"),
                rs.getString("time_zone"), rs.getBoolean("enabled"));
    }
}
