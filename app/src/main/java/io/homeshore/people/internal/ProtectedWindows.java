package io.homeshore.people.internal;

import io.homeshore.people.ProtectedWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProtectedWindows {

    private final JdbcClient jdbc;

    ProtectedWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProtectedWindow> of(long agentId) {
        return jdbc.sql("SELECT id, days, start_time, end_time, reason FROM protected_window WHERE agent_id = ? ORDER BY start_time, id")
                .param(agentId).query(ProtectedWindows::row).list();
    }

    /** Replaces all of an agent's windows: a PUT of the whole list is idempotent. */
    public void replace(long agentId, List<ProtectedWindow.Input> windows) {
        jdbc.sql("DELETE FROM protected_window WHERE agent_id = ?").param(agentId).update();
        windows.forEach(w -> add(agentId, w));
    }

    public void add(long agentId, ProtectedWindow.Input w) {
        jdbc.sql("INSERT INTO protected_window (agent_id, days, start_time, end_time, reason) VALUES (?, ?, ?, ?, ?)")
                .params(agentId, days(w.days()), Time.valueOf(w.start()), Time.valueOf(w.end()), w.reason().strip()).update();
    }

    public boolean remove(long agentId, long windowId) {
        return jdbc.sql("DELETE FROM protected_window WHERE agent_id = ? AND id = ?").params(agentId, windowId).update() == 1;
    }

    private static String days(java.util.Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    private static ProtectedWindow row(ResultSet rs, int n) throws SQLException {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString("days").split(",")).filter(d -> !d.isBlank()).map(DayOfWeek::valueOf).forEach(days::add);
        return new ProtectedWindow(rs.getLong("id"), days, rs.getTime("start_time").toLocalTime(), rs.getTime("end_time").toLocalTime(),
                rs.getString("reason"));
    }
}
