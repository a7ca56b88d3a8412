# Rolling-origin backtest of R's forecast package (dshw, tbats, stlf; snaive as a cross-check of the metrics)
# on a series written by `homeshore forecast backtest --series-out`, with the same folds and metrics as Homeshore:
# fold f (0 = latest) tests days [D - H - f*step, D - H - f*step + H); folds with under 14 training days are skipped;
# MASE = fold MAE / in-sample MAE of the weekly seasonal naive, averaged over folds; wMAPE = sum|e| / sum(y).
# Forecasts are floored at zero (as Homeshore's). Each model is fitted on the last WINDOW_WEEKS weeks of the fold's
# training data (tbats on a year of 15-minute data would take hours). dshw needs positive data: it fits y + 1.
# Usage: Rscript r-forecast-backtest.R SERIES.csv HORIZON_DAYS FOLDS STEP_DAYS WINDOW_WEEKS [QUEUE,... [MODEL,... [FOLD,...]]]
# (QUEUE list "all" = every queue; MODEL list from snaive,dshw,tbats,stlf, default all four)
# Prints CSV: queue,horizon_days,folds,model,mase,wmape,seconds
# With a FOLD list (0 = the latest origin) it runs only those folds and prints one row per fold instead, for
# r-folds.sh to run folds in parallel and merge: queue,horizon_days,fold,model,mae,scale,abs_err,total,seconds
suppressPackageStartupMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
series <- read.csv(args[1], stringsAsFactors = FALSE)
horizon <- as.integer(args[2]); folds <- as.integer(args[3]); step <- as.integer(args[4]); window_weeks <- as.integer(args[5])
queues <- if (length(args) >= 6 && args[6] != "all") strsplit(args[6], ",")[[1]] else unique(series$queue)
models <- paste0("r-", if (length(args) >= 7 && args[7] != "all") strsplit(args[7], ",")[[1]] else c("snaive", "dshw", "tbats", "stlf"))
only_folds <- if (length(args) >= 8) as.integer(strsplit(args[8], ",")[[1]]) else NULL

fit_forecast <- function(model, y, s1, h) {
  m <- 7 * s1
  switch(model,
    snaive = rep(tail(y, m), length.out = h),
    dshw = as.numeric(dshw(y + 1, period1 = s1, period2 = m, h = h)$mean) - 1,
    tbats = as.numeric(forecast(tbats(msts(y, seasonal.periods = c(s1, m)), use.box.cox = FALSE, use.parallel = FALSE), h = h)$mean),
    stlf = as.numeric(stlf(msts(y, seasonal.periods = c(s1, m)), h = h)$mean))
}

cat(if (is.null(only_folds)) "queue,horizon_days,folds,model,mase,wmape,seconds\n"
    else "queue,horizon_days,fold,model,mae,scale,abs_err,total,seconds\n")
for (q in queues) {
  x <- series[series$queue == q, ]
  x <- x[order(x$local_date, x$slot), ]
  s1 <- max(x$slot) + 1; m <- 7 * s1; y <- x$volume; days <- length(y) / s1
  fold_ids <- 0:(folds - 1)
  origins <- days - horizon - fold_ids * step
  keep <- origins >= 14 & (is.null(only_folds) | fold_ids %in% only_folds)
  fold_ids <- fold_ids[keep]; origins <- origins[keep]
  for (model in models) {
    mase <- c(); abs_err <- 0; total <- 0; seconds <- 0
    for (k in seq_along(origins)) {
      o <- origins[k]
      train <- y[1:(o * s1)]; test <- y[(o * s1 + 1):((o + horizon) * s1)]
      scale <- mean(abs(diff(train, lag = m)))
      window <- tail(train, window_weeks * m)
      t0 <- proc.time()[["elapsed"]]
      fc <- tryCatch(pmax(fit_forecast(sub("r-", "", model), window, s1, length(test)), 0),
                     error = function(e) { message(q, " ", model, " origin ", o, ": ", conditionMessage(e)); rep(NA, length(test)) })
      seconds <- seconds + proc.time()[["elapsed"]] - t0
      mase <- c(mase, mean(abs(test - fc)) / scale)
      if (!is.null(only_folds)) {
        cat(sprintf("%s,%d,%d,%s,%.6f,%.6f,%.4f,%.4f,%.1f\n", q, horizon, fold_ids[k], model, mean(abs(test - fc)), scale,
                    sum(abs(test - fc)), sum(test), proc.time()[["elapsed"]] - t0))
        flush(stdout())
      }
      abs_err <- abs_err + sum(abs(test - fc)); total <- total + sum(test)
    }
    if (is.null(only_folds)) {
      cat(sprintf("%s,%d,%d,%s,%.4f,%.4f,%.1f\n", q, horizon, length(origins), model, mean(mase), abs_err / total, seconds))
      flush(stdout())
    }
  }
}
