#!/usr/bin/env python3
"""A national grants file built from real grants, for the import benchmark (`national.py`).

    python3 Benchmarks/generate_national.py OUT --grants 1000000 --format json|csv|goc|xlsx [--seed 1]

Where `generate_grants.py` writes texts from a small vocabulary, this one draws every grant's
title, description, amount, dates, programme, beneficiary area and recipient's address from the
2,013 real grants (three whose end comes before their start left out) of the two 360Giving files in `Tests/PartnerMapTests/Fixtures/grants/` (The
Dulverton Trust, 2005–2015, and Oxfordshire Community Foundation, 2013–2014; their licence is in
the README beside them), so that lengths, repetitions ("Dummy" descriptions), date forms
(17/03/2014 and 2014-03-17) and amounts are those of real files. What a million real grants would
add and two funders cannot give is made up, seeded: a third as many recipients as grants (each
with a real recipient's name and address and its own identifier, so many share a name, as branches
do), 400 funders (the two real ones give most grants), award years spread over a decade.

Formats: `json` the 360Giving JSON package (one grant per line), `csv` its flattened CSV, `xlsx`
the same columns as a workbook's only sheet, `goc` the Government of Canada's grants and
contributions CSV (a twentieth of the agreements amended once, the amendment restating the value).
The same seed gives the same bytes.
"""
import argparse
import csv
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "Tests", "PartnerMapTests", "Fixtures", "grants")
SOURCES = ["dulverton-trust.json", "oxfordshire-community-foundation.json"]

CSV_COLUMNS = ["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
               "Planned Dates:Start Date", "Planned Dates:End Date", "Recipient Org:Identifier",
               "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:City",
               "Recipient Org:County", "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name",
               "Grant Programme:Title", "Beneficiary Location:0:Name"]

GOC_COLUMNS = ["ref_number", "amendment_number", "amendment_date", "agreement_type", "recipient_type",
               "recipient_business_number", "recipient_legal_name", "recipient_operating_name", "recipient_country",
               "recipient_province", "recipient_city", "recipient_postal_code", "federal_riding_name_en",
               "federal_riding_name_fr", "prog_name_en", "prog_name_fr", "agreement_title_en", "agreement_title_fr",
               "agreement_value", "agreement_start_date", "agreement_end_date", "description_en", "owner_org",
               "owner_org_title"]
# Federal departments that fund community organisations, in both official languages.
DEPARTMENTS = [
    ("cic", "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"),
    ("pch", "Canadian Heritage", "Patrimoine canadien"),
    ("esdc-edsc", "Employment and Social Development Canada", "Emploi et Développement social Canada"),
    ("wage-fegc", "Women and Gender Equality Canada", "Femmes et Égalité des genres Canada"),
    ("phac-aspc", "Public Health Agency of Canada", "Agence de la santé publique du Canada"),
    ("infc", "Housing, Infrastructure and Communities Canada", "Logement, Infrastructures et Collectivités Canada"),
]
PROVINCES = ["ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE"]


def load_pool():
    pool = []
    for name in SOURCES:
        with open(os.path.join(FIXTURES, name), encoding="utf-8") as handle:
            for grant in json.load(handle)["grants"]:
                recipient = (grant.get("recipientOrganization") or [{}])[0]
                planned = (grant.get("plannedDates") or [{}])[0]
                pool.append({
                    "title": grant.get("title", ""),
                    "description": grant.get("description", ""),
                    "amount": grant.get("amountAwarded", 0),
                    "awardDate": grant.get("awardDate", ""),
                    "start": planned.get("startDate") or grant.get("Project Start Date", ""),
                    "end": planned.get("endDate") or grant.get("Project End Date", ""),
                    "programme": ((grant.get("grantProgramme") or [{}])[0]).get("title", ""),
                    "area": ((grant.get("beneficiaryLocation") or [{}])[0]).get("name", ""),
                    "recipient": recipient.get("name", ""),
                    "city": recipient.get("addressLocality", ""),
                    "county": recipient.get("addressRegion", ""),
                    "postcode": recipient.get("postalCode", ""),
                    "funder": ((grant.get("fundingOrganization") or [{}])[0]).get("name", ""),
                })
    # Three real grants end before they start (a year mistyped): PartnerMap refuses them, as it
    # should, so they are left out of a file meant to import.
    def begins(record):
        return iso(record["start"] or record["awardDate"])

    return [record for record in pool if not (record["end"] and begins(record) and iso(record["end"]) < begins(record))]


def shifted(date, years):
    """A real date moved by whole years, in the form it was written (17/03/2014 or 2014-03-17)."""
    if not date:
        return ""
    if "/" in date:
        day, month, year = date[:10].split("/")
        return f"{min(int(day), 28):02d}/{month}/{int(year) + years}"
    year, month, day = date[:10].split("-")
    return f"{int(year) + years}-{month}-{min(int(day), 28):02d}"


def iso(date):
    if not date:
        return ""
    if "/" in date:
        day, month, year = date[:10].split("/")
        return f"{year}-{month}-{day}"
    return date


