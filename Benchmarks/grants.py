#!/usr/bin/env python3
"""A national grants file through PartnerMap, whole process, beside pandas + networkx doing the
same load, funding totals and communities.

    swift build -c release --product partnermap
    pip install -r Benchmarks/requirements.txt
    python3 Benchmarks/grants.py [--sizes 50000 200000] [--timeout 600] [--output FILE]

Each file is made by Benchmarks/generate_grants.py (seed 1) under Benchmarks/data/: 360Giving
CSV with a third as many recipients as grants, up to 400 funders, placeholder titles, copied
descriptions and dates as publishers write them. PartnerMap imports it to a network file, then
each command reads that file. Times are wall-clock seconds from GNU time, one run each; memory
is the peak resident set size. A command still running after --timeout seconds is stopped and
shown as such. Writes Benchmarks/results-grants.md.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")
DATA = os.path.join(HERE, "data")

COMMANDS = [
    ("validate", ["validate"]),
    ("summary", ["summary"]),
    ("gaps", ["gaps"]),
    ("communities", ["communities"]),
    ("recommend", ["recommend"]),
    ("overlap", ["overlap"]),
    ("report", ["report", "-q", "-o", "/tmp/partnermap-grants.html"]),
]


def timed(command, timeout):
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ("timeout", None, "")
    if result.returncode != 0:
        return ("failed", None, result.stderr.strip().splitlines()[-2:] if result.stderr else "")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return (float(seconds), int(kilobytes) / 1024, result.stdout)


def cell(result):
    seconds, megabytes, _ = result
    if isinstance(seconds, str):
        return seconds
    return f"{seconds:.2f} s, {megabytes:,.0f} MB"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[50_000, 200_000])
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--output", default=os.path.join(HERE, "results-grants.md"), help="where the table is written")
    arguments = parser.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product partnermap")
    os.makedirs(DATA, exist_ok=True)
    lines = ["| grants | step | partnermap | pandas + networkx |", "|---|---|---|---|"]
    for n in arguments.sizes:
        csv = os.path.join(DATA, f"grants-{n}.csv")
        network = os.path.join(DATA, f"grants-{n}.yaml")
        subprocess.run([sys.executable, os.path.join(HERE, "generate_grants.py"), csv, "--grants", str(n)], check=True)
        imported = timed([BIN, "import", csv, "-o", network], arguments.timeout)
        peer = timed([sys.executable, os.path.join(HERE, "peers", "grants_pipeline.py"), csv], arguments.timeout)
        lines.append(f"| {n:,} | import (read, dates, amounts, ids; write the network file) | {cell(imported)} | "
                     f"{cell(peer)}: load, totals and Louvain |")
        print(lines[-1], flush=True)
        if isinstance(peer[0], float):
            print("  peer:", peer[2].strip(), flush=True)
        if not isinstance(imported[0], float):
            continue
        size = os.path.getsize(network) / 1e6
        for label, command in COMMANDS:
            result = timed([BIN, command[0], network] + command[1:], arguments.timeout)
            extra = ""
            if label == "report" and isinstance(result[0], float):
                extra = f" ({os.path.getsize('/tmp/partnermap-grants.html') / 1e6:.1f} MB of HTML)"
            lines.append(f"| {n:,} | {label} ({size:.0f} MB network file) | {cell(result)}{extra} | |")
            print(lines[-1], flush=True)
    with open(arguments.output, "w") as handle:
        handle.write("# Grants at national scale\n\nWritten by `python3 Benchmarks/grants.py`.\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
