package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shift types an agent may work fewer times than the horizon has days, indexed: each is a resource the labels of
 * {@link RosterPricing} count and compare on.
 */
final class LimitedTypes {

    /** Per limited type, the most shifts of it the contract allows. */
    final int[] max;
    private final Map<Object, Integer> index = new HashMap<>();

    LimitedTypes(AgentDay[] row, Contract c) {
        List<Integer> limits = new ArrayList<>();
        for (AgentDay d : row) {
            for (Shift s : d.getOptions()) {
                if (!index.containsKey(s.type()) && c.maxShiftsOf(s.type().id()) < row.length) {
                    index.put(s.type(), limits.size());
                    limits.add(c.maxShiftsOf(s.type().id()));
                }
            }
        }
        this.max = limits.stream().mapToInt(Integer::intValue).toArray();
    }

    int index(Shift s) {
        return index.getOrDefault(s.type(), -1);
    }

    int size() {
        return max.length;
    }
}
