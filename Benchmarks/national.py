#!/usr/bin/env python3
"""A national grants file on a laptop: `import` of each form, and `funding` reading the published
file directly, beside pandas loading the same file; then every command on the imported network,
with each one's peak memory.

    swift build -c release --product partnermap
    pip install -r Benchmarks/requirements.txt
    python3 Benchmarks/national.py [--grants 1000000] [--forms json csv goc xlsx] [--commands ...] [--output FILE]

Two generators, both seeded: `generate_national.py` (every grant's texts, amounts and dates drawn
from real 360Giving records; written as 360Giving JSON, CSV and workbook, and as the Government
of Canada's CSV) and `generate_grants.py` (texts from a small vocabulary, the file of the other
grants benchmarks). Files go to Benchmarks/data/ and are made once.

pandas does what a user of pandas does to get the same file ready: load it, read amounts as
numbers and dates as dates, and total by funder (for the Government of Canada's file, keep each
agreement's latest amendment first); for JSON, `json.load` and `json_normalize` as 360Giving's
own tools do. Times are wall-clock seconds from GNU time, one run each, in a fresh process;
memory is the peak resident set size. Writes Benchmarks/results-national.md.
"""
import argparse
import os
import subprocess
import sys
import textwrap

from funding import cell, ratio, timed  # the same GNU time wrapper and cells as the funding benchmark

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, ".build", "release", "partnermap")
DATA = os.path.join(HERE, "data")

PANDAS = {
    "csv": """
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame["amount"] = frame["Amount Awarded"].astype(float)
        frame["date"] = pd.to_datetime(frame["Award Date"], dayfirst=True, format="mixed")
        totals = frame.groupby("Funding Org:Identifier")["amount"].sum()
    """,
    "xlsx": """
        frame = pd.read_excel(path, dtype=str, keep_default_na=False)
        frame["amount"] = frame["Amount Awarded"].astype(float)
        frame["date"] = pd.to_datetime(frame["Award Date"], dayfirst=True, format="mixed")
        totals = frame.groupby("Funding Org:Identifier")["amount"].sum()
    """,
    "json": """
        import json
        with open(path, encoding="utf-8") as handle:
            grants = json.load(handle)["grants"]
        frame = pd.json_normalize(grants, sep=":")
        del grants
        frame["amount"] = frame["amountAwarded"].astype(float)
        frame["date"] = pd.to_datetime(frame["awardDate"], dayfirst=True, format="mixed")
        funders = frame["fundingOrganization"].map(lambda items: items[0]["id"])
        totals = frame.groupby(funders)["amount"].sum()
    """,
    "goc": """
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame["amendment"] = frame["amendment_number"].astype(int)
        frame = frame.sort_values(["ref_number", "amendment"]).drop_duplicates("ref_number", keep="last")
        frame["amount"] = frame["agreement_value"].astype(float)
        frame["start"] = pd.to_datetime(frame["agreement_start_date"], format="mixed")
        totals = frame.groupby("owner_org_title")["amount"].sum()
    """,
}
FROM = {"csv": "360giving-csv", "json": "360giving-json", "xlsx": None, "goc": "canada-grants"}
COMMANDS = {
    "validate": ["validate", "{network}"],
    "summary": ["summary", "{network}"],
    "gaps": ["gaps", "{network}"],
    "communities": ["communities", "{network}"],
    "funding": ["funding", "{network}", "--by", "year,area"],
    "recommend": ["recommend", "{network}"],
    "overlap": ["overlap", "{network}"],
    "report": ["report", "-q", "{network}", "-o", os.path.join(DATA, "national-report.html")],
}


