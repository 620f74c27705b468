#!/usr/bin/env python3
"""Write the two years of ontario-lips-timeline.yaml as two files, as two survey waves would be.

Keeps, for each year, what was in place that year, by the rule `partnermap --as-of` follows: an
entry with `since`/`start` after the year or `until`/`end` before it is left out; a funding
flow stays when its year (or fiscal year, April to March) or period meets the year; whatever
names an organisation that is left out goes with it. The test suite checks that comparing the
two files gives what `compare ontario-lips-timeline.yaml --years 2010 2011` gives.

    python3 Examples/time/make-waves.py
"""
import os
import re

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def year_of(value):
    return None if value is None else int(str(value)[:4])


def in_place(start, end, year):
    return (year_of(start) is None or year_of(start) <= year) and (year_of(end) is None or year_of(end) >= year)


def funding_in_place(flow, year):
    when = flow.get("year")
    if when is not None:
        fiscal = re.fullmatch(r"(\d{4})-(\d{2}|\d{4})", str(when))
        if fiscal:
            return int(fiscal.group(1)) <= year <= int(fiscal.group(1)) + 1
        return int(when) == year
    return in_place(flow.get("start"), flow.get("end"), year)


def wave(network, year):
    out = dict(network)
    out["name"] = network["name"].split(",")[0] + f", {year}"
    organisations = [o for o in network["organisations"] if in_place(o.get("since"), o.get("until"), year)]
    present = {o["id"] for o in organisations}
    projects = []
    for project in network.get("projects", []):
        if not in_place(project.get("start"), project.get("end"), year):
            continue
        kept = dict(project, organisations=[o for o in project["organisations"] if o in present])
        if kept["organisations"]:
            projects.append(kept)
    project_ids = {p["id"] for p in projects}
    out["organisations"] = organisations
    out["projects"] = projects
    out["partnerships"] = [p for p in network.get("partnerships", [])
                           if in_place(p.get("since"), p.get("until"), year) and all(o in present for o in p["organisations"])]
    out["memberships"] = [m for m in network.get("memberships", [])
                          if in_place(m.get("since"), m.get("until"), year) and m["organisation"] in present and m["body"] in present]
    out["funding"] = [f for f in network.get("funding", [])
                      if funding_in_place(f, year) and f["from"] in present and (f["to"] in present or f["to"] in project_ids)]
    return out


def main():
    with open(os.path.join(HERE, "ontario-lips-timeline.yaml"), encoding="utf-8") as handle:
        network = yaml.safe_load(handle)
    for year in (2010, 2011):
        path = os.path.join(HERE, f"ontario-lips-{year}.yaml")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"# Ontario's Local Immigration Partnerships in {year}, written by make-waves.py from\n"
                         "# ontario-lips-timeline.yaml (see its header for the sources and what is illustrative).\n")
            yaml.safe_dump(wave(network, year), handle, allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    main()
