#!/usr/bin/env bash
# Runs r-forecast-backtest.R one (queue, model, fold) at a time, R_JOBS at once, each under a timeout, and merges
# the folds into the script's usual rows (queue,horizon_days,folds,model,mase,wmape,seconds) on stdout:
# MASE = mean over folds of MAE / in-sample naive MAE, wMAPE = sum |error| / sum actual over folds.
# On a loaded machine one dshw or tbats fit takes minutes; a single R process running every fold in turn did not
# finish within a session, whereas separate processes survive one another's failure and use both cores.
# A (queue, model) with a fold missing (timeout or error) is not printed; it is listed on stderr.
# Usage: r-folds.sh SERIES.csv WORK_DIR HORIZON_DAYS FOLDS STEP_DAYS WINDOW_WEEKS QUEUE,... MODEL,...
# Environment: R_JOBS (default 2) processes at once, R_TIMEOUT (default 3600) seconds per fit.
set -euo pipefail
series="$1" work="$2" horizon="$3" folds="$4" step="$5" window="$6" queues="$7" models="$8"
script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/r-forecast-backtest.R"
mkdir -p "$work"
export series work horizon folds step window script
export R_TIMEOUT="${R_TIMEOUT:-3600}"

# slow models first, so that the last minutes are not spent waiting for one long fit
for model in tbats dshw stlf snaive; do
  [[ ",$models," == *",$model,"* ]] || continue
  for q in ${queues//,/ }; do
    for ((f = 0; f < folds; f++)); do
      [ -s "$work/$q-$model-$f.csv" ] || echo "$q $model $f"
    done
  done
done | xargs -P "${R_JOBS:-2}" -L 1 bash -c '
  out="$work/$0-$1-$2"
  if timeout "$R_TIMEOUT" Rscript "$script" "$series" "$horizon" "$folds" "$step" "$window" "$0" "$1" "$2" > "$out.part" 2> "$out.log"; then
    mv "$out.part" "$out.csv"
  else
    echo "r-folds: $0 $1 fold $2 failed or timed out (exit $?), see $out.log" >&2
  fi' || true

echo "queue,horizon_days,folds,model,mase,wmape,seconds"
# a fold beyond the history (under 14 training days) prints no row; the fast snaive shows how many folds exist
cat "$work"/*.csv 2>/dev/null | grep -v '^queue,' | awk -F, -v want="$models" '
  { k = $1 SUBSEP $4; n[k]++; mase[k] += $5 / $6; err[k] += $7; tot[k] += $8; sec[k] += $9; h[k] = $2
    if ($4 == "r-snaive") expected[$1]++ }
  END { split(want, m, ","); split("", seen)
        for (k in n) { split(k, p, SUBSEP); q[p[1]] = 1 }
        for (qq in q) for (i in m) { k = qq SUBSEP "r-" m[i]
          if (n[k] > 0 && n[k] == expected[qq]) printf "%s,%d,%d,%s,%.4f,%.4f,%.1f\n", qq, h[k], n[k], "r-" m[i], mase[k] / n[k], err[k] / tot[k], sec[k]
          else printf "r-folds: %s r-%s: %d of %d folds done\n", qq, m[i], n[k], expected[qq] > "/dev/stderr" } }' | sort -t, -k1,1 -k4,4
