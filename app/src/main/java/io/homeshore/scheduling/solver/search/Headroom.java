package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many more shifts and weekends a partial roster of {@link RosterPricing} can still take, to compare its labels
 * on what their counts are worth. A label can take at most as many more shifts as days are left, and as its
 * remaining total minutes allow (the pricing takes no shift past that limit except on a pinned day). Once a count
 * (shifts of a limited type, worked weekends) is so low that even all of those could not bring it to its limit, it
 * is raised to the lowest such value: the labels then compare equal on it, and one may dominate the other. Exact,
 * as no rule sees the difference; on Curtois 8 (three limited shift types) a front of 12 labels then lost 9 of the
 * agents' worth at the column generation's final prices instead of 86, and the LP ended at 1,300 instead of 1,337.
 */
final class Headroom {

    private final int days;
    private final int shortest;
    private final long maxMinutes;
    /** Per day: the pinned shifts from that day on (they are taken whatever the limits). */
    private final int[] pinnedFrom;
    /** Per day: the weekends with a day from that day on. */
    private final int[] weekendsFrom;
    private final int[] typeMax;
    private final int maxWeekends;
    private final boolean weekendsLimited;

    Headroom(AgentDay[] row, List<List<Shift>> choices, boolean[] pinned, Contract c, LimitedTypes types) {
        days = row.length;
        shortest = Math.max(1, choices.stream().flatMap(List::stream).mapToInt(Shift::length).min().orElse(1));
        maxMinutes = c.maxMinutesTotal();
        pinnedFrom = new int[days + 1];
        weekendsFrom = new int[days + 1];
        Set<Integer> weekends = new HashSet<>();
        for (int d = days - 1; d >= 0; d--) {
            pinnedFrom[d] = pinnedFrom[d + 1] + (pinned[d] && !choices.get(d).isEmpty() ? 1 : 0);
            if (row[d].getWeekend() >= 0) {
                weekends.add(row[d].getWeekend());
            }
            weekendsFrom[d] = weekends.size();
        }
        typeMax = types.max;
        maxWeekends = c.maxWeekends();
        weekendsLimited = maxWeekends < weekendsFrom[0];
    }

    /** Whether the contract allows fewer worked weekends than the horizon has. */
    boolean weekendsLimited() {
        return weekendsLimited;
    }

    /** Raises the counts of label {@code k}, staged for the end of day {@code d}, to what they are worth. */
    void clamp(PricingLayer out, int k, int d) {
        long byMinutes = (maxMinutes - out.minutes[k]) / shortest + pinnedFrom[d + 1];
        int shifts = (int) Math.max(0, Math.min(days - d - 1, byMinutes));
        int t = typeMax.length;
        for (int i = 0; i < t; i++) {
            out.counts[k * t + i] = Math.max(out.counts[k * t + i], typeMax[i] - shifts);
        }
        // weekends are compared only where they are limited; a new one needs a shift
        out.weekends[k] = weekendsLimited
                ? Math.max(out.weekends[k], maxWeekends - Math.min(weekendsFrom[d + 1], shifts)) : 0;
    }
}
