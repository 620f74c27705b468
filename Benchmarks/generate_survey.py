#!/usr/bin/env python3
"""A seeded partner survey for timing `partnermap survey`: N members, each answering about
answers/N partners with random frequencies and 1-4 indicators (some left blank).

    python3 Benchmarks/generate_survey.py --members 300 --answers 6000 --out /tmp/survey-300
    partnermap import /tmp/survey-300/responses.csv --roster /tmp/survey-300/roster.csv -o /tmp/survey-300.yaml
    partnermap survey /tmp/survey-300.yaml --format json > /dev/null
"""
import argparse
import csv
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--members", type=int, default=300)
parser.add_argument("--answers", type=int, default=6000)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--out", required=True)
args = parser.parse_args()
random.seed(args.seed)
os.makedirs(args.out, exist_ok=True)
ids = [f"m{i}" for i in range(args.members)]
with open(os.path.join(args.out, "roster.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "type", "sectors"])
    for i in ids:
        w.writerow([i, f"Member {i[1:]}", "nonprofit", random.choice(["settlement", "health", "education", "employment"])])
respondents = random.sample(ids, int(args.members * 0.85))
pairs = set()
while len(pairs) < args.answers:
    a = random.choice(respondents)
    b = random.choice(ids)
    if a != b:
        pairs.add((a, b))
with open(os.path.join(args.out, "responses.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["respondent", "partner", "frequency", "openness", "reliability", "mission", "power", "resources", "involvement"])
    for a, b in sorted(pairs):
        scores = [random.choice(["", "1", "2", "3", "4", "3", "4"]) for _ in range(6)]
        w.writerow([a, b, random.choice(["yearly", "quarterly", "monthly", "weekly", "daily"])] + scores)
