package io.homeshore.forecasting.model;

import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Bounded derivative-free minimisation of smoothing parameters with Powell's BOBYQA (Powell 2009, "The BOBYQA
 * algorithm for bound constrained optimization without derivatives"), as implemented by Hipparchus.
 */
final class Fitting {

    private Fitting() {}

    /**
     * Minimises {@code objective} within the box {@code [lower, upper]} from {@code start}; needs at least two
     * parameters and every box side at least 0.2 wide (twice the initial trust region of 0.1). When BOBYQA stops
     * early (its trust-region step can fail on flat objectives, or it runs out of evaluations) the best point it
     * evaluated is returned, which is never worse than the start.
     */
    static double[] minimise(ToDoubleFunction<double[]> objective, double[] start, double[] lower, double[] upper, int maxEvaluations) {
        double[][] best = {start.clone()};
        double[] bestValue = {objective.applyAsDouble(start)};
        ObjectiveFunction tracked = new ObjectiveFunction(x -> {
            double value = objective.applyAsDouble(x);
            if (value < bestValue[0]) {
                bestValue[0] = value;
                best[0] = x.clone();
            }
            return value;
        });
        try {
            new BOBYQAOptimizer(2 * start.length + 1, 0.1, 1e-4).optimize(new MaxEval(maxEvaluations), tracked,
                    GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
        } catch (MathIllegalStateException stoppedEarly) {
            // keep the best point seen so far
        }
        return best[0];
    }
}
