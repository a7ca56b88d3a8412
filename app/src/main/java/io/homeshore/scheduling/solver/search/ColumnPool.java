package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The columns (rosters) found per agent, the demands they serve, and the exact cost of a choice of one column per
 * agent: the cover terms of the demands plus each roster's hard penalty and missed wishes. A roster that breaks
 * a rule costs {@link #HARD} per breach, so a plan breaking none is always preferred.
 */
final class ColumnPool {

    static final long HARD = 1_000_000;

    final AgentDay[][] grid;
    final List<ShiftDemand> demands = new ArrayList<>();
    final Map<ShiftDemand, Integer> index = new IdentityHashMap<>();
    final List<List<Shift[]>> columns = new ArrayList<>();
    final List<List<int[]>> uses = new ArrayList<>();
    final List<List<Long>> own = new ArrayList<>();
    final List<Map<Integer, List<ShiftRequest>>> requests = new ArrayList<>();
    /** Per agent, how many of its columns the relaxation built or extended last has seen (one relaxation at a time). */
    private int[] inRelaxation = new int[0];

    ColumnPool(AgentDay[][] grid, Map<AgentDay, List<ShiftRequest>> byDay) {
        this.grid = grid;
        for (AgentDay[] row : grid) {
            columns.add(new ArrayList<>());
            uses.add(new ArrayList<>());
            own.add(new ArrayList<>());
            requests.add(AgentDays.requestsOfRow(byDay, row));
            for (AgentDay d : row) {
                for (Shift s : d.getOptions()) {
                    if (s.demand() != null && !index.containsKey(s.demand())) {
                        index.put(s.demand(), demands.size());
                        demands.add(s.demand());
                    }
                }
            }
        }
    }

    int[] addCurrent() {
        int[] picked = new int[grid.length];
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                picked[a] = add(a, AgentDays.shifts(grid[a]));
            }
        }
        return picked;
    }

    /** Adds a roster to the agent's columns (once) and returns its index. */
    int add(int a, Shift[] roster) {
        List<Shift[]> mine = columns.get(a);
        for (int i = 0; i < mine.size(); i++) {
            if (Arrays.equals(mine.get(i), roster)) {
                return i;
            }
        }
        AgentDay[] row = grid[a];
        Contract c = row[0].getAgent().contract();
        long cost = HARD * RosterBreaches.owed(row, roster, c);
        List<Integer> served = new ArrayList<>();
        for (int d = 0; d < row.length; d++) {
            cost += RosterDraft.wishCost(row[d], requests.get(a).get(d), roster[d]);
            if (roster[d] != null && roster[d].demand() != null && index.containsKey(roster[d].demand())) {
                served.add(index.get(roster[d].demand()));
            }
        }
        mine.add(roster);
        uses.get(a).add(served.stream().mapToInt(Integer::intValue).toArray());
        own.get(a).add(cost);
        return mine.size() - 1;
    }

    /**
     * The linear relaxation over every column so far ({@link MasterLp}) that keeps the {@code dive}'s fixed days
     * (all columns when {@code null}), its first basis the {@code chosen} columns. {@link #extend} gives it the
     * columns found later.
     */
    MasterLp relaxation(int[] chosen, AssignmentDive dive) {
        int n = demands.size();
        int[] required = new int[n];
        int[] under = new int[n];
        int[] over = new int[n];
        for (int i = 0; i < n; i++) {
            ShiftDemand d = demands.get(i);
            required[i] = d.required();
            under[i] = d.underWeight();
            over[i] = d.overWeight();
        }
        int[][] startUses = new int[grid.length][];
        long[] startCost = new long[grid.length];
        for (int a = 0; a < grid.length; a++) {
            boolean any = !columns.get(a).isEmpty();
            startUses[a] = any ? uses.get(a).get(chosen[a]) : new int[0];
            startCost[a] = any ? own.get(a).get(chosen[a]) : 0;
        }
        MasterLp lp = new MasterLp(required, under, over, startUses, startCost, chosen);
        inRelaxation = new int[grid.length];
        addUnseen(lp, dive, chosen);
        return lp;
    }

    /**
     * Gives the relaxation the columns found since it was built or last extended, those that keep the {@code dive}'s
     * fixed days (all when {@code null}).
     */
    void extend(MasterLp lp, AssignmentDive dive) {
        addUnseen(lp, dive, null);
    }

    /** Adds the columns the relaxation has not seen that keep the dive's fixed days, but each agent's {@code basic}. */
    private void addUnseen(MasterLp lp, AssignmentDive dive, int[] basic) {
        for (int a = 0; a < grid.length; a++) {
            for (int k = inRelaxation[a]; k < columns.get(a).size(); k++) {
                if ((basic == null || k != basic[a]) && (dive == null || dive.compatible(a, columns.get(a).get(k)))) {
                    lp.addColumn(a, k, uses.get(a).get(k), own.get(a).get(k));
                }
            }
            inRelaxation[a] = columns.get(a).size();
        }
    }

    /** What each day's choice is worth to agent {@code a} at these demand prices, its wishes counted. */
    RosterPricing.DayValue worth(int a, double[] price) {
        AgentDay[] row = grid[a];
        Map<Integer, List<ShiftRequest>> mine = requests.get(a);
        return (d, s) -> (s == null || s.demand() == null ? 0 : price[index.get(s.demand())])
                - RosterDraft.wishCost(row[d], mine.get(d), s);
    }

    /** The agent's column of most worth among those that owe least: the bound for its next pricing. */
    Shift[] richest(int a, RosterPricing.DayValue worth) {
        Shift[] best = null;
        double bestWorth = Double.NEGATIVE_INFINITY;
        long bestOwed = Long.MAX_VALUE;
        for (int k = 0; k < columns.get(a).size(); k++) {
            Shift[] column = columns.get(a).get(k);
            long owed = own.get(a).get(k) / HARD;
            double w = 0;
            for (int d = 0; d < column.length; d++) {
                w += worth.of(d, column[d]);
            }
            if (owed < bestOwed || owed == bestOwed && w > bestWorth) {
                best = column;
                bestWorth = w;
                bestOwed = owed;
            }
        }
        return best;
    }

    int[] count(int[] picked) {
        int[] count = new int[demands.size()];
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                for (int i : uses.get(a).get(picked[a])) {
                    count[i]++;
                }
            }
        }
        return count;
    }

    long cost(int[] picked) {
        int[] count = count(picked);
        long cost = 0;
        for (int i = 0; i < count.length; i++) {
            cost += demandCost(i, count[i]);
        }
        for (int a = 0; a < grid.length; a++) {
            if (grid[a].length > 0) {
                cost += own.get(a).get(picked[a]);
            }
        }
        return cost;
    }

    private long demandCost(int i, int n) {
        ShiftDemand d = demands.get(i);
        return n < d.required() ? (long) (d.required() - n) * d.underWeight()
                : (long) (n - d.required()) * d.overWeight();
    }

    /**
     * Coordinate descent over the agents: each takes the column that costs least with everyone else's as they are
     * (ties broken at random), until no agent's change helps.
     */
    int[] descend(int[] picked, SplittableRandom random) {
        int[] count = count(picked);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int a = 0; a < grid.length; a++) {
                if (grid[a].length == 0) {
                    continue;
                }
                for (int i : uses.get(a).get(picked[a])) {
                    count[i]--;
                }
                long currentCost = columnCost(a, picked[a], count);
                int choice = picked[a];
                long choiceCost = currentCost;
                int ties = 1;
                for (int k = 0; k < columns.get(a).size(); k++) {
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
                for (int i : uses.get(a).get(choice)) {
                    count[i]++;
                }
            }
        }
        return picked;
    }

    /**
     * Simulated annealing over the choice of columns (Kirkpatrick et al. 1983, Science 220): a move gives one
     * agent another of its columns; the temperature falls geometrically from a third of the largest
     * under-cover weight. Returns the best choice seen.
     */
    int[] anneal(int[] start, SplittableRandom random, long moves) {
        int[] picked = start.clone();
        int[] count = count(picked);
        long current = cost(picked);
        long bestCost = current;
        int[] best = picked.clone();
        int[] agents = IntStream.range(0, grid.length).filter(a -> columns.get(a).size() > 1).toArray();
        double hot = Math.max(1, demands.stream().mapToInt(ShiftDemand::underWeight).max().orElse(3) / 3.0);
        double cold = 0.5;
        for (long i = 0; agents.length > 0 && i < moves; i++) {
            int a = agents[random.nextInt(agents.length)];
            int k = random.nextInt(columns.get(a).size());
            int old = picked[a];
            if (k == old) {
                continue;
            }
            long delta = own.get(a).get(k) - own.get(a).get(old) + shift(uses.get(a).get(old), count, -1)
                    + shift(uses.get(a).get(k), count, 1);
            double t = hot * Math.pow(cold / hot, (double) i / moves);
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / t)) {
                picked[a] = k;
                current += delta;
                if (current < bestCost) {
                    bestCost = current;
                    best = picked.clone();
                }
            } else {
                shift(uses.get(a).get(k), count, -1);
                shift(uses.get(a).get(old), count, 1);
            }
        }
        return best;
    }

    /** Adds {@code delta} (±1) to the count of each demand served and returns the change in cover cost. */
    private long shift(int[] served, int[] count, int delta) {
        long change = 0;
        for (int i : served) {
            change += demandCost(i, count[i] + delta) - demandCost(i, count[i]);
            count[i] += delta;
        }
        return change;
    }

    /** The cost column {@code k} of agent {@code a} adds to the others' cover {@code count}. */
    private long columnCost(int a, int k, int[] count) {
        long cost = own.get(a).get(k);
        for (int i : uses.get(a).get(k)) {
            cost += demandCost(i, count[i] + 1) - demandCost(i, count[i]);
        }
        return cost;
    }
}
