#!/usr/bin/env bash
# Issue 5 demo-organisation benchmark through the application itself: starts Homeshore on a fresh embedded database
# (demo organisation: 120 agents in Amsterdam, Tokyo and Chicago, 6 queues with published forecasts → staffing
# requirements per 15 minutes; agents' wishes and approved leave), then plans ALL eight teams for four weeks from
# next Monday as a planner would (POST /api/v1/schedules/runs), once per time limit, one run at a time. Each run
# records time to the first plan without broken rules; its explanation gives coverage, fairness max − min and wish
# satisfaction. The problem of the first run is saved as problem.json, so `homeshore schedule --problem` can
# repeat it without the app.
# Usage: benchmarks/scripts/demo-schedule.sh [LIMIT_SECONDS ...]   (default: 60 300; PORT, default 18090)
# Output: benchmarks/target/demo-schedule/{runs.tsv,table.md,problem.json,run-*.json,explanation-*.json}
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$root/benchmarks/target/demo-schedule"
port="${PORT:-18090}"
limits=("$@"); [ ${#limits[@]} -gt 0 ] || limits=(60 300)
rm -rf "$out"; mkdir -p "$out/db"

"$root/homeshore" --help >/dev/null   # builds app/target/classes and classpath.txt when sources changed
java="${HOMESHORE_JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}"
(cd "$out" && exec "$java" -cp "$root/app/target/classes:$(cat "$root/app/target/classpath.txt")" io.homeshore.HomeshoreApplication \
    --server.port="$port" --spring.datasource.url="jdbc:h2:file:$out/db/homeshore" --homeshore.demo.mode=true \
    --logging.file.name="$out/app.log" > "$out/app.out" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
api() { curl -sf -u "planner@northwind.example:homeshore-demo" -H 'Content-Type: application/json' "$@"; }
url="http://localhost:$port"
for _ in $(seq 1 300); do
  # the demo publishes its forecasts (→ staffing requirements) once the server is up
  if grep -q "Demo forecasts published" "$out/app.out" && api "$url/api/v1/teams" >/dev/null 2>&1; then break; fi
  kill -0 $app 2>/dev/null || { echo "demo-schedule: the app stopped; see $out/app.out" >&2; exit 1; }
  sleep 2
done
teams=$(api "$url/api/v1/teams?size=100" | jq -c '[.items[].id]')
monday=$(date -d "next monday" +%F)
echo "teams $teams, first day $monday" | tee "$out/runs.tsv"
for limit in "${limits[@]}"; do
  run=$(api -X POST "$url/api/v1/schedules/runs" -d "{\"teamIds\":$teams,\"firstDay\":\"$monday\",\"weeks\":4,\"timeLimitSeconds\":$limit}" | jq .id)
  while api "$url/api/v1/schedules/runs/$run" | jq -e '.status == "SOLVING"' >/dev/null; do sleep 5; done
  api "$url/api/v1/schedules/runs/$run" > "$out/run-$limit.json"
  api "$url/api/v1/schedules/runs/$run/explanation" | jq 'del(.required)' > "$out/explanation-$limit.json"
  [ -f "$out/problem.json" ] || api "$url/api/v1/schedules/runs/$run/problem" > "$out/problem.json"
  jq -r --slurpfile e "$out/explanation-$limit.json" --arg limit "$limit" '
    [$limit, .agents, .status, .hardScore, .softScore, (.firstFeasibleMillis // "none"),
     ($e[0].coverage.covered * 1000 | round / 10), $e[0].coverage.shortMinutes, $e[0].coverage.overMinutes,
     $e[0].fairnessSpread.nights, $e[0].fairnessSpread.weekendDays, $e[0].fairnessSpread.holidays,
     "\($e[0].wishes.requestsMet)/\($e[0].wishes.requests)", "\($e[0].wishes.shiftsStartingAsPreferred)/\($e[0].wishes.shiftsWithPreferredStart)",
     ($e[0].wishes.satisfaction * 1000 | round / 10), ($e[0].unmet | length)] | @tsv' "$out/run-$limit.json" | tee -a "$out/runs.tsv"
done
kill $app; wait $app 2>/dev/null || true; trap - EXIT

{ echo "| limit (s) | agents | status | hard | soft | first feasible (ms) | covered % | short agent-min | over agent-min | nights max−min | weekend days max−min | holidays max−min | day wishes met | starts as preferred | wish satisfaction % | unmet hard |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  tail -n +2 "$out/runs.tsv" | awk -F'\t' '{ line = "|"; for (i = 1; i <= NF; i++) line = line " " $i " |"; print line }'; } | tee "$out/table.md"
