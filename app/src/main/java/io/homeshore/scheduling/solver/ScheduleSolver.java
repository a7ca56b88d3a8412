package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.homeshore.scheduling.solver.constraints.ScheduleConstraints;
import io.homeshore.scheduling.solver.search.AgentRedraw;
import io.homeshore.scheduling.solver.search.BlockMoveFactory;
import io.homeshore.scheduling.solver.search.RosterConstruction;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Timefold Solver wired by hand (no Spring): construction heuristic, then local search (Timefold defaults:
 * first fit, late acceptance over change, swap and pillar moves) until the time limit or a known score target.
 */
public final class ScheduleSolver {

    private ScheduleSolver() {
    }

    /** The solver configuration every caller shares, so the web app and the CLI plan alike. */
    public static SolverConfig config(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(Schedule.class)
                .withEntityClasses(AgentDay.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(termination(timeLimit))
                .withPhases(construction(), localSearch(System.getProperty(SEARCH, "blocks")));
    }

    /** System property choosing the local search: {@code tabu}, {@code late} or {@code default}. */
    public static final String SEARCH = "homeshore.scheduling.search";

    private static TerminationConfig termination(Duration timeLimit) {
        TerminationConfig t = new TerminationConfig().withSpentLimit(timeLimit);
        Long moves = Long.getLong("homeshore.scheduling.moves");
        return moves == null ? t : t.withMoveCountLimit(moves);
    }

    private static PhaseConfig<?> construction() {
        return Boolean.getBoolean("homeshore.scheduling.firstFit") ? new ConstructionHeuristicPhaseConfig()
                : new CustomPhaseConfig().withCustomPhaseCommands(new RosterConstruction());
    }

    private static LocalSearchPhaseConfig localSearch(String kind) {
        MoveSelectorConfig<?> moves = new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig().withFixedProbabilityWeight(weight("change", 1.0)),
                new SwapMoveSelectorConfig().withFixedProbabilityWeight(weight("swap1", 0.0)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.Swap.class)
                        .withFixedProbabilityWeight(weight("swap", 1.0)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(BlockMoveFactory.Change.class)
                        .withFixedProbabilityWeight(weight("block", 1.0)),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(AgentRedraw.class)
                        .withFixedProbabilityWeight(weight("redraw", 0.01)));
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig();
        if (!kind.equals("default")) {
            phase.setMoveSelectorConfig(moves);
        }
        int size = Integer.getInteger("homeshore.scheduling.la", 400);
        return switch (kind) {
            case "tabu" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.1))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(500));
            case "sa" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature(
                            System.getProperty("homeshore.scheduling.temp", "1hard/20soft")))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(
                            Integer.getInteger("homeshore.scheduling.acc", 1)));
            case "tabu2" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(
                            Double.parseDouble(System.getProperty("homeshore.scheduling.tabu", "0.02"))))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(
                            Integer.getInteger("homeshore.scheduling.acc", 200)));
            case "late", "blocks" -> phase
                    .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
            default -> phase;
        };
    }

    private static double weight(String name, double fallback) {
        return Double.parseDouble(System.getProperty("homeshore.scheduling.w." + name, Double.toString(fallback)));
    }

    /**
     * Solves within the time limit and reports when the first feasible (hard score 0) solution appeared.
     *
     * @param target stop as soon as this score is reached (e.g. a proven optimum); {@code null}: run the full time
     */
    public static Result solve(Schedule problem, Duration timeLimit, HardSoftScore target) {
        SolverConfig config = config(timeLimit);
        if (target != null) {
            config.getTerminationConfig().setBestScoreLimit(target.toString());
        }
        return solve(problem, config);
    }

    /**
     * Solves for a fixed number of local-search steps instead of a time: the same result on a busy or an idle
     * machine (the random seed is fixed), which is what tests need.
     */
    public static Result solveSteps(Schedule problem, int steps) {
        SolverConfig config = config(Duration.ofMinutes(2));
        config.getPhaseConfigList().getLast()
                .setTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
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
