package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.search.RosterPricingTest.CONTRACT;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.breaches;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.problem;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.row;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.search.RosterPricingTest.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

/**
 * The relaxed pricing against the exact one on short horizons whose every resource binds (minutes, late shifts,
 * weekends: {@link RosterPricingTest#CONTRACT}).
 */
class RelaxedPricingTest {

    private static final int SEEDS = 40;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void itsRostersKeepEveryRuleAndAreWorthNoMoreThanTheBest(int seed) {
        Problem p = problem(seed);
        Shift[] exact = p.exact();

        List<Shift[]> rosters = RelaxedPricing.best(p.row(), CONTRACT, p.value(), p.random(), null,
                new RelaxedPricing.Multipliers(), 3);

        for (int i = 0; i < rosters.size(); i++) {
            assertThat(breaches(p.row(), rosters.get(i))).as("roster %d", i).isZero();
            assertThat(total(p.value(), rosters.get(i))).isLessThanOrEqualTo(total(p.value(), exact));
            if (i > 0) {
                assertThat(total(p.value(), rosters.get(i)))
                        .isLessThanOrEqualTo(total(p.value(), rosters.get(i - 1)));
            }
        }
    }

    /** Not exact, but close: over many random problems it mostly finds the best roster, and never misses by much. */
    @Test
    void findsTheBestRosterOnMostProblems() {
        int found = 0;
        double missed = 0;
        double best = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            Problem p = problem(seed);
            double exact = total(p.value(), p.exact());
            double relaxed = total(p.value(), RelaxedPricing.best(p.row(), CONTRACT, p.value(), p.random(), null,
                    new RelaxedPricing.Multipliers(), 1).getFirst());
            found += relaxed == exact ? 1 : 0;
            missed += exact - relaxed;
            best += exact;
        }
        assertThat(found).isGreaterThanOrEqualTo(SEEDS * 3 / 4);
        assertThat(missed / best).isLessThan(0.02);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void givesBackTheKnownRosterWhenItFindsNothingBetter(int seed) {
        Problem p = problem(seed);
        Shift[] known = p.exact();

        List<Shift[]> rosters = RelaxedPricing.best(p.row(), CONTRACT, p.value(), p.random(), known,
                new RelaxedPricing.Multipliers(), 3);

        assertThat(total(p.value(), rosters.getFirst())).isEqualTo(total(p.value(), known));
        assertThat(breaches(p.row(), rosters.getFirst())).isZero();
    }
}
