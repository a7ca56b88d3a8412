package io.homeshore.staffing.erlang;

/**
 * Email and back-office work: items that must be finished within a deadline of hours rather than answered in
 * seconds. Queueing delay is negligible against such deadlines, so the requirement follows from the workload
 * (the fluid approximation for deferrable work, Koole, <i>Call Center Optimization</i>, 2013, on non-real-time channels):
 * the work arriving in each interval is spread evenly over the deadline window that starts with that interval,
 * {@code w = max(1, ⌊deadline / interval⌋)} intervals, and the agents in interval k are
 * {@code ⌈Σ_{i=k−w+1..k} items_i·AHT / (w·interval·maxOccupancy)⌉}. Every item is then finished within its
 * window; rounding the window down keeps the answer on the safe side for deadlines shorter than an interval.
 * Work arriving in the last {@code w − 1} intervals is partly due after the horizon and only the part inside is
 * counted.
 */
public final class BacklogStaffing {

    private BacklogStaffing() {}

    /** Productive agents per interval for items arriving per interval (see class comment). */
    public static int[] agents(double[] items, double intervalSeconds, double ahtSeconds, double deadlineHours,
            double maxOccupancy) {
        Inputs.positive("intervalSeconds", intervalSeconds);
        Inputs.positive("ahtSeconds", ahtSeconds);
        Inputs.positive("deadlineHours", deadlineHours);
        Inputs.fraction("maxOccupancy", maxOccupancy);
        int window = (int) Math.max(1, Math.floor(deadlineHours * 3600 / intervalSeconds));
        int[] agents = new int[items.length];
        double inWindow = 0;
        for (int k = 0; k < items.length; k++) {
            inWindow += Inputs.nonNegative("items[" + k + "]", items[k]);
            if (k >= window) inWindow -= items[k - window];
            double busy = inWindow * ahtSeconds / (window * intervalSeconds * maxOccupancy);
            agents[k] = (int) Math.ceil(busy - 1e-9);
        }
        return agents;
    }
}
