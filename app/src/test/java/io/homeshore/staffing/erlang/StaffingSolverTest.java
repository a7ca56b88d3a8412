package io.homeshore.staffing.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.homeshore.staffing.erlang.StaffingRequirement.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaffingSolverTest {

    static final ServiceTargets EIGHTY_TWENTY = ServiceTargets.serviceLevel(0.8, 20);

    @Test
    void needsFourteenAgentsForEightyTwentyAtTenErlangs() {
        StaffingRequirement r = StaffingSolver.solve(Workload.withoutAbandonment(100, 1800, 180), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.agents()).isEqualTo(14);
        assertThat(r.achieved().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(ErlangC.evaluate(13, 10, 180, 20).serviceLevel()).isLessThan(0.8);
    }

    @Test
    void zeroVolumeNeedsNoAgents() {
        StaffingRequirement r = StaffingSolver.solve(new Workload(0, 900, 300, 60), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Status.NO_WORKLOAD);
        assertThat(r.agents()).isZero();
    }

    @Test
    void loadBeyondTheAgentLimitIsUnreachableNotAnError() {
        StaffingRequirement r = StaffingSolver.solve(Workload.withoutAbandonment(1000, 900, 1e6), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Status.UNREACHABLE);
        assertThat(r.reason()).contains("150000 agents");
    }

    @Test
    void tenHourCallsWithTwoMinutePatienceAreStaffedBelowTheLoadBecauseCallersHangUp() {
        StaffingRequirement r = StaffingSolver.solve(new Workload(50, 900, 36_000, 120), EIGHTY_TWENTY);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.agents()).isBetween(1500, 1999);
        assertThat(r.achieved().abandonProbability()).isGreaterThan(0.05);
    }

    @Test
    void fullServiceLevelIsUnreachable() {
        StaffingRequirement r = StaffingSolver.solve(Workload.withoutAbandonment(10, 900, 60),
                ServiceTargets.serviceLevel(1.0, 20));
        assertThat(r.status()).isEqualTo(Status.UNREACHABLE);
    }

    @Test
    void abandonmentCapAloneDrivesErlangAStaffing() {
        ServiceTargets cap = new ServiceTargets(java.util.OptionalDouble.empty(), 20, false,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.of(0.02), 1, 0);
        StaffingRequirement r = StaffingSolver.solve(new Workload(100, 1800, 180, 300), cap);
        assertThat(r.achieved().abandonProbability()).isLessThanOrEqualTo(0.02);
        assertThat(ErlangA.evaluate(r.agents() - 1, 10, 180, 300, 20).abandonProbability()).isGreaterThan(0.02);
    }

    @Test
    void chatAgentsHoldingThreeChatsNeedAThirdOfTheSlots() {
        Workload chats = new Workload(300, 900, 600, 240);
        StaffingRequirement slots = StaffingSolver.solve(chats, EIGHTY_TWENTY, 1, 0);
        StaffingRequirement agents = StaffingSolver.solve(chats, EIGHTY_TWENTY, 3, 0);
        assertThat(agents.agents()).isEqualTo((slots.agents() + 2) / 3);
        assertThat(agents.achieved().agents()).isEqualTo(agents.agents() * 3);
    }

    @Test
    void weekOfIntervalsSteppedFromThePreviousAnswerEqualsSolvingEachAlone() {
        List<Workload> week = new ArrayList<>();
        for (int i = 0; i < 672; i++) week.add(new Workload(50 + 40 * Math.sin(i / 10.0) + (i % 7) * 3, 900, 240, 180));
        List<StaffingRequirement> stepped = StaffingSolver.solve(week, EIGHTY_TWENTY.withMaxAbandonment(0.05), 1);
        for (int i = 0; i < week.size(); i += 37) {
            assertThat(stepped.get(i).agents())
                    .isEqualTo(StaffingSolver.solve(week.get(i), EIGHTY_TWENTY.withMaxAbandonment(0.05)).agents());
        }
    }

    @Test
    void backOfficeWorkIsSpreadOverItsDeadline() {
        int[] agents = BacklogStaffing.agents(new double[] {40, 0, 0, 0, 0, 0, 0, 0}, 900, 450, 2, 1);
        assertThat(agents).containsExactly(3, 3, 3, 3, 3, 3, 3, 3);
        assertThat(BacklogStaffing.agents(new double[] {8}, 900, 900, 0.1, 0.8)).containsExactly(10);
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new Workload(-1, 900, 180, 60)).hasMessageContaining("contacts");
        assertThatThrownBy(() -> new Workload(10, 0, 180, 60)).hasMessageContaining("intervalSeconds");
        assertThatThrownBy(() -> new Workload(10, 900, 0, 60)).hasMessageContaining("ahtSeconds");
        assertThatThrownBy(() -> new Workload(10, 900, Double.NaN, 60)).hasMessageContaining("ahtSeconds");
        assertThatThrownBy(() -> new Workload(10, 900, 180, Double.NaN)).hasMessageContaining("patienceSeconds");
        assertThatThrownBy(() -> ServiceTargets.serviceLevel(1.2, 20)).hasMessageContaining("serviceLevel");
        assertThatThrownBy(() -> ServiceTargets.serviceLevel(0, 20)).hasMessageContaining("serviceLevel");
        assertThatThrownBy(() -> EIGHTY_TWENTY.withShrinkage(1)).hasMessageContaining("shrinkage");
        assertThatThrownBy(() -> EIGHTY_TWENTY.withMaxOccupancy(Double.NaN)).hasMessageContaining("maxOccupancy");
        assertThatThrownBy(() -> ErlangC.evaluate(-1, 10, 180, 20)).hasMessageContaining("agents");
        assertThatThrownBy(() -> ErlangA.evaluate(5, 10, 180, 0, 20)).hasMessageContaining("patienceSeconds");
        assertThatThrownBy(() -> BacklogStaffing.agents(new double[] {1, -2}, 900, 60, 4, 1))
                .hasMessageContaining("items[1]");
    }
}
