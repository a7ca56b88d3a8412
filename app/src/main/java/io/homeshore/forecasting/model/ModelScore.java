package io.homeshore.forecasting.model;

/**
 * One model's backtest accuracy over all folds.
 *
 * @param model  model name
 * @param mase   mean over folds of MAE / in-sample weekly seasonal naive MAE (below 1 beats the naive)
 * @param wmape  Σ|error| / Σ actual over all folds' test slots
 * @param folds  folds scored
 */
public record ModelScore(String model, double mase, double wmape, int folds) {}
