package io.homeshore.staffing.internal;

import io.homeshore.staffing.StaffingInterval;
import io.homeshore.staffing.erlang.StaffingRequirement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Requirements {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Requirements(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void replace(long queueId, List<StaffingInterval> rows, Instant now) {
        template.batchUpdate("DELETE FROM staffing_requirement WHERE queue_id = ? AND interval_start = ?", rows, 500, (ps, r) -> {
            ps.setLong(1, queueId);
            ps.setTimestamp(2, Timestamp.from(r.start()));
        });
        template.batchUpdate("INSERT INTO staffing_requirement (queue_id, interval_start, interval_seconds, contacts, aht_seconds, status, agents, "
                + "scheduled, service_level, asa_seconds, abandonment, occupancy, source, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, 500, (ps, r) -> {
                    ps.setLong(1, queueId);
                    ps.setTimestamp(2, Timestamp.from(r.start()));
                    ps.setInt(3, r.intervalSeconds());
                    ps.setDouble(4, r.contacts());
                    ps.setDouble(5, r.ahtSeconds());
                    ps.setString(6, r.status().name());
                    ps.setInt(7, r.agents());
                    ps.setInt(8, r.scheduled());
                    ps.setObject(9, r.serviceLevel());
                    ps.setObject(10, r.asaSeconds());
                    ps.setObject(11, r.abandonment());
                    ps.setObject(12, r.occupancy());
                    ps.setString(13, r.source());
                    ps.setTimestamp(14, Timestamp.from(now));
                });
    }

    public List<StaffingInterval> between(long queueId, Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM staffing_requirement WHERE queue_id = ? AND interval_start >= ? AND interval_start < ? ORDER BY interval_start")
                .params(queueId, Timestamp.from(from), Timestamp.from(to)).query(Requirements::row).list();
    }

    private static StaffingInterval row(ResultSet rs, int n) throws SQLException {
        return new StaffingInterval(rs.getLong("queue_id"), rs.getTimestamp("interval_start").toInstant(), rs.getInt("interval_seconds"),
                rs.getDouble("contacts"), rs.getDouble("aht_seconds"), StaffingRequirement.Status.valueOf(rs.getString("status")), rs.getInt("agents"),
                rs.getInt("scheduled"), nullable(rs, "service_level"), nullable(rs, "asa_seconds"), nullable(rs, "abandonment"),
                nullable(rs, "occupancy"), rs.getString("source"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
