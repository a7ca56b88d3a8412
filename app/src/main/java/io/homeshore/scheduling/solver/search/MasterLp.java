package io.homeshore.scheduling.solver.search;

import java.util.Arrays;

/**
 * The linear relaxation of the restricted master problem of column generation for day cover (Desrosiers &amp;
 * Lübbecke 2005, "A primer in column generation"): choose a convex combination of rosters per agent so that the cover
 * terms plus the rosters' own costs are least.
 * <pre>
 *   min  Σ own(a,k)·x(a,k) + Σ under(i)·u(i) + Σ over(i)·o(i)
 *   s.t. Σ_{(a,k) serving i} x(a,k) + u(i) − o(i) = required(i)   for every demand i   (dual: price π(i))
 *        Σ_k x(a,k) = 1                                            for every agent a    (dual: μ(a))
 *        x, u, o ≥ 0
 * </pre>
 * Solved by the revised simplex method with a dense basis inverse, warm-started from the last basis whenever columns
 * are added, so each round of column generation costs a few pivots; the prices it gives are the duals the pricing
 * needs. Dantzig's rule, with Bland's rule after a run of degenerate pivots so it cannot cycle; the duals are
 * updated with each pivot and the inverse is computed afresh every so often ({@link #refactor}). The first basis is
 * the given choice of one column per agent with each demand's shortage or excess, so every basis is feasible.
 */
final class MasterLp {

    private static final double EPS = 1e-9;
    /** The most any demand's right-hand side is raised by, each by a different amount. */
    private static final double PERTURBATION = 1e-5;
    /** Fewest pivots between two refactorings; more on larger masters ({@link #refactor}). */
    private static final int REFACTOR = 64;
    private static final int DEGENERATE_RUN = 50;

    private final int demands;
    private final int rows;
    private final LpVariables variables = new LpVariables();
    private final int[] basis;
    private final double[] rhs;
    private final BasisInverse inverse;
    private final double[] duals;
    private int pivots;
    private final int[] required;

    /**
     * @param required  the cover each demand wants
     * @param under     cost of each unit short
     * @param over      cost of each unit over
     * @param startUses per agent: the demands served by its first column (empty for an agent without days)
     * @param startCost per agent: that column's own cost
     * @param startK    per agent: that column's index among the agent's columns
     */
    MasterLp(int[] required, double[] under, double[] over, int[][] startUses, double[] startCost, int[] startK) {
        this.demands = required.length;
        this.required = required.clone();
        this.rows = demands + startUses.length;
        this.basis = new int[rows];
        this.rhs = new double[rows];
        this.inverse = new BasisInverse(rhs);
        this.duals = new double[rows];
        int[] count = new int[demands];
        for (int[] uses : startUses) {
            for (int i : uses) {
                count[i]++;
            }
        }
        for (int i = 0; i < demands; i++) {
            // perturbed (Charnes 1952): a demand met exactly would leave a basic variable at zero, and the master's
            // many such rows stall the simplex in degenerate pivots
            rhs[i] = required[i] + PERTURBATION * (i + 1) / demands;
            int u = variables.add(under[i], new int[] {i}, -1, -1);
            int o = variables.add(over[i], new int[] {~i}, -1, -1);
            basis[i] = count[i] <= required[i] ? u : o;
        }
        for (int a = 0; a < startUses.length; a++) {
            rhs[demands + a] = 1;
            basis[demands + a] = addColumn(a, startK[a], startUses[a], startCost[a]);
        }
        refactor();
    }

    /** Adds the agent's column {@code k}, which serves {@code uses} and costs {@code own}; returns its variable. */
    int addColumn(int agent, int k, int[] uses, double own) {
        int[] r = Arrays.copyOf(uses, uses.length + 1);
        r[uses.length] = demands + agent;
        return variables.add(own, r, agent, k);
    }

