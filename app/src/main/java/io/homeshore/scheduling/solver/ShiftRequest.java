package io.homeshore.scheduling.solver;

/**
 * A soft request by an agent for a day: {@code on} = "give me this shift type" (missed if not assigned),
 * otherwise "not this shift type" (missed if assigned). A {@code null} type means any shift, so an off-request
 * without a type is a preferred day off. Identity equality.
 */
public record ShiftRequest(Agent agent, int day, String shiftTypeId, boolean on, int weight) {

    /** Whether an assignment of this type (null = day off) misses the request. */
    public boolean missedBy(ShiftType assigned) {
        boolean matches = assigned != null && (shiftTypeId == null || shiftTypeId.equals(assigned.id()));
        return on != matches;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return (on ? "on:" : "off:") + agent.id() + "@day" + day + (shiftTypeId == null ? "" : "/" + shiftTypeId);
    }
}
