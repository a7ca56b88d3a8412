package io.homeshore.queues.internal;

import io.homeshore.queues.IntervalVolume;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class HistoryStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    HistoryStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Adds or replaces intervals in one batch. */
    public void upsert(long queueId, List<IntervalVolume> volumes) {
        if (volumes.isEmpty()) return;
        var first = volumes.stream().map(IntervalVolume::start).min(Instant::compareTo).orElseThrow();
        var last = volumes.stream().map(IntervalVolume::start).max(Instant::compareTo).orElseThrow();
        // delete-then-insert is portable across H2 and PostgreSQL (no MERGE/ON CONFLICT dialects)
        jdbc.sql("DELETE FROM contact_history WHERE queue_id = ? AND interval_start BETWEEN ? AND ?")
                .params(queueId, Timestamp.from(first), Timestamp.from(last)).update();
        template.batchUpdate("INSERT INTO contact_history (queue_id, interval_start, offered, answered, abandoned, handle_seconds_total) VALUES (?, ?, ?, ?, ?, ?)",
                volumes, 1000, (ps, v) -> {
                    ps.setLong(1, queueId);
                    ps.setTimestamp(2, Timestamp.from(v.start()));
                    ps.setInt(3, v.offered());
                    ps.setInt(4, v.answered());
                    ps.setInt(5, v.abandoned());
                    ps.setLong(6, v.handleSecondsTotal());
                });
    }

    public List<IntervalVolume> between(long queueId, Instant from, Instant to) {
        return jdbc.sql("SELECT interval_start, offered, answered, abandoned, handle_seconds_total FROM contact_history "
                        + "WHERE queue_id = ? AND interval_start >= ? AND interval_start < ? ORDER BY interval_start")
                .params(queueId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new IntervalVolume(rs.getTimestamp(1).toInstant(), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .list();
    }

    public long count(long queueId) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_history WHERE queue_id = ?").param(queueId).query(Long.class).single();
    }
}
