package io.homeshore.scheduling.solver;

import ai.timefold.solver.core.api.score.HardSoftScore;
import io.homeshore.scheduling.solver.curtois.CurtoisEvaluator;
import io.homeshore.scheduling.solver.curtois.CurtoisInstance;
import io.homeshore.scheduling.solver.curtois.CurtoisModel;
import io.homeshore.scheduling.solver.curtois.CurtoisReader;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Solves one Curtois &amp; Qu (2014) instance with the ordinary scheduling model and checks the result
 * independently in the benchmark's own terms ({@link CurtoisEvaluator}).
 */
public final class CurtoisBenchmark {

    private CurtoisBenchmark() {
    }

    /**
     * @param objective           the benchmark objective recomputed from the roster
     * @param modelObjective      minus the soft score of the model; equals {@code objective} when the model is right
     * @param violations          hard rules broken, in benchmark terms (empty: feasible)
     * @param firstFeasibleMillis time to the first feasible roster, {@code -1} if none
     * @param terms               the objective by term, to see which part of it is lost
     */
    public record Outcome(String instance, long objective, long modelObjective, long hardScore,
            List<String> violations, long millis, long firstFeasibleMillis, String[][] roster, Terms terms) {
    }

    /** The benchmark objective by term (weighted penalties), in this package so the CLI may read it. */
    public record Terms(long onRequests, long offRequests, long underCover, long overCover) {
    }

    /**
     * Reads, solves and evaluates an instance.
     *
     * @param stopAt objective at which to stop early (a proven optimum), or {@code null} to use the whole time
     */
    public static Outcome run(Path file, Duration timeLimit, Long stopAt) throws IOException {
        CurtoisInstance instance = CurtoisReader.read(file);
        Schedule problem = CurtoisModel.toSchedule(instance);
        ScheduleSolver.Result result = ScheduleSolver.solve(problem, timeLimit,
                stopAt == null ? null : HardSoftScore.of(0, -stopAt));
        String[][] roster = CurtoisModel.roster(instance, result.schedule());
        CurtoisEvaluator.Evaluation check = CurtoisEvaluator.evaluate(instance, roster);
        HardSoftScore score = result.schedule().getScore();
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        return new Outcome(name, check.objective(), -score.softScore(), score.hardScore(), check.violations(),
                result.millis(), result.firstFeasibleMillis(), roster,
                terms(CurtoisEvaluator.terms(instance, roster)));
    }

    private static Terms terms(CurtoisEvaluator.Terms t) {
        return new Terms(t.onRequests(), t.offRequests(), t.underCover(), t.overCover());
    }
}
