#!/usr/bin/env python3
"""Write a network YAML file as a folder of CSV files (the spreadsheet route).

Used to make Graphs/london-middlesex-lip/ from Graphs/london-middlesex-lip.yaml; the test
suite checks that both load to the same network.

    python3 script/yaml-to-csv-folder.py Graphs/london-middlesex-lip.yaml Graphs/london-middlesex-lip
"""
import csv
import os
import sys

import yaml

SECTIONS = ["sources", "priorities", "organisations", "projects", "partnerships", "memberships", "funding"]


def cell(value):
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value).strip()


def main(source, folder):
    with open(source, encoding="utf-8") as handle:
        network = yaml.safe_load(handle)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "network.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["field", "value"])
        writer.writerow(["name", network["name"]])
        writer.writerow(["expectedSectors", cell(network.get("expectedSectors", []))])
    for section in SECTIONS:
        entries = network.get(section) or []
        if not entries:
            continue
        columns = []
        for entry in entries:
            for key in entry:
                if key not in columns:
                    columns.append(key)
        with open(os.path.join(folder, section + ".csv"), "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns)
            for entry in entries:
                writer.writerow([cell(entry.get(column)) for column in columns])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
