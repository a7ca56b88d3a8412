package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.search.ColumnPoolTest.row;
import static io.homeshore.scheduling.solver.search.ColumnPoolTest.shifts;
import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.AgentDay;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The search over every roster that could belong to a better plan, on the three days of {@link ColumnPoolTest} (one
 * early shift wanted each day, 10 for a day short, 1 for an agent too many) with three agents free to work any days.
 */
class ReducedCostSearchTest {

    @Test
    void findsTheBestPlanFromTheWorstAndProvesItOptimal() {
        AgentDay[][] grid = {row("A"), row("B"), row("C")};
        ColumnPool pool = new ColumnPool(grid, Map.of());
        int[] idle = new int[3];
        for (int a = 0; a < 3; a++) {
            idle[a] = pool.add(a, shifts(grid[a], false, false, false));
        }
        assertThat(pool.cost(idle)).isEqualTo(30);
        // the duals of the relaxation, whose optimum covers each day once: no day needs a price
        double[] duals = {0, 0, 0};

        ReducedCostSearch search = ReducedCostSearch.build(pool, duals, pool.cost(idle), Long.MAX_VALUE);
        int[] best = search.improve(idle, new SplittableRandom(1), Long.MAX_VALUE, () -> false);

        assertThat(search.bound()).isZero();
        assertThat(pool.cost(best)).isZero();
        assertThat(ReducedCostSearch.build(pool, duals, pool.cost(best), Long.MAX_VALUE)).isNull();
    }
}
