package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The restricted master problem solved by local search, as in price-and-branch heuristics: picks one column of the
 * {@link ColumnPool} per agent so that the exact cost (cover terms plus the rosters' own costs) is low.
 */
final class ColumnSearch {

    private final ColumnPool pool;

    ColumnSearch(ColumnPool pool) {
        this.pool = pool;
    }

    /**
     * Coordinate descent over the agents: each takes the column that costs least with everyone else's as they are
     * (ties broken at random), until no agent's change helps.
     */
    int[] descend(int[] picked, SplittableRandom random) {
        int[] count = pool.count(picked);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int a = 0; a < pool.grid.length; a++) {
                if (pool.grid[a].length == 0) {
                    continue;
                }
                for (int i : pool.uses.get(a).get(picked[a])) {
                    count[i]--;
                }
                long currentCost = columnCost(a, picked[a], count);
                int choice = picked[a];
                long choiceCost = currentCost;
                int ties = 1;
                for (int k = 0; k < pool.columns.get(a).size(); k++) {
                    if (k == picked[a]) {
                        continue;
                    }
                    long c = columnCost(a, k, count);
                    if (c < choiceCost) {
                        choice = k;
                        choiceCost = c;
                        ties = 1;
                    } else if (c == choiceCost && random.nextInt(++ties) == 0) {
                        choice = k;
                    }
                }
                improved |= choiceCost < currentCost;
                picked[a] = choice;
                for (int i : pool.uses.get(a).get(choice)) {
                    count[i]++;
                }
            }
        }
        return picked;
    }

    /**
     * Simulated annealing over the choice of columns (Kirkpatrick et al. 1983, Science 220): a move gives one
     * agent another of its columns; the temperature falls geometrically from a third of the largest
     * under-cover weight. Returns the best choice seen. Ends after {@code moves} moves or at the {@code deadline}
     * ({@link System#nanoTime}), whichever comes first; the temperature follows whichever share is further spent.
     */
    int[] anneal(int[] start, SplittableRandom random, long moves, long deadline) {
        int[] picked = start.clone();
        int[] count = pool.count(picked);
        long current = pool.cost(picked);
        long bestCost = current;
        int[] best = picked.clone();
        int[] agents = IntStream.range(0, pool.grid.length).filter(a -> pool.columns.get(a).size() > 1).toArray();
        double hot = Math.max(1, pool.demands.stream().mapToInt(ShiftDemand::underWeight).max().orElse(3) / 3.0);
        double cold = 0.5;
        long began = System.nanoTime();
        double spent = 0;
        for (long i = 0; agents.length > 0 && i < moves && spent < 1; i++) {
            if ((i & 1023) == 0) {
                long now = System.nanoTime();
                spent = Math.max((double) i / moves, (double) (now - began) / Math.max(1, deadline - began));
            }
            int a = agents[random.nextInt(agents.length)];
            int k = random.nextInt(pool.columns.get(a).size());
            int old = picked[a];
            if (k == old) {
                continue;
            }
            long delta = pool.own.get(a).get(k) - pool.own.get(a).get(old) + shift(pool.uses.get(a).get(old), count, -1)
                    + shift(pool.uses.get(a).get(k), count, 1);
            double t = hot * Math.pow(cold / hot, Math.max(spent, (double) i / moves));
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / t)) {
                picked[a] = k;
                current += delta;
                if (current < bestCost) {
                    bestCost = current;
                    best = picked.clone();
                }
            } else {
                shift(pool.uses.get(a).get(k), count, -1);
                shift(pool.uses.get(a).get(old), count, 1);
            }
        }
        return best;
    }

    /** Adds {@code delta} (±1) to the count of each demand served and returns the change in cover cost. */
    private long shift(int[] served, int[] count, int delta) {
        long change = 0;
        for (int i : served) {
            change += pool.demandCost(i, count[i] + delta) - pool.demandCost(i, count[i]);
            count[i] += delta;
        }
        return change;
    }

    /** The cost column {@code k} of agent {@code a} adds to the others' cover {@code count}. */
    private long columnCost(int a, int k, int[] count) {
        long cost = pool.own.get(a).get(k);
        for (int i : pool.uses.get(a).get(k)) {
            cost += pool.demandCost(i, count[i] + 1) - pool.demandCost(i, count[i]);
        }
        return cost;
    }
}