def grants(n, seed):
    rng = random.Random(seed)
    pool = load_pool()
    places = sorted({record["city"] for record in pool if record["city"]})
    funders = [("360G-dulverton", "The Dulverton Trust"), ("GB-CHC-1151621", "Oxfordshire Community Foundation")]
    for i in range(2, 400):
        funders.append((f"GB-CHC-{1200000 + i}", f"{places[i % len(places)]} Community Foundation {i // len(places) + 1}"))
    funder_weights = [1 / (rank + 1) ** 1.1 for rank in range(len(funders))]
    recipient_count = max(2, n // 3)
    for g in range(n):
        record = pool[rng.randrange(len(pool))]
        r = g % recipient_count if g < recipient_count else int(rng.paretovariate(1.2)) % recipient_count
        home = pool[r % len(pool)]
        f = rng.choices(range(len(funders)), funder_weights)[0]
        years = rng.randrange(10)
        yield {
            "id": f"360G-national-{g:07d}",
            "title": record["title"],
            "description": record["description"],
            "amount": record["amount"],
            "awardDate": shifted(record["awardDate"], years),
            "start": shifted(record["start"], years),
            "end": shifted(record["end"], years),
            "programme": record["programme"],
            "area": record["area"],
            "recipientID": f"GB-CHC-{3000000 + r}",
            "recipient": home["recipient"] or f"Recipient {r}",
            "charity": str(3000000 + r),
            "city": home["city"],
            "county": home["county"],
            "postcode": home["postcode"],
            "funderID": funders[f][0],
            "funder": funders[f][1],
            "r": r,
            "f": f,
        }


def json_grant(grant):
    recipient = {"id": grant["recipientID"], "name": grant["recipient"], "charityNumber": grant["charity"]}
    for key, field in (("addressLocality", "city"), ("addressRegion", "county"), ("postalCode", "postcode")):
        if grant[field]:
            recipient[key] = grant[field]
    item = {"id": grant["id"], "title": grant["title"], "description": grant["description"], "currency": "GBP",
            "amountAwarded": grant["amount"], "awardDate": grant["awardDate"],
            "recipientOrganization": [recipient],
            "fundingOrganization": [{"id": grant["funderID"], "name": grant["funder"]}]}
    if grant["start"] or grant["end"]:
        item["plannedDates"] = [{key: grant[field] for key, field in (("startDate", "start"), ("endDate", "end")) if grant[field]}]
    if grant["programme"]:
        item["grantProgramme"] = [{"title": grant["programme"]}]
    if grant["area"]:
        item["beneficiaryLocation"] = [{"name": grant["area"]}]
    return item


def csv_row(grant):
    return [grant["id"], grant["title"], grant["description"], "GBP", grant["amount"], grant["awardDate"], grant["start"],
            grant["end"], grant["recipientID"], grant["recipient"], grant["charity"], grant["city"], grant["county"],
            grant["postcode"], grant["funderID"], grant["funder"], grant["programme"], grant["area"]]


def goc_rows(grant, rng):
    code, english, french = DEPARTMENTS[grant["f"] % len(DEPARTMENTS)]
    province = PROVINCES[grant["r"] % len(PROVINCES)]
    programme = grant["programme"] or "Community Support Program"
    row = [grant["id"].replace("360G-national-", "GC-"), 0, "", "G" if grant["amount"] < 25000 else "C", "N",
           f"{100000000 + grant['r']:09d}RR0001", grant["recipient"], "", "CA", province, grant["city"], grant["postcode"],
           "", "", programme, programme, grant["title"], grant["title"], f"{grant['amount']:.2f}", iso(grant["start"]),
           iso(grant["end"]), grant["description"], code, f"{english} | {french}"]
    yield row
    if rng.random() < 0.05:
        amended = list(row)
        amended[1] = 1
        amended[2] = iso(grant["start"]) or iso(grant["awardDate"])
        amended[18] = f"{grant['amount'] * 1.1:.2f}"
        yield amended


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--grants", type=int, default=1_000_000)
    parser.add_argument("--format", choices=["json", "csv", "goc", "xlsx"], default="json")
    parser.add_argument("--seed", type=int, default=1)
    arguments = parser.parse_args()
    made = grants(arguments.grants, arguments.seed)
    temporary = arguments.output + ".part"
    if arguments.format == "json":
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write('{"grants": [\n')
            for index, grant in enumerate(made):
                handle.write((",\n" if index else "") + json.dumps(json_grant(grant), ensure_ascii=False))
            handle.write("\n]}\n")
    elif arguments.format == "csv":
        with open(temporary, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            writer.writerows(csv_row(grant) for grant in made)
    elif arguments.format == "goc":
        rng = random.Random(arguments.seed + 1)
        with open(temporary, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(GOC_COLUMNS)
            for grant in made:
                writer.writerows(goc_rows(grant, rng))
    else:
        import xlsxwriter
        book = xlsxwriter.Workbook(temporary, {"constant_memory": True})
        sheet = book.add_worksheet("grants")
        sheet.write_row(0, 0, CSV_COLUMNS)
        for index, grant in enumerate(made):
            sheet.write_row(index + 1, 0, csv_row(grant))
        book.close()
    os.replace(temporary, arguments.output)


if __name__ == "__main__":
    main()
