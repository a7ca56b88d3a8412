package io.homeshore.queues.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.queues.ContactQueue;
import io.homeshore.queues.ContactQueue.Holiday;
import io.homeshore.queues.ContactQueue.OpeningHours;
import io.homeshore.shared.Channel;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class QueueStore {

    private static final String SELECT = "SELECT id, name, channel, skill_id, time_zone, target_percent, target_seconds, target_hours FROM contact_queue";

    private final JdbcClient jdbc;

    QueueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A queue row before its skill code, hours and holidays are attached. */
    public record Row(long id, String name, Channel channel, long skillId, String timeZone, BigDecimal targetPercent,
                      Integer targetSeconds, BigDecimal targetHours) {}

    public List<Row> all() {
        return jdbc.sql(SELECT + " ORDER BY name").query(QueueStore::row).list();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(QueueStore::row).optional();
    }

    public Optional<Row> findByName(String name) {
        return jdbc.sql(SELECT + " WHERE name = ?").param(name).query(QueueStore::row).optional();
    }

    public long insert(ContactQueue.Input q, long skillId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contact_queue (name, channel, skill_id, time_zone, target_percent, target_seconds, target_hours) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(q.name().strip(), q.channel().name(), skillId, q.timeZone().strip(), q.targetPercent(), q.targetSeconds(), q.targetHours())
                .update(keys, "id");
        long id = GeneratedKeys.id(keys);
        writeChildren(id, q);
        return id;
    }

    public void update(long id, ContactQueue.Input q, long skillId) {
        jdbc.sql("UPDATE contact_queue SET name = ?, channel = ?, skill_id = ?, time_zone = ?, target_percent = ?, target_seconds = ?, "
                        + "target_hours = ?, version = version + 1 WHERE id = ?")
                .params(q.name().strip(), q.channel().name(), skillId, q.timeZone().strip(), q.targetPercent(), q.targetSeconds(), q.targetHours(), id)
                .update();
        writeChildren(id, q);
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM contact_queue WHERE id = ?").param(id).update();
    }

    public List<OpeningHours> openingHours(long id) {
        return jdbc.sql("SELECT day_of_week, opens_at, closes_at FROM queue_opening_hours WHERE queue_id = ? ORDER BY day_of_week").param(id)
                .query((rs, n) -> new OpeningHours(DayOfWeek.of(rs.getInt(1)), rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime())).list();
    }

    public List<Holiday> holidays(long id) {
        return jdbc.sql("SELECT holiday_date, name FROM queue_holiday WHERE queue_id = ? ORDER BY holiday_date").param(id)
                .query((rs, n) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
    }

    public boolean skillInUse(long skillId) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_queue WHERE skill_id = ?").param(skillId).query(Long.class).single() > 0;
    }

    private void writeChildren(long id, ContactQueue.Input q) {
        jdbc.sql("DELETE FROM queue_opening_hours WHERE queue_id = ?").param(id).update();
        jdbc.sql("DELETE FROM queue_holiday WHERE queue_id = ?").param(id).update();
        for (OpeningHours h : q.openingHours()) {
            jdbc.sql("INSERT INTO queue_opening_hours (queue_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)")
                    .params(id, h.day().getValue(), Time.valueOf(h.opens()), Time.valueOf(h.closes())).update();
        }
        for (Holiday h : q.holidays()) {
            jdbc.sql("INSERT INTO queue_holiday (queue_id, holiday_date, name) VALUES (?, ?, ?)").params(id, Date.valueOf(h.date()), h.name().strip()).update();
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        int seconds = rs.getInt("target_seconds");
        Integer targetSeconds = rs.wasNull() ? null : seconds;
        return new Row(rs.getLong("id"), rs.getString("name"), Channel.valueOf(rs.getString("channel")), rs.getLong("skill_id"),
                rs.getString("time_zone"), rs.getBigDecimal("target_percent"), targetSeconds, rs.getBigDecimal("target_hours"));
    }
}
