package io.homeshore.people.internal;

import io.homeshore.platform.GeneratedKeys;
import io.homeshore.people.Skill;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class Skills {

    private final JdbcClient jdbc;

    Skills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Skill> all() {
        return jdbc.sql("SELECT id, code, name FROM skill ORDER BY code").query(Skill.class).list();
    }

    public Optional<Skill> find(long id) {
        return jdbc.sql("SELECT id, code, name FROM skill WHERE id = ?").param(id).query(Skill.class).optional();
    }

    public Optional<Skill> findByCode(String code) {
        return jdbc.sql("SELECT id, code, name FROM skill WHERE code = ?").param(code).query(Skill.class).optional();
    }

    public long insert(Skill.Input s) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO skill (code, name) VALUES (?, ?)").params(s.code(), s.name().strip()).update(keys, "id");
        return GeneratedKeys.id(keys);
    }

    public boolean update(long id, Skill.Input s) {
        return jdbc.sql("UPDATE skill SET code = ?, name = ?, version = version + 1 WHERE id = ?").params(s.code(), s.name().strip(), id).update() == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM skill WHERE id = ?").param(id).update() == 1;
    }

    public boolean inUse(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM agent_skill WHERE skill_id = ?").param(id).query(Long.class).single() > 0;
    }
}
