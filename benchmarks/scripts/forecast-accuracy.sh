#!/usr/bin/env bash
# Issue 4 accuracy benchmark: Homeshore's forecast models side by side with R's forecast package (dshw, tbats, stlf)
# on the same series, folds and metrics.
#   1. Anonymous Bank, February 1999 (real, read in place from ../shared/): the last week held out as 7 daily
#      origins, next-day horizon, 30-minute intervals, one queue per call type (R: the three large ones).
#   2. Synthetic demo-like history (seed 42, 3 queues x 52 weeks, 30-minute intervals, Europe/Amsterdam): next-day
#      (7 daily origins) and 28-day (4 weekly origins) horizons. Side by side with R, Homeshore gets no calendar
#      (R's models have none); the *-calendar sets repeat Homeshore's backtest with the holiday/campaign calendar.
#   3. Anonymous Bank at 7 days ahead (one origin: 21 training days, the last week held out), the longest horizon
#      four weeks allow; 28 days ahead needs at least 14 + 28 days of history.
# R's models fit the last 8 weeks of each fold's training data (tbats and dshw on a year of intervals take hours).
# R runs through r-folds.sh: one process per (queue, model, fold), R_JOBS (default 2) at once, R_TIMEOUT (default
# 3600) seconds each; finished folds are kept in r-work/ and not run again (delete it to start over).
# Installs r-base-core and r-cran-forecast with apt-get when missing (never a build dependency).
# Writes CSVs and the merged table (table.md) to benchmarks/target/forecast-accuracy/.
# Usage: benchmarks/scripts/forecast-accuracy.sh [--skip-r]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/benchmarks/target/forecast-accuracy"
mkdir -p "$out"
skip_r="${1:-}"
r_window_weeks=8

shared=""
dir="$root"
while [ "$dir" != "/" ]; do
  if [ -d "$dir/shared/data" ]; then shared="$dir/shared"; break; fi
  dir="$(dirname "$dir")"
done

if [ "$skip_r" != "--skip-r" ] && ! Rscript -e 'library(forecast)' >/dev/null 2>&1; then
  echo "installing R and the forecast package (apt-get) ..." >&2
  apt-get install -y --no-install-recommends r-base-core r-cran-forecast >&2
fi

# run NAME HORIZON FOLDS STEP R-QUEUES HISTORY-ARGS...: Homeshore's backtest now, R's on the same series in the background
run() {
  local name="$1" horizon="$2" folds="$3" step="$4" r_queues="$5"; shift 5
  "$root/homeshore" forecast backtest "$@" --horizon "${horizon}d" --folds "$folds" --step "${step}d" --csv \
      --series-out "$out/$name-series.csv" > "$out/$name-homeshore.csv" 2> "$out/$name-homeshore.log"
  if [ "$skip_r" != "--skip-r" ] && [ "$r_queues" != "-" ]; then
    r_runs+=("$name $horizon $folds $step $r_queues")
  fi
}
r_runs=()

if [ -n "$shared" ] && [ -f "$shared/data/anonymous-bank-1999-02/calls.tsv" ]; then
  bank=(--history "$shared/data/anonymous-bank-1999-02/calls.tsv" --format anonymous-bank --zone Asia/Jerusalem --interval 30m)
  run bank-1d 1 7 1 PS,NW,NE "${bank[@]}"
  run bank-7d 7 1 7 PS,NW,NE "${bank[@]}"
else
  echo "skipping the Anonymous Bank backtest: ../shared/data/anonymous-bank-1999-02/calls.tsv not found" >&2
fi

"$root/homeshore" forecast synthetic --queues 3 --weeks 52 --seed 42 --interval 30m --out "$out/synthetic.csv" \
    --special-days-out "$out/synthetic-special-days.csv" >&2
synthetic=(--history "$out/synthetic.csv" --zone Europe/Amsterdam --interval 30m)
run synthetic-1d 1 7 1 queue-01,queue-02,queue-03 "${synthetic[@]}"
run synthetic-28d 28 4 7 queue-01,queue-02,queue-03 "${synthetic[@]}"
run synthetic-1d-calendar 1 7 1 - "${synthetic[@]}" --special-days "$out/synthetic-special-days.csv"
run synthetic-28d-calendar 28 4 7 - "${synthetic[@]}" --special-days "$out/synthetic-special-days.csv"
for r in "${r_runs[@]}"; do
  read -r name horizon folds step queues <<< "$r"
  "$root/benchmarks/scripts/r-folds.sh" "$out/$name-series.csv" "$out/r-work/$name" "$horizon" "$folds" "$step" "$r_window_weeks" \
      "$queues" snaive,dshw,tbats,stlf > "$out/$name-r.csv" 2> "$out/$name-r.log"
done
rm -f "$out"/*-series.csv

# one table: set, queue, horizon, model, MASE, wMAPE, wMAPE change against Homeshore's weekly seasonal naive
for f in "$out"/*-homeshore.csv; do
  name="$(basename "$f" -homeshore.csv)"
  r="$out/$name-r.csv"
  { tail -n +2 "$f" | cut -d, -f1-6; if [ -f "$r" ]; then tail -n +2 "$r" | cut -d, -f1-6; fi; } | awk -F, -v set="$name" '
    { if ($4 == "seasonal-naive") naive[$1] = $6; rows[NR] = $0 }
    END { for (i = 1; i <= NR; i++) { split(rows[i], c, ",");
            printf "| %s | %s | %s | %s | %.3f | %.1f %% | %+.1f %% |\n", set, c[1], c[2] "d", c[4], c[5], 100 * c[6], 100 * (c[6] / naive[c[1]] - 1) } }'
done | tee "$out/table.md"
