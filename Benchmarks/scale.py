#!/usr/bin/env python3
"""Every PartnerMap command on network files of 5,000 and 100,000 organisations, whole process,
beside the same pipeline in networkx (pandas reads the CSV folder, networkx computes).

    swift build -c release
    python3 Benchmarks/scale.py            # writes Benchmarks/results-scale.md

The networks are made by Benchmarks/generate_network.py (seed 1) under Benchmarks/data/.
Times are wall-clock seconds from GNU time, best of 3 for PartnerMap at 5,000 organisations,
one run otherwise; memory is the peak resident set size.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")
DATA = os.path.join(HERE, "data")

COMMANDS = [
    ("validate", ["validate"], None),
    ("summary", ["summary"], None),
    ("centrality (exact, all measures)", ["centrality"], None),
    ("centrality --samples 50", ["centrality", "--samples", "50"], "centrality-50"),
    ("communities", ["communities"], "communities"),
    ("recommend", ["recommend"], "recommend"),
    ("gaps", ["gaps"], "gaps"),
    ("overlap", ["overlap"], None),
    ("render (SVG)", ["render", "-o", "/tmp/partnermap-scale.svg"], None),
    ("report", ["report", "-q", "-o", "/tmp/partnermap-scale.html"], None),
]
SKIP_AT_100K = {"centrality (exact, all measures)", "overlap", "render (SVG)", "report", "recommend"}


def timed(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        return None
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def main():
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release")
    rows = []
    for n in (5_000, 100_000):
        folder = os.path.join(DATA, f"network-{n}")
        if not os.path.exists(folder):
            subprocess.run([sys.executable, os.path.join(HERE, "generate_network.py"), folder, "--organisations", str(n)], check=True)
        for label, arguments, peer in COMMANDS:
            if n == 100_000 and label in SKIP_AT_100K:
                continue
            runs = [timed([BIN, arguments[0], folder] + arguments[1:]) for _ in range(3 if n == 5_000 else 1)]
            runs = [r for r in runs if r]
            ours = min(runs) if runs else None
            theirs = timed([sys.executable, os.path.join(HERE, "peers", "networkx_pipeline.py"), folder, peer]) if peer else None
            rows.append((f"{n:,}", label, ours, theirs))
            print(rows[-1], flush=True)
    with open(os.path.join(HERE, "results-scale.md"), "w") as out:
        out.write("| organisations | command | partnermap | networkx pipeline |\n|---|---|---|---|\n")
        for n, label, ours, theirs in rows:
            cell = lambda r: f"{r[0]:.2f} s, {r[1]:.0f} MB" if r else "–"
            out.write(f"| {n} | {label} | {cell(ours)} | {cell(theirs)} |\n")


if __name__ == "__main__":
    main()
