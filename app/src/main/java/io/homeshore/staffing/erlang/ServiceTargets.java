package io.homeshore.staffing.erlang;

import java.util.OptionalDouble;

/**
 * What a queue must achieve in every interval. At least one of service level, maximum ASA and maximum
 * abandonment is required; occupancy is capped at {@code maxOccupancy}; {@code shrinkage} (breaks, training,
 * absence) turns productive agents into scheduled ones.
 *
 * @param serviceLevel        fraction of calls answered within {@code targetSeconds}, in (0, 1]
 * @param targetSeconds       the service-level target time t
 * @param overAnswered        true: the service level counts answered calls only (offered minus abandoned);
 *                            false: over all arrivals, abandoners count as not answered (see {@link QueueMeasures})
 * @param maxAsaSeconds       upper bound on the mean wait of answered calls
 * @param maxAbandonment      upper bound on P(abandon), in (0, 1]
 * @param maxOccupancy        upper bound on occupancy, in (0, 1]
 * @param shrinkage           in [0, 1): scheduled = ⌈productive / (1 − shrinkage)⌉
 */
public record ServiceTargets(OptionalDouble serviceLevel, double targetSeconds, boolean overAnswered,
        OptionalDouble maxAsaSeconds, OptionalDouble maxAbandonment, double maxOccupancy, double shrinkage) {

    public ServiceTargets {
        serviceLevel.ifPresent(v -> Inputs.fraction("serviceLevel", v));
        Inputs.nonNegative("targetSeconds", targetSeconds);
        maxAsaSeconds.ifPresent(v -> Inputs.positive("maxAsaSeconds", v));
        maxAbandonment.ifPresent(v -> Inputs.fraction("maxAbandonment", v));
        Inputs.fraction("maxOccupancy", maxOccupancy);
        Inputs.shrinkage("shrinkage", shrinkage);
        if (serviceLevel.isEmpty() && maxAsaSeconds.isEmpty() && maxAbandonment.isEmpty()) {
            throw new IllegalArgumentException(
                    "targets: give at least one of serviceLevel, maxAsaSeconds, maxAbandonment");
        }
    }

    /** E.g. {@code serviceLevel(0.8, 20)}: 80 % of all arrivals answered within 20 s, no other caps. */
    public static ServiceTargets serviceLevel(double fraction, double targetSeconds) {
        return new ServiceTargets(OptionalDouble.of(fraction), targetSeconds, false, OptionalDouble.empty(),
                OptionalDouble.empty(), 1, 0);
    }

    /** These targets with the occupancy cap replaced. */
    public ServiceTargets withMaxOccupancy(double max) {
        return new ServiceTargets(serviceLevel, targetSeconds, overAnswered, maxAsaSeconds, maxAbandonment, max,
                shrinkage);
    }

    /** These targets with the shrinkage replaced. */
    public ServiceTargets withShrinkage(double fraction) {
        return new ServiceTargets(serviceLevel, targetSeconds, overAnswered, maxAsaSeconds, maxAbandonment,
                maxOccupancy, fraction);
    }

    /** These targets with the abandonment cap replaced. */
    public ServiceTargets withMaxAbandonment(double max) {
        return new ServiceTargets(serviceLevel, targetSeconds, overAnswered, maxAsaSeconds, OptionalDouble.of(max),
                maxOccupancy, shrinkage);
    }

    /** These targets with the cap on the answered calls' mean wait replaced. */
    public ServiceTargets withMaxAsaSeconds(double max) {
        return new ServiceTargets(serviceLevel, targetSeconds, overAnswered, OptionalDouble.of(max), maxAbandonment,
                maxOccupancy, shrinkage);
    }

    /** These targets with the service level counted over answered calls instead of all arrivals. */
    public ServiceTargets overAnsweredCalls() {
        return new ServiceTargets(serviceLevel, targetSeconds, true, maxAsaSeconds, maxAbandonment, maxOccupancy,
                shrinkage);
    }

    /** True when the measures meet every target (each a plain threshold on a {@link QueueMeasures} value). */
    public boolean metBy(QueueMeasures m) {
        double sl = overAnswered ? m.serviceLevelOfAnswered() : m.serviceLevel();
        return m.stable()
                && (serviceLevel.isEmpty() || sl >= serviceLevel.getAsDouble())
                && (maxAsaSeconds.isEmpty() || m.asaOfAnswered() <= maxAsaSeconds.getAsDouble())
                && (maxAbandonment.isEmpty() || m.abandonProbability() <= maxAbandonment.getAsDouble())
                && m.occupancy() <= maxOccupancy;
    }

    /**
     * Scheduled agents {@code ⌈productive / (1 − shrinkage)⌉}, the usual shrinkage rule (Cleveland, <i>Call Center
     * Management on Fast Forward</i>, 3rd ed. 2012); the 1e-9 keeps ⌈14 / 0.7⌉ at 20 despite rounding.
     */
    public int scheduled(int productive) {
        return scheduled(productive, shrinkage);
    }

    /** {@code ⌈productive / (1 − shrinkage)⌉} for any shrinkage in [0, 1) (same rule as the instance method). */
    public static int scheduled(int productive, double shrinkage) {
        Inputs.shrinkage("shrinkage", shrinkage);
        return (int) Math.ceil(productive / (1 - shrinkage) - 1e-9);
    }
}
