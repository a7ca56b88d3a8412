package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import io.homeshore.scheduling.solver.constraints.Names;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The score of a schedule broken down by constraint, through Timefold's public API only: the schedule is scored
 * once per constraint with every other constraint weighted zero ({@link ConstraintWeightOverrides}). Timefold
 * 2.x gates {@code SolutionManager.analyze} behind its commercial edition; this needs no such feature.
 */
public final class ConstraintScores {

    private static final SolutionManager<Schedule, HardSoftScore> MANAGER = SolutionManager.create(
            SolverFactory.create(ScheduleSolver.config(Duration.ofSeconds(1))));

    private ConstraintScores() {
    }

    /** The full score of the schedule as it stands (also stored in it). */
    public static HardSoftScore score(Schedule schedule) {
        return MANAGER.update(schedule);
    }

    /** The score contributed by one named constraint, at the weight the schedule gives it. */
    public static HardSoftScore of(Schedule schedule, String constraint) {
        ConstraintWeightOverrides<HardSoftScore> original = schedule.getWeightOverrides();
        Map<String, HardSoftScore> only = new HashMap<>();
        for (String name : Names.ALL) {
            if (!name.equals(constraint)) {
                only.put(name, HardSoftScore.ZERO);
            } else if (original != null && original.getKnownConstraintIds().contains(name)) {
                only.put(name, original.getConstraintWeight(name));
            }
        }
        try {
            schedule.setWeightOverrides(ConstraintWeightOverrides.of(only));
            return MANAGER.update(schedule);
        } finally {
            schedule.setWeightOverrides(original);
            MANAGER.update(schedule);
        }
    }

    /** Every constraint's contribution, in definition order (hard rules first). */
    public static Map<String, HardSoftScore> byConstraint(Schedule schedule) {
        Map<String, HardSoftScore> out = new LinkedHashMap<>();
        for (String name : Names.ALL) {
            out.put(name, of(schedule, name));
        }
        return out;
    }
}
