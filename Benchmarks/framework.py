#!/usr/bin/env python3
"""The characteristics PartnerMap proposes, measured two ways, from the command line.

1. Quality: the 102 hand-labelled project descriptions (Tests/PartnerMapTests/Fixtures/framework/
   descriptions.tsv) written as a CSV folder whose projects declare nothing, read by
   `partnermap framework DIR --format json`; every proposal is scored against the hand labels
   (micro precision and recall, overall, on the 26 descriptions written after the words file was
   last revised, and per language).
2. Speed: the same descriptions repeated to N projects (default 20,000), timed as a whole process
   (`/usr/bin/time`-style: wall time and peak memory of the child).

    python3 Benchmarks/framework.py [--binary .build/release/partnermap] [--projects 20000]
"""
import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURE = os.path.join(ROOT, "Tests", "PartnerMapTests", "Fixtures", "framework", "descriptions.tsv")


def descriptions():
    rows = []
    with open(FIXTURE, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            ident, language, labels, name, objectives = line.rstrip("\n").split("\t")
            rows.append({"id": ident, "language": language, "labels": set(labels.split(",")), "name": name, "objectives": objectives})
    return rows


def write_folder(folder, rows, copies):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "organisations.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "type"])
        writer.writerow(["org", "An organisation", "nonprofit"])
    with open(os.path.join(folder, "projects.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "organisations", "objectives", "language"])
        for copy in range(copies):
            for row in rows:
                suffix = "" if copies == 1 else "-%d" % copy
                writer.writerow([row["id"] + suffix, row["name"], "org", row["objectives"], row["language"]])


def score(rows, proposed):
    tp = sum(len(proposed.get(r["id"], set()) & r["labels"]) for r in rows)
    made = sum(len(proposed.get(r["id"], set())) for r in rows)
    labelled = sum(len(r["labels"]) for r in rows)
    return tp / made if made else 1.0, tp / labelled if labelled else 1.0, tp, made, labelled


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "partnermap"))
    parser.add_argument("--projects", type=int, default=20000)
    args = parser.parse_args()
    rows = descriptions()
    with tempfile.TemporaryDirectory() as folder:
        write_folder(folder + "/labelled", rows, 1)
        run = subprocess.run([args.binary, "framework", folder + "/labelled", "--format", "json"], capture_output=True, text=True, check=True)
        proposed = {}
        for characteristic in json.loads(run.stdout)["characteristics"]:
            for project in characteristic["projects"]:
                proposed.setdefault(project["id"], set()).add(characteristic["id"])
        for label, subset in [("all", rows), ("held out (n01-n26)", [r for r in rows if r["id"].startswith("n")]),
                              ("French", [r for r in rows if r["language"] == "fr"]), ("English", [r for r in rows if r["language"] == "en"])]:
            precision, recall, tp, made, labelled = score(subset, proposed)
            print("%-20s %3d descriptions  precision %.3f (%d/%d)  recall %.3f (%d/%d)" % (label, len(subset), precision, tp, made, recall, tp, labelled))

        copies = max(1, args.projects // len(rows))
        write_folder(folder + "/large", rows, copies)
        start = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([args.binary, "framework", folder + "/large", "--format", "json", "-o", folder + "/out.json"], check=True)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print("framework on %d projects: %.2f s, peak %d MB" % (copies * len(rows), elapsed, max(peak, before) // 1024))


if __name__ == "__main__":
    sys.exit(main())
