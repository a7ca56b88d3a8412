package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class ErlangProperties {

    /** Monotone in exact arithmetic; the 1e-12 allows the last-bit rounding once the level is 1 − 1e-16. */
    @Property(tries = 300)
    void serviceLevelRisesWithAgents(@ForAll @DoubleRange(min = 0.001, max = 5000) @Scale(3) double erlangs,
            @ForAll @DoubleRange(min = 10, max = 1000) double aht, @ForAll @DoubleRange(min = 5, max = 2000) double patience,
            @ForAll @IntRange(min = 0, max = 200) int extra) {
        int n = (int) Math.floor(erlangs) + 1 + extra;
        assertThat(ErlangC.evaluate(n + 1, erlangs, aht, 20).serviceLevel())
                .isGreaterThanOrEqualTo(ErlangC.evaluate(n, erlangs, aht, 20).serviceLevel() * (1 - 1e-12));
        QueueMeasures a = ErlangA.evaluate(n, erlangs, aht, patience, 20);
        QueueMeasures more = ErlangA.evaluate(n + 1, erlangs, aht, patience, 20);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(a.serviceLevel() * (1 - 1e-12));
        assertThat(more.abandonProbability()).isLessThanOrEqualTo(a.abandonProbability() * (1 + 1e-12));
    }

    @Property(tries = 400)
    void probabilitiesStayInTheUnitInterval(@ForAll @DoubleRange(min = 0.001, max = 100_000) @Scale(3) double erlangs,
            @ForAll @IntRange(min = 0, max = 150_000) int agents, @ForAll @DoubleRange(min = 1, max = 3600) double aht,
            @ForAll @DoubleRange(min = 1, max = 3600) double patience, @ForAll @DoubleRange(min = 0, max = 600) double t) {
        assertThat(ErlangB.blocking(agents, erlangs)).isBetween(0.0, 1.0);
        QueueMeasures c = ErlangC.evaluate(agents, erlangs, aht, t);
        QueueMeasures a = ErlangA.evaluate(agents, erlangs, aht, patience, t);
        for (QueueMeasures m : new QueueMeasures[] {c, a}) {
            assertThat(m.waitProbability()).isBetween(0.0, 1.0);
            assertThat(m.serviceLevel()).isBetween(0.0, 1.0);
            assertThat(m.serviceLevelOfAnswered()).isBetween(0.0, 1.0);
            assertThat(m.abandonProbability()).isBetween(0.0, 1.0);
            assertThat(m.occupancy()).isBetween(0.0, 1.0);
            assertThat(m.asa()).isNotNaN();
        }
        assertThat(a.asa()).isFinite();
    }

    @Property(tries = 200)
    void erlangATendsToErlangCAsPatienceGrows(@ForAll @DoubleRange(min = 0.01, max = 2000) double erlangs,
            @ForAll @IntRange(min = 1, max = 100) int extra, @ForAll @DoubleRange(min = 10, max = 600) double aht) {
        // near n = A the difference is of order θ·Lq·AHT: real, and slow to vanish, hence the very long patience
        int n = (int) Math.floor(erlangs) + extra;
        QueueMeasures c = ErlangC.evaluate(n, erlangs, aht, 20);
        QueueMeasures a = ErlangA.evaluate(n, erlangs, aht, aht * 1e12, 20);
        assertThat(a.waitProbability()).isCloseTo(c.waitProbability(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.abandonProbability()).isLessThan(1e-6);
    }

    @Property(tries = 200)
    void requiredAgentsAreMinimal(@ForAll @DoubleRange(min = 0.5, max = 3000) double contacts,
            @ForAll @DoubleRange(min = 30, max = 900) double aht, @ForAll @DoubleRange(min = 10, max = 900) double patience,
            @ForAll @DoubleRange(min = 0.5, max = 0.95) double sl, @ForAll @DoubleRange(min = 0.02, max = 0.2) double abandon,
            @ForAll @DoubleRange(min = 0.7, max = 1) double occupancy) {
        ServiceTargets targets = ServiceTargets.serviceLevel(sl, 20).withMaxAbandonment(abandon).withMaxOccupancy(occupancy);
        for (Workload w : new Workload[] {new Workload(contacts, 900, aht, patience),
                Workload.withoutAbandonment(contacts, 900, aht)}) {
            StaffingRequirement r = StaffingSolver.solve(w, targets);
            assertThat(targets.metBy(w.measures(r.agents(), 20))).isTrue();
            assertThat(r.agents() == 0 || !targets.metBy(w.measures(r.agents() - 1, 20))).isTrue();
        }
    }
}
