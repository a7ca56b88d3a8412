package io.homeshore.scheduling.web;

import io.homeshore.people.Agent;
import io.homeshore.people.Team;
import io.homeshore.scheduling.RunExplanation;
import io.homeshore.scheduling.ScheduleRun;
import io.homeshore.scheduling.ScheduledShift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the run page shows, computed from a run's shifts and explanation: the board (rows per agent grouped by
 * team, bars placed by local time of day), scheduled against required agents per skill and slot, and for each
 * shift why it is there (slots it fills where agents were short, slots where it is extra, pinned).
 */
final class RunView {

    record Bar(double left, double width, String label, Why why) {}

    record Row(Agent agent, List<List<Bar>> days) {}

    record Group(Team team, List<Row> rows) {}

    /** Slots of its skill this shift fills while the plan is still at or under the requirement, and slots where it is extra. */
    record Why(int needed, int extra, boolean pinned) {}

    private final ScheduleRun run;
    private final ZoneId zone;
    private final Map<String, int[]> required;
    private final int slotMinutes;
    private final Map<String, int[]> scheduled = new LinkedHashMap<>();
    private final Map<ScheduledShift, Why> why = new LinkedHashMap<>();

    RunView(ScheduleRun run, List<ScheduledShift> shifts, RunExplanation explanation) {
        this.run = run;
        this.zone = ZoneId.of(run.zone());
        this.required = explanation == null ? Map.of() : explanation.required();
        this.slotMinutes = explanation == null ? 15 : explanation.slotMinutes();
        required.forEach((skill, slots) -> scheduled.put(skill, new int[slots.length]));
        for (ScheduledShift s : shifts) slots(s, (skill, i) -> scheduled.get(skill)[i]++);
        for (ScheduledShift s : shifts) {
            int[] n = new int[2];
            slots(s, (skill, i) -> {
                int need = required.get(skill)[i];
                if (need >= 0 && scheduled.get(skill)[i] <= need) n[0]++;
                else n[1]++;
            });
            why.put(s, new Why(n[0], n[1], s.pinned()));
        }
    }

    Why why(ScheduledShift s) {
        return why.get(s);
    }

    private void slots(ScheduledShift s, java.util.function.ObjIntConsumer<String> each) {
        int[] req = required.get(s.skill());
        if (req == null) return;
        int from = Math.max(0, minutes(s.start()) / slotMinutes);
        int to = Math.min(req.length, (minutes(s.end()) + slotMinutes - 1) / slotMinutes);
        for (int i = from; i < to; i++) each.accept(s.skill(), i);
    }

    private int minutes(Instant t) {
        return (int) ChronoUnit.MINUTES.between(run.firstDay().atStartOfDay(), LocalDateTime.ofInstant(t, zone));
    }

    /** The board for these days: per team, per agent, per day the bars of that day's shift in the plan's zone. */
    List<Group> board(List<LocalDate> days, List<Team> teams, List<Agent> agents, List<ScheduledShift> shifts) {
        Map<Long, Map<LocalDate, ScheduledShift>> byAgent = new LinkedHashMap<>();
        shifts.forEach(s -> byAgent.computeIfAbsent(s.agentId(), k -> new LinkedHashMap<>()).put(s.day(), s));
        List<Group> groups = new ArrayList<>();
        for (Team team : teams) {
            List<Row> rows = new ArrayList<>();
            agents.stream().filter(a -> a.teamId() == team.id()).sorted(Comparator.comparing(Agent::name)).forEach(a -> {
                var mine = byAgent.getOrDefault(a.id(), Map.of());
                rows.add(new Row(a, days.stream().map(d -> bars(mine.get(d))).toList()));
            });
            if (!rows.isEmpty()) groups.add(new Group(team, rows));
        }
        return groups;
    }

    private List<Bar> bars(ScheduledShift s) {
        if (s == null) return List.of();
        LocalDateTime start = LocalDateTime.ofInstant(s.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(s.end(), zone);
        double from = start.toLocalTime().toSecondOfDay() / 86400.0;
        double length = Duration.between(start, end).toSeconds() / 86400.0;
        String label = String.format(Locale.ROOT, "%s–%s %s", start.toLocalTime(), end.toLocalTime(), s.skill());
        return List.of(new Bar(from * 100, Math.min(length, 1 - from) * 100, label, why(s)));
    }

    /**
     * ECharts data for [from, to): per skill two series of [local time, agents] — required and scheduled. Slots without
     * a stated requirement are left out of the required series.
     */
    String coverageJson(LocalDate from, LocalDate to) {
        int first = (int) (ChronoUnit.DAYS.between(run.firstDay(), from) * 1440 / slotMinutes);
        int last = (int) (ChronoUnit.DAYS.between(run.firstDay(), to) * 1440 / slotMinutes);
        return required.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> {
            int[] req = e.getValue();
            int[] sch = scheduled.get(e.getKey());
            StringBuilder r = new StringBuilder();
            StringBuilder s = new StringBuilder();
            for (int i = Math.max(0, first); i < Math.min(req.length, last); i++) {
                String t = run.firstDay().atStartOfDay().plusMinutes((long) i * slotMinutes).toString();
                if (req[i] >= 0) r.append(r.isEmpty() ? "" : ",").append("[\"").append(t).append("\",").append(req[i]).append(']');
                s.append(s.isEmpty() ? "" : ",").append("[\"").append(t).append("\",").append(sch[i]).append(']');
            }
            return "{\"skill\":\"" + e.getKey() + "\",\"required\":[" + r + "],\"scheduled\":[" + s + "]}";
        }).collect(Collectors.joining(",", "[", "]"));
    }

    /** Per skill over the whole run: agent-slots short of the requirement and agent-slots above it. */
    Map<String, int[]> shortAndExtra() {
        Map<String, int[]> out = new LinkedHashMap<>();
        required.forEach((skill, req) -> {
            int[] sch = scheduled.get(skill);
            int under = 0;
            int over = 0;
            for (int i = 0; i < req.length; i++) {
                if (req[i] < 0) continue;
                under += Math.max(0, req[i] - sch[i]);
                over += Math.max(0, sch[i] - req[i]);
            }
            out.put(skill, new int[] {under, over});
        });
        return out;
    }
}
