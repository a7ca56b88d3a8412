package io.homeshore.scheduling.solver.search;

import ai.timefold.solver.core.api.domain.common.Lookup;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;
import io.homeshore.scheduling.solver.AgentDay;
import io.homeshore.scheduling.solver.Schedule;
import io.homeshore.scheduling.solver.Shift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SequencedCollection;

/**
 * Gives one agent the same shift (type, start time and length) on a run of days, or makes them all days off: the
 * block-change neighbourhood that lets minimum-run and days-off rules be met in one step.
 *
 * @param values the new shift per day ({@code null} = off), aligned with {@code days}
 */
record BlockChangeMove(AgentDay[] days, Shift[] values) implements Move<Schedule> {

    @Override
    public void execute(MutableSolutionView<Schedule> view) {
        var shift = AgentDays.shiftVariable(view);
        for (int i = 0; i < days.length; i++) {
            if (days[i].getShift() != values[i]) {
                view.changeVariable(shift, days[i], values[i]);
            }
        }
    }

    @Override
    public Move<Schedule> rebase(Lookup lookup) {
        return new BlockChangeMove(AgentDays.rebase(days, lookup), values);
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return new ArrayList<>(Arrays.asList(days));
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> out = new ArrayList<>();
        for (Shift s : values) {
            out.add(s);
        }
        return out;
    }

    @Override
    public String describe() {
        return "BlockChangeMove";
    }

    @Override
    public String toString() {
        return "change " + days[0] + ".." + days.length + " -> " + values[0];
    }
}