def made(path, command):
    if not os.path.exists(path):
        subprocess.run(command, check=True)
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--grants", type=int, default=1_000_000)
    parser.add_argument("--forms", nargs="+", default=["json", "csv", "goc", "xlsx"], choices=sorted(PANDAS))
    parser.add_argument("--commands", nargs="*", default=list(COMMANDS), choices=list(COMMANDS))
    parser.add_argument("--timeout", type=int, default=1800)
    parser.add_argument("--output", default=os.path.join(HERE, "results-national.md"))
    arguments = parser.parse_args()
    os.makedirs(DATA, exist_ok=True)
    n = arguments.grants
    imports = []
    networks = {}
    for form in arguments.forms:
        source = made(os.path.join(DATA, f"national-{n}.{form}"),
                      [sys.executable, os.path.join(HERE, "generate_national.py"), os.path.join(DATA, f"national-{n}.{form}"),
                       "--grants", str(n), "--format", form])
        network = os.path.join(DATA, f"national-{n}-{form}.yaml")
        command = [BIN, "import", source, "-o", network] + (["--from", FROM[form]] if FROM[form] else [])
        ours = timed(command, arguments.timeout)
        script = "import sys\nimport pandas as pd\npath = sys.argv[1]\n" + textwrap.dedent(PANDAS[form]) + "print(len(frame), len(totals))\n"
        theirs = timed([sys.executable, "-c", script, source], arguments.timeout)
        # The published file read directly, as a funder reads it: every command tells a grants
        # file by its content, but a CSV by its name (the benchmark's Government of Canada file
        # is `.goc` beside the 360Giving `.csv`).
        published = source
        if form == "goc":
            published = os.path.join(DATA, f"national-{n}-canada.csv")
            if not os.path.exists(published):
                os.symlink(os.path.basename(source), published)
        direct = timed([BIN, "funding", published], arguments.timeout)
        size = os.path.getsize(source) / 1e6
        imports.append((form, size, ours, direct, theirs))
        print(form, cell(ours), cell(direct), cell(theirs), flush=True)
        if form == "csv":
            networks["from real records"] = network
    if arguments.commands:
        generated = made(os.path.join(DATA, f"grants-{n}.csv"),
                         [sys.executable, os.path.join(HERE, "generate_grants.py"), os.path.join(DATA, f"grants-{n}.csv"), "--grants", str(n)])
        network = os.path.join(DATA, f"grants-{n}.yaml")
        print("import grants", cell(timed([BIN, "import", generated, "-o", network], arguments.timeout)), flush=True)
        networks["generate_grants.py"] = network
    runs = []
    for generator, network in networks.items():
        for name in arguments.commands:
            command = [BIN] + [part.replace("{network}", network) for part in COMMANDS[name]]
            result = timed(command, arguments.timeout)
            runs.append((generator, name, result))
            print(generator, name, cell(result), flush=True)

    forms = {"json": "360Giving JSON", "csv": "360Giving CSV", "xlsx": "360Giving workbook", "goc": "Government of Canada CSV"}
    lines = [f"Written by `python3 Benchmarks/national.py --grants {n}` (release build, this 2-core machine, one run each).", "",
             "| file | size | partnermap import | pandas (load, amounts, dates, totals by funder) | ratio |", "|---|---|---|---|---|"]
    for form, size, ours, _, theirs in imports:
        lines.append(f"| {forms[form]}, {n:,} grants | {size:,.0f} MB | {cell(ours)} | {cell(theirs)} | {ratio(ours, theirs)} |")
    lines += ["", "| file read directly | partnermap funding FILE | pandas, as above | ratio |", "|---|---|---|---|"]
    for form, size, _, direct, theirs in imports:
        lines.append(f"| {forms[form]}, {n:,} grants | {cell(direct)} | {cell(theirs)} | {ratio(direct, theirs)} |")
    if runs:
        lines += ["", "| network | command | partnermap | under 4 GB |", "|---|---|---|---|"]
        for generator, name, result in runs:
            within = "–" if isinstance(result[0], str) else ("yes" if result[1] < 4096 else "no")
            lines.append(f"| {generator} | {name} | {cell(result)} | {within} |")
    with open(arguments.output, "w", encoding="utf-8") as handle:
        handle.write(f"# A national grants file on a laptop: {n:,} grants\n\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
