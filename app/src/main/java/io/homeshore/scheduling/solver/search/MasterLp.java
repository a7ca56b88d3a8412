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
    /**
     * Per variable: cost, agent and column (−1 for a shortage or excess), and its rows: {@code j} for a coefficient
     * +1 in row j, {@code ~j} for −1 (an excess).
     */
    private double[] costs = new double[64];
    private int[][] rowsOf = new int[64][];
    private int[] agentOf = new int[64];
    private int[] columnOf = new int[64];
    private int variables;
    private final int[] basis;
    private final double[] rhs;
    private final double[][] inverse;
    private final double[] values;
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
    MasterLp(int[] required, int[] under, int[] over, int[][] startUses, long[] startCost, int[] startK) {
        this.demands = required.length;
        this.required = required.clone();
        this.rows = demands + startUses.length;
        this.basis = new int[rows];
        this.rhs = new double[rows];
        this.inverse = new double[rows][rows];
        this.values = new double[rows];
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
            int u = variable(under[i], new int[] {i}, -1, -1);
            int o = variable(over[i], new int[] {~i}, -1, -1);
            basis[i] = count[i] <= required[i] ? u : o;
        }
        for (int a = 0; a < startUses.length; a++) {
            rhs[demands + a] = 1;
            basis[demands + a] = addColumn(a, startK[a], startUses[a], startCost[a]);
        }
        refactor();
    }

    /** Adds the agent's column {@code k}, which serves {@code uses} and costs {@code own}; returns its variable. */
    int addColumn(int agent, int k, int[] uses, long own) {
        int[] r = Arrays.copyOf(uses, uses.length + 1);
        r[uses.length] = demands + agent;
        return variable(own, r, agent, k);
    }

    private int variable(double cost, int[] r, int agent, int k) {
        if (variables == costs.length) {
            int n = variables * 2;
            costs = Arrays.copyOf(costs, n);
            rowsOf = Arrays.copyOf(rowsOf, n);
            agentOf = Arrays.copyOf(agentOf, n);
            columnOf = Arrays.copyOf(columnOf, n);
        }
        costs[variables] = cost;
        rowsOf[variables] = r;
        agentOf[variables] = agent;
        columnOf[variables] = k;
        return variables++;
    }

    /**
     * Pivots until no variable has a negative reduced cost or the deadline ({@link System#nanoTime}) passes; returns
     * whether it is optimal over the columns it has.
     */
    boolean solve(long deadline) {
        boolean[] inBasis = new boolean[variables];
        for (int v : basis) {
            inBasis[v] = true;
        }
        int degenerate = 0;
        double[] w = new double[rows];
        computeDuals();
        for (int p = 0; (p & 255) != 255 || System.nanoTime() < deadline; p++) {
            boolean bland = degenerate >= DEGENERATE_RUN;
            int entering = -1;
            double most = -EPS;
            for (int v = 0; v < variables; v++) {
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
            if (entering < 0) {
                return true;
            }
            int[] r = rowsOf[entering];
            for (int row = 0; row < rows; row++) {
                double s = 0;
                for (int j : r) {
                    s += j >= 0 ? inverse[row][j] : -inverse[row][~j];
                }
                w[row] = s;
            }
            int leaving = -1;
            double ratio = Double.POSITIVE_INFINITY;
            for (int row = 0; row < rows; row++) {
                if (w[row] > EPS) {
                    double q = values[row] / w[row];
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
            degenerate = ratio < EPS ? degenerate + 1 : 0;
            pivot(leaving, w);
            inBasis[basis[leaving]] = false;
            basis[leaving] = entering;
            inBasis[entering] = true;
            if (++pivots % Math.max(REFACTOR, rows) == 0) {
                refactor();
                computeDuals();
            } else {
                // the entering variable's reduced cost becomes 0: y' = y + d·(row of the new inverse at the pivot)
                double[] pivotRow = inverse[leaving];
                for (int j = 0; j < rows; j++) {
                    duals[j] += most * pivotRow[j];
                }
            }
        }
        computeDuals();
        return false;
    }

    private void pivot(int leaving, double[] w) {
        double[] pivotRow = inverse[leaving];
        double pw = w[leaving];
        for (int j = 0; j < rows; j++) {
            pivotRow[j] /= pw;
        }
        values[leaving] /= pw;
        for (int row = 0; row < rows; row++) {
            double f = w[row];
            if (row == leaving || f == 0) {
                continue;
            }
            double[] target = inverse[row];
            for (int j = 0; j < rows; j++) {
                target[j] -= f * pivotRow[j];
            }
            values[row] -= f * values[leaving];
            if (values[row] < 0 && values[row] > -EPS) {
                values[row] = 0;
            }
        }
    }

    private double reducedCost(int v) {
        double d = costs[v];
        for (int j : rowsOf[v]) {
            d -= j >= 0 ? duals[j] : -duals[~j];
        }
        return d;
    }

    private void computeDuals() {
        Arrays.fill(duals, 0);
        for (int row = 0; row < rows; row++) {
            double c = costs[basis[row]];
            if (c != 0) {
                double[] inv = inverse[row];
                for (int j = 0; j < rows; j++) {
                    duals[j] += c * inv[j];
                }
            }
        }
    }

    /**
     * Computes the basis inverse afresh (Gauss–Jordan with partial pivoting) and the basic values from it. That costs
     * about rows³ and a pivot about rows², so it is done every {@code rows} pivots (at least {@link #REFACTOR}): the
     * refactorings then cost about as much as the pivots between them. Every 64 pivots, as before, the refactoring
     * took most of the time of column generation on Curtois 12 (340 rows).
     */
    private void refactor() {
        double[][] m = new double[rows][2 * rows];
        for (int col = 0; col < rows; col++) {
            for (int j : rowsOf[basis[col]]) {
                m[j >= 0 ? j : ~j][col] = j >= 0 ? 1 : -1;
            }
            m[col][rows + col] = 1;
        }
        for (int col = 0; col < rows; col++) {
            int best = col;
            for (int row = col + 1; row < rows; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[best][col])) {
                    best = row;
                }
            }
            double[] t = m[col];
            m[col] = m[best];
            m[best] = t;
            double p = m[col][col];
            if (Math.abs(p) < 1e-12) {
                throw new IllegalStateException("singular basis");
            }
            // left of the diagonal the pivot row is already zero
            for (int j = col; j < 2 * rows; j++) {
                m[col][j] /= p;
            }
            for (int row = 0; row < rows; row++) {
                double f = m[row][col];
                if (row != col && f != 0) {
                    for (int j = col; j < 2 * rows; j++) {
                        m[row][j] -= f * m[col][j];
                    }
                }
            }
        }
        // [B | I] became [I | B^-1]: row k of the inverse belongs to the variable basic at position k
        for (int row = 0; row < rows; row++) {
            System.arraycopy(m[row], rows, inverse[row], 0, rows);
        }
        for (int row = 0; row < rows; row++) {
            double s = 0;
            for (int j = 0; j < rows; j++) {
                s += inverse[row][j] * rhs[j];
            }
            values[row] = Math.max(0, s);
        }
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

    /** Receives a column of an agent and its value in the solution. */
    @FunctionalInterface
    interface ColumnValue {
        void accept(int k, double value);
    }

    /** Every column of the agent with a positive value in the last solution. */
    void forEachValue(int agent, ColumnValue action) {
        for (int row = 0; row < rows; row++) {
            if (agentOf[basis[row]] == agent && values[row] > EPS) {
                action.accept(columnOf[basis[row]], values[row]);
            }
        }
    }

    /**
     * The least reduced cost over all variables at the last solve's duals: at least 0, up to rounding, when it ended
     * optimal (the duals are feasible, so their value is a lower bound).
     */
    double leastReducedCost() {
        double least = Double.POSITIVE_INFINITY;
        for (int v = 0; v < variables; v++) {
            least = Math.min(least, reducedCost(v));
        }
        return least;
    }
}
