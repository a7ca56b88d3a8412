package io.homeshore.forecasting.model;

import java.util.List;

/** A history file refused as a whole: every problem found, in file order (at most {@link HistoryCsv#MAX_PROBLEMS}). */
public final class HistoryCsvException extends IllegalArgumentException {

    private final transient List<HistoryProblem> problems;

    public HistoryCsvException(List<HistoryProblem> problems) {
        super(problems.getFirst() + switch (problems.size()) {
            case 1 -> "";
            case 2 -> " (and 1 more problem)";
            default -> " (and " + (problems.size() - 1) + " more problems)";
        });
        this.problems = List.copyOf(problems);
    }

    public List<HistoryProblem> problems() {
        return problems;
    }
}
