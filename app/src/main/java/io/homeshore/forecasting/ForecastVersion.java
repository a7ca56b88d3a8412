package io.homeshore.forecasting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One forecast run of a queue, kept for good: who ran it and when, the model the backtest chose and its accuracy,
 * the warnings, the day overrides, and — once published — who published it and when.
 */
public record ForecastVersion(long id, long queueId, Instant createdAt, String createdBy, String model, int horizonDays, int intervalMinutes,
                              LocalDate firstDay, Double mase, Double wmape, List<Warning> warnings, Instant publishedAt, String publishedBy,
                              List<Score> backtest, List<Override> overrides) {

    /**
     * A warning of the run: {@code code} names a {@link io.homeshore.forecasting.model.ForecastWarning.Code} (null for
     * a version stored before warnings had codes), {@code args} its values, {@code message} the text in the reader's
     * language.
     */
    public record Warning(String code, List<String> args, String message) {

        /** The same warning with its text replaced. */
        public Warning withMessage(String text) {
            return new Warning(code, args, text);
        }
    }

    /** A model's rolling-origin backtest accuracy: MASE (against the weekly seasonal naive) and wMAPE. */
    public record Score(String model, double mase, double wmape, int folds) {}

    /** A planner's change to one day: the day's volume multiplied by {@code factor}, and why. */
    public record Override(LocalDate day, double factor, String reason, String by, Instant at) {}

    /** One forecast interval: expected contacts, the 80 % band and the expected handle time. */
    public record Interval(Instant start, double volume, double lower, double upper, double ahtSeconds) {}

    /** The same version with other warnings (e.g. translated). */
    public ForecastVersion withWarnings(List<Warning> translated) {
        return new ForecastVersion(id, queueId, createdAt, createdBy, model, horizonDays, intervalMinutes, firstDay, mase, wmape, translated,
                publishedAt, publishedBy, backtest, overrides);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
