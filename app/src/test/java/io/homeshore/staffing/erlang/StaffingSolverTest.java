package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingSolverTest {

    static final Targets EIGHTY_TWENTY = new Targets(0.8, 20, Targets.Basis.ALL_ARRIVALS, null, null, 0.85, 0);

    @Test
    void needsFourteenAgentsForEightyTwentyAtTenErlangs() {
        Requirement r = StaffingSolver.solve(new Demand(100, 1800, 180, null), EIGHTY_TWENTY);
        assertThat(r.agents()).isEqualTo(14);
        assertThat(r.achieved().serviceLevel()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void zeroContactsNeedNobody() {
        Requirement r = StaffingSolver.solve(new Demand(0, 900, 300, 120.0), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Requirement.Status.NO_CONTACTS);
        assertThat(r.agents()).isZero();
    }

    @Test
    void aVeryLongHandleTimeIsStillAnsweredExactly() {
        // 40 contacts of 4 hours each in 15 minutes: 640 Erlangs
        Requirement r = StaffingSolver.solve(new Demand(40, 900, 14_400, null), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Requirement.Status.MET);
        assertThat(r.agents()).isGreaterThan(640).isLessThan(760);
    }

    @Test
    void aTargetNoAgentCountCanMeetIsReportedAsUnreachable() {
        // 10 million Erlangs: more than MAX_AGENTS would be needed
        Requirement r = StaffingSolver.solve(new Demand(10_000_000, 900, 900, null), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Requirement.Status.UNREACHABLE);
    }

    @Test
    void theAbandonmentTargetCanBeTheOneThatBinds() {
        var onlyAbandon = new Targets(null, 20, null, null, 0.01, null, 0);
        var loose = new Targets(null, 20, null, null, 0.2, null, 0);
        var demand = new Demand(200, 900, 300, 60.0);
        assertThat(StaffingSolver.solve(demand, onlyAbandon).agents()).isGreaterThan(StaffingSolver.solve(demand, loose).agents());
        assertThat(StaffingSolver.solve(demand, onlyAbandon).achieved().probabilityAbandon()).isLessThanOrEqualTo(0.01);
    }

    @Test
    void aWeekOfIntervalsMatchesSolvingEachAlone() {
        var demands = List.of(new Demand(10, 900, 300, 120.0), new Demand(80, 900, 300, 120.0), new Demand(0, 900, 300, 120.0),
                new Demand(400, 900, 300, 120.0), new Demand(35, 900, 300, 120.0));
        var all = StaffingSolver.solveAll(demands, EIGHTY_TWENTY);
        for (int i = 0; i < demands.size(); i++) assertThat(all.get(i).agents()).isEqualTo(StaffingSolver.solve(demands.get(i), EIGHTY_TWENTY).agents());
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Demand(-1, 900, 300, null)).hasMessageContaining("contacts");
        assertThatThrownBy(() -> new Demand(10, 0, 300, null)).hasMessageContaining("intervalSeconds");
        assertThatThrownBy(() -> new Demand(10, 900, 0, null)).hasMessageContaining("ahtSeconds");
        assertThatThrownBy(() -> new Demand(Double.NaN, 900, 300, null)).hasMessageContaining("contacts");
        assertThatThrownBy(() -> new Targets(1.2, 20, null, null, null, null, 0)).hasMessageContaining("serviceLevel");
        assertThatThrownBy(() -> new Targets(0.0, 20, null, null, null, null, 0)).hasMessageContaining("serviceLevel");
        assertThatThrownBy(() -> new Targets(null, 20, null, null, null, null, 0)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new Targets(0.8, 20, null, null, null, null, 1)).hasMessageContaining("shrinkage");
    }
}