    /**
     * Pivots until no variable has a negative reduced cost or the deadline ({@link System#nanoTime}) passes; returns
     * whether it is optimal over the columns it has.
     */
    boolean solve(long deadline) {
        boolean[] inBasis = new boolean[variables.size()];
        for (int v : basis) {
            inBasis[v] = true;
        }
        int degenerate = 0;
        double[] w = new double[rows];
        computeDuals();
        for (int p = 0; (p & 255) != 255 || System.nanoTime() < deadline; p++) {
            boolean bland = degenerate >= DEGENERATE_RUN;
            int entering = entering(inBasis, bland);
            if (entering < 0) {
                return true;
            }
            double most = reducedCost(entering);
            inverse.express(variables.rows(entering), w);
            int leaving = leaving(w, bland);
            degenerate = inverse.value(leaving) / w[leaving] < EPS ? degenerate + 1 : 0;
            inverse.pivot(leaving, w);
            inBasis[basis[leaving]] = false;
            basis[leaving] = entering;
            inBasis[entering] = true;
            if (++pivots % Math.max(REFACTOR, rows) == 0) {
                refactor();
                computeDuals();
            } else {
                // the entering variable's reduced cost becomes 0: y' = y + d·(row of the new inverse at the pivot)
                inverse.addRow(leaving, most, duals);
            }
        }
        computeDuals();
        return false;
    }

    /** The variable to enter: of most negative reduced cost, or with Bland's rule the first negative; −1 if none. */
    private int entering(boolean[] inBasis, boolean bland) {
        int entering = -1;
        double most = -EPS;
        for (int v = 0; v < variables.size(); v++) {
            if (inBasis[v]) {
                continue;
            }
            double d = reducedCost(v);
            if (d < most) {
                entering = v;
                most = d;
                if (bland) {
                    break;
                }
            }
        }
        return entering;
    }

    /**
     * The position to leave (ratio test) for the entering column {@code w}: ties broken towards the larger pivot, or
     * with Bland's rule towards the lowest variable.
     */
    private int leaving(double[] w, boolean bland) {
        int leaving = -1;
        double ratio = Double.POSITIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            if (w[row] > EPS) {
                double q = inverse.value(row) / w[row];
                if (q < ratio - EPS || q < ratio + EPS && leaving >= 0
                        && (bland ? basis[row] < basis[leaving] : w[row] > w[leaving])) {
                    ratio = q;
                    leaving = row;
                }
            }
        }
        if (leaving < 0) {
            throw new IllegalStateException("restricted master unbounded");
        }
        return leaving;
    }

    private double reducedCost(int v) {
        return variables.reducedCost(v, duals);
    }

    private void computeDuals() {
        Arrays.fill(duals, 0);
        for (int row = 0; row < rows; row++) {
            double c = variables.cost(basis[row]);
            if (c != 0) {
                inverse.addRow(row, c, duals);
            }
        }
    }

    /**
     * Computes the basis inverse afresh ({@link BasisInverse#refactor}). That costs about rows³ and a pivot about
     * rows², so it is done every {@code rows} pivots (at least {@link #REFACTOR}): the refactorings then cost about as
     * much as the pivots between them. Every 64 pivots, as before, the refactoring took most of the time of column
     * generation on Curtois 12 (340 rows).
     */
    private void refactor() {
        int[][] columns = new int[rows][];
        for (int k = 0; k < rows; k++) {
            columns[k] = variables.rows(basis[k]);
        }
        inverse.refactor(columns);
    }

    /**
     * The value of the last solve, as its dual value at the unperturbed right-hand sides: when it ended optimal,
     * a lower bound on the restricted master's LP that is exact up to the perturbation (at most the demands' count
     * times {@link #PERTURBATION} times the largest under-cover weight).
     */
    double objective() {
        double z = 0;
        for (int row = 0; row < rows; row++) {
            z += (row < demands ? required[row] : 1) * duals[row];
        }
        return z;
    }

    /** The dual price of demand {@code i} at the last solve. */
    double price(int i) {
        return duals[i];
    }

    /** The dual price of agent {@code a}'s row (its columns sum to 1) at the last solve. */
    double agentPrice(int a) {
        return duals[demands + a];
    }

    /** Receives a column of an agent and its value in the solution. */
    @FunctionalInterface
    interface ColumnValue {
        void accept(int k, double value);
    }

    /** Every column of the agent with a positive value in the last solution. */
    void forEachValue(int agent, ColumnValue action) {
        for (int row = 0; row < rows; row++) {
            if (variables.agent(basis[row]) == agent && inverse.value(row) > EPS) {
                action.accept(variables.column(basis[row]), inverse.value(row));
            }
        }
    }

    /**
     * The least reduced cost over all variables at the last solve's duals: at least 0, up to rounding, when it ended
     * optimal (the duals are feasible, so their value is a lower bound).
     */
    double leastReducedCost() {
        double least = Double.POSITIVE_INFINITY;
        for (int v = 0; v < variables.size(); v++) {
            least = Math.min(least, reducedCost(v));
        }
        return least;
    }
}
