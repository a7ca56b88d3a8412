package io.homeshore.forecasting;

import io.homeshore.forecasting.model.HistoryProblem;
import io.homeshore.platform.InvalidInputException;
import java.util.List;

/**
 * A history file refused as a whole, nothing imported: one field error per problem (field "line N, column C
 * (name)", code {@code error.history.<CODE>}), and the problems themselves for pages that say where in the
 * reader's language.
 */
public class HistoryFileRefused extends InvalidInputException {

    private final transient List<HistoryProblem> problems;

    public HistoryFileRefused(List<HistoryProblem> problems) {
        super(problems.stream().map(p -> FieldError.coded(p.where(), "error.history." + p.code().name(), p.message(), p.args().toArray())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<HistoryProblem> problems() {
        return problems;
    }
}
