package io.homeshore.forecasting.internal;

import io.homeshore.forecasting.ForecastVersion;
import io.homeshore.forecasting.ForecastVersion.Interval;
import io.homeshore.forecasting.ForecastVersion.Override;
import io.homeshore.forecasting.ForecastVersion.Score;
import io.homeshore.platform.GeneratedKeys;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ForecastStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ForecastStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(ForecastVersion v, List<Interval> intervals) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO forecast_version (queue_id, created_at, created_by, model, horizon_days, interval_minutes, first_day, mase, wmape, warnings) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.queueId(), Timestamp.from(v.createdAt()), v.createdBy(), v.model(), v.horizonDays(), v.intervalMinutes(),
                        Date.valueOf(v.firstDay()), v.mase(), v.wmape(), StoredWarnings.encode(v.warnings()))
                .update(keys, "id");
        long id = GeneratedKeys.id(keys);
        for (Score s : v.backtest()) {
            jdbc.sql("INSERT INTO forecast_score (version_id, model, mase, wmape, folds) VALUES (?, ?, ?, ?, ?)")
                    .params(id, s.model(), s.mase(), s.wmape(), s.folds()).update();
        }
        template.batchUpdate("INSERT INTO forecast_interval (version_id, interval_start, volume, lower_bound, upper_bound, aht_seconds) VALUES (?, ?, ?, ?, ?, ?)",
                intervals, 1000, (ps, i) -> {
                    ps.setLong(1, id);
                    ps.setTimestamp(2, Timestamp.from(i.start()));
                    ps.setDouble(3, i.volume());
                    ps.setDouble(4, i.lower());
                    ps.setDouble(5, i.upper());
                    ps.setDouble(6, i.ahtSeconds());
                });
        return id;
    }

    public Optional<ForecastVersion> find(long id) {
        return jdbc.sql("SELECT * FROM forecast_version WHERE id = ?").param(id).query(this::version).optional();
    }

    public List<ForecastVersion> ofQueue(long queueId) {
        return jdbc.sql("SELECT * FROM forecast_version WHERE queue_id = ? ORDER BY id DESC").param(queueId).query(this::version).list();
    }

    public List<Interval> intervals(long versionId) {
        return jdbc.sql("SELECT interval_start, volume, lower_bound, upper_bound, aht_seconds FROM forecast_interval WHERE version_id = ? ORDER BY interval_start")
                .param(versionId)
                .query((rs, n) -> new Interval(rs.getTimestamp(1).toInstant(), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
    }

    /** Multiplies the volume and band of the intervals in [from, to) by {@code factor}. */
    public void scale(long versionId, Instant from, Instant to, double factor) {
        jdbc.sql("UPDATE forecast_interval SET volume = volume * ?, lower_bound = lower_bound * ?, upper_bound = upper_bound * ? "
                        + "WHERE version_id = ? AND interval_start >= ? AND interval_start < ?")
                .params(factor, factor, factor, versionId, Timestamp.from(from), Timestamp.from(to)).update();
    }

    public void addOverride(long versionId, Override o) {
        jdbc.sql("INSERT INTO forecast_override (version_id, override_day, factor, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(versionId, Date.valueOf(o.day()), o.factor(), o.reason(), o.by(), Timestamp.from(o.at())).update();
    }

    public void publish(long versionId, String by, Instant at) {
        jdbc.sql("UPDATE forecast_version SET published_at = ?, published_by = ? WHERE id = ?").params(Timestamp.from(at), by, versionId).update();
    }

    private ForecastVersion version(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        var scores = jdbc.sql("SELECT model, mase, wmape, folds FROM forecast_score WHERE version_id = ? ORDER BY mase").param(id)
                .query((r, i) -> new Score(r.getString(1), r.getDouble(2), r.getDouble(3), r.getInt(4))).list();
        var overrides = jdbc.sql("SELECT override_day, factor, reason, created_by, created_at FROM forecast_override WHERE version_id = ? ORDER BY id").param(id)
                .query((r, i) -> new Override(r.getDate(1).toLocalDate(), r.getDouble(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant()))
                .list();
        Timestamp published = rs.getTimestamp("published_at");
        String warnings = rs.getString("warnings");
        return new ForecastVersion(id, rs.getLong("queue_id"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("model"),
                rs.getInt("horizon_days"), rs.getInt("interval_minutes"), rs.getDate("first_day").toLocalDate(), nullable(rs, "mase"),
                nullable(rs, "wmape"), StoredWarnings.decode(warnings),
                published == null ? null : published.toInstant(), rs.getString("published_by"), scores, overrides);
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
