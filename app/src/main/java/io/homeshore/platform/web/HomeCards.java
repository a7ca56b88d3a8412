package io.homeshore.platform.web;

import io.homeshore.platform.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The links on each role's home page and in the navigation. Modules contribute theirs as {@link NavLink} beans,
 * so the platform does not need to know them.
 */
@Component
public class HomeCards {

    /** A destination: message keys for its title and description, the roles that see it, and its order. */
    public record NavLink(String href, String titleKey, String descriptionKey, List<Role> roles, int order) {}

    private final List<NavLink> links;

    HomeCards(List<NavLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    public List<NavLink> forRole(Role role) {
        var mine = new ArrayList<NavLink>();
        for (NavLink l : links) if (l.roles().contains(role)) mine.add(l);
        return mine;
    }
}
