package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws the queueing maths must obey for any load, checked on generated inputs. */
class ErlangProperties {

    @Property(tries = 300)
    void serviceLevelRisesWithEveryExtraAgent(@ForAll @DoubleRange(min = 0.01, max = 2000) double traffic,
                                             @ForAll @IntRange(min = 1, max = 50) int above,
                                             @ForAll @DoubleRange(min = 10, max = 900) double patience) {
        int n = (int) Math.floor(traffic) + above;
        double aht = 240;
        assertThat(ErlangC.measures(n + 1, traffic, aht, 20).serviceLevel()).isGreaterThanOrEqualTo(ErlangC.measures(n, traffic, aht, 20).serviceLevel());
        Measures fewer = ErlangA.measures(n, traffic / aht, aht, patience, 20);
        Measures more = ErlangA.measures(n + 1, traffic / aht, aht, patience, 20);
        assertThat(more.serviceLevel()).isGreaterThanOrEqualTo(fewer.serviceLevel() - 1e-12);
        assertThat(more.probabilityAbandon()).isLessThanOrEqualTo(fewer.probabilityAbandon() + 1e-12);
    }

    @Property(tries = 300)
    void probabilitiesStayBetweenZeroAndOne(@ForAll @DoubleRange(min = 0.001, max = 5000) @net.jqwik.api.constraints.Scale(4) double traffic,
                                           @ForAll @IntRange(min = 0, max = 6000) int agents,
                                           @ForAll @DoubleRange(min = 5, max = 3600) double patience,
                                           @ForAll @DoubleRange(min = 0, max = 600) double target) {
        double aht = 300;
        Measures a = ErlangA.measures(agents, traffic / aht, aht, patience, target);
        for (double p : new double[] {a.probabilityWait(), a.probabilityAbandon(), a.serviceLevel(), a.serviceLevelOfAnswered(), a.occupancy()}) {
            assertThat(p).isBetween(0.0, 1.0);
        }
        assertThat(ErlangB.blocking(agents, traffic)).isBetween(0.0, 1.0);
        if (agents > traffic) assertThat(ErlangC.probabilityWait(agents, traffic)).isBetween(0.0, 1.0);
    }

    @Property(tries = 200)
    void erlangATendsToErlangCAsPatienceGrows(@ForAll @DoubleRange(min = 0.5, max = 500) double traffic,
                                              @ForAll @IntRange(min = 1, max = 30) int above) {
        int n = (int) Math.floor(traffic) + above;
        double aht = 200;
        Measures c = ErlangC.measures(n, traffic, aht, 20);
        Measures a = ErlangA.measures(n, traffic / aht, aht, 1e9, 20);
        assertThat(a.probabilityWait()).isCloseTo(c.probabilityWait(), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(a.serviceLevel()).isCloseTo(c.serviceLevel(), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Property(tries = 200)
    void theRequiredAgentCountIsMinimal(@ForAll @DoubleRange(min = 1, max = 3000) double contacts,
                                        @ForAll @DoubleRange(min = 0.5, max = 0.95) double serviceLevel,
                                        @ForAll @DoubleRange(min = 60, max = 900) double patience,
                                        @ForAll boolean impatient) {
        var demand = new Demand(contacts, 900, 300, impatient ? patience : null);
        var targets = new Targets(serviceLevel, 20, Targets.Basis.ALL_ARRIVALS, null, impatient ? 0.1 : null, 0.95, 0.25);
        Requirement r = StaffingSolver.solve(demand, targets);
        assertThat(r.status()).isEqualTo(Requirement.Status.MET);
        assertThat(targets.metBy(r.achieved())).isTrue();
        int fewer = r.agents() - 1;
        if (fewer >= 1 && (impatient || fewer > demand.traffic())) {
            Measures m = impatient ? ErlangA.measures(fewer, demand.arrivalRate(), 300, patience, 20) : ErlangC.measures(fewer, demand.traffic(), 300, 20);
            assertThat(targets.metBy(m)).as("one agent fewer (%d) must miss a target", fewer).isFalse();
        }
        assertThat(r.scheduled()).isEqualTo((int) Math.ceil(r.agents() / 0.75 - 1e-9));
    }
}
