package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Construction by Lagrangian relaxation of the day cover (for problems whose cover is per day and shift type, as in
 * Curtois &amp; Qu 2014): each demand gets a price, every agent's best roster at those prices is found exactly
 * ({@link RosterPricing}), and the prices follow the subgradient — up where too few work, down where too many
 * (Fisher 1981, "The Lagrangian relaxation method for solving integer programming problems", Mgmt Sci 27). Every
 * iteration's rosters are kept per agent as columns; a descent then picks one column per agent against the exact
 * cover cost (a restricted master problem solved by local search, as in price-and-branch heuristics). The best plan
 * found, if better than the working one, becomes the working plan.
 */
public final class LagrangianConstruction implements PhaseCommand<Schedule> {

    /** Iterations without a better bound after which the step shrinks by half. */
    private static final int PATIENCE = 10;
    /** Agents priced to judge whether the relaxation is affordable. */
    private static final int SAMPLE = 3;
    /** Fewest iterations the budget must allow, or the relaxation is not run. */
    private static final int MIN_ITERATIONS = 30;
    /** Iterations between two descents over the columns. */
    private static final int DESCENT_EVERY = 10;
    /** Step size below which the prices count as converged and are shaken for new columns. */
    private static final double MIN_THETA = 1e-3;
    /** How far a restart shakes each price, as a share of the demand's under-cover weight. */
    private static final double RESTART_NOISE = Double.parseDouble(System.getProperty("homeshore.scheduling.restartNoise", "0.5"));
    /** Moves per annealing over the columns. */
    private static final long ANNEAL_MOVES = Long.getLong("homeshore.scheduling.annealMoves", 200_000);

    private final long budgetNanos;

    public LagrangianConstruction(Duration budget) {
        this.budgetNanos = budget.toNanos();
    }

    @Override
    public void changeWorkingSolution(PhaseCommandContext<Schedule> context) {
        long deadline = System.nanoTime() + budgetNanos;
        Schedule schedule = context.getWorkingSolution();
        if (schedule.getCoverage() != null && !schedule.getCoverage().isEmpty()) {
            return;
        }
        AgentDay[][] grid = AgentDays.grid(schedule);
        Map<AgentDay, List<ShiftRequest>> byDay = AgentDays.requestsByDay(schedule, grid);
        Master master = new Master(grid, byDay);
        if (master.demands.isEmpty()) {
            return;
        }
        SplittableRandom random = new SplittableRandom(2);
        int[] incumbent = master.addCurrent();
        long best = master.cost(incumbent);
        long startCost = best;
        double[] price = new double[master.demands.size()];
        int[] count = master.count(incumbent);
        for (int i = 0; i < price.length; i++) {
            ShiftDemand d = master.demands.get(i);
            price[i] = count[i] < d.required() ? d.underWeight() : -d.overWeight();
        }
        if (!affordable(grid, master, price, random, deadline)) {
            return;
        }
        double theta = 1.0;
        double bound = Double.NEGATIVE_INFINITY;
        int idle = 0;
        for (int it = 1; !context.isPhaseTerminated() && System.nanoTime() < deadline; it++) {
            double lagrangian = 0;
            int[] picked = new int[grid.length];
            Shift[][] rosters = new Shift[grid.length][];
            SplittableRandom[] randoms = new SplittableRandom[grid.length];
            for (int a = 0; a < grid.length; a++) {
                randoms[a] = random.split();
            }
            IntStream.range(0, grid.length).parallel().filter(a -> grid[a].length > 0).forEach(a -> {
                if (System.nanoTime() >= deadline || context.isPhaseTerminated()) {
                    return;
                }
                RosterPricing.DayValue worth = master.worth(a, price);
                rosters[a] = RosterPricing.best(grid[a], grid[a][0].getAgent().contract(), worth, randoms[a],
                        master.richest(a, worth));
            });
            if (IntStream.range(0, grid.length).anyMatch(a -> grid[a].length > 0 && rosters[a] == null)) {
                break;
            }
            for (int a = 0; a < grid.length; a++) {
                if (rosters[a] != null) {
                    RosterPricing.DayValue worth = master.worth(a, price);
                    for (int d = 0; d < rosters[a].length; d++) {
                        lagrangian -= worth.of(d, rosters[a][d]);
                    }
                    picked[a] = master.add(a, rosters[a]);
                }
            }
            count = master.count(picked);
            double norm = 0;
            for (int i = 0; i < price.length; i++) {
                ShiftDemand d = master.demands.get(i);
                lagrangian += price[i] * d.required();
                double g = d.required() - count[i];
                norm += g * g;
            }
            if (lagrangian > bound + 1e-9) {
                bound = lagrangian;
                idle = 0;
            } else if (++idle >= PATIENCE) {
                theta /= 2;
                idle = 0;
            }
            long cost = master.cost(picked);
            if (cost < best) {
                best = cost;
                incumbent = picked;
            }
            if (it % DESCENT_EVERY == 0) {
                for (int[] start : List.of(master.descend(picked.clone(), random), incumbent)) {
                    int[] improved = master.anneal(start, random, ANNEAL_MOVES);
                    long c = master.cost(improved);
                    if (c < best) {
                        best = c;
                        incumbent = improved;
                    }
                }
            }
            if (norm == 0 || theta < MIN_THETA) {
                theta = 1;
                for (int i = 0; i < price.length; i++) {
                    ShiftDemand d = master.demands.get(i);
                    price[i] = Math.max(-d.overWeight(), Math.min(d.underWeight(),
                            price[i] + (random.nextDouble() - 0.5) * d.underWeight() * RESTART_NOISE));
                }
                continue;
            }
            double step = theta * Math.max(1, best - bound) / norm;
            for (int i = 0; i < price.length; i++) {
                ShiftDemand d = master.demands.get(i);
                price[i] = Math.max(-d.overWeight(), Math.min(d.underWeight(), price[i] + step * (d.required() - count[i])));
            }
        }
        incumbent = master.descend(master.anneal(incumbent, random, ANNEAL_MOVES * 10), random);
        if (master.cost(incumbent) < startCost) {
            Shift[][] plan = new Shift[grid.length][];
            List<Integer> order = new ArrayList<>();
            for (int a = 0; a < grid.length; a++) {
                if (grid[a].length > 0) {
                    plan[a] = master.columns.get(a).get(incumbent[a]);
                    order.add(a);
                }
            }
            RosterConstruction.publish(context, grid, order, plan);
        }
    }

