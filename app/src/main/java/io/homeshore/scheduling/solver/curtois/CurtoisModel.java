package io.homeshore.scheduling.solver.curtois;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.Agent;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Contract;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;
import io.homeshore.scheduling.solver.ShiftDemand;
import io.homeshore.scheduling.solver.ShiftRequest;
import io.homeshore.scheduling.solver.ShiftType;
import io.homeshore.scheduling.solver.constraints.Names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a Curtois &amp; Qu instance onto Homeshore's own constraint model (no benchmark-specific constraint): shift
 * kinds become templates with a fixed start, cover lines become day shift demands, staff lines become contracts,
 * days off become approved time off. The global soft terms the benchmark lacks (fairness, stable starts, interval coverage) are
 * weighted zero, so the soft score equals minus the benchmark objective.
 */
public final class CurtoisModel {

    private static final Set<Integer> ALL_DAYS = Set.of(1, 2, 3, 4, 5, 6, 7);

    private CurtoisModel() {
    }

    /** Builds the planning problem (all days unassigned). */
    public static Schedule toSchedule(CurtoisInstance in) {
        Map<String, ShiftType> types = new HashMap<>();
        List<ShiftType> typeList = new ArrayList<>();
        for (CurtoisInstance.ShiftKind k : in.shifts()) {
            ShiftType t = new ShiftType(k.id(), null, 0, 0, 1, k.minutes(), k.minutes(), 1, ALL_DAYS, false, 0,
                    k.cannotFollow());
            types.put(k.id(), t);
            typeList.add(t);
        }
        Map<String, ShiftDemand> demandByKey = new HashMap<>();
        List<ShiftDemand> demands = new ArrayList<>();
        for (CurtoisInstance.Cover c : in.cover()) {
            ShiftDemand d = new ShiftDemand(c.day(), c.shiftId(), c.requirement(), c.underWeight(), c.overWeight());
            demandByKey.put(c.day() + "/" + c.shiftId(), d);
            demands.add(d);
        }
        List<List<Shift>> shiftsByDay = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        for (int day = 0; day < in.days(); day++) {
            List<Shift> today = new ArrayList<>();
            for (ShiftType t : typeList) {
                Shift s = new Shift(t.id() + "@" + day, t, day, day * 1440, t.minLength(),
                        demandByKey.get(day + "/" + t.id()));
                today.add(s);
                shifts.add(s);
            }
            shiftsByDay.add(today);
        }
        Map<String, Agent> agents = new HashMap<>();
        List<Agent> agentList = new ArrayList<>();
        List<AgentDay> agentDays = new ArrayList<>();
        for (CurtoisInstance.Staff st : in.staff()) {
            Contract contract = new Contract(0, Integer.MAX_VALUE, st.minTotalMinutes(), st.maxTotalMinutes(), 7,
                    st.maxConsecutiveShifts(), st.minConsecutiveShifts(), st.minConsecutiveDaysOff(), 0,
                    st.maxWeekends(), true, true, st.maxShifts());
            Set<Integer> off = in.daysOff().getOrDefault(st.id(), Set.of());
            Agent agent = new Agent(st.id(), contract, Set.of(), List.of(), off, -1, -1, 0, null,
                    Agent.FairnessHistory.NONE);
            agents.put(st.id(), agent);
            agentList.add(agent);
            for (int day = 0; day < in.days(); day++) {
                List<Shift> options = off.contains(day) ? List.of() : shiftsByDay.get(day).stream()
                        .filter(s -> contract.maxShiftsOf(s.type().id()) > 0).toList();
                agentDays.add(new AgentDay(agent, day, in.days(), day / 7, day % 7 >= 5 ? day / 7 : -1, false,
                        options));
            }
        }
        List<ShiftRequest> requests = new ArrayList<>();
        in.onRequests().forEach(r -> requests.add(new ShiftRequest(agents.get(r.staffId()), r.day(), r.shiftId(),
                true, r.weight())));
        in.offRequests().forEach(r -> requests.add(new ShiftRequest(agents.get(r.staffId()), r.day(), r.shiftId(),
                false, r.weight())));
        ConstraintWeightOverrides<HardSoftScore> zeroed = ConstraintWeightOverrides.of(Map.of(
                Names.NIGHT_FAIRNESS, HardSoftScore.ZERO, Names.WEEKEND_FAIRNESS, HardSoftScore.ZERO,
                Names.HOLIDAY_FAIRNESS, HardSoftScore.ZERO, Names.UNSTABLE_START_TIMES, HardSoftScore.ZERO,
                Names.COVERAGE_UNDER, HardSoftScore.ZERO, Names.COVERAGE_OVER, HardSoftScore.ZERO));
        return new Schedule(in.days(), agentList, typeList, shifts, demands, List.of(), requests, agentDays, zeroed);
    }

    /** The roster in benchmark terms: {@code roster[staff][day]} = shift id, or {@code null} for a day off. */
    public static String[][] roster(CurtoisInstance in, Schedule solved) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < in.staff().size(); i++) {
            index.put(in.staff().get(i).id(), i);
        }
        String[][] roster = new String[in.staff().size()][in.days()];
        for (AgentDay ad : solved.getAgentDays()) {
            if (ad.getShift() != null) {
                roster[index.get(ad.getAgent().id())][ad.getDay()] = ad.getShift().type().id();
            }
        }
        return roster;
    }
}
