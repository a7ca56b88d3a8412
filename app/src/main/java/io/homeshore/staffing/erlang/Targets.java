package io.homeshore.staffing.erlang;

/**
 * What an interval's staffing must achieve; every target given must hold. At least one of service level, maximum
 * ASA, maximum abandonment or maximum occupancy is required.
 *
 * @param serviceLevel        share answered within {@code targetSeconds}, in (0, 1]; null for none
 * @param targetSeconds       the service-level time t
 * @param serviceLevelBasis   which contacts the service level is counted over (see {@link Basis})
 * @param maxAsaSeconds       highest acceptable average speed of answer (over all arrivals); null for none
 * @param maxAbandonment      highest acceptable share of contacts abandoned, in (0, 1]; null for none
 * @param maxOccupancy        highest acceptable agent occupancy, in (0, 1]; null for none
 * @param shrinkage           share of paid time not available for contacts, in [0, 1): scheduled agents =
 *                            ⌈productive agents / (1 − shrinkage)⌉
 */
public record Targets(Double serviceLevel, double targetSeconds, Basis serviceLevelBasis, Double maxAsaSeconds, Double maxAbandonment,
                      Double maxOccupancy, double shrinkage) {

    /** Service level counted over all arrivals (abandoners fail it) or over answered contacts only. */
    public enum Basis { ALL_ARRIVALS, ANSWERED }

    public Targets {
        if (serviceLevel == null && maxAsaSeconds == null && maxAbandonment == null && maxOccupancy == null) {
            throw new IllegalArgumentException("targets: give at least one of serviceLevel, maxAsaSeconds, maxAbandonment, maxOccupancy");
        }
        if (serviceLevel != null) Checks.fraction("serviceLevel", serviceLevel);
        Checks.nonNegative("targetSeconds", targetSeconds);
        if (maxAsaSeconds != null) Checks.positive("maxAsaSeconds", maxAsaSeconds);
        if (maxAbandonment != null) Checks.fraction("maxAbandonment", maxAbandonment);
        if (maxOccupancy != null) Checks.fraction("maxOccupancy", maxOccupancy);
        Checks.belowOne("shrinkage", shrinkage);
        if (serviceLevelBasis == null) serviceLevelBasis = Basis.ALL_ARRIVALS;
    }

    /** The common 80/20 voice target with an 85 % occupancy cap and no shrinkage. */
    public static Targets serviceLevel(double share, double withinSeconds) {
        return new Targets(share, withinSeconds, Basis.ALL_ARRIVALS, null, null, null, 0);
    }

    boolean metBy(Measures m) {
        if (!m.stable()) return false;
        double sl = serviceLevelBasis == Basis.ANSWERED ? m.serviceLevelOfAnswered() : m.serviceLevel();
        return (serviceLevel == null || sl >= serviceLevel)
                && (maxAsaSeconds == null || m.asa() <= maxAsaSeconds)
                && (maxAbandonment == null || m.probabilityAbandon() <= maxAbandonment)
                && (maxOccupancy == null || m.occupancy() <= maxOccupancy);
    }

    int scheduled(int productive) {
        return (int) Math.ceil(productive / (1 - shrinkage) - 1e-9);
    }
}
