package io.homeshore.people.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.people.Contract;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Contracts {

    private static final String SELECT = "SELECT id, name, min_hours_per_week, max_hours_per_week, max_days_per_week, max_consecutive_days, "
            + "min_consecutive_days_off, min_rest_hours, night_eligible, weekend_eligible FROM contract";

    private final JdbcClient jdbc;

    Contracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contract> all() {
        return jdbc.sql(SELECT + " ORDER BY name").query(Contract.class).list();
    }

    public Optional<Contract> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Contract.class).optional();
    }

    public Optional<Contract> findByName(String name) {
        return jdbc.sql(SELECT + " WHERE name = ?").param(name).query(Contract.class).optional();
    }

    public long insert(Contract.Input c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO contract (name, min_hours_per_week, max_hours_per_week, max_days_per_week, max_consecutive_days, "
                        + "min_consecutive_days_off, min_rest_hours, night_eligible, weekend_eligible) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(c)).update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public boolean update(long id, Contract.Input c) {
        var params = new java.util.ArrayList<>(List.of(values(c)));
        params.add(id);
        return jdbc.sql("UPDATE contract SET name = ?, min_hours_per_week = ?, max_hours_per_week = ?, max_days_per_week = ?, "
                        + "max_consecutive_days = ?, min_consecutive_days_off = ?, min_rest_hours = ?, night_eligible = ?, "
                        + "weekend_eligible = ?, version = version + 1 WHERE id = ?")
                .params(params).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM contract WHERE id = ?").param(id).update() == 1;
    }

    public boolean inUse(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM agent WHERE contract_id = ?").param(id).query(Long.class).single() > 0;
    }

    private static Object[] values(Contract.Input c) {
        return new Object[] { c.name().strip(), c.minHoursPerWeek(), c.maxHoursPerWeek(), c.maxDaysPerWeek(), c.maxConsecutiveDays(),
                c.minConsecutiveDaysOff(), c.minRestHours(), c.nightEligible(), c.weekendEligible() };
    }
}
