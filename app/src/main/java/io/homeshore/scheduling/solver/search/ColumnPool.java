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

/**
 * The columns (rosters) found per agent, the demands they serve, and the exact cost of a choice of one column per
 * agent: the cover terms of the demands plus each roster's hard penalty and missed wishes. A roster that breaks
 * a rule costs {@link #HARD} per breach, so a plan breaking none is always preferred. {@link ColumnSearch} looks for
 * a cheap choice; {@link #relaxation} gives the linear relaxation of choosing.
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
        double[] under = new double[n];
        double[] over = new double[n];
        for (int i = 0; i < n; i++) {
            ShiftDemand d = demands.get(i);
            required[i] = d.required();
            under[i] = d.underWeight();
            over[i] = d.overWeight();
        }
        int[][] startUses = new int[grid.length][];
        double[] startCost = new double[grid.length];
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
            double w = worth.of(column);
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

    /** The cover cost of demand {@code i} when {@code n} agents serve it. */
    long demandCost(int i, int n) {
        ShiftDemand d = demands.get(i);
        return n < d.required() ? (long) (d.required() - n) * d.underWeight()
                : (long) (n - d.required()) * d.overWeight();
    }
}
