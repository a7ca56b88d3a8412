package io.homeshore.scheduling.solver.search;

/**
 * The dense inverse of a simplex basis and the basic values it gives, for {@link MasterLp}. Every column of the
 * master has entries ±1 only, so a column is given by its rows: {@code j} for +1 in row j, {@code ~j} for −1. Row
 * {@code k} of the inverse and value {@code k} belong to the variable basic at position {@code k}.
 */
final class BasisInverse {

    private static final double EPS = 1e-9;

    private final int rows;
    private final double[] rhs;
    private final double[][] inverse;
    private final double[] values;

    /** @param rhs the right-hand sides, one per row (kept, not copied) */
    BasisInverse(double[] rhs) {
        this.rows = rhs.length;
        this.rhs = rhs;
        this.inverse = new double[rows][rows];
        this.values = new double[rows];
    }

    /**
     * Computes the inverse afresh from the basic columns ({@code columns[k]}: the rows of the column basic at
     * position k), by Gauss–Jordan with partial pivoting on {@code [B | I]}, and the basic values from it. It costs
     * about rows³ and a {@link #pivot} about rows².
     */
    void refactor(int[][] columns) {
        double[][] m = new double[rows][2 * rows];
        for (int col = 0; col < rows; col++) {
            for (int j : columns[col]) {
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
        // [B | I] became [I | B^-1]
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

    /** Writes into {@code w} the column given by its rows, expressed in the basis ({@code B⁻¹a}). */
    void express(int[] column, double[] w) {
        for (int row = 0; row < rows; row++) {
            double[] inv = inverse[row];
            double s = 0;
            for (int j : column) {
                s += j >= 0 ? inv[j] : -inv[~j];
            }
            w[row] = s;
        }
    }

    /**
     * Replaces the variable basic at {@code leaving} by the one whose column in the basis is {@code w} (product-form
     * update of the inverse and the values).
     */
    void pivot(int leaving, double[] w) {
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

    /** Adds {@code factor} times row {@code k} of the inverse to {@code target}. */
    void addRow(int k, double factor, double[] target) {
        double[] inv = inverse[k];
        for (int j = 0; j < rows; j++) {
            target[j] += factor * inv[j];
        }
    }

    /** The value of the variable basic at position {@code k}. */
    double value(int k) {
        return values[k];
    }
}
