package io.homeshore.scheduling.solver;

/**
 * A soft request by an agent for a day: {@code on} = "give me this shift type" (missed if not assigned),
 * otherwise "not this shift type" (missed if assigned). A {@code null} type means any shift, so an off-request
 * without a type is a preferred day off. The type id names a family: it matches a type whose id equals it or
 * starts with it followed by {@code /}, so "early" stands for "early/billing" and "early/billing@Asia/Tokyo" alike
 * (the shift-on/off requests of the INRC and Curtois benchmark instances name one type, which is the family of one).
 * Identity equality.
 */
public record ShiftRequest(Agent agent, int day, String shiftTypeId, boolean on, int weight) {

    /** Whether an assignment of this type (null = day off) misses the request: on and not matching, or off and matching. */
    public boolean missedBy(ShiftType assigned) {
        boolean matches = assigned != null && (shiftTypeId == null || inFamily(shiftTypeId, assigned.id()));
        return on != matches;
    }

    /** Whether a type id belongs to the family named {@code family}: equal, or {@code family + "/"} followed by more. */
    public static boolean inFamily(String family, String typeId) {
        return typeId.startsWith(family) && (typeId.length() == family.length() || typeId.charAt(family.length()) == '/');
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
