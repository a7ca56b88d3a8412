package io.homeshore.scheduling.solver.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Shift;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

/**
 * Counts that can no longer reach their limit are raised to compare equal; counts that still can are kept. The
 * pricing stays exact with it: {@link RosterPricingTest} checks it against every roster of a short horizon.
 */
class HeadroomTest {

    /** Ten days from a Monday (one weekend, days 5 and 6), no leave; at most 6 shifts, 3 lates and 1 weekend. */
    private final AgentDay[] row = RosterPricingTest.row(-1);
    private final List<List<Shift>> choices = Arrays.stream(row).map(AgentDay::getOptions).toList();
    private final LimitedTypes types = new LimitedTypes(row, RosterPricingTest.CONTRACT);
    private final Headroom headroom = new Headroom(row, choices, new boolean[row.length], RosterPricingTest.CONTRACT,
            types, true);

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
    void weekendsCountEqualOnceNoneIsLeft() {
        // the only weekend is over after day 6: not having worked it is worth as much as having worked it
        PricingLayer off = label(6, 0, 0);
        PricingLayer worked = label(6, 0, 1);

        headroom.clamp(off, 0, 6);
        headroom.clamp(worked, 0, 6);

        assertThat(off.weekends[0]).isEqualTo(1);
        assertThat(worked.weekends[0]).isEqualTo(1);
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
