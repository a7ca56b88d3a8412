package io.homeshore.scheduling.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.scheduling.ShiftTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Repository
public class TemplateStore {

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ShiftTemplate> all() {
        return jdbc.sql("SELECT * FROM shift_template ORDER BY start_earliest, code").query(this::template).list();
    }

    public Optional<ShiftTemplate> find(long id) {
        return jdbc.sql("SELECT * FROM shift_template WHERE id = ?").param(id).query(this::template).optional();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM shift_template WHERE code = ? AND id <> ?").params(code, exceptId == null ? -1 : exceptId)
                .query(Long.class).single() > 0;
    }

    public long insert(ShiftTemplate.Input in) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO shift_template (code, name, start_earliest, start_latest, start_grid_minutes, min_length_minutes, "
                        + "max_length_minutes, length_step_minutes, week_days, night, cost) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(in)).update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public void update(long id, ShiftTemplate.Input in) {
        Object[] v = Arrays.copyOf(values(in), 12);
        v[11] = id;
        jdbc.sql("UPDATE shift_template SET code = ?, name = ?, start_earliest = ?, start_latest = ?, start_grid_minutes = ?, "
                + "min_length_minutes = ?, max_length_minutes = ?, length_step_minutes = ?, week_days = ?, night = ?, cost = ? WHERE id = ?")
                .params(v).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM shift_template WHERE id = ?").param(id).update();
    }

    private static Object[] values(ShiftTemplate.Input in) {
        return new Object[] {in.code(), in.name(), Time.valueOf(in.startEarliest()), Time.valueOf(in.startLatest()), in.startGridMinutes(),
                in.minLengthMinutes(), in.maxLengthMinutes(), in.lengthStepMinutes(),
                in.days().stream().sorted().map(d -> Integer.toString(d.getValue())).collect(Collectors.joining(",")), in.night(), in.cost()};
    }

    private ShiftTemplate template(ResultSet rs, int n) throws SQLException {
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(rs.getString("week_days").split(",")).map(Integer::parseInt).map(DayOfWeek::of).forEach(days::add);
        return new ShiftTemplate(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getTime("start_earliest").toLocalTime(),
                rs.getTime("start_latest").toLocalTime(), rs.getInt("start_grid_minutes"), rs.getInt("min_length_minutes"),
                rs.getInt("max_length_minutes"), rs.getInt("length_step_minutes"), days, rs.getBoolean("night"), rs.getInt("cost"));
    }
}
