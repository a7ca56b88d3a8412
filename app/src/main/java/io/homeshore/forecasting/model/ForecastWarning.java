package io.homeshore.forecasting.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A note about history or a forecast that the planner should see (a gap filled, a fallback model, an unmeasured
 * horizon), as a {@link Code} and the values it names, so that a user interface can say it in the reader's
 * language; {@link #text()} is the English the CLI prints.
 */
public record ForecastWarning(Code code, List<String> args) {

    /** The kinds of warning, each with its English {@link MessageFormat} pattern over the args. */
    public enum Code {
        DUPLICATE_CONTACTS("{0} duplicate contact records dropped"),
        DUPLICATE_INTERVALS("{0} duplicate interval rows dropped"),
        GAP("queue {0}: no history on {1}; filled from the same weekday a week before"),
        SHORT_HISTORY("queue {0}: under two weeks of history ({1} days); using {2} without a backtest"),
        SHORT_BACKTEST("queue {0}: history allows a backtest of only {1} days ahead; accuracy beyond that is not measured"),
        FOLDS_SKIPPED("{0} of {1} folds skipped: a fold needs {2} days of training before its {3}-day test window; history has {4} days"),
        MASE_UNDEFINED("fold from {0}: MASE undefined, the training weeks repeat exactly (in-sample naive error 0)"),
        UNKNOWN_EFFECT("special day {0} on {1} has no past occurrence and no planner factor; forecast as an ordinary day"),
        POISSON_BAND("queue {0}: prediction band from the Poisson approximation (too few backtest errors)");

        private final String english;

        Code(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    public ForecastWarning {
        args = List.copyOf(args);
    }

    /** A warning whose args are the string forms of {@code args}. */
    public static ForecastWarning of(Code code, Object... args) {
        return new ForecastWarning(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The English text. */
    public String text() {
        return new MessageFormat(code.english, Locale.ROOT).format(args.toArray());
    }

    @Override
    public String toString() {
        return text();
    }
}
