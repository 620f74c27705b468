import Foundation
import Testing

@testable import PartnerMap

/// Workbooks read as the spreadsheet shows them, and as their CSV files would read.
/// Fixtures: `Fixtures/workbooks/make-workbooks.py` (openpyxl) made them from the CSV examples.
@Suite struct WorkbookTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/workbooks").path
    static let csvFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Graphs/london-middlesex-lip").standardized.path

    func problems(_ path: String) -> [String] {
        do {
            _ = try NetworkLoader.readNetwork(path: path)
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: Self.fixtures + "/", with: "") }
        }
    }

    @Test func aNetworkWorkbookReadsAsItsCSVFolder() throws {
        let (folder, folderWarnings) = try NetworkLoader.readNetwork(path: Self.csvFolder)
        for name in ["london-middlesex-lip.xlsx", "london-middlesex-lip-1904.xlsx"] {
            let (workbook, warnings) = try NetworkLoader.readNetwork(path: Self.fixtures + "/" + name)
            // Numbers typed as numbers, months typed as dates (1900 and 1904 systems), TRUE as true,
            // French sheet names (organismes, partenariats, sièges): the same network.
            #expect(workbook == folder, "\(name)")
            #expect(workbook.projects.compactMap(\.end).map(\.description) == folder.projects.compactMap(\.end).map(\.description))
            // Warnings name the sheet and the row Excel shows; the notes sheet is said to be left out.
            #expect(
                warnings.map { $0.description.replacingOccurrences(of: Self.fixtures + "/", with: "") } == [
                    "\(name)[Notes]: warning: the sheet \"Notes\" is not a section of a network and is left out; sections are organisations, projects, partnerships, memberships, funding, priorities, sources, network",
                    "\(name)[organismes]:20: warning: \"faith-group\" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone",
                ])
            #expect(folderWarnings.count == 1)
        }
    }

    @Test func aFrenchWorkbookReadsWithItsFrenchHeaders() throws {
        // A coordinator in Montréal names the sheets and the columns in French.
        let data = try WorkbookWriter.data([
            WorkbookWriter.Sheet(
                name: "Organismes",
                rows: [
                    ["Identifiant", "Nom", "Type", "Secteurs", "Territoire"],
                    ["binam", "Bureau d’intégration des nouveaux arrivants à Montréal", "municipal", "settlement", "Montréal"],
                    ["ymca", "YMCA du Québec", "nonprofit", "settlement;youth", "Montréal"],
                ]),
            WorkbookWriter.Sheet(name: "Partenariats", rows: [["Organismes", "Type", "Poids", "Depuis"], ["binam;ymca", "referral", "3", "2019"]]),
            WorkbookWriter.Sheet(name: "Financement", rows: [["De", "À", "Montant", "Devise", "Année"], ["binam", "ymca", "25 000", "CAD", "2024"]]),
        ])
        let network = try NetworkLoader.loadWorkbook(data: data, file: "reseau.xlsx")
        #expect(network.organisations.map(\.name) == ["Bureau d’intégration des nouveaux arrivants à Montréal", "YMCA du Québec"])
        #expect(network.organisations[1].sectors == ["settlement", "youth"] && network.organisations[0].area == "Montréal")
        #expect(network.partnerships.first?.weight == 3 && network.partnerships.first?.since?.description == "2019")
        #expect(network.funding.first?.amount == 25_000 && network.funding.first?.from == "binam" && network.funding.first?.to == "ymca")
    }

    @Test func cellsThatWouldBeAGuessAreRefusedWithTheirCell() {
        #expect(
            problems(Self.fixtures + "/broken.xlsx") == [
                "broken.xlsx[organisations]:5: column D holds values but its header cell is empty; name the column or delete it",
                "broken.xlsx[organisations]:6: cells B6:B7 are merged, so only the first holds the value; unmerge them and fill each cell",
                "broken.xlsx[organisations]:3: cell B3 holds a formula saved without its result; open the workbook in Excel or LibreOffice and save it again",
                "broken.xlsx[organisations]:4: cell B4 shows the Excel error #REF!; correct the formula or type the value",
            ])
        #expect(
            problems(Self.fixtures + "/merged-header.xlsx") == [
                "merged-header.xlsx[organisations]:1: cells B1:C1 of the header row are merged; unmerge them and give each column its own name",
                "merged-header.xlsx[organisations]:2: column C holds values but its header cell is empty; name the column or delete it",
            ])
    }

    @Test func filesThatAreNoWorkbookSayHowToSaveThem() throws {
        let folder = try TemporaryFolder()
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).write(to: URL(fileURLWithPath: folder.path + "/old.xls"))
        try folder.write("text.xlsx", "id,name\na,A\n")
        let empty = try WorkbookWriter.data([])
        try empty.write(to: URL(fileURLWithPath: folder.path + "/no-organisations.xlsx"))
        func messages(_ name: String) -> [String] {
            do {
                _ = try NetworkLoader.readNetwork(path: folder.path + "/" + name)
                return []
            } catch {
                return error.diagnostics.map { $0.problem.message(in: .en) }
            }
        }
        #expect(messages("old.xls") == ["this is an Excel 97-2003 workbook (.xls), which PartnerMap does not read; save it as \"Excel Workbook (.xlsx)\" or as CSV UTF-8"])
        #expect(
            messages("text.xlsx") == [
                "not an Excel workbook (.xlsx): the file is not the ZIP container a workbook is; save it again from the spreadsheet as \"Excel Workbook (.xlsx)\""
            ])
        #expect(messages("no-organisations.xlsx") == ["the workbook has no sheet named organisations (its sheets: )"])
        // A ZIP that is no workbook: its workbook part is missing.
        let archiveOfText = try WorkbookWriter.data([WorkbookWriter.Sheet(name: "organisations", rows: [["id"]])])
        var bytes = [UInt8](archiveOfText)
        // Rename xl/workbook.xml in the central directory and local header so that it cannot be found.
        for index in bytes.indices.dropLast(16) where Array(bytes[index..<index + 15]) == Array("xl/workbook.xml".utf8) {
            bytes[index + 3] = UInt8(ascii: "W")
        }
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/renamed.xlsx"))
        #expect(messages("renamed.xlsx") == ["not a complete Excel workbook: it has no xl/workbook.xml; save it again from the spreadsheet as .xlsx"])
    }

    @Test func excelDatesInBothSystems() {
        #expect(ExcelDate.text(serial: 1, date1904: false) == "1900-01-01")
        #expect(ExcelDate.text(serial: 59, date1904: false) == "1900-02-28")
        #expect(ExcelDate.text(serial: 60, date1904: false) == nil)  // Lotus 1-2-3's 29 February 1900
        #expect(ExcelDate.text(serial: 61, date1904: false) == "1900-03-01")
        #expect(ExcelDate.text(serial: 45383, date1904: false) == "2024-04-01")
        #expect(ExcelDate.text(serial: 45383.5, date1904: false) == "2024-04-01T12:00:00")
        #expect(ExcelDate.text(serial: 0, date1904: true) == "1904-01-01")
        #expect(ExcelDate.text(serial: 45383 - 1462, date1904: true) == "2024-04-01")
        #expect(ExcelDate.text(serial: -1, date1904: false) == nil)
        #expect(WorkbookXML.isDateFormat("yyyy\\-mm\\-dd") && WorkbookXML.isDateFormat("[$-F800]dddd, mmmm dd, yyyy") && WorkbookXML.isDateFormat("h:mm AM/PM"))
        #expect(
            !WorkbookXML.isDateFormat("General") && !WorkbookXML.isDateFormat("#,##0.00 \"$\"") && !WorkbookXML.isDateFormat("0.00E+00")
                && !WorkbookXML.isDateFormat("[Red]0.00"))
    }

    @Test func numbersReadAsExcelShowsThem() {
        func shown(_ text: String) -> String { ExcelDate.numberText(text, Double(text)!) }
        #expect(shown("125000") == "125000")
        #expect(shown("12500.5") == "12500.5")
        #expect(shown("0.30000000000000004") == "0.3")
        #expect(shown("1.5E+7") == "15000000")
        #expect(shown("1E-3") == "0.001")
        #expect(shown("2.9999999999999996") == "3")
    }

    @Test func whatTheWriterWritesTheReaderReadsBack() throws {
        let rows = [["id", "name", "notes"], ["a&b", "Centre <Accueil> \"Nord\"", "two\nlines"], ["c", "", "Montréal — l’Île"]]
        let data = try WorkbookWriter.data([WorkbookWriter.Sheet(name: "organisations", rows: rows), WorkbookWriter.Sheet(name: "Sièges", rows: [["x"]])])
        let workbook = try Workbook.read(data: data, file: "w.xlsx").get()
        #expect(workbook.sheets.map(\.name) == ["organisations", "Sièges"])
        #expect(
            workbook.sheets[0].rows == [
                Workbook.Row(number: 1, cells: rows[0]), Workbook.Row(number: 2, cells: rows[1]), Workbook.Row(number: 3, cells: ["c", "", "Montréal — l’Île"]),
            ])
        #expect(
            try WorkbookWriter.data([WorkbookWriter.Sheet(name: "organisations", rows: rows)]) == WorkbookWriter.data([WorkbookWriter.Sheet(name: "organisations", rows: rows)]))
    }

    @Test func aZipPointingPastItsEndIsRefused() throws {
        // Found by fuzzing: a central directory pointing past the file trapped ZIPFoundation's reader.
        let fuzzed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Fuzz/Regressions/FuzzWorkbook-0d5a82a11b24")
        let result = Workbook.read(data: try Data(contentsOf: fuzzed), file: "fuzzed.xlsx")
        guard case .failure(let error) = result else {
            Issue.record("read")
            return
        }
        #expect(error.diagnostics.map(\.problem) == [.notAWorkbook(.brokenZip)])
        #expect(
            error.diagnostics[0].description(in: .fr)
                == "fuzzed.xlsx\u{00A0}: le fichier est endommagé\u{00A0}: son conteneur ZIP est tronqué ou altéré\u{202F}; téléchargez-le ou enregistrez-le de nouveau")
    }

    @Test func aTruncatedWorkbookIsRefusedNotCrashed() throws {
        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/london-middlesex-lip.xlsx"))
        for length in stride(from: 0, to: whole.count, by: max(1, whole.count / 40)) {
            if case .success = Workbook.read(data: whole.prefix(length), file: "cut.xlsx") {
                Issue.record("a workbook cut at \(length) of \(whole.count) bytes was read")
            }
        }
    }
}
