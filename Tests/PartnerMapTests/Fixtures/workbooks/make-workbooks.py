"""Writes the workbooks the workbook tests read, with openpyxl (pip install openpyxl).

Each is small and made from a file already among the fixtures, so that a test can say the
workbook reads as the CSV does. Run from the repository root:

    python3 Tests/PartnerMapTests/Fixtures/workbooks/make-workbooks.py

The workbooks are committed; this script says how they were made, it is not run by the tests.
openpyxl writes strings as shared strings, numbers as numbers, dates as serial numbers in a
date format, and formulas without their saved results (as a program that never opens them in a
spreadsheet does), which are the cases the reader must handle.
"""
import csv
import datetime
import os

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
LIP = os.path.join(ROOT, "Graphs", "london-middlesex-lip")
IMPORT = os.path.join(ROOT, "Tests", "PartnerMapTests", "Fixtures", "import")

# A network's sheets, some under their French names as a French coordinator names them.
SHEET_NAMES = {"organisations": "organismes", "partnerships": "partenariats", "memberships": "sièges",
               "funding": "Financement", "network": "network", "projects": "projects",
               "priorities": "priorités", "sources": "sources"}


def typed(column, text):
    """A cell as a person types it in Excel: numbers as numbers, months as dates, true as TRUE."""
    if text == "":
        return None
    if column in ("amount", "weight", "year") and text.replace(".", "", 1).isdigit():
        return float(text) if "." in text else int(text)
    if column in ("start", "end") and len(text) == 7 and text[4] == "-":
        return datetime.datetime(int(text[:4]), int(text[5:]), 1)
    if column == "illustrative" and text in ("true", "false"):
        return text == "true"
    return text


def save(workbook, name):
    workbook.save(os.path.join(HERE, name))


def add_rows(sheet, rows, header):
    for row in rows:
        sheet.append([typed(column, cell) for column, cell in zip(header, row)])
        for cell, column in zip(sheet[sheet.max_row], header):
            if column in ("start", "end") and isinstance(cell.value, datetime.datetime):
                cell.number_format = "yyyy-mm"


def network_workbook(date1904=False):
    workbook = openpyxl.Workbook()
    if date1904:
        workbook.epoch = CALENDAR_MAC_1904
    workbook.remove(workbook.active)
    notes = workbook.create_sheet("Notes")
    notes.append(["Kept by the LIP coordinator; this sheet is not read."])
    for section in ["network", "sources", "priorities", "organisations", "projects", "partnerships", "memberships", "funding"]:
        with open(os.path.join(LIP, section + ".csv"), encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        sheet = workbook.create_sheet(SHEET_NAMES[section])
        sheet.append(rows[0])
        add_rows(sheet, rows[1:], rows[0])
    return workbook


def main():
    save(network_workbook(), "london-middlesex-lip.xlsx")
    save(network_workbook(date1904=True), "london-middlesex-lip-1904.xlsx")

    # Cells whose value would be a guess.
    broken = openpyxl.Workbook()
    sheet = broken.active
    sheet.title = "organisations"
    sheet.append(["id", "name", "type", None])
    sheet.append(["binam", "BINAM", "municipal"])
    sheet.append(["ymca", "=A2&\" YMCA\"", "nonprofit"])
    sheet.append(["club", "#REF!", "nonprofit"])
    sheet.append(["table", "Table de quartier", "network", "stray value"])
    sheet.merge_cells("B6:B7")
    sheet["A6"] = "comite"
    sheet["B6"] = "Comité"
    sheet["A7"] = "comite-2"
    save(broken, "broken.xlsx")

    merged = openpyxl.Workbook()
    sheet = merged.active
    sheet.title = "organisations"
    sheet.append(["id", "name and type", None])
    sheet.merge_cells("B1:C1")
    sheet.append(["binam", "BINAM", "municipal"])
    save(merged, "merged-header.xlsx")

    # 360Giving's grants sheet: flattened column titles, amounts as numbers, dates as dates.
    grants = openpyxl.Workbook()
    readme = grants.active
    readme.title = "Readme"
    readme.append(["Grants published to the 360Giving Data Standard."])
    sheet = grants.create_sheet("grants")
    with open(os.path.join(IMPORT, "360giving.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    sheet.append(rows[0])
    for row in rows[1:]:
        cells = []
        for column, text in zip(rows[0], row):
            if column == "Amount Awarded":
                cells.append(float(text) if "." in text else int(text))
            elif "Date" in column and text:
                cells.append(datetime.datetime.strptime(text, "%Y-%m-%d"))
            else:
                cells.append(text or None)
        sheet.append(cells)
        for cell, column in zip(sheet[sheet.max_row], rows[0]):
            if "Date" in column:
                cell.number_format = "dd/mm/yyyy"
    save(grants, "360giving.xlsx")

    # A partner survey kept as one workbook: the roster and the responses, in French.
    survey = openpyxl.Workbook()
    survey.remove(survey.active)
    for name, source in [("Liste des membres", "roster.csv"), ("Réponses", "responses.csv")]:
        sheet = survey.create_sheet(name)
        with open(os.path.join(IMPORT, source), encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for index, row in enumerate(rows):
            sheet.append([int(cell) if index > 0 and cell.isdigit() else (cell or None) for cell in row])
    save(survey, "survey.xlsx")


if __name__ == "__main__":
    main()
