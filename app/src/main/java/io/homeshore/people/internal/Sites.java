package io.homeshore.people.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.people.Site;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Sites {

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Site> all() {
        return jdbc.sql("SELECT id, name, time_zone FROM site ORDER BY name").query(Site.class).list();
    }

    public Optional<Site> find(long id) {
        return jdbc.sql("SELECT id, name, time_zone FROM site WHERE id = ?").param(id).query(Site.class).optional();
    }

    public Optional<Site> findByName(String name) {
        return jdbc.sql("SELECT id, name, time_zone FROM site WHERE name = ?").param(name).query(Site.class).optional();
    }

    public long insert(Site.Input s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site (name, time_zone) VALUES (?, ?)").params(s.name().strip(), s.timeZone().strip()).update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public boolean update(long id, Site.Input s) {
        return jdbc.sql("UPDATE site SET name = ?, time_zone = ?, version = version + 1 WHERE id = ?")
                .params(s.name().strip(), s.timeZone().strip(), id).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM site WHERE id = ?").param(id).update() == 1;
    }
}
