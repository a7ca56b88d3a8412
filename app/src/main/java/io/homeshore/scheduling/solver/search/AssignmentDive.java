package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Diving on assignments (a price-and-dive heuristic for column generation; Sadykov et al. 2019, "Primal heuristics
 * for branch and price: the assets of diving methods", INFORMS J. Computing 31): each step reads, from the LP
 * solution of the restricted master, how much of each agent-day goes to each shift or to rest, and fixes those that are
 * (nearly) whole and the largest fractional ones, at most one fractional per agent a step. Fixed days are forced in
 * the pricing ({@link #restrict}) and columns breaking them leave the master ({@link #compatible}), so the next
 * solve and pricing work around them; when every day is fixed, each agent has one column left.
 */
final class AssignmentDive {

    /** An agent-day's share this close to 1 is fixed with every other such share in one step. */
    private static final double WHOLE = 0.99;
    /** What a forbidden choice on a fixed day is worth: more than any roster could gain elsewhere. */
    private static final double FORBIDDEN = 1e7;
    /** Each step fixes at least this part of the fractional agent-days left (the largest first). */
    private static final int SHARE = Integer.getInteger("homeshore.scheduling.diveShare", 4);
    /** How far a shaken dive weighs a share up or down (a share of its value). */
    private static final double SHAKE = Double.parseDouble(
            System.getProperty("homeshore.scheduling.diveShake", "0.2"));
    /** Rounds of pricing per step at most. */
    private static final int ROUNDS = Integer.getInteger("homeshore.scheduling.diveRounds", 6);

    private final AgentDay[][] grid;
    private final boolean[][] forced;
    private final Shift[][] forcedShift;
    private final SplittableRandom random;

    /** Prices the agents not yet whole at the current prices, their fixed days forced; {@code null} out of time. */
    @FunctionalInterface
    interface Pricer {
        Shift[][] price(AssignmentDive dive);
    }

    /**
     * @param random {@code null}: shares taken strictly largest first; otherwise each is weighed by a random factor
     *               up to {@link #SHAKE} either way, for a dive that differs from the first
     */
    AssignmentDive(AgentDay[][] grid, SplittableRandom random) {
        this.grid = grid;
        this.random = random;
        this.forced = new boolean[grid.length][];
        this.forcedShift = new Shift[grid.length][];
        for (int a = 0; a < grid.length; a++) {
            forced[a] = new boolean[grid[a].length];
            forcedShift[a] = new Shift[grid[a].length];
        }
    }

    /**
     * Dives from the relaxation solved by column generation: at each step fixes agent-days ({@link #step}), then
     * prices again at the new duals (written into {@code price}) for at most {@link #ROUNDS} rounds, until nothing
     * better is found, so the relaxation works around what was fixed. Returns the one column per agent left when every
     * day is fixed, or {@code null} when the deadline passed first.
     */
    int[] run(ColumnPool master, MasterLp relaxation, double[] price, long deadline, Pricer pricer) {
        int[] chosen = new int[grid.length];
        MasterLp lp = relaxation;
        while (true) {
            for (int round = 0; round < ROUNDS; round++) {
                if (!lp.solve(deadline)) {
                    return null;
                }
                for (int i = 0; i < price.length; i++) {
                    price[i] = lp.price(i);
                }
                if (round == 0 && !step(lp, master)) {
                    return chosen;
                }
                Shift[][] rosters = pricer.price(this);
                if (rosters == null) {
                    return null;
                }
                int added = 0;
                for (int a = 0; a < grid.length; a++) {
                    int before = master.columns.get(a).size();
                    int k = rosters[a] == null ? -1 : master.add(a, rosters[a]);
                    added += master.columns.get(a).size() - before;
                    if (round == 0 && grid[a].length > 0) {
                        int c = choose(a, lp, master);
                        if (c < 0 && k >= 0) {
                            release(a, rosters[a]);
                            c = k;
                        }
                        if (c < 0) {
                            return null;
                        }
                        chosen[a] = c;
                    }
                }
                if (round == 0) {
                    lp = master.relaxation(chosen, this);
                } else if (added == 0) {
                    break;
                } else {
                    master.extend(lp, this);
                }
            }
        }
    }

    /** Whether every day of the agent is fixed (it needs no more pricing). */
    boolean done(int a) {
        for (boolean f : forced[a]) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    /** Whether the column keeps every fixed day of its agent. */
    boolean compatible(int a, Shift[] column) {
        for (int d = 0; d < column.length; d++) {
            if (forced[a][d] && column[d] != forcedShift[a][d]) {
                return false;
            }
        }
        return true;
    }

    /** The day values with every choice other than a fixed day's made worthless. */
    RosterPricing.DayValue restrict(int a, RosterPricing.DayValue worth) {
        return (d, s) -> worth.of(d, s) - (forced[a][d] && s != forcedShift[a][d] ? FORBIDDEN : 0);
    }

    private record Share(int agent, int day, Shift shift, double value) {
    }

    /**
     * One step: fixes agent-days from the solution of {@code lp} over {@code pool}; returns whether any day was
     * left to fix.
     */
    private boolean step(MasterLp lp, ColumnPool pool) {
        List<Map<Integer, Map<Shift, Double>>> shares = new ArrayList<>();
        for (int a = 0; a < grid.length; a++) {
            Map<Integer, Map<Shift, Double>> mine = new HashMap<>();
            shares.add(mine);
            int agent = a;
            lp.forEachValue(agent, (k, value) -> {
                Shift[] column = pool.columns.get(agent).get(k);
                for (int d = 0; d < column.length; d++) {
                    if (!forced[agent][d]) {
                        mine.computeIfAbsent(d, x -> new HashMap<>()).merge(column[d], value, Double::sum);
                    }
                }
            });
        }
        List<Share> fractional = new ArrayList<>();
        boolean any = false;
        for (int a = 0; a < grid.length; a++) {
            for (Map.Entry<Integer, Map<Shift, Double>> day : shares.get(a).entrySet()) {
                for (Map.Entry<Shift, Double> e : day.getValue().entrySet()) {
                    any = true;
                    if (e.getValue() >= WHOLE) {
                        fix(a, day.getKey(), e.getKey());
                    } else {
                        double weight = random == null ? 1 : 1 + SHAKE * (2 * random.nextDouble() - 1);
                        fractional.add(new Share(a, day.getKey(), e.getKey(), e.getValue() * weight));
                    }
                }
            }
        }
        // largest first; ties by agent, day, and shifts before rest (in option order), so the dive is repeatable
        fractional.sort(Comparator.comparingDouble((Share s) -> -s.value()).thenComparingInt(Share::agent)
                .thenComparingInt(Share::day).thenComparingInt(s -> s.shift() == null ? Integer.MAX_VALUE
                        : grid[s.agent()][s.day()].getOptions().indexOf(s.shift())));
        boolean[] touched = new boolean[grid.length];
        int fix = Math.max(1, fractional.size() / SHARE);
        for (Share s : fractional) {
            if (fix == 0) {
                break;
            }
            if (!touched[s.agent()] && !forced[s.agent()][s.day()]) {
                touched[s.agent()] = true;
                fix(s.agent(), s.day(), s.shift());
                fix--;
            }
        }
        return any;
    }

    private void fix(int a, int d, Shift s) {
        forced[a][d] = true;
        forcedShift[a][d] = s;
    }

    /**
     * After pricing: an agent with no column keeping its fixed days (its fixed days together broke a rule, so the
     * pricing preferred another roster) has those days freed where its newest column differs.
     */
    private void release(int a, Shift[] newest) {
        for (int d = 0; d < newest.length; d++) {
            if (forced[a][d] && newest[d] != forcedShift[a][d]) {
                forced[a][d] = false;
            }
        }
    }

    /** The agent's compatible column of most value in the LP solution, else its first compatible one; -1 if none. */
    private int choose(int a, MasterLp lp, ColumnPool pool) {
        double[] best = {-1};
        int[] pick = {-1};
        lp.forEachValue(a, (k, value) -> {
            if (value > best[0] && compatible(a, pool.columns.get(a).get(k))) {
                best[0] = value;
                pick[0] = k;
            }
        });
        for (int k = 0; pick[0] < 0 && k < pool.columns.get(a).size(); k++) {
            if (compatible(a, pool.columns.get(a).get(k))) {
                pick[0] = k;
            }
        }
        return pick[0];
    }
}
