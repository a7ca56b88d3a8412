#!/usr/bin/env python3
"""Writes a problem.json of the demo organisation's shape (issue 5 goal: 120 agents x 4 weeks x 15-minute coverage)
for `./homeshore schedule --problem FILE`: the four shift templates of the scheduling migration, 15-minute coverage
from 06:00 to 24:00 following a daily call curve, contracts of 24-40 hours a week. Seeded, so runs compare.
   benchmarks/scripts/demo-problem.py [agents] [weeks] > problem.json"""
import json, math, random, sys

agents = int(sys.argv[1]) if len(sys.argv) > 1 else 120
weeks = int(sys.argv[2]) if len(sys.argv) > 2 else 4
rnd = random.Random(42)
all_days = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
templates = [
    {"id": "early", "skill": "voice", "startEarliest": "06:00", "startLatest": "08:00", "startGrid": 60,
     "minLength": 240, "maxLength": 480, "lengthStep": 120, "days": all_days},
    {"id": "day", "skill": "voice", "startEarliest": "08:30", "startLatest": "10:30", "startGrid": 60,
     "minLength": 240, "maxLength": 480, "lengthStep": 120, "days": all_days},
    {"id": "late", "skill": "voice", "startEarliest": "12:00", "startLatest": "15:00", "startGrid": 60,
     "minLength": 240, "maxLength": 480, "lengthStep": 120, "days": all_days},
    {"id": "night", "skill": "voice", "startEarliest": "22:00", "startLatest": "22:00", "startGrid": 60,
     "minLength": 480, "maxLength": 480, "night": True, "cost": 2, "days": all_days},
]
people = []
for i in range(agents):
    hours = rnd.choice([24, 32, 36, 40, 40])
    people.append({"id": f"a{i:03d}", "skills": ["voice"],
                   "contract": {"minHoursPerWeek": hours - 8, "maxHoursPerWeek": hours, "maxDaysPerWeek": 5,
                                "maxConsecutiveDays": 6, "minRestHours": 11, "weekendEligible": rnd.random() < 0.8,
                                "nightEligible": rnd.random() < 0.3}})
coverage = []
total_hours = sum(p["contract"]["maxHoursPerWeek"] - 4 for p in people)  # agent hours a week to spread
shape = [max(0.0, math.sin(math.pi * (q - 24) / 72)) + 0.15 for q in range(24, 96)]  # 06:00..24:00 in quarters
for day in range(weeks * 7):
    scale = 0.6 if day % 7 >= 5 else 1.0
    for k, q in enumerate(range(24, 96)):
        req = round(total_hours / 7 * scale * shape[k] / (sum(shape) / 4) * 0.8)
        if req > 0:
            h, m = divmod(q * 15, 60)
            h2, m2 = divmod(q * 15 + 15, 60)
            coverage.append({"skill": "voice", "day": day, "from": f"{h:02d}:{m:02d}",
                             "to": "24:00" if h2 == 24 else f"{h2:02d}:{m2:02d}", "required": req})
json.dump({"startDate": "2026-11-30", "weeks": weeks, "skills": ["voice"], "templates": templates,
           "agents": people, "coverage": coverage}, sys.stdout, indent=1)
