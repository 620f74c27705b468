#!/usr/bin/env python3
"""`partnermap funding` against pandas, on the real 360Giving files and a Government of Canada
grants file: totals by year, size band, area and kind of recipient must match pandas group-bys
to the cent, with the same numbers of grants and recipients and the same medians; co-funding
pairs must match a count made here from the raw rows.

pandas reads each file as published (not PartnerMap's import of it) and follows the rules the
command documents: 360Giving recipients by their identifier, the award date's year, the
beneficiary location as the area when the recipient gives no region; Government of Canada
agreements by their latest amendment, the province as the area, the start date's year.

Usage: python3 Tests/Peers/funding_pandas_test.py path/to/partnermap
"""
import json
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "PartnerMapTests" / "Fixtures" / "grants"
BANDS = [0, 10_000, 50_000, 100_000, 500_000, 1_000_000]
failures = []


def band_key(amount):
    index = max(i for i, low in enumerate(BANDS) if low <= amount)
    low = BANDS[index]
    return f"{low}-{BANDS[index + 1]}" if index + 1 < len(BANDS) else f"{low}+"


def partnermap(binary, path, *arguments):
    run = subprocess.run([binary, "funding", str(path), "--format", "json", *arguments], capture_output=True, text=True, env={"LANG": "C"})
    if run.returncode != 0:
        raise SystemExit(f"{path.name}: partnermap failed: {run.stderr}")
    return json.loads(run.stdout)


def compare(name, ours, frame, key_column):
    """Each pandas group against partnermap's group of the same key."""
    by = {(g["key"], g["currency"]): g for g in ours}
    keys = frame[key_column].map(lambda value: "<not given>" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value))
    grouped = frame.groupby([keys, "currency"])
    expected = set()
    for (key, currency), rows in grouped:
        key = None if key == "<not given>" else key
        expected.add((key, currency))
        group = by.get((key, currency))
        if group is None:
            failures.append(f"{name}: pandas has group {key!r} {currency}, partnermap does not")
            continue
        total_cents = int(round(rows["amount"].sum() * 100))
        if int(round(group["total"] * 100)) != total_cents:
            failures.append(f"{name} {key!r}: total {group['total']} != pandas {total_cents / 100}")
        if group["grants"] != len(rows):
            failures.append(f"{name} {key!r}: {group['grants']} grants != pandas {len(rows)}")
        if group["recipients"] != rows["recipient"].nunique():
            failures.append(f"{name} {key!r}: {group['recipients']} recipients != pandas {rows['recipient'].nunique()}")
        if not math.isclose(group["median"], rows["amount"].median(), abs_tol=1e-9):
            failures.append(f"{name} {key!r}: median {group['median']} != pandas {rows['amount'].median()}")
    extra = set(by) - expected
    if extra:
        failures.append(f"{name}: partnermap has groups pandas does not: {sorted(extra, key=str)}")


def three_sixty_giving(path):
    grants = json.loads(path.read_text())["grants"]

    def text(value):
        # An empty or blank field says nothing, as in the standard.
        return value.strip() or None if isinstance(value, str) else value

    rows = []
    for grant in grants:
        recipient = grant["recipientOrganization"][0]
        beneficiary = text((grant.get("beneficiaryLocation") or [{}])[0].get("name"))
        rows.append({
            "recipient": recipient.get("id") or recipient["name"],
            "amount": float(grant["amountAwarded"]),
            "currency": grant["currency"],
            "awarded": grant["awardDate"],
            "region": text(recipient.get("addressRegion")),
            "beneficiary": beneficiary,
            "charity": text(recipient.get("charityNumber")),
            "company": text(recipient.get("companyNumber")),
        })
    frame = pd.DataFrame(rows)
    frame["year"] = pd.to_datetime(frame["awarded"], dayfirst=True, format="mixed").dt.year.astype(str)
    # A recipient's region and kind are its own, the first the file gives.
    first = frame.groupby("recipient").agg({"region": "first", "charity": "first", "company": "first"})
    frame["area"] = frame["recipient"].map(first["region"]).fillna(frame["beneficiary"])
    kind = first.apply(lambda r: "charity" if pd.notna(r["charity"]) else ("company" if pd.notna(r["company"]) else None), axis=1)
    frame["kind"] = frame["recipient"].map(kind)
    return frame


def canada(path):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame["amendment_number"] = frame["amendment_number"].astype(int)
    latest = frame.sort_values("amendment_number").groupby("ref_number").tail(1)
    types = {"A": "indigenous", "F": "for-profit", "G": "government", "I": "international", "N": "nonprofit", "O": "other", "P": "individual", "S": "academia"}
    out = pd.DataFrame({
        "recipient": latest["recipient_business_number"].str.replace(r"\D", "", regex=True).str[:9].replace("", None).fillna(latest["recipient_legal_name"]),
        "amount": latest["agreement_value"].astype(float),
        "currency": "CAD",
        "year": latest["agreement_start_date"].str[:4],
        "area": latest["recipient_province"].replace("", None),
        "kind": latest["recipient_type"].map(types),
    })
    return out


def main():
    binary = sys.argv[1]
    cases = [
        (FIXTURES / "oxfordshire-community-foundation.json", three_sixty_giving),
        (FIXTURES / "dulverton-trust.json", three_sixty_giving),
        (FIXTURES / "canada-grants-and-contributions.csv", canada),
    ]
    for path, read in cases:
        frame = read(path)
        frame["size"] = frame["amount"].map(band_key)
        ours = partnermap(binary, path, "--by", "year,size,area,recipient-type")
        if ours["grants"]["counted"] != len(frame):
            failures.append(f"{path.name}: {ours['grants']['counted']} grants != pandas {len(frame)}")
        for dimension, column in [("year", "year"), ("size", "size"), ("area", "area"), ("recipient-type", "kind")]:
            compare(f"{path.name} by {dimension}", [g for g in ours["groups"] if g["by"] == dimension], frame, column)
        # Co-funding: funder pairs and the recipients they share, counted from the rows.
        if path.suffix == ".csv":
            raw = pd.read_csv(path, dtype=str, keep_default_na=False)
            raw = raw.sort_values("amendment_number").groupby("ref_number").tail(1)
            raw["funder"] = raw["owner_org_title"].str.split("|").str[0].str.strip()
            raw["recipient"] = raw["recipient_business_number"].str[:9].where(raw["recipient_business_number"] != "", raw["recipient_legal_name"])
            funders = raw.groupby("recipient")["funder"].apply(lambda f: sorted(set(f)))
            pairs = {}
            for recipient, names in funders.items():
                for i in range(len(names)):
                    for j in range(i + 1, len(names)):
                        pairs[(names[i], names[j])] = pairs.get((names[i], names[j]), 0) + 1
            co = partnermap(binary, path, "--co-funding")
            names = {}
            network = subprocess.run([binary, "export", str(path), "--format", "json"], capture_output=True, text=True, check=True)
            for organisation in json.loads(network.stdout)["network"]["organisations"]:
                names[organisation["id"]] = organisation["name"]
            ours_pairs = {tuple(sorted(names[f] for f in pair["funders"])): pair["shared"] for pair in co["pairs"]}
            if ours_pairs != pairs:
                failures.append(f"{path.name}: co-funding pairs {ours_pairs} != counted {pairs}")
        print(f"{path.name}: {len(frame)} grants compared")
    if failures:
        print("\n".join(failures))
        raise SystemExit(1)
    print("funding totals match pandas to the cent")


if __name__ == "__main__":
    main()
