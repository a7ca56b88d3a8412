#!/usr/bin/env bash
# Issue 4 backtest on the demo history: starts the app on a fresh embedded database (so the demo organisation is
# generated exactly as on a first start: six queues, DEMO_WEEKS weeks of 15-minute history, holidays, a campaign on
# the billing queues), exports each queue's history and holidays through the REST API the planner's page uses
# (GET /api/v1/forecasts/history, GET /api/v1/queues), stops the app, and runs `homeshore forecast backtest` per
# queue in its own time zone at next-day (7 daily origins) and 28-day (4 weekly origins) horizons, with the queue's
# holidays as special days whose effect is learned (the campaign is not in any calendar, as in the app).
# Writes the CSVs and table.md to benchmarks/target/demo-backtest/.
# Usage: benchmarks/scripts/demo-backtest.sh   (environment: DEMO_WEEKS, default 12 as in the app; PORT, default 18089)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/benchmarks/target/demo-backtest"
weeks="${DEMO_WEEKS:-12}" port="${PORT:-18089}"
rm -rf "$out"; mkdir -p "$out/db"

"$root/homeshore" --help >/dev/null   # builds app/target/classes and classpath.txt when sources changed
java="${HOMESHORE_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}"
(cd "$out" && exec "$java" -cp "$root/app/target/classes:$(cat "$root/app/target/classpath.txt")" io.homeshore.HomeshoreApplication \
    --server.port="$port" --spring.datasource.url="jdbc:h2:file:$out/db/homeshore" --homeshore.demo.mode=true \
    --homeshore.demo.history-weeks="$weeks" --logging.file.name="$out/app.log" > "$out/app.out" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
api() { curl -sf -u "admin@northwind.example:homeshore-demo" "http://localhost:$port$1"; }
for _ in $(seq 1 300); do
  if api /api/v1/queues >/dev/null 2>&1; then break; fi
  kill -0 $app 2>/dev/null || { echo "demo-backtest: the app stopped; see $out/app.out" >&2; exit 1; }
  sleep 2
done
api /api/v1/queues > "$out/queues.json"
jq -r '.items[] | [.id, .name, .timeZone] | @tsv' "$out/queues.json" > "$out/queues.tsv"
while IFS=$'\t' read -r id name zone; do
  api "/api/v1/forecasts/history?queueId=$id&from=2000-01-01" > "$out/history-$id.csv"
  { echo "queue,date,name,factor"; jq -r --argjson id "$id" '.items[] | select(.id == $id) | .name as $q | .holidays[] | [$q, .date, .name, ""] | @csv' \
      "$out/queues.json" | tr -d '"'; } > "$out/special-days-$id.csv"
done < "$out/queues.tsv"
kill $app; wait $app 2>/dev/null || true; trap - EXIT

while IFS=$'\t' read -r id name zone; do
  for spec in "1 7 1" "28 4 7"; do
    set -- $spec
    "$root/homeshore" forecast backtest --history "$out/history-$id.csv" --zone "$zone" --interval 15m --queue "$name" \
        --special-days "$out/special-days-$id.csv" --horizon "${1}d" --folds "$2" --step "${3}d" --csv \
        > "$out/backtest-$id-${1}d.csv" 2> "$out/backtest-$id-${1}d.log"
  done
done < "$out/queues.tsv"

# table: queue (zone), horizon, model, MASE, wMAPE, wMAPE change against the weekly seasonal naive; * = chosen
for f in "$out"/backtest-*-1d.csv "$out"/backtest-*-28d.csv; do tail -n +2 "$f"; done | awk -F, '
  { printf "| %s | %sd | %s%s | %.3f | %.1f %% | %+.1f %% |\n", $1, $2, $4, ($8 == "*" ? " *" : ""), $5, 100 * $6, $7 }' | tee "$out/table.md"
