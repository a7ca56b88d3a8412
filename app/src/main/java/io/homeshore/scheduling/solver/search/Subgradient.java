package io.homeshore.scheduling.solver.search;

import io.homeshore.scheduling.solver.ShiftDemand;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The demands' prices by the subgradient method (Fisher 1981, "The Lagrangian relaxation method for solving integer
 * programming problems", Mgmt Sci 27): up where too few work, down where too many, by a step that shrinks when the
 * bound stops rising; when the step has shrunk away, the prices are shaken for new columns.
 */
final class Subgradient {

    /** Iterations without a better bound after which the step shrinks by half. */
    private static final int PATIENCE = 10;
    /** Step size below which the prices count as converged and are shaken for new columns. */
    private static final double MIN_THETA = 1e-3;
    /** How far a restart shakes each price, as a share of the demand's under-cover weight. */
    private static final double RESTART_NOISE = Double.parseDouble(
            System.getProperty("homeshore.scheduling.restartNoise", "0.5"));

    private final List<ShiftDemand> demands;
    private double theta = 1.0;
    private double bound = Double.NEGATIVE_INFINITY;
    private int idle;

    Subgradient(List<ShiftDemand> demands) {
        this.demands = demands;
    }

    /** The prices to start from: a demand's under-cover weight where the cover is short, else minus its over weight. */
    double[] start(int[] count) {
        double[] price = new double[demands.size()];
        for (int i = 0; i < price.length; i++) {
            ShiftDemand d = demands.get(i);
            price[i] = count[i] < d.required() ? d.underWeight() : -d.overWeight();
        }
        return price;
    }

    /** Takes the Lagrangian value at the current prices (a lower bound); the step shrinks when it stops rising. */
    void record(double lagrangian) {
        if (lagrangian > bound + 1e-9) {
            bound = lagrangian;
            idle = 0;
        } else if (++idle >= PATIENCE) {
            theta /= 2;
            idle = 0;
        }
    }

    /**
     * Moves the prices one step from the cover {@code count} of the rosters priced at them towards the required cover,
     * sized by the gap between the best plan's cost and the bound (Polyak's step); shakes them instead once the step
     * has shrunk away or the cover is exact.
     */
    void step(double[] price, int[] count, long best, SplittableRandom random) {
        double norm = 0;
        for (int i = 0; i < price.length; i++) {
            double g = demands.get(i).required() - count[i];
            norm += g * g;
        }
        if (norm == 0 || theta < MIN_THETA) {
            theta = 1;
            for (int i = 0; i < price.length; i++) {
                ShiftDemand d = demands.get(i);
                price[i] = clamp(d, price[i] + (random.nextDouble() - 0.5) * d.underWeight() * RESTART_NOISE);
            }
            return;
        }
        double step = theta * Math.max(1, best - bound) / norm;
        for (int i = 0; i < price.length; i++) {
            ShiftDemand d = demands.get(i);
            price[i] = clamp(d, price[i] + step * (d.required() - count[i]));
        }
    }

    /** A demand's price stays between minus its over-cover and its under-cover weight, where the bound is valid. */
    private static double clamp(ShiftDemand d, double price) {
        return Math.max(-d.overWeight(), Math.min(d.underWeight(), price));
    }
}
