package io.homeshore.staffing.erlang;

/**
 * Work that waits without anyone on the line (e-mail, back office) needs capacity, not a queueing model: the
 * contacts arriving in an interval must be handled within the response target, so the interval's work may be
 * spread over that target. Agents needed = contacts·AHT / (min(target, interval)·maxOccupancy) spread evenly over
 * ⌈target / interval⌉ intervals (a fluid, workload-based requirement as used for deferred work, e.g. Koole, Call
 * Center Optimization, 2013, ch. 6). It assumes arrivals are worked first-in first-out and that backlog from one
 * interval does not crowd out later work — it ignores within-interval variability, which is small against
 * response targets of hours.
 */
public final class Workload {

    private Workload() {}

    /** Agents to keep busy this interval for its own arrivals, the work spread over the response target. */
    public static double agents(double contacts, double ahtSeconds, double intervalSeconds, double targetHours, double maxOccupancy) {
        Checks.nonNegative("contacts", contacts);
        Checks.positive("ahtSeconds", ahtSeconds);
        Checks.positive("intervalSeconds", intervalSeconds);
        Checks.positive("targetHours", targetHours);
        Checks.fraction("maxOccupancy", maxOccupancy);
        double spread = Math.max(1, Math.ceil(targetHours * 3600 / intervalSeconds));
        return contacts * ahtSeconds / intervalSeconds / spread / maxOccupancy;
    }
}