    /**
     * Whether the relaxation can run {@link #MIN_ITERATIONS} iterations in its budget, judged by pricing a few
     * agents: on long horizons with many shift types one iteration can take seconds, and the time is better left to
     * local search.
     */
    private static boolean affordable(AgentDay[][] grid, Master master, double[] price, SplittableRandom random,
            long deadline) {
        long start = System.nanoTime();
        int sampled = 0;
        for (int a = 0; a < grid.length && sampled < SAMPLE; a++) {
            if (grid[a].length > 0) {
                RosterPricing.DayValue worth = master.worth(a, price);
                RosterPricing.best(grid[a], grid[a][0].getAgent().contract(), worth, random, master.richest(a, worth));
                sampled++;
            }
        }
        long perIteration = (System.nanoTime() - start) / Math.max(1, sampled) * grid.length
                / Math.max(1, Runtime.getRuntime().availableProcessors());
        return perIteration * MIN_ITERATIONS < deadline - System.nanoTime();
    }

    /**
     * The columns (rosters) found per agent, the demands they serve, and the exact cost of a choice of one column per
     * agent: the cover terms of the demands plus each roster's hard penalty and missed wishes. A roster that breaks
     * a rule costs {@link #HARD} per breach, so a plan breaking none is always preferred.
     */
    private static final class Master {
        static final long HARD = 1_000_000;

        final AgentDay[][] grid;
        final List<ShiftDemand> demands = new ArrayList<>();
        final Map<ShiftDemand, Integer> index = new IdentityHashMap<>();
        final List<List<Shift[]>> columns = new ArrayList<>();
        final List<List<int[]>> uses = new ArrayList<>();
        final List<List<Long>> own = new ArrayList<>();
        final List<Map<Integer, List<ShiftRequest>>> requests = new ArrayList<>();

        Master(AgentDay[][] grid, Map<AgentDay, List<ShiftRequest>> byDay) {
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
            long cost = HARD * (RosterDraft.hoursOwed(row, roster, c) + RosterBreaches.count(row, roster, c));
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
            return n < d.required() ? (long) (d.required() - n) * d.underWeight() : (long) (n - d.required()) * d.overWeight();
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
}
