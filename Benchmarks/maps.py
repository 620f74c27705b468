#!/usr/bin/env python3
"""Time `partnermap render` on a synthetic network of 2,000 organisations.

The network: 2,000 organisations in 12 sectors, about 6,000 partnerships grown by preferential
attachment (seeded), 30 councils of 10 to 40 members. Above 300 organisations the map switches
to sfdp with overlap removal and straight edges, labels the 40 most central organisations and
colours borders by council. Prints the whole-process time and peak memory for SVG and PNG.

    python3 Benchmarks/maps.py [--organisations 2000]
"""
import argparse
import os
import random
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def make(n, seed):
    rng = random.Random(seed)
    sectors = ["settlement", "employment", "health", "education", "justice", "municipal", "housing",
               "women", "youth", "language", "inclusion", "research"]
    types = ["nonprofit"] * 6 + ["municipal", "funder", "university", "employer", "school-board", "health"]
    lines = ["name: Synthetic network of %d organisations (illustrative, for benchmarks)" % n, "organisations:"]
    for i in range(n):
        lines.append("  - {id: org-%d, name: Organisation %d, type: %s, sectors: [%s]}" % (i, i, rng.choice(types), rng.choice(sectors)))
    councils = 30
    for c in range(councils):
        lines.append("  - {id: council-%d, name: Council %d, type: council}" % (c, c))
    lines.append("partnerships:")
    degree = [1] * n
    seen = set()
    target = 3 * n
    while len(seen) < target:
        a = rng.randrange(n)
        b = rng.choices(range(n), weights=degree)[0] if rng.random() < 0.7 else rng.randrange(n)
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        degree[a] += 1
        degree[b] += 1
        lines.append("  - {organisations: [org-%d, org-%d], weight: %d}" % (a, b, rng.randint(1, 5)))
    lines.append("memberships:")
    for c in range(councils):
        for i in rng.sample(range(n), rng.randint(10, 40)):
            lines.append("  - {organisation: org-%d, body: council-%d}" % (i, c))
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--organisations", type=int, default=2000)
    args = parser.parse_args()
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    path = os.path.join(HERE, "data", "network-%d.yaml" % args.organisations)
    with open(path, "w") as f:
        f.write(make(args.organisations, seed=1))
    subprocess.run(["swift", "build", "-c", "release", "--product", "partnermap"], cwd=ROOT, check=True, capture_output=True)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/partnermap"
    print("| organisations | format | partnermap render (whole process) | peak memory |")
    print("|---|---|---|---|")
    for fmt in ["svg", "png"]:
        out = os.path.join(HERE, "data", "map-%d.%s" % (args.organisations, fmt))
        best = None
        for _ in range(3):
            start = time.time()
            result = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "render", path, "-o", out], capture_output=True, text=True, check=True)
            elapsed = time.time() - start
            kb = int(result.stderr.strip().splitlines()[-1])
            best = (elapsed, kb) if best is None or elapsed < best[0] else best
        print("| %d | %s | %.2f s | %d MB |" % (args.organisations, fmt, best[0], best[1] / 1024))


if __name__ == "__main__":
    main()
