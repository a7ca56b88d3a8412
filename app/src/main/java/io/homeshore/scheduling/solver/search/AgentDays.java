package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftRequest;
import ai.timefold.solver.core.preview.api.move.SolutionView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The agent × day grid of a schedule and small helpers the block moves share. */
final class AgentDays {

    private AgentDays() {
    }

    static PlanningVariableMetaModel<Schedule, AgentDay, Shift> shiftVariable(SolutionView<Schedule> view) {
        return view.getSolutionMetaModel().genuineEntity(AgentDay.class).basicVariable("shift", Shift.class);
    }

    /** Whether the day may hold this shift: off ({@code null}) always, otherwise one of its options. */
    static boolean allows(AgentDay day, Shift shift) {
        return shift == null || shift.day() == day.getDay() && day.getOptions().contains(shift);
    }

    /** The option of this day with the pattern's type, start time of day and length, or {@code null}. */
    static Shift sameShift(AgentDay day, Shift pattern) {
        for (Shift s : day.getOptions()) {
            if (s.type() == pattern.type() && s.startMinuteOfDay() == pattern.startMinuteOfDay()
                    && s.length() == pattern.length()) {
                return s;
            }
        }
        return null;
    }

    static AgentDay[] rebase(AgentDay[] days, Lookup lookup) {
        AgentDay[] out = new AgentDay[days.length];
        for (int i = 0; i < days.length; i++) {
            out[i] = lookup.lookUpWorkingObject(days[i]);
        }
        return out;
    }

    /** {@code grid[agent][day]}, agents in the order of the schedule; every agent has one entity per day. */
    static AgentDay[][] grid(Schedule schedule) {
        List<Agent> agents = schedule.getAgents();
        Map<Agent, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < agents.size(); i++) {
            index.put(agents.get(i), i);
        }
        AgentDay[][] grid = new AgentDay[agents.size()][schedule.getDays()];
        for (AgentDay ad : schedule.getAgentDays()) {
            grid[index.get(ad.getAgent())][ad.getDay()] = ad;
        }
        return grid;
    }

    /** Each agent-day's shift requests (on and off), found through the grid rather than the entity ids. */
    static Map<AgentDay, List<ShiftRequest>> requestsByDay(Schedule schedule, AgentDay[][] grid) {
        Map<Agent, AgentDay[]> rows = new IdentityHashMap<>();
        for (AgentDay[] row : grid) {
            if (row.length > 0) {
                rows.put(row[0].getAgent(), row);
            }
        }
        Map<AgentDay, List<ShiftRequest>> out = new IdentityHashMap<>();
        for (ShiftRequest r : schedule.getRequests()) {
            AgentDay[] row = rows.get(r.agent());
            if (row != null && r.day() >= 0 && r.day() < row.length) {
                out.computeIfAbsent(row[r.day()], k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** One agent's requests by day index, the form {@link RosterDraft} reads. */
    static Map<Integer, List<ShiftRequest>> requestsOfRow(Map<AgentDay, List<ShiftRequest>> byDay, AgentDay[] row) {
        Map<Integer, List<ShiftRequest>> out = new HashMap<>();
        for (AgentDay d : row) {
            List<ShiftRequest> rs = byDay.get(d);
            if (rs != null) {
                out.put(d.getDay(), rs);
            }
        }
        return out;
    }

    /** The block of one agent's days [start, start + length). */
    static AgentDay[] block(AgentDay[][] grid, int agent, int start, int length) {
        AgentDay[] out = new AgentDay[length];
        System.arraycopy(grid[agent], start, out, 0, length);
        return out;
    }

    /** The shifts of a row as they stand (null: off). */
    static Shift[] shifts(AgentDay[] row) {
        Shift[] out = new Shift[row.length];
        for (int d = 0; d < row.length; d++) {
            out[d] = row[d].getShift();
        }
        return out;
    }

    /** Per day of the row, its weekend (or -1 on a weekday). */
    static int[] weekends(AgentDay[] row) {
        return Arrays.stream(row).mapToInt(AgentDay::getWeekend).toArray();
    }
}
