#!/usr/bin/env python3
"""Workbooks read by PartnerMap, whole process, beside pandas reading the same sheets.

    swift build -c release --product partnermap
    pip install -r Benchmarks/requirements.txt
    python3 Benchmarks/workbooks.py [--rows 4000 40000]

For each size, a network workbook is written with XlsxWriter (as Excel writes one: shared
strings, numbers as numbers, dates as dates) under Benchmarks/data/: an `organisations` sheet of
ROWS organisations and a `partnerships` sheet of 2 x ROWS partnerships, seeded; and the same
network as a CSV folder. Timed: `partnermap validate` on the workbook and on the CSV folder, and
`pandas.read_excel` (openpyxl) of both sheets. Times are wall-clock seconds from GNU time, best of
three; memory the peak resident set size. Writes Benchmarks/results-workbooks.md.
"""
import argparse
import csv
import datetime
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")
DATA = os.path.join(HERE, "data")
SECTORS = ["settlement", "employment", "health", "education", "housing", "justice", "culture", "women", "youth"]
TYPES = ["nonprofit", "municipal", "health", "school-board", "funder", "employer", "council"]


def write(rows):
    import xlsxwriter
    random.seed(rows)
    organisations = [[f"org-{i}", f"Organisme communautaire n° {i} de l’Île", random.choice(TYPES),
                      ";".join(random.sample(SECTORS, 2)), "Montréal"] for i in range(rows)]
    partnerships = []
    seen = set()
    while len(partnerships) < 2 * rows:
        a, b = random.sample(range(rows), 2)
        if (min(a, b), max(a, b)) in seen:
            continue
        seen.add((min(a, b), max(a, b)))
        partnerships.append([f"org-{a};org-{b}", "referral", random.randint(1, 5), datetime.datetime(2020 + random.randint(0, 6), random.randint(1, 12), 1)])
    path = os.path.join(DATA, f"workbook-{rows}.xlsx")
    book = xlsxwriter.Workbook(path)
    month = book.add_format({"num_format": "yyyy-mm"})
    sheet = book.add_worksheet("organisations")
    sheet.write_row(0, 0, ["id", "name", "type", "sectors", "area"])
    for line, row in enumerate(organisations, start=1):
        sheet.write_row(line, 0, row)
    sheet = book.add_worksheet("partnerships")
    sheet.write_row(0, 0, ["organisations", "type", "weight", "since"])
    for line, row in enumerate(partnerships, start=1):
        sheet.write_row(line, 0, row[:3])
        sheet.write_datetime(line, 3, row[3], month)
    book.close()
    folder = os.path.join(DATA, f"workbook-{rows}-csv")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "organisations.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "type", "sectors", "area"])
        writer.writerows(organisations)
    with open(os.path.join(folder, "partnerships.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["organisations", "type", "weight", "since"])
        writer.writerows([row[:3] + [row[3].strftime("%Y-%m")] for row in partnerships])
    return path, folder


def timed(command):
    best = None
    for _ in range(3):
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit("failed: " + " ".join(command) + "\n" + result.stderr)
        seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
        if best is None or float(seconds) < best[0]:
            best = (float(seconds), int(kilobytes) / 1024, result.stdout)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[4000, 40000])
    arguments = parser.parse_args()
    if not os.path.exists(BIN):
        sys.exit("build first: swift build -c release --product partnermap")
    os.makedirs(DATA, exist_ok=True)
    lines = ["# Workbooks", "", "Written by `python3 Benchmarks/workbooks.py`; whole process, best of 3.", "",
             "| organisations (sheet rows) | workbook size | partnermap validate workbook | partnermap validate CSV folder | pandas.read_excel, both sheets |",
             "| --- | --- | --- | --- | --- |"]
    for rows in arguments.rows:
        path, folder = write(rows)
        workbook = timed([BIN, "validate", "-q", path])
        folder_run = timed([BIN, "validate", "-q", folder])
        pandas = timed([sys.executable, "-c", f"import pandas; pandas.read_excel({path!r}, sheet_name=None, engine='openpyxl')"])
        size = os.path.getsize(path) / 1e6
        cells = lambda r: f"{r[0]:.2f} s, {r[1]:,.0f} MB"
        lines.append(f"| {rows:,} ({3 * rows + 2:,}) | {size:.1f} MB | {cells(workbook)} | {cells(folder_run)} | {cells(pandas)} |")
        print(lines[-1], flush=True)
    with open(os.path.join(HERE, "results-workbooks.md"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
