package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The restricted master's linear relaxation: on random masters its duals are feasible (no negative reduced cost,
 * prices within the cover weights), so their value is a lower bound, and that value is within the perturbation of an
 * independent simplex (Hipparchus); its solution is a convex combination of columns per agent.
 */
class MasterLpTest {

    private record Master(int[] required, int[] under, int[] over, List<List<int[]>> uses, List<List<Long>> own) {
    }

    @Test
    void matchesAnIndependentSimplexAndProvesItselfOptimalByItsDuals() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 60; trial++) {
            // the first few the size of a four-week Curtois master (112 demands, 30 agents)
            Master m = trial < 3 ? master(random, 112, 30, 10)
                    : master(random, 3 + random.nextInt(10), 2 + random.nextInt(5), 1 + random.nextInt(8));
            int agents = m.uses().size();
            int[][] startUses = new int[agents][];
            double[] startCost = new double[agents];
            int[] startK = new int[agents];
            for (int a = 0; a < agents; a++) {
                startUses[a] = m.uses().get(a).getFirst();
                startCost[a] = m.own().get(a).getFirst();
            }
            MasterLp lp = new MasterLp(m.required(), Arrays.stream(m.under()).asDoubleStream().toArray(),
                    Arrays.stream(m.over()).asDoubleStream().toArray(), startUses, startCost, startK);
            // half the columns at first, the rest later: the warm start after new columns must stay right
            for (int a = 0; a < agents; a++) {
                for (int k = 1; k < m.uses().get(a).size() / 2; k++) {
                    lp.addColumn(a, k, m.uses().get(a).get(k), m.own().get(a).get(k));
                }
            }
            assertThat(lp.solve(Long.MAX_VALUE)).isTrue();
            for (int a = 0; a < agents; a++) {
                for (int k = Math.max(1, m.uses().get(a).size() / 2); k < m.uses().get(a).size(); k++) {
                    lp.addColumn(a, k, m.uses().get(a).get(k), m.own().get(a).get(k));
                }
            }
            assertThat(lp.solve(Long.MAX_VALUE)).isTrue();

            double exact = hipparchus(m);
            assertThat(lp.objective()).as("trial %d", trial).isCloseTo(exact, within(1e-2))
                    .isLessThanOrEqualTo(exact + 1e-6);
            assertThat(lp.leastReducedCost()).isGreaterThan(-1e-6);
            for (int i = 0; i < m.required().length; i++) {
                assertThat(lp.price(i)).isBetween(-m.over()[i] - 1e-6, m.under()[i] + 1e-6);
            }
            for (int a = 0; a < agents; a++) {
                double[] sum = {0};
                lp.forEachValue(a, (k, x) -> {
                    assertThat(x).isPositive();
                    sum[0] += x;
                });
                assertThat(sum[0]).isCloseTo(1, within(1e-9));
            }
        }
    }

    private static Master master(SplittableRandom random, int demands, int agents, int columns) {
        int[] required = new int[demands];
        int[] under = new int[demands];
        int[] over = new int[demands];
        for (int i = 0; i < demands; i++) {
            required[i] = random.nextInt(4);
            under[i] = 1 + random.nextInt(100);
            over[i] = random.nextInt(3);
        }
        List<List<int[]>> uses = new ArrayList<>();
        List<List<Long>> own = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            List<int[]> u = new ArrayList<>();
            List<Long> c = new ArrayList<>();
            for (int k = 0; k < columns; k++) {
                u.add(random.ints(0, demands).distinct().limit(random.nextInt(demands + 1)).sorted().toArray());
                c.add((long) random.nextInt(50));
            }
            uses.add(u);
            own.add(c);
        }
        return new Master(required, under, over, uses, own);
    }

    /** The same LP written out in full for Hipparchus's tableau simplex. */
    private static double hipparchus(Master m) {
        int demands = m.required().length;
        List<int[]> cols = new ArrayList<>();
        List<Long> costs = new ArrayList<>();
        List<Integer> agentOf = new ArrayList<>();
        for (int a = 0; a < m.uses().size(); a++) {
            for (int k = 0; k < m.uses().get(a).size(); k++) {
                cols.add(m.uses().get(a).get(k));
                costs.add(m.own().get(a).get(k));
                agentOf.add(a);
            }
        }
        int n = cols.size() + 2 * demands;
        double[] objective = new double[n];
        for (int j = 0; j < cols.size(); j++) {
            objective[j] = costs.get(j);
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < demands; i++) {
            objective[cols.size() + 2 * i] = m.under()[i];
            objective[cols.size() + 2 * i + 1] = m.over()[i];
            double[] row = new double[n];
            for (int j = 0; j < cols.size(); j++) {
                for (int d : cols.get(j)) {
                    row[j] += d == i ? 1 : 0;
                }
            }
            row[cols.size() + 2 * i] = 1;
            row[cols.size() + 2 * i + 1] = -1;
            constraints.add(new LinearConstraint(row, Relationship.EQ, m.required()[i]));
        }
        for (int a = 0; a < m.uses().size(); a++) {
            double[] row = new double[n];
            for (int j = 0; j < cols.size(); j++) {
                row[j] = agentOf.get(j) == a ? 1 : 0;
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, 1));
        }
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true))
                .getValue();
    }
}
