package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The exact joint choice of a few agents' rosters, checked against every combination: random masters with whole
 * reduced costs (as whole costs make them at the duals of a whole-valued relaxation), so the cheapest choice is
 * unique up to ties.
 */
class JointChoiceTest {

    private static final int DEMANDS = 6;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void findsTheCheapestCombinationOfRostersAndTheCoverTheyLeave(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int agents = 3 + random.nextInt(2);
        int[][][] uses = new int[agents][][];
        double[][] rc = new double[agents][];
        for (int k = 0; k < agents; k++) {
            int n = 2 + random.nextInt(6);
            uses[k] = new int[n][];
            rc[k] = new double[n];
            for (int j = 0; j < n; j++) {
                uses[k][j] = random.ints(0, DEMANDS).limit(random.nextInt(4)).distinct().sorted().toArray();
                rc[k][j] = j == 0 ? 0 : rc[k][j - 1] + random.nextInt(3);
            }
        }
        int[] base = random.ints(DEMANDS, 0, 2).toArray();
        int[] required = random.ints(DEMANDS, 0, 4).toArray();
        double[] shortRc = random.ints(DEMANDS, 0, 5).asDoubleStream().toArray();
        double[] overRc = random.ints(DEMANDS, 0, 3).asDoubleStream().toArray();
        double cheapest = Double.POSITIVE_INFINITY;
        int[] choice = new int[agents];
        for (long code = 0; code < combinations(rc); code++) {
            long rest = code;
            for (int k = 0; k < agents; k++) {
                choice[k] = (int) (rest % rc[k].length);
                rest /= rc[k].length;
            }
            cheapest = Math.min(cheapest, cost(choice, base, uses, rc, required, shortRc, overRc));
        }

        int[] found = choice(base, uses, rc, required, shortRc, overRc).cheapest(1_000);
        int[] none = choice(base, uses, rc, required, shortRc, overRc).cheapest(cheapest - 1 + JointChoice.TOLERANCE);

        assertThat(found).isNotNull();
        assertThat(cost(found, base, uses, rc, required, shortRc, overRc)).as(Arrays.toString(found))
                .isEqualTo(cheapest);
        assertThat(none).isNull();
    }

    private static JointChoice choice(int[] base, int[][][] uses, double[][] rc, int[] required, double[] shortRc,
            double[] overRc) {
        int[][] serves = new int[uses.length][DEMANDS];
        int[][] always = new int[uses.length][DEMANDS];
        for (int k = 0; k < uses.length; k++) {
            for (int d = 0; d < DEMANDS; d++) {
                int day = d;
                long times = Arrays.stream(uses[k]).filter(u -> Arrays.stream(u).anyMatch(x -> x == day)).count();
                serves[k][d] = times > 0 ? 1 : 0;
                always[k][d] = times == uses[k].length ? 1 : 0;
            }
        }
        return new JointChoice(base, uses, rc, serves, always, required, shortRc, overRc, Long.MAX_VALUE,
                Long.MAX_VALUE);
    }

    private static double cost(int[] choice, int[] base, int[][][] uses, double[][] rc, int[] required,
            double[] shortRc, double[] overRc) {
        int[] count = base.clone();
        double cost = 0;
        for (int k = 0; k < choice.length; k++) {
            cost += rc[k][choice[k]];
            for (int d : uses[k][choice[k]]) {
                count[d]++;
            }
        }
        for (int d = 0; d < DEMANDS; d++) {
            cost += count[d] < required[d] ? shortRc[d] * (required[d] - count[d])
                    : overRc[d] * (count[d] - required[d]);
        }
        return cost;
    }

    private static long combinations(double[][] rc) {
        return Arrays.stream(rc).mapToLong(r -> r.length).reduce(1, (a, b) -> a * b);
    }
}
