package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static io.homeshore.scheduling.solver.search.ColumnPoolTest.DEMANDS;
import static io.homeshore.scheduling.solver.search.ColumnPoolTest.row;
import static io.homeshore.scheduling.solver.search.ColumnPoolTest.shifts;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Shift;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Price and dive on an odd cycle, the smallest master whose relaxation is fractional: three agents and the three days
 * of {@link ColumnPoolTest}, one early shift wanted each day, and each agent may work two of the days (A days 0 and 1,
 * B days 1 and 2, C days 0 and 2) or none. Half of every working roster covers each day exactly (LP value 0); any
 * whole choice leaves a day short or one over.
 */
class AssignmentDiveTest {

    private static final boolean[][] WORKS = {{true, true, false}, {false, true, true}, {true, false, true}};

    @Test
    void divesFromAFractionalRelaxationToAWholePlanWithEveryAgentOnOneColumnKeepingItsFixedDays() {
        AgentDay[][] grid = {row("A"), row("B"), row("C")};
        ColumnPool pool = new ColumnPool(grid, Map.of());
        int[] start = new int[3];
        for (int a = 0; a < 3; a++) {
            start[a] = pool.add(a, shifts(grid[a], new boolean[3]));
        }
        MasterLp lp = pool.relaxation(start, null);
        double[] price = new double[DEMANDS.size()];
        List<AssignmentDive> seen = new ArrayList<>();
        // the pricing: each agent's better roster of its two at the prices, the dive's fixed days forced
        AssignmentDive.Pricer pricer = dive -> {
            seen.add(dive);
            Shift[][] best = new Shift[3][];
            for (int a = 0; a < 3; a++) {
                RosterPricing.DayValue worth = dive == null ? pool.worth(a, price)
                        : dive.restrict(a, pool.worth(a, price));
                Shift[] work = shifts(grid[a], WORKS[a]);
                Shift[] off = shifts(grid[a], new boolean[3]);
                best[a] = value(worth, work) >= value(worth, off) ? work : off;
            }
            return best;
        };
        for (int round = 0; round < 3; round++) {
            lp.solve(Long.MAX_VALUE);
            for (int i = 0; i < price.length; i++) {
                price[i] = lp.price(i);
            }
            Shift[][] found = pricer.price(null);
            for (int a = 0; a < 3; a++) {
                pool.add(a, found[a]);
            }
            pool.extend(lp, null);
        }
        assertThat(lp.solve(Long.MAX_VALUE)).isTrue();
        assertThat(lp.objective()).isCloseTo(0, within(1e-3));

        AssignmentDive dive = new AssignmentDive(grid, null);
        int[] chosen = dive.run(pool, lp, price, Long.MAX_VALUE, pricer);

        assertThat(chosen).isNotNull();
        for (int a = 0; a < 3; a++) {
            assertThat(dive.done(a)).isTrue();
            assertThat(dive.compatible(a, pool.columns.get(a).get(chosen[a]))).isTrue();
        }
        assertThat(seen).contains(dive);
        // ties go to working: every agent works, each day has one too many and none is short
        assertThat(pool.cost(chosen)).isEqualTo(3);
    }

    @Test
    void aFixedDayMakesEveryOtherChoiceThatDayWorthless() {
        AgentDay[][] grid = {row("A"), row("B"), row("C")};
        ColumnPool pool = new ColumnPool(grid, Map.of());
        int work = pool.add(0, shifts(grid[0], WORKS[0]));
        int off = pool.add(0, shifts(grid[0], new boolean[3]));
        for (int a = 1; a < 3; a++) {
            pool.add(a, shifts(grid[a], WORKS[a]));
        }
        MasterLp lp = pool.relaxation(new int[] {work, 0, 0}, null);
        lp.solve(Long.MAX_VALUE);
        AssignmentDive dive = new AssignmentDive(grid, null);
        double[] price = new double[DEMANDS.size()];
        dive.run(pool, lp, price, Long.MAX_VALUE, d -> new Shift[3][]);

        // B and C cover every day between them: A resting costs 1 (one day over), working 3. Resting is whole in the
        // relaxation, so A's days are fixed to rest and the working roster breaks them
        assertThat(dive.compatible(0, pool.columns.get(0).get(off))).isTrue();
        assertThat(dive.compatible(0, pool.columns.get(0).get(work))).isFalse();
        RosterPricing.DayValue restricted = dive.restrict(0, (d, s) -> 5);
        assertThat(restricted.of(0, null)).isEqualTo(5);
        assertThat(restricted.of(0, grid[0][0].getOptions().get(0))).isLessThan(-1e6);
    }

    private static double value(RosterPricing.DayValue worth, Shift[] roster) {
        double v = 0;
        for (int d = 0; d < roster.length; d++) {
            v += worth.of(d, roster[d]);
        }
        return v;
    }
}
