package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.homeshore.scheduling.solver.constraints.ScheduleConstraints;
import io.homeshore.scheduling.solver.search.SearchPhases;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timefold Solver wired by hand (no Spring): run-based roster construction, then late-acceptance local search
 * over day and roster moves ({@link SearchPhases}) until the time limit or a known score target.
 */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    /** The solver configuration every caller shares, so the web app and the CLI plan alike. */
    public static SolverConfig config(Duration timeLimit) {
        return config(timeLimit, true, true);
    }

    private static SolverConfig config(Duration timeLimit, boolean cycles, boolean relax) {
        return new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(AgentDay.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(termination(timeLimit))
                .withRandomSeed(Long.getLong("homeshore.scheduling.seed", 0L))
                .withPhases(SearchPhases.phases(timeLimit, cycles, relax).toArray(PhaseConfig[]::new));
    }

    /** System property choosing the local search, see {@link SearchPhases#SEARCH}. */
    public static final String SEARCH = SearchPhases.SEARCH;

    private static TerminationConfig termination(Duration timeLimit) {
        TerminationConfig t = new TerminationConfig().withSpentLimit(timeLimit);
        Long moves = Long.getLong("homeshore.scheduling.moves");
        return moves == null ? t : t.withMoveCountLimit(moves);
    }

    /**
     * Solves within the time limit and reports when the first feasible (hard score 0) solution appeared.
     *
     * @param target stop as soon as this score is reached (e.g. a proven optimum); {@code null}: run the full time
     */
    public static Result solve(Schedule problem, Duration timeLimit, HardSoftScore target) {
        SolverConfig config = config(timeLimit, problem.getAgents().size() >= SearchPhases.CYCLE_MIN_AGENTS, true);
        if (target != null) {
            config.getTerminationConfig().setBestScoreLimit(target.toString());
        }
        return solve(problem, config);
    }

    /**
     * Solves with each local-search phase limited to a number of steps instead of a time (the random seed is
     * fixed), so tests do not depend on how busy the machine is beyond the construction's own improving; the
     * time-filling Lagrangian construction and group repricing are left out.
     */
    public static Result solveSteps(Schedule problem, int steps) {
        SolverConfig config = config(Duration.ofMinutes(2), false, false);
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig search) {
                TerminationConfig own = search.getTerminationConfig();
                search.setTerminationConfig((own == null ? new TerminationConfig() : own).withStepCountLimit(steps));
            }
        }
        return solve(problem, config);
    }

    private static Result solve(Schedule problem, SolverConfig config) {
        Solver<Schedule> solver = SolverFactory.<Schedule>create(config).buildSolver();
        AtomicLong firstFeasible = new AtomicLong(-1);
        solver.addEventListener(event -> {
            if (firstFeasible.get() < 0 && event.isNewBestSolutionInitialized()
                    && ((HardSoftScore) event.getNewBestScore()).isFeasible()) {
                firstFeasible.set(event.getTimeMillisSpent());
            }
        });
        long started = System.nanoTime();
        Schedule best = solver.solve(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (firstFeasible.get() < 0 && best.getScore().isFeasible()) {
            firstFeasible.set(millis);
        }
        return new Result(best, millis, firstFeasible.get());
    }

    /**
     * @param firstFeasibleMillis time from the start until the first best solution without hard breaches,
     *                            {@code -1} if none was found
     */
    public record Result(Schedule schedule, long millis, long firstFeasibleMillis) {
    }
}
