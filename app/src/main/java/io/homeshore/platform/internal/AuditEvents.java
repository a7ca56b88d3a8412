package io.homeshore.platform.internal;

import io.homeshore.platform.AuditLog.Entry;
import io.homeshore.platform.Page;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AuditEvents {

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Entry e) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(e.occurredAt()), e.actor(), e.action(), truncate(e.target(), 300), truncate(e.details(), 2000))
                .update();
    }

    public Page<Entry> page(Page.Request r) {
        var items = jdbc.sql("SELECT id, occurred_at, actor, action, target, details FROM audit_event ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(r.size(), r.offset())
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        return new Page<>(items, r.page(), r.size(), total);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
