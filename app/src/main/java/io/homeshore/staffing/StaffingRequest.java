package io.homeshore.staffing;

import io.homeshore.staffing.erlang.Demand;
import io.homeshore.staffing.erlang.Targets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the staffing API: targets, one interval's demand, many intervals. */
public final class StaffingRequest {

    private StaffingRequest() {}

    /** Service targets; see {@link Targets} for each field. Defaults: 80 % within 20 s over all arrivals, no shrinkage. */
    public record TargetsInput(Double serviceLevel, Double targetSeconds, Targets.Basis basis, Double maxAsaSeconds, Double maxAbandonment,
                               Double maxOccupancy, Double shrinkage) {
        public Targets toTargets() {
            boolean none = serviceLevel == null && maxAsaSeconds == null && maxAbandonment == null && maxOccupancy == null;
            return Staffing.checked(() -> new Targets(none ? Double.valueOf(0.8) : serviceLevel, targetSeconds == null ? 20 : targetSeconds,
                    basis, maxAsaSeconds, maxAbandonment, maxOccupancy, shrinkage == null ? 0 : shrinkage));
        }
    }

    /** One interval. {@code patienceSeconds} absent: Erlang C (nobody hangs up); present: Erlang A. */
    public record IntervalInput(Instant start, @NotNull Double contacts, @NotNull Double intervalSeconds, @NotNull Double ahtSeconds,
                                Double patienceSeconds) {
        public Demand toDemand() {
            return Staffing.checked(() -> new Demand(contacts, intervalSeconds, ahtSeconds, patienceSeconds));
        }
    }

    public record Calculate(@Valid @NotNull IntervalInput interval, @Valid TargetsInput targets) {}

    public record Many(@Valid TargetsInput targets, @NotEmpty @Size(max = 100_000) List<@Valid @NotNull IntervalInput> intervals) {}
}
