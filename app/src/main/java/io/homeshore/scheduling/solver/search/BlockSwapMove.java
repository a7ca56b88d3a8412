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
 * Swaps the shifts of two agents on the same run of days. Cover per day stays the same, so the move trades
 * only who works — the block-swap neighbourhood of nurse rostering local search (Burke, Curtois, Post, Qu &amp;
 * Veltman 2008, "A hybrid heuristic ordering and variable neighbourhood search for the nurse rostering problem").
 */
record BlockSwapMove(AgentDay[] left, AgentDay[] right) implements Move<Schedule> {

    @Override
    public void execute(MutableSolutionView<Schedule> view) {
        var shift = AgentDays.shiftVariable(view);
        for (int i = 0; i < left.length; i++) {
            Shift l = left[i].getShift();
            Shift r = right[i].getShift();
            if (l != r) {
                view.changeVariable(shift, left[i], r);
                view.changeVariable(shift, right[i], l);
            }
        }
    }

    /** Whether the swap changes something and keeps every day within the other agent's options. */
    static boolean doable(AgentDay[] left, AgentDay[] right) {
        boolean changes = false;
        for (int i = 0; i < left.length; i++) {
            Shift l = left[i].getShift();
            Shift r = right[i].getShift();
            if (l == r) {
                continue;
            }
            if (left[i].isPinned() || right[i].isPinned() || !AgentDays.allows(left[i], r)
                    || !AgentDays.allows(right[i], l)) {
                return false;
            }
            changes = true;
        }
        return changes;
    }

    @Override
    public Move<Schedule> rebase(Lookup lookup) {
        return new BlockSwapMove(AgentDays.rebase(left, lookup), AgentDays.rebase(right, lookup));
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        List<Object> all = new ArrayList<>(Arrays.asList(left));
        all.addAll(Arrays.asList(right));
        return all;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < left.length; i++) {
            values.add(left[i].getShift());
            values.add(right[i].getShift());
        }
        return values;
    }

    @Override
    public String describe() {
        return "BlockSwapMove";
    }

    @Override
    public String toString() {
        return "swap " + left[0] + ".." + left.length + " <-> " + right[0];
    }
}
