package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Shift;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Branch and bound over listed rosters, checked against every combination: random lists of four-day rosters (each
 * day rest, an early or a late shift, each shift on each day one demand), with whole reduced costs as at the duals of
 * a whole-valued relaxation, so the cheapest plan is known exactly.
 */
class ListedBranchingTest {

    private static final int DAYS = 4;

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTheCheapestPlanAndProvesNoneIsCheaper(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Shift[][] options = new Shift[DAYS][2];
        for (int d = 0; d < DAYS; d++) {
            for (int o = 0; o < 2; o++) {
                options[d][o] = new Shift((o == 0 ? "E" : "L") + d, null, d, o == 0 ? 420 : 900, 480, null);
            }
        }
        int agents = 3 + random.nextInt(3);
        Shift[][][] rosters = new Shift[agents][][];
        int[][][] uses = new int[agents][][];
        double[][] rc = new double[agents][];
        for (int a = 0; a < agents; a++) {
            int n = 2 + random.nextInt(7);
            rosters[a] = new Shift[n][DAYS];
            uses[a] = new int[n][];
            rc[a] = new double[n];
            for (int j = 0; j < n; j++) {
                int[] served = new int[DAYS];
                int count = 0;
                for (int d = 0; d < DAYS; d++) {
                    int o = random.nextInt(3) - 1; // -1: rest
                    rosters[a][j][d] = o < 0 ? null : options[d][o];
                    if (o >= 0) {
                        served[count++] = 2 * d + o;
                    }
                }
                uses[a][j] = Arrays.copyOf(served, count);
                rc[a][j] = j == 0 ? 0 : rc[a][j - 1] + random.nextInt(3);
            }
        }
        int[] required = random.ints(2 * DAYS, 0, 3).toArray();
        double[] shortRc = random.ints(2 * DAYS, 0, 5).asDoubleStream().toArray();
        double[] overRc = random.ints(2 * DAYS, 0, 3).asDoubleStream().toArray();
        RosterLists lists = new RosterLists(new double[2 * DAYS], 0, new double[agents], rosters, uses, rc, required,
                shortRc, overRc, true);
        double cheapest = Double.POSITIVE_INFINITY;
        int[] choice = new int[agents];
        long combinations = Arrays.stream(rc).mapToLong(r -> r.length).reduce(1, (x, y) -> x * y);
        for (long code = 0; code < combinations; code++) {
            long rest = code;
            for (int a = 0; a < agents; a++) {
                choice[a] = (int) (rest % rc[a].length);
                rest /= rc[a].length;
            }
            cheapest = Math.min(cheapest, cost(lists, choice));
        }

        ListedBranching search = new ListedBranching(lists, Long.MAX_VALUE, () -> false);
        Shift[][] found = search.cheapest(1_000, false);
        ListedBranching proof = new ListedBranching(lists, Long.MAX_VALUE, () -> false);
        Shift[][] none = proof.cheapest(cheapest - 1 + JointChoice.TOLERANCE, false);

        assertThat(found).isNotNull();
        assertThat(search.agents()).containsExactly(IntStream.range(0, agents).toArray());
        int[] picked = new int[agents];
        for (int a = 0; a < agents; a++) {
            int agent = a;
            picked[a] = IntStream.range(0, rosters[a].length).filter(j -> rosters[agent][j] == found[agent])
                    .findFirst().orElseThrow();
        }
        assertThat(cost(lists, picked)).as(Arrays.toString(picked)).isEqualTo(cheapest);
        assertThat(search.ended()).isTrue();
        assertThat(none).isNull();
        assertThat(proof.ended()).isTrue();
    }

    private static double cover(RosterLists lists, int[] count) {
        double cost = 0;
        for (int i = 0; i < count.length; i++) {
            int gap = lists.required[i] - count[i];
            cost += gap > 0 ? gap * lists.shortRc[i] : -gap * lists.overRc[i];
        }
        return cost;
    }

    private static double cost(RosterLists lists, int[] choice) {
        int[] count = new int[lists.required.length];
        double cost = 0;
        for (int a = 0; a < choice.length; a++) {
            cost += lists.rc[a][choice[a]];
            for (int i : lists.uses[a][choice[a]]) {
                count[i]++;
            }
        }
        return cost + cover(lists, count);
    }
}
