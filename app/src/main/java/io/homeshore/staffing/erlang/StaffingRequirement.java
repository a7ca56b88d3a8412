package io.homeshore.staffing.erlang;

/**
 * The answer for one interval: the fewest productive agents meeting every target, the scheduled agents after
 * shrinkage and the measures achieved with them ({@code null} unless {@link Status#MET}).
 */
public record StaffingRequirement(Status status, int agents, int scheduledAgents, QueueMeasures achieved,
        String reason) {

    public enum Status {
        /** Targets met with {@code agents}. */
        MET,
        /** No contacts: no agents needed. */
        NO_WORKLOAD,
        /** No number of agents up to the limit meets the targets; {@code reason} says why. */
        UNREACHABLE
    }

    static StaffingRequirement noWorkload() {
        return new StaffingRequirement(Status.NO_WORKLOAD, 0, 0, null, "no contacts in this interval");
    }

    static StaffingRequirement unreachable(String reason) {
        return new StaffingRequirement(Status.UNREACHABLE, 0, 0, null, reason);
    }
}
