#!/usr/bin/env bash
# Issue 4 accuracy benchmark: Homeshore's forecast models side by side with R's forecast package (dshw, tbats, stlf)
# on the same series, folds and metrics.
#   1. Anonymous Bank, February 1999 (real, read in place from ../shared/): the last week held out, next-day
#      horizon, 7 daily origins, 30-minute intervals, one queue per call type.
#   2. Synthetic demo-like history (seed 42, 3 queues x 52 weeks x 15 min, Europe/Amsterdam, with its holiday and
#      campaign calendar): next-day (7 daily origins) and 28-day (4 weekly origins) horizons.
# Installs r-base-core and r-cran-forecast with apt-get when Rscript or the package is missing (never a build
# dependency). Writes CSVs and the merged table to benchmarks/target/forecast-accuracy/.
# Usage: benchmarks/scripts/forecast-accuracy.sh [--skip-r]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/benchmarks/target/forecast-accuracy"
mkdir -p "$out"
skip_r="${1:-}"

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

# run NAME HISTORY-ARGS... -- BACKTEST-ARGS: Homeshore's backtest (CSV) and, with the series it wrote, R's
run() {
  local name="$1" horizon="$2" folds="$3" step="$4"; shift 4
  "$root/homeshore" forecast backtest "$@" --horizon "${horizon}d" --folds "$folds" --step "${step}d" --csv \
      --series-out "$out/$name-series.csv" > "$out/$name-homeshore.csv"
  if [ "$skip_r" != "--skip-r" ]; then
    Rscript "$root/benchmarks/scripts/r-forecast-backtest.R" "$out/$name-series.csv" "$horizon" "$folds" "$step" 12 \
        > "$out/$name-r.csv" 2> "$out/$name-r.log"
  fi
  rm -f "$out/$name-series.csv"
}

if [ -n "$shared" ] && [ -f "$shared/data/anonymous-bank-1999-02/calls.tsv" ]; then
  run bank-1d 1 7 1 --history "$shared/data/anonymous-bank-1999-02/calls.tsv" --format anonymous-bank \
      --zone Asia/Jerusalem --interval 30m
else
  echo "skipping the Anonymous Bank backtest: ../shared/data/anonymous-bank-1999-02/calls.tsv not found" >&2
fi

"$root/homeshore" forecast synthetic --queues 3 --weeks 52 --seed 42 --out "$out/synthetic.csv" \
    --special-days-out "$out/synthetic-special-days.csv" >&2
run synthetic-1d 1 7 1 --history "$out/synthetic.csv" --special-days "$out/synthetic-special-days.csv" --zone Europe/Amsterdam
run synthetic-28d 28 4 7 --history "$out/synthetic.csv" --special-days "$out/synthetic-special-days.csv" --zone Europe/Amsterdam

# one table: queue, horizon, model, MASE, wMAPE, wMAPE change against Homeshore's weekly seasonal naive
for f in "$out"/*-homeshore.csv; do
  name="$(basename "$f" -homeshore.csv)"
  r="$out/$name-r.csv"
  { tail -n +2 "$f" | cut -d, -f1-6; [ -f "$r" ] && tail -n +2 "$r" | cut -d, -f1-6; } | awk -F, -v set="$name" '
    { key = $1; if ($4 == "seasonal-naive") naive[key] = $6; rows[NR] = $0 }
    END { for (i = 1; i <= NR; i++) { split(rows[i], c, ","); 
            printf "| %s | %s | %s | %s | %.3f | %.1f %% | %+.1f %% |\n", set, c[1], c[2] "d", c[4], c[5], 100 * c[6], 100 * (c[6] / naive[c[1]] - 1) } }'
done | tee "$out/table.md"
