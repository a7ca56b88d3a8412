package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Shift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Counts that can no longer reach their limit are raised to compare equal; counts that still can are kept. The
 * pricing stays exact with it: {@link RosterPricingTest} checks it against every roster of a short horizon.
 */
class HeadroomTest {

    /** Ten days from a Monday, no leave; at most 6 shifts and 3 lates. */
    private final AgentDay[] row = RosterPricingTest.row(-1);
    private final LimitedTypes types = new LimitedTypes(row, RosterPricingTest.CONTRACT);
    private final Headroom headroom = new Headroom(row, options(row), new boolean[row.length],
            RosterPricingTest.CONTRACT, types);

    @Test
    void aCountThatCanStillReachItsLimitIsKept() {
        // after day 2 with two shifts: four more fit the 6-shift limit, enough to reach 3 lates from 0
        PricingLayer layer = label(2, 0, 0);

        headroom.clamp(layer, 0, 2);

        assertThat(layer.counts[0]).isZero();
        assertThat(layer.weekends[0]).isZero();
    }

    @Test
    void aCountThatCanNoLongerReachItsLimitIsRaisedToTheLowestSuch() {
        // after day 4 with four shifts: two more fit, so 0 or 1 late can never reach 3: both count as 1
        PricingLayer none = label(4, 0, 0);
        PricingLayer one = label(4, 1, 0);
        PricingLayer two = label(4, 2, 0);

        headroom.clamp(none, 0, 4);
        headroom.clamp(one, 0, 4);
        headroom.clamp(two, 0, 4);

        assertThat(none.counts[0]).isEqualTo(1);
        assertThat(one.counts[0]).isEqualTo(1);
        assertThat(two.counts[0]).isEqualTo(2);
    }

    @Test
    void weekendsCountEqualOnceNoShiftIsLeft() {
        // two weeks (two weekends), at most one worked: after day 6, with two shifts left, having worked the first
        // weekend still matters; with none left, it does not
        AgentDay[] twoWeeks = RosterPricingTest.row(14, -1, true);
        Headroom weeks = new Headroom(twoWeeks, options(twoWeeks), new boolean[14], RosterPricingTest.CONTRACT,
                new LimitedTypes(twoWeeks, RosterPricingTest.CONTRACT));
        PricingLayer off = label(4, 0, 0);
        PricingLayer worked = label(4, 0, 1);
        PricingLayer offSpent = label(6, 0, 0);
        PricingLayer workedSpent = label(6, 0, 1);

        for (PricingLayer layer : List.of(off, worked, offSpent, workedSpent)) {
            weeks.clamp(layer, 0, 6);
        }

        assertThat(weeks.weekendsLimited()).isTrue();
        assertThat(off.weekends[0]).isZero();
        assertThat(worked.weekends[0]).isEqualTo(1);
        assertThat(offSpent.weekends[0]).isEqualTo(1);
        assertThat(workedSpent.weekends[0]).isEqualTo(1);
    }

    /** With weekends limited (two weeks, one weekend at most), the pricing is still the best of all rosters. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void pricingStaysExactWithWeekendsLimited(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AgentDay[] twoWeeks = RosterPricingTest.row(14, random.nextInt(14), false);
        double[][] worth = new double[14][2];
        for (double[] day : worth) {
            day[0] = random.nextInt(-20, 60);
            day[1] = random.nextInt(-20, 60);
        }
        RosterPricing.DayValue value = (d, s) -> worth[d][s == null ? 1 : 0];

        Shift[] priced = RosterPricing.best(twoWeeks, RosterPricingTest.CONTRACT, value, random, null,
                RosterPricing.MAX_LABELS);

        double best = Double.NEGATIVE_INFINITY;
        Shift[] roster = new Shift[14];
        for (int code = 0; code < 1 << 14; code++) {
            for (int d = 0; d < 14; d++) {
                List<Shift> options = twoWeeks[d].getOptions();
                roster[d] = (code >> d & 1) == 1 && !options.isEmpty() ? options.getFirst() : null;
            }
            if (RosterPricingTest.breaches(twoWeeks, roster) == 0) {
                best = Math.max(best, RosterPricingTest.total(value, roster));
            }
        }
        assertThat(RosterPricingTest.breaches(twoWeeks, priced)).isZero();
        assertThat(RosterPricingTest.total(value, priced)).isEqualTo(best);
    }

    private static List<List<Shift>> options(AgentDay[] row) {
        return Arrays.stream(row).map(AgentDay::getOptions).toList();
    }

    private PricingLayer label(int shifts, int lates, int weekends) {
        PricingLayer layer = new PricingLayer(types.size(), 12, false, true, 1);
        int k = layer.stage();
        layer.minutes[k] = shifts * 480;
        layer.counts[k] = lates;
        layer.weekends[k] = weekends;
        return layer;
    }
}
