package io.homeshore.platform;

import org.springframework.jdbc.support.KeyHolder;

/** Reads an inserted row's id the same way on H2 and PostgreSQL. */
public final class GeneratedKeys {

    private GeneratedKeys() {}

    /** PostgreSQL returns every column unless asked for "id"; H2 may upper-case the column name. */
    public static long id(KeyHolder keys) {
        var map = keys.getKeys();
        if (map != null) {
            for (var e : map.entrySet()) if (e.getKey().equalsIgnoreCase("id")) return ((Number) e.getValue()).longValue();
        }
        return keys.getKey().longValue();
    }
}
