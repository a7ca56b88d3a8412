package io.homeshore.scheduling.solver.search;

import java.util.Arrays;

/**
 * The variables of {@link MasterLp}: per variable its cost, its rows ({@code j} for a coefficient +1 in row j,
 * {@code ~j} for −1, an excess), and the agent and column it stands for (−1 for a shortage or excess).
 */
final class LpVariables {

    private double[] costs = new double[64];
    private int[][] rows = new int[64][];
    private int[] agents = new int[64];
    private int[] columns = new int[64];
    private int size;

    /** Adds a variable and returns its index. */
    int add(double cost, int[] rowsOf, int agent, int column) {
        if (size == costs.length) {
            int n = size * 2;
            costs = Arrays.copyOf(costs, n);
            rows = Arrays.copyOf(rows, n);
            agents = Arrays.copyOf(agents, n);
            columns = Arrays.copyOf(columns, n);
        }
        costs[size] = cost;
        rows[size] = rowsOf;
        agents[size] = agent;
        columns[size] = column;
        return size++;
    }

    int size() {
        return size;
    }

    double cost(int v) {
        return costs[v];
    }

    int[] rows(int v) {
        return rows[v];
    }

    int agent(int v) {
        return agents[v];
    }

    int column(int v) {
        return columns[v];
    }

    /** The variable's cost less what its rows are worth at these duals. */
    double reducedCost(int v, double[] duals) {
        double d = costs[v];
        for (int j : rows[v]) {
            d -= j >= 0 ? duals[j] : -duals[~j];
        }
        return d;
    }
}
