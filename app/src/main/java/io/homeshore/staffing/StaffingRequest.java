package io.homeshore.staffing;

import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.Workload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/** The JSON shapes of the staffing API: targets, one interval's demand, many intervals. */
public final class StaffingRequest {

    private StaffingRequest() {}

    /** Which contacts the service level is counted over: all arrivals (abandoners fail it) or answered ones. */
    public enum Basis { ALL_ARRIVALS, ANSWERED }

    /**
     * Service targets; see {@link ServiceTargets}. Without any target, 80 % within {@code targetSeconds} (default 20 s)
     * over all arrivals; no occupancy cap and no shrinkage unless given.
     */
    public record TargetsInput(Double serviceLevel, Double targetSeconds, Basis basis, Double maxAsaSeconds, Double maxAbandonment,
                               Double maxOccupancy, Double shrinkage) {
        public ServiceTargets toTargets() {
            boolean none = serviceLevel == null && maxAsaSeconds == null && maxAbandonment == null;
            return Staffing.checked(() -> new ServiceTargets(none ? OptionalDouble.of(0.8) : optional(serviceLevel),
                    targetSeconds == null ? 20 : targetSeconds, basis == Basis.ANSWERED, optional(maxAsaSeconds), optional(maxAbandonment),
                    maxOccupancy == null ? 1 : maxOccupancy, shrinkage == null ? 0 : shrinkage));
        }

        private static OptionalDouble optional(Double v) {
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }
    }

    /** One interval. {@code patienceSeconds} absent: Erlang C (nobody hangs up); present: Erlang A. */
    public record IntervalInput(Instant start, @NotNull Double contacts, @NotNull Double intervalSeconds, @NotNull Double ahtSeconds,
                                Double patienceSeconds) {
        public Workload toWorkload() {
            return Staffing.checked(() -> new Workload(contacts, intervalSeconds, ahtSeconds,
                    patienceSeconds == null ? Double.POSITIVE_INFINITY : patienceSeconds));
        }
    }

    public record Calculate(@Valid @NotNull IntervalInput interval, @Valid TargetsInput targets) {}

    public record Many(@Valid TargetsInput targets, @NotEmpty @Size(max = 100_000) List<@Valid @NotNull IntervalInput> intervals) {}
}
