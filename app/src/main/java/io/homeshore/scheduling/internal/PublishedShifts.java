package io.homeshore.scheduling.internal;

import io.homeshore.scheduling.ScheduledShift;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The published schedule: what agents work. A published run replaces its agents' shifts over its horizon. */
@Repository
public class PublishedShifts {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PublishedShifts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void replace(long runId, Collection<Long> agentIds, LocalDate first, LocalDate last, List<ScheduledShift> shifts) {
        if (!agentIds.isEmpty()) {
            jdbc.sql("DELETE FROM published_shift WHERE work_day BETWEEN ? AND ? AND agent_id IN (" + in(agentIds) + ")")
                    .params(Date.valueOf(first), Date.valueOf(last)).update();
        }
        template.batchUpdate("INSERT INTO published_shift (agent_id, work_day, start_at, end_at, template, skill, night, run_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", shifts, 1000, (ps, s) -> {
                    ps.setLong(1, s.agentId());
                    ps.setDate(2, Date.valueOf(s.day()));
                    ps.setTimestamp(3, Timestamp.from(s.start()));
                    ps.setTimestamp(4, Timestamp.from(s.end()));
                    ps.setString(5, s.template());
                    ps.setString(6, s.skill());
                    ps.setBoolean(7, s.night());
                    ps.setLong(8, runId);
                });
    }

    /** Shifts that overlap [from, to), of every agent. */
    public List<ScheduledShift> overlapping(Instant from, Instant to) {
        return jdbc.sql("SELECT * FROM published_shift WHERE start_at < ? AND end_at > ? ORDER BY agent_id, work_day")
                .params(Timestamp.from(to), Timestamp.from(from)).query(RunStore::shift).list();
    }

    /** One agent's shifts on days {@code first} to {@code last}. */
    public List<ScheduledShift> ofAgent(long agentId, LocalDate first, LocalDate last) {
        return jdbc.sql("SELECT * FROM published_shift WHERE agent_id = ? AND work_day BETWEEN ? AND ? ORDER BY work_day")
                .params(agentId, Date.valueOf(first), Date.valueOf(last)).query(RunStore::shift).list();
    }

    /** These agents' shifts on days {@code first} to {@code last}. */
    public List<ScheduledShift> ofAgents(Collection<Long> agentIds, LocalDate first, LocalDate last) {
        if (agentIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM published_shift WHERE work_day BETWEEN ? AND ? AND agent_id IN (" + in(agentIds) + ") ORDER BY agent_id, work_day")
                .params(Date.valueOf(first), Date.valueOf(last)).query(RunStore::shift).list();
    }

    private static String in(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
    }
}
