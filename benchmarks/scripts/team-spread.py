#!/usr/bin/env python3
"""Weekend days worked per fairness group (team) in a planned schedule: the largest max - min over the groups and
their sum, with coverage and the weekend-fairness term, for comparing fairness weights side by side.
Usage: benchmarks/scripts/team-spread.py problem.json schedule.json [schedule.json ...]
(problem.json as the app writes it, with agents' fairnessGroup; schedule.json from ./homeshore schedule --out)."""
import json
import sys
from collections import defaultdict

if len(sys.argv) < 3:
    sys.exit("usage: team-spread.py problem.json schedule.json [schedule.json ...]")
problem = json.load(open(sys.argv[1]))
agents = {a["id"]: a for a in problem["agents"]}
print("| schedule | weekend days max - min (largest / sum over groups) | covered | weekend fairness term |")
print("|---|---|---|---|")
for path in sys.argv[2:]:
    plan = json.load(open(path))
    weekend = defaultdict(int)
    for s in plan["assignments"]:
        if s["day"] % 7 >= 5:  # the problem starts on a Monday
            weekend[s["agent"]] += 1
    groups = defaultdict(list)
    for aid, a in agents.items():
        if a["contract"].get("weekendEligible", True):
            groups[a.get("fairnessGroup", "")].append(weekend[aid] + a.get("history", {}).get("weekends", 0))
    spreads = [max(v) - min(v) for v in groups.values()]
    term = next(c["soft"] for c in plan["scoreByConstraint"] if c["constraint"] == "Weekend fairness")
    print(f"| {path} | {max(spreads)} / {sum(spreads)} | {plan['coverage']['covered'] * 100:.1f} % | {term} |")
