package io.homeshore.scheduling.solver.search;

import static io.homeshore.scheduling.solver.search.RosterPricingTest.CONTRACT;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.DAYS;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.breaches;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.problem;
import static io.homeshore.scheduling.solver.search.RosterPricingTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.Shift;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The listing of every roster worth at least a floor, checked against all rosters of the ten-day horizon of
 * {@link RosterPricingTest} (runs of 2–4 days, 2 days off at least, one weekend, at most 3 lates, 4 to 6 shifts).
 */
class RosterEnumerationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void listsExactlyTheRostersKeepingEveryRuleWorthAtLeastTheFloor(int seed) {
        RosterPricingTest.Problem p = problem(seed);
        double floor = total(p.value(), p.exact()) - 40;

        RosterEnumeration listing = RosterEnumeration.within(p.row(), CONTRACT, p.value(), floor, 100_000,
                10_000_000);

        Set<String> expected = new HashSet<>();
        for (Shift[] roster : allRosters(p)) {
            if (breaches(p.row(), roster) == 0 && total(p.value(), roster) >= floor) {
                expected.add(Arrays.toString(roster));
            }
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < listing.rosters.size(); i++) {
            Shift[] roster = listing.roster(i);
            listed.add(Arrays.toString(roster));
            assertThat(listing.worth.get(i)).isEqualTo(total(p.value(), roster));
        }
        assertThat(listing.overflow).isFalse();
        assertThat(expected).isNotEmpty();
        assertThat(listed).hasSameSizeAs(listing.rosters).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void saysSoWhenThereAreMoreRostersThanAllowed(int seed) {
        RosterPricingTest.Problem p = problem(seed);
        double floor = total(p.value(), p.exact()) - 40;
        int all = RosterEnumeration.within(p.row(), CONTRACT, p.value(), floor, 100_000, 10_000_000).rosters.size();

        RosterEnumeration capped = RosterEnumeration.within(p.row(), CONTRACT, p.value(), floor, all - 1,
                10_000_000);

        assertThat(capped.overflow).isTrue();
        assertThat(capped.rosters).hasSize(all - 1);
        assertThat(RosterEnumeration.within(p.row(), CONTRACT, p.value(), floor, all, 10_000_000).overflow)
                .isFalse();
    }

    /** Every way to fill the ten days with an early, a late or a day off (options a day lacks count as off). */
    private static List<Shift[]> allRosters(RosterPricingTest.Problem p) {
        List<Shift[]> all = new ArrayList<>();
        for (int code = 0; code < Math.pow(3, DAYS); code++) {
            Shift[] roster = new Shift[DAYS];
            int rest = code;
            for (int d = 0; d < DAYS; d++, rest /= 3) {
                roster[d] = rest % 3 == 2 || rest % 3 >= p.row()[d].getOptions().size() ? null
                        : p.row()[d].getOptions().get(rest % 3);
            }
            all.add(roster);
        }
        return all;
    }
}
