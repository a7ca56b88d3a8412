package io.homeshore.forecasting.model;

/** One backtest forecast slot: lead time in days (1 = the first forecast day), forecast and actual volume. */
public record Residual(int leadDay, double forecast, double actual) {}
