"""Writes the workbooks the workbook tests read, with openpyxl and XlsxWriter
(pip install openpyxl xlsxwriter).

Each is small and made from a file already among the fixtures, so that a test can say the
workbook reads as the CSV does. Run from the repository root:

    python3 Tests/PartnerMapTests/Fixtures/workbooks/make-workbooks.py

The workbooks are committed; this script says how they were made, it is not run by the tests
(openpyxl stamps each workbook with the time it was written, so a new run changes their bytes
and nothing they hold).
openpyxl writes strings inline, numbers as numbers, dates as serial numbers in a date format,
and formulas without their saved results (as a program that never opens them in a spreadsheet
does). XlsxWriter writes strings as Excel does, in a shared strings table (rich text as runs),
and its own number formats: the 360Giving and survey workbooks are written with it.
"""
import csv
import datetime
import os

import openpyxl
import xlsxwriter
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

    # 360Giving's grants sheet, as Excel writes it: flattened column titles, shared strings (one
    # name in rich text), amounts as numbers, dates as dates shown day first.
    grants = xlsxwriter.Workbook(os.path.join(HERE, "360giving.xlsx"))
    grants.set_properties({"created": datetime.datetime(2027, 1, 15)})
    readme = grants.add_worksheet("Readme")
    readme.write(0, 0, "Grants published to the 360Giving Data Standard.")
    sheet = grants.add_worksheet("grants")
    day_first = grants.add_format({"num_format": "dd/mm/yyyy"})
    bold = grants.add_format({"bold": True})
    with open(os.path.join(IMPORT, "360giving.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    sheet.write_row(0, 0, rows[0])
    for line, row in enumerate(rows[1:], start=1):
        for column, (title, text) in enumerate(zip(rows[0], row)):
            if title == "Amount Awarded":
                sheet.write_number(line, column, float(text))
            elif "Date" in title and text:
                sheet.write_datetime(line, column, datetime.datetime.strptime(text, "%Y-%m-%d"), day_first)
            elif title == "Recipient Org:Name" and text.startswith("Réseau des femmes"):
                sheet.write_rich_string(line, column, bold, "Réseau des femmes", text[len("Réseau des femmes"):])
            elif text:
                sheet.write_string(line, column, text)
    grants.close()

    # A partner survey kept as one workbook: the roster and the responses, in French.
    survey = xlsxwriter.Workbook(os.path.join(HERE, "survey.xlsx"))
    survey.set_properties({"created": datetime.datetime(2027, 1, 15)})
    for name, source in [("Liste des membres", "roster.csv"), ("Réponses", "responses.csv")]:
        sheet = survey.add_worksheet(name)
        with open(os.path.join(IMPORT, source), encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        for index, row in enumerate(rows):
            for column, cell in enumerate(row):
                if index > 0 and cell.isdigit():
                    sheet.write_number(index, column, int(cell))
                elif cell:
                    sheet.write_string(index, column, cell)
    survey.close()

    # Canada's grants and contributions, saved as a workbook by someone who opened the CSV in
    # Excel: values as numbers, dates as dates, a multi-line description in one cell.
    canada = xlsxwriter.Workbook(os.path.join(HERE, "canada-grants.xlsx"))
    canada.set_properties({"created": datetime.datetime(2027, 1, 15)})
    sheet = canada.add_worksheet("grants")
    iso = canada.add_format({"num_format": "yyyy-mm-dd"})
    with open(os.path.join(IMPORT, "canada-grants.csv"), encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    sheet.write_row(0, 0, rows[0])
    for line, row in enumerate(rows[1:], start=1):
        for column, (title, text) in enumerate(zip(rows[0], row)):
            if title in ("agreement_value", "amendment_number") and text.replace(".", "", 1).isdigit():
                sheet.write_number(line, column, float(text))
            elif title.endswith("_date") and len(text) == 10:
                sheet.write_datetime(line, column, datetime.datetime.strptime(text, "%Y-%m-%d"), iso)
            elif text:
                sheet.write_string(line, column, text)
    canada.close()

    kobo_export()
    odk_export()


# The partner survey's form filled in: the answers of responses.csv as the survey tools export
# them. binam also answered the two questions asked once.
SUBMISSIONS = [
    ("binam", [("femmes-parc-ex", "monthly", "4", "4", "3", "3", "4", "2", "coordination", "data referrals")], "4", "in-kind expertise"),
    ("femmes-parc-ex", [("binam", "weekly", "3", "4", "4", "2", "3", "3", "", ""),
                        ("clinique", "quarterly", "2", "3", "", "1", "2", "2", "", "")], "", ""),
    ("clinique", [("silent", "yearly", "1", "2", "2", "1", "1", "1", "", "")], "", ""),
    ("biblio", [], "", ""),
]
RATING_FIELDS = ["partner", "partner_name", "frequency", "openness", "reliability", "mission", "power", "resources",
                 "involvement", "level", "contributions"]


def kobo_export():
    """KoboToolbox's XLS export ("XML values and headers", groups in headers): the submissions
    on a sheet named after the form, each repeat on its own sheet tied by _parent_index."""
    workbook = openpyxl.Workbook()
    main = workbook.active
    main.title = "Sondage auprès des partenaires"
    main.append(["start", "end", "respondent", "partners", "outcome", "contributes", "_id", "_uuid",
                 "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"])
    ratings = workbook.create_sheet("ratings")
    ratings.append(["ratings/" + name for name in RATING_FIELDS] + ["_index", "_parent_table_name", "_parent_index",
                                                                   "_submission__id", "_submission__uuid"])
    rating_index = 0
    for index, (respondent, rated, outcome, contributes) in enumerate(SUBMISSIONS, start=1):
        uuid = "5c1f%04d-7a2b-4c3d-9e8f-00000000%04d" % (index, index)
        main.append(["2027-03-0%dT09:00:00.000-05:00" % index, "2027-03-0%dT09:10:00.000-05:00" % index, respondent,
                     " ".join(row[0] for row in rated) or None, int(outcome) if outcome else None, contributes or None,
                     1000 + index, uuid, "2027-03-0%dT14:10:00" % index, None, None, "submitted_via_web", None,
                     "vR2x9", None, index])
        for row in rated:
            rating_index += 1
            cells = [row[0], row[0]] + [int(v) if v.isdigit() else (v or None) for v in row[1:]]
            ratings.append(cells + [rating_index, "Sondage auprès des partenaires", index, 1000 + index, uuid])
    save(workbook, "kobo-export.xlsx")


def odk_export():
    """ODK Central's CSV download: a ZIP with the submissions and one file per repeat, tied by
    PARENT_KEY (the submission's KEY)."""
    import io
    import zipfile
    main = io.StringIO()
    writer = csv.writer(main, lineterminator="\n")
    writer.writerow(["SubmissionDate", "respondent", "partners", "outcome", "contributes", "meta-instanceID", "KEY",
                     "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status", "ReviewState",
                     "DeviceID", "Edits", "FormVersion"])
    repeat = io.StringIO()
    repeat_writer = csv.writer(repeat, lineterminator="\n")
    repeat_writer.writerow(RATING_FIELDS + ["PARENT_KEY", "KEY"])
    for index, (respondent, rated, outcome, contributes) in enumerate(SUBMISSIONS, start=1):
        key = "uuid:8d2e%04d-1b3c-4d5e-8f90-00000000%04d" % (index, index)
        writer.writerow(["2027-03-0%dT14:10:00.000Z" % index, respondent, " ".join(row[0] for row in rated), outcome,
                         contributes, key, key, "7", "Tablette %d" % index, "0", "0", "", "", "", "0", "1"])
        for position, row in enumerate(rated, start=1):
            repeat_writer.writerow([row[0], row[0]] + list(row[1:]) + [key, "%s/ratings[%d]" % (key, position)])
    with zipfile.ZipFile(os.path.join(HERE, "odk-export.zip"), "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("partner_survey.csv", main.getvalue()), ("partner_survey-ratings.csv", repeat.getvalue())]:
            info = zipfile.ZipInfo(name, date_time=(2027, 3, 5, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


if __name__ == "__main__":
    main()
