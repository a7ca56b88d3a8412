package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.IdentityHashMap;
import java.util.Map;

/** Day cover still missing while rosters are built agent by agent: the greedy's view of the demand terms. */
final class Cover {

    private final Map<ShiftDemand, int[]> assigned = new IdentityHashMap<>();

    /** Soft value of one more agent on this shift: its under-cover weight if short, minus its over weight if not. */
    long value(Shift s) {
        if (s == null || s.demand() == null) {
            return 0;
        }
        ShiftDemand d = s.demand();
        int have = assigned.computeIfAbsent(d, k -> new int[1])[0];
        return have < d.required() ? d.underWeight() : -d.overWeight();
    }

    void add(Shift s, int delta) {
        if (s != null && s.demand() != null) {
            assigned.computeIfAbsent(s.demand(), k -> new int[1])[0] += delta;
        }
    }
}
