package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * One agent's choices per day for a search over its rosters ({@link PricingRun}, {@link RosterEnumeration}): the
 * shifts it may take (a pinned day only its shift), what each is worth, what a day off is worth
 * ({@link Double#NEGATIVE_INFINITY} where a shift is pinned), and the limited type of each shift.
 */
final class DayOptions {

    final List<List<Shift>> shifts = new ArrayList<>();
    final double[][] values;
    final double[] off;
    final boolean[] pinned;
    /** Per day, per shift: its index among the {@link LimitedTypes}, or -1. */
    final int[][] typeOf;

    /** {@code noise} is added to every value, each day's day off first (a tie-breaker, or 0). */
    DayOptions(AgentDay[] row, RosterPricing.DayValue worth, LimitedTypes types, DoubleSupplier noise) {
        int n = row.length;
        values = new double[n][];
        off = new double[n];
        pinned = new boolean[n];
        typeOf = new int[n][];
        for (int d = 0; d < n; d++) {
            AgentDay day = row[d];
            pinned[d] = day.isPinned();
            List<Shift> options = day.isPinned() ? (day.getShift() == null ? List.of() : List.of(day.getShift()))
                    : day.getOptions();
            shifts.add(options);
            off[d] = day.isPinned() && day.getShift() != null ? Double.NEGATIVE_INFINITY
                    : worth.of(d, null) + noise.getAsDouble();
            values[d] = new double[options.size()];
            for (int o = 0; o < values[d].length; o++) {
                values[d][o] = worth.of(d, options.get(o)) + noise.getAsDouble();
            }
            typeOf[d] = options.stream().mapToInt(types::index).toArray();
        }
    }
}
