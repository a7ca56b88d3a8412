package io.homeshore.scheduling.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.scheduling.RunProgress;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.ScheduledShift;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Planning runs, their progress and the plan each one found. */
@Repository
public class RunStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RunStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(ScheduleRun r, List<Long> agentIds, String problem) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO schedule_run (team_ids, first_day, weeks, zone, time_limit_seconds, keep_published_until, status, created_by, "
                        + "created_at, agents, agent_ids, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.teamIds().stream().map(String::valueOf).collect(Collectors.joining(",")), Date.valueOf(r.firstDay()), r.weeks(),
                        r.zone(), r.timeLimitSeconds(), r.keepPublishedUntil() == null ? null : Date.valueOf(r.keepPublishedUntil()),
                        r.status().name(), r.createdBy(), Timestamp.from(r.createdAt()), r.agents(),
                        agentIds.stream().map(String::valueOf).collect(Collectors.joining(",")), problem)
                .update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public Optional<ScheduleRun> find(long id) {
        return jdbc.sql("SELECT * FROM schedule_run WHERE id = ?").param(id).query(this::run).optional();
    }

    public List<ScheduleRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM schedule_run ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY").query(this::run).list();
    }

    public List<Long> unfinished() {
        return jdbc.sql("SELECT id FROM schedule_run WHERE status = 'SOLVING'").query(Long.class).list();
    }

    /** Records how a run ended, with its plan and explanation, once: a run that has already ended is left as it is. */
    public void finish(long id, ScheduleRun.Status status, Long hard, Long soft, Long firstFeasible, long solveMillis, String message,
                       Instant at, String explanation, List<ScheduledShift> shifts, List<RunProgress> progress) {
        int ended = jdbc.sql("UPDATE schedule_run SET status = ?, hard_score = ?, soft_score = ?, first_feasible_ms = ?, solve_ms = ?, "
                        + "message = ?, finished_at = ?, explanation = ? WHERE id = ? AND status = 'SOLVING'")
                .params(status.name(), hard, soft, firstFeasible, solveMillis, message, Timestamp.from(at), explanation, id).update();
        if (ended == 0) return;
        template.batchUpdate("INSERT INTO schedule_shift (run_id, agent_id, work_day, start_at, end_at, template, skill, night, pinned) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", shifts, 1000, (ps, s) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, s.agentId());
                    ps.setDate(3, Date.valueOf(s.day()));
                    ps.setTimestamp(4, Timestamp.from(s.start()));
                    ps.setTimestamp(5, Timestamp.from(s.end()));
                    ps.setString(6, s.template());
                    ps.setString(7, s.skill());
                    ps.setBoolean(8, s.night());
                    ps.setBoolean(9, s.pinned());
                });
        template.batchUpdate("INSERT INTO schedule_progress (run_id, millis, hard_score, soft_score) VALUES (?, ?, ?, ?)", progress, 1000,
                (ps, p) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, p.millis());
                    ps.setLong(3, p.hardScore());
                    ps.setLong(4, p.softScore());
                });
    }

    public void fail(long id, String message, Instant at) {
        jdbc.sql("UPDATE schedule_run SET status = 'FAILED', message = ?, finished_at = ? WHERE id = ? AND status = 'SOLVING'")
                .params(message, Timestamp.from(at), id).update();
    }

    public void published(long id, String by, Instant at) {
        jdbc.sql("UPDATE schedule_run SET published_at = ?, published_by = ? WHERE id = ?").params(Timestamp.from(at), by, id).update();
    }

    public List<ScheduledShift> shifts(long runId) {
        return jdbc.sql("SELECT * FROM schedule_shift WHERE run_id = ? ORDER BY agent_id, work_day").param(runId).query(RunStore::shift).list();
    }

    public List<RunProgress> progress(long runId) {
        return jdbc.sql("SELECT millis, hard_score, soft_score FROM schedule_progress WHERE run_id = ? ORDER BY millis").param(runId)
                .query((rs, n) -> new RunProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    public List<Long> agentIds(long runId) {
        String ids = jdbc.sql("SELECT agent_ids FROM schedule_run WHERE id = ?").param(runId).query(String.class).single();
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public String problem(long runId) {
        return jdbc.sql("SELECT problem FROM schedule_run WHERE id = ?").param(runId).query(String.class).single();
    }

    public Optional<String> explanation(long runId) {
        return jdbc.sql("SELECT explanation FROM schedule_run WHERE id = ?").param(runId).query(String.class).optional();
    }

    static ScheduledShift shift(ResultSet rs, int n) throws SQLException {
        return new ScheduledShift(rs.getLong("agent_id"), rs.getDate("work_day").toLocalDate(), rs.getTimestamp("start_at").toInstant(),
                rs.getTimestamp("end_at").toInstant(), rs.getString("template"), rs.getString("skill"), rs.getBoolean("night"),
                hasColumn(rs, "pinned") && rs.getBoolean("pinned"));
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) if (meta.getColumnName(i).equalsIgnoreCase(column)) return true;
        return false;
    }

    private ScheduleRun run(ResultSet rs, int n) throws SQLException {
        return new ScheduleRun(rs.getLong("id"), Arrays.stream(rs.getString("team_ids").split(",")).map(Long::valueOf).toList(),
                rs.getDate("first_day").toLocalDate(), rs.getInt("weeks"), rs.getString("zone"), rs.getInt("time_limit_seconds"),
                date(rs.getDate("keep_published_until")), ScheduleRun.Status.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("finished_at")), rs.getInt("agents"),
                (Long) rs.getObject("hard_score", Long.class), (Long) rs.getObject("soft_score", Long.class),
                (Long) rs.getObject("first_feasible_ms", Long.class), (Long) rs.getObject("solve_ms", Long.class), rs.getString("message"),
                instant(rs.getTimestamp("published_at")), rs.getString("published_by"));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
