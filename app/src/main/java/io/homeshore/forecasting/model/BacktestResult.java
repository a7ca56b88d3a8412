package io.homeshore.forecasting.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The backtest table of one queue.
 *
 * @param queue        queue id
 * @param horizonDays  forecast horizon of every fold
 * @param origins      first test day of each fold, latest first
 * @param scores       one row per model, in the order the models were given
 * @param best         name of the model with the lowest mean MASE
 * @param residuals    every scored slot per model (for prediction intervals)
 * @param warnings     skipped folds and similar notes
 */
public record BacktestResult(String queue, int horizonDays, List<LocalDate> origins, List<ModelScore> scores, String best,
                             Map<String, List<Residual>> residuals, List<ForecastWarning> warnings) {

    public ModelScore score(String model) {
        return scores.stream().filter(s -> s.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named " + model));
    }
}
