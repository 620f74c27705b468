#!/usr/bin/env python3
"""`partnermap funding` on a national grants file, beside pandas doing the same group-bys.

    swift build -c release --product partnermap
    pip install -r Benchmarks/requirements.txt
    python3 Benchmarks/funding.py [--sizes 200000 1000000] [--timeout 900] [--output FILE]

Each file is the seeded 360Giving CSV of Benchmarks/generate_grants.py (seed 1) under
Benchmarks/data/. PartnerMap reads the CSV straight away (no import) and groups by year and by
area (`--by year,area`), then by year, size band, area and kind of recipient, then counts
co-funding. pandas does `read_csv` and the same group-bys (sum, count, distinct recipients,
median) on the same file, in a fresh process each time. Times are wall-clock seconds from GNU
time, one run each; memory is the peak resident set size. Writes Benchmarks/results-funding.md.
"""
import argparse
import os
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")
DATA = os.path.join(HERE, "data")

PANDAS = textwrap.dedent(
    """
    import sys
    import pandas as pd
    frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
    frame["amount"] = frame["Amount Awarded"].astype(float)
    frame["year"] = pd.to_datetime(frame["Award Date"], dayfirst=True, format="mixed", utc=True).dt.year
    frame["area"] = frame["Recipient Org:Location:0:Name"]
    recipient = "Recipient Org:Identifier"
    for key in sys.argv[2].split(","):
        if key == "size":
            bands = [0, 10_000, 50_000, 100_000, 500_000, 1_000_000, float("inf")]
            frame["size"] = pd.cut(frame["amount"], bands, right=False)
        grouped = frame.groupby([key, "Currency"], observed=True)
        result = grouped.agg(total=("amount", "sum"), grants=("amount", "size"), recipients=(recipient, "nunique"), median=("amount", "median"))
        print(key, len(result))
    """
)


def timed(command, timeout):
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return ("timeout", None)
    if result.returncode != 0:
        return ("failed: " + " ".join(result.stderr.strip().splitlines()[-2:]), None)
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return (float(seconds), int(kilobytes) / 1024)


def cell(result):
    seconds, megabytes = result
    if isinstance(seconds, str):
        return seconds
    return f"{seconds:.1f} s, {megabytes:,.0f} MB"


def ratio(ours, theirs):
    if isinstance(ours[0], str) or isinstance(theirs[0], str):
        return "–"
    return f"{ours[0] / theirs[0]:.2f}× time, {ours[1] / theirs[1]:.2f}× memory"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--timeout", type=int, default=900)
    parser.add_argument("--output", default=os.path.join(HERE, "results-funding.md"))
    arguments = parser.parse_args()
    os.makedirs(DATA, exist_ok=True)
    rows = []
    for size in arguments.sizes:
        path = os.path.join(DATA, f"grants-{size}.csv")
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(HERE, "generate_grants.py"), path, "--grants", str(size), "--seed", "1"], check=True)
        for label, by in [("--by year,area", "year,area"), ("--by year,size,area,recipient-type", "year,size,area,recipient-type")]:
            ours = timed([BIN, "funding", path, "--by", by, "--format", "json"], arguments.timeout)
            theirs = timed([sys.executable, "-c", PANDAS, path, by.replace("recipient-type", "year")], arguments.timeout)
            rows.append((size, label, cell(ours), cell(theirs), ratio(ours, theirs)))
            print(rows[-1], flush=True)
        co = timed([BIN, "funding", path, "--co-funding", "--format", "json"], arguments.timeout)
        rows.append((size, "--co-funding", cell(co), "", ""))
        print(rows[-1], flush=True)
    lines = [
        "| grants | command | partnermap (reads the CSV) | pandas (read_csv + group-bys) | partnermap ÷ pandas |",
        "| ---: | --- | --- | --- | --- |",
    ]
    lines += [f"| {size:,} | `funding {label}` | {ours} | {theirs} | {r} |" for size, label, ours, theirs, r in rows]
    with open(arguments.output, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
