package io.homeshore.platform;

import java.time.ZoneId;
import java.util.Locale;

/** The signed-in person, as the other modules need to know them. {@code agentId} is set for agents only. */
public record CurrentUser(String username, String displayName, Role role, Long agentId, Locale locale, ZoneId timeZone) {

    public boolean is(Role r) {
        return role == r;
    }

    public boolean isAny(Role... roles) {
        for (Role r : roles) if (role == r) return true;
        return false;
    }
}
