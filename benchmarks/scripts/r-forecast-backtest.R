# Rolling-origin backtest of R's forecast package (dshw, tbats, stlf; snaive as a cross-check of the metrics)
# on a series written by `homeshore forecast backtest --series-out`, with the same folds and metrics as Homeshore:
# fold f (0 = latest) tests days [D - H - f*step, D - H - f*step + H); folds with under 14 training days are skipped;
# MASE = fold MAE / in-sample MAE of the weekly seasonal naive, averaged over folds; wMAPE = sum|e| / sum(y).
# Forecasts are floored at zero (as Homeshore's). Each model is fitted on the last WINDOW_WEEKS weeks of the fold's
# training data (tbats on a year of 15-minute data would take hours). dshw needs positive data: it fits y + 1.
# Usage: Rscript r-forecast-backtest.R SERIES.csv HORIZON_DAYS FOLDS STEP_DAYS WINDOW_WEEKS [QUEUE,... [MODEL,...]]
# (QUEUE list "all" = every queue; MODEL list from snaive,dshw,tbats,stlf, default all four)
# Prints CSV: queue,horizon_days,folds,model,mase,wmape,seconds
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
series <- read.csv(args[1], stringsAsFactors = FALSE)
horizon <- as.integer(args[2]); folds <- as.integer(args[3]); step <- as.integer(args[4]); window_weeks <- as.integer(args[5])
queues <- if (length(args) >= 6 && args[6] != "all") strsplit(args[6], ",")[[1]] else unique(series$queue)
models <- paste0("r-", if (length(args) >= 7) strsplit(args[7], ",")[[1]] else c("snaive", "dshw", "tbats", "stlf"))

fit_forecast <- function(model, y, s1, h) {
  m <- 7 * s1
  switch(model,
    snaive = rep(tail(y, m), length.out = h),
    dshw = as.numeric(dshw(y + 1, period1 = s1, period2 = m, h = h)$mean) - 1,
    tbats = as.numeric(forecast(tbats(msts(y, seasonal.periods = c(s1, m)), use.box.cox = FALSE, use.parallel = FALSE), h = h)$mean),
    stlf = as.numeric(stlf(msts(y, seasonal.periods = c(s1, m)), h = h)$mean))
}

cat("queue,horizon_days,folds,model,mase,wmape,seconds\n")
for (q in queues) {
  x <- series[series$queue == q, ]
  x <- x[order(x$local_date, x$slot), ]
  s1 <- max(x$slot) + 1; m <- 7 * s1; y <- x$volume; days <- length(y) / s1
  origins <- days - horizon - (0:(folds - 1)) * step
  origins <- origins[origins >= 14]
  for (model in models) {
    mase <- c(); abs_err <- 0; total <- 0; seconds <- 0
    for (o in origins) {
      train <- y[1:(o * s1)]; test <- y[(o * s1 + 1):((o + horizon) * s1)]
      scale <- mean(abs(diff(train, lag = m)))
      window <- tail(train, window_weeks * m)
      t0 <- proc.time()[["elapsed"]]
      fc <- tryCatch(pmax(fit_forecast(sub("r-", "", model), window, s1, length(test)), 0),
                     error = function(e) { message(q, " ", model, " origin ", o, ": ", conditionMessage(e)); rep(NA, length(test)) })
      seconds <- seconds + proc.time()[["elapsed"]] - t0
      mase <- c(mase, mean(abs(test - fc)) / scale)
      abs_err <- abs_err + sum(abs(test - fc)); total <- total + sum(test)
    }
    cat(sprintf("%s,%d,%d,%s,%.4f,%.4f,%.1f\n", q, horizon, length(origins), model, mean(mase), abs_err / total, seconds))
    flush(stdout())
  }
}
