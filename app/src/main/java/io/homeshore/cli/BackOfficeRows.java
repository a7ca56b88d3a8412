package io.homeshore.cli;

import io.homeshore.staffing.erlang.BacklogStaffing;
import io.homeshore.staffing.erlang.ServiceTargets;
import io.homeshore.staffing.erlang.StaffingRequirement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Staffs the rows with {@code deadline_hours} queue by queue, in file order, with {@link BacklogStaffing}. */
final class BackOfficeRows {

    private BackOfficeRows() {}

    static Map<StaffingRow, StaffingRequirement> requirements(List<StaffingRow> rows) {
        Map<String, List<StaffingRow>> byQueue = new LinkedHashMap<>();
        for (StaffingRow row : rows) {
            if (row.deadlineHours().isPresent()) byQueue.computeIfAbsent(row.queue(), q -> new ArrayList<>()).add(row);
        }
        Map<StaffingRow, StaffingRequirement> out = new IdentityHashMap<>();
        for (List<StaffingRow> queue : byQueue.values()) {
            StaffingRow first = queue.getFirst();
            double[] items = new double[queue.size()];
            for (int i = 0; i < items.length; i++) {
                StaffingRow row = queue.get(i);
                if (!sameShape(first, row)) {
                    throw new CliException("line " + row.line() + ": interval_seconds, aht_seconds, deadline_hours and "
                            + "max_occupancy must match line " + first.line() + " for back-office queue " + row.queue());
                }
                items[i] = row.workload().contacts();
            }
            int[] agents = BacklogStaffing.agents(items, first.workload().intervalSeconds(), first.workload().ahtSeconds(),
                    first.deadlineHours().getAsDouble(), first.maxOccupancy());
            for (int i = 0; i < agents.length; i++) out.put(queue.get(i), requirement(queue.get(i), agents[i]));
        }
        return out;
    }

    private static boolean sameShape(StaffingRow a, StaffingRow b) {
        return a.workload().intervalSeconds() == b.workload().intervalSeconds()
                && a.workload().ahtSeconds() == b.workload().ahtSeconds()
                && a.deadlineHours().equals(b.deadlineHours()) && a.maxOccupancy() == b.maxOccupancy();
    }

    private static StaffingRequirement requirement(StaffingRow row, int agents) {
        String reason = "workload within " + row.deadlineHours().getAsDouble() + " h";
        if (agents == 0) return new StaffingRequirement(StaffingRequirement.Status.NO_WORKLOAD, 0, 0, null, reason);
        return new StaffingRequirement(StaffingRequirement.Status.MET, agents,
                ServiceTargets.scheduled(agents, row.shrinkage()), null, reason);
    }
}
