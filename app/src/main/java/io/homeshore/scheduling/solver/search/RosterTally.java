package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftType;

import java.util.HashMap;
import java.util.Map;

/** Minutes, per-type counts, weekly minutes and days, and weekends worked of one roster, kept as it changes. */
final class RosterTally {

    final Map<ShiftType, Integer> perType = new HashMap<>();
    final int[] weekMinutes;
    final int[] weekDays;
    /** Days worked per weekend index; a weekend counts while it has one. */
    final Map<Integer, Integer> weekends = new HashMap<>();
    int minutes;

    RosterTally(AgentDay[] days, Shift[] out) {
        weekMinutes = new int[days.length / 7 + 1];
        weekDays = new int[days.length / 7 + 1];
        for (int j = 0; j < out.length; j++) {
            if (out[j] != null) {
                add(days[j], out[j]);
            }
        }
    }

    void add(AgentDay day, Shift s) {
        perType.merge(s.type(), 1, Integer::sum);
        minutes += s.length();
        weekMinutes[day.getWeek()] += s.length();
        weekDays[day.getWeek()]++;
        if (day.getWeekend() >= 0) {
            weekends.merge(day.getWeekend(), 1, Integer::sum);
        }
    }

    void remove(AgentDay day, Shift s) {
        perType.merge(s.type(), -1, Integer::sum);
        minutes -= s.length();
        weekMinutes[day.getWeek()] -= s.length();
        weekDays[day.getWeek()]--;
        if (day.getWeekend() >= 0) {
            weekends.merge(day.getWeekend(), -1, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** A longer (or shorter) shift of the same type on a day already worked. */
    void lengthen(AgentDay day, int delta) {
        minutes += delta;
        weekMinutes[day.getWeek()] += delta;
    }

    boolean weekendAllows(AgentDay day, Contract c) {
        int weekend = day.getWeekend();
        return weekend < 0 || weekends.containsKey(weekend) || weekends.size() < c.maxWeekends();
    }
}
