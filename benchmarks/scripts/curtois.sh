#!/usr/bin/env bash
# Runs the Curtois & Qu (2014) instances through `./homeshore schedule curtois` and prints a markdown table:
# objective, best known, gap, time to first feasible, and the published 10-minute ejection-chain result.
#   benchmarks/scripts/curtois.sh [time-limit] [first] [last]     e.g. curtois.sh 60s 1 24
# Reads ../shared/benchmarks/curtois/ in place (next to the repository).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
limit="${1:-60s}"; first="${2:-1}"; last="${3:-24}"
data=""
for dir in "$root" "$root/.." "$root/../.."; do
  if [ -d "$dir/shared/benchmarks/curtois" ]; then data="$(cd "$dir/shared/benchmarks/curtois" && pwd)"; break; fi
done
[ -n "$data" ] || { echo "curtois.sh: shared/benchmarks/curtois not found next to the repository" >&2; exit 2; }

published() {  # objective of the 10-minute ejection chain (Curtois & Qu 2014, Table 2)
  awk -F, -v inst="$1" '$1==inst && $2 ~ /^Ejection chain/ && $3=="600" {print $5}' "$data/published-results.csv"
}

echo "| instance | objective | best known | gap % | first feasible (s) | feasible | ejection chain 10 min |"
echo "|---|---:|---:|---:|---:|---|---:|"
for i in $(seq "$first" "$last"); do
  out="$("$root/homeshore" schedule curtois "$data/Instance$i.txt" --time-limit "$limit" --stop-at-best-known 2>&1 \
         | grep -E '^(feasible|objective|best known|gap|time):')" || true
  obj="$(sed -n 's/^objective: //p' <<<"$out")"
  best="$(sed -n 's/^best known: //p' <<<"$out")"
  gap="$(sed -n 's/^gap: //p' <<<"$out" | tr -d '%')"
  feas="$(sed -n 's/^feasible: //p' <<<"$out")"
  ff="$(sed -n 's/^time: .*first feasible: \([0-9]*\) ms$/\1/p' <<<"$out")"
  ff="${ff:+$(awk -v m="$ff" 'BEGIN{printf "%.1f", m/1000}')}"
  echo "| $i | ${obj:-error} | ${best:-?} | ${gap:-?} | ${ff:-none} | ${feas:-?} | $(published "Instance$i") |"
done
