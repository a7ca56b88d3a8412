package io.homeshore.scheduling.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.scheduling.DayRequest;
import io.homeshore.scheduling.Preferences;
import io.homeshore.scheduling.TimeOff;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Agents' preferences, day requests and time off. */
@Repository
public class WishStore {

    private final JdbcClient jdbc;

    WishStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- preferences

    public Preferences preferences(long agentId) {
        return jdbc.sql("SELECT * FROM agent_preference WHERE agent_id = ?").param(agentId).query(WishStore::preferences).optional()
                .orElse(Preferences.NONE);
    }

    public Map<Long, Preferences> preferences(Collection<Long> agentIds) {
        return jdbc.sql("SELECT * FROM agent_preference").query((rs, n) -> Map.entry(rs.getLong("agent_id"), preferences(rs, n))).list().stream()
                .filter(e -> agentIds.contains(e.getKey())).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void savePreferences(long agentId, Preferences.Input in) {
        jdbc.sql("DELETE FROM agent_preference WHERE agent_id = ?").param(agentId).update();
        jdbc.sql("INSERT INTO agent_preference (agent_id, start_earliest, start_latest, days_off) VALUES (?, ?, ?, ?)")
                .params(agentId, in.startEarliest() == null ? null : Time.valueOf(in.startEarliest()),
                        in.startLatest() == null ? null : Time.valueOf(in.startLatest()),
                        in.daysOff().stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")))
                .update();
    }

    private static Preferences preferences(ResultSet rs, int n) throws SQLException {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString("days_off").split(",")).filter(s -> !s.isBlank()).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
        Time earliest = rs.getTime("start_earliest");
        Time latest = rs.getTime("start_latest");
        return new Preferences(earliest == null ? null : earliest.toLocalTime(), latest == null ? null : latest.toLocalTime(), days);
    }

    // --- day requests

    public List<DayRequest> dayRequests(Collection<Long> agentIds, LocalDate from, LocalDate to) {
        if (agentIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM day_request WHERE agent_id IN (:agents) AND work_day BETWEEN :from AND :to ORDER BY work_day")
                .param("agents", agentIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(WishStore::dayRequest).list();
    }

    public Optional<DayRequest> dayRequest(long id) {
        return jdbc.sql("SELECT * FROM day_request WHERE id = ?").param(id).query(WishStore::dayRequest).optional();
    }

    /** Adds the wish, replacing an earlier one for the same day. */
    public long putDayRequest(long agentId, DayRequest.Input in, Instant now) {
        jdbc.sql("DELETE FROM day_request WHERE agent_id = ? AND work_day = ?").params(agentId, Date.valueOf(in.day())).update();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO day_request (agent_id, work_day, wish, priority, template_code, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(agentId, Date.valueOf(in.day()), in.wish().name(), in.priority().name(), in.template(), Timestamp.from(now)).update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public void deleteDayRequest(long id) {
        jdbc.sql("DELETE FROM day_request WHERE id = ?").param(id).update();
    }

    private static DayRequest dayRequest(ResultSet rs, int n) throws SQLException {
        return new DayRequest(rs.getLong("id"), rs.getLong("agent_id"), rs.getDate("work_day").toLocalDate(), DayRequest.Wish.valueOf(rs.getString("wish")),
                DayRequest.Priority.valueOf(rs.getString("priority")), rs.getString("template_code"), rs.getTimestamp("created_at").toInstant());
    }

    // --- time off

    private static final String TIME_OFF = "SELECT t.*, a.name AS agent_name FROM time_off t JOIN agent a ON a.id = t.agent_id ";

    public List<TimeOff> timeOff(Collection<Long> agentIds, LocalDate from, LocalDate to) {
        if (agentIds.isEmpty()) return List.of();
        return jdbc.sql(TIME_OFF + "WHERE t.agent_id IN (:agents) AND t.last_day >= :from AND t.first_day <= :to ORDER BY t.first_day, t.id")
                .param("agents", agentIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(WishStore::timeOff).list();
    }

    public List<TimeOff> timeOff(TimeOff.Status status) {
        return jdbc.sql(TIME_OFF + "WHERE t.status = ? ORDER BY t.first_day, t.id").param(status.name()).query(WishStore::timeOff).list();
    }

    public Optional<TimeOff> timeOff(long id) {
        return jdbc.sql(TIME_OFF + "WHERE t.id = ?").param(id).query(WishStore::timeOff).optional();
    }

    public long insertTimeOff(long agentId, TimeOff.Input in, TimeOff.Status status, String decidedBy, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO time_off (agent_id, first_day, last_day, reason, status, created_at, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agentId, Date.valueOf(in.firstDay()), Date.valueOf(in.lastDay()), in.reason() == null ? "" : in.reason().strip(), status.name(),
                        Timestamp.from(now), decidedBy, decidedBy == null ? null : Timestamp.from(now))
                .update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public void decide(long id, TimeOff.Status status, String by, Instant now) {
        jdbc.sql("UPDATE time_off SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?").params(status.name(), by, Timestamp.from(now), id).update();
    }

    public void deleteTimeOff(long id) {
        jdbc.sql("DELETE FROM time_off WHERE id = ?").param(id).update();
    }

    private static TimeOff timeOff(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new TimeOff(rs.getLong("id"), rs.getLong("agent_id"), rs.getString("agent_name"), rs.getDate("first_day").toLocalDate(),
                rs.getDate("last_day").toLocalDate(), rs.getString("reason"), TimeOff.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
