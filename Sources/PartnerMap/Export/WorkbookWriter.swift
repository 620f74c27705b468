import Foundation
import ZIPFoundation

/// Writes sheets of text as an Excel workbook (`.xlsx`) that Excel, LibreOffice, Google
/// Sheets, KoboToolbox, ODK and pyxform open: the smallest set of SpreadsheetML parts, every
/// cell an inline string, the first row of each sheet in bold and frozen.
///
/// The same sheets give the same bytes: entries in a fixed order, each dated 2000-01-01 00:00, compressed by the same zlib.
public enum WorkbookWriter {
    /// One sheet to write: its name, its rows of text (the first in bold and frozen; an empty
    /// string leaves the cell empty) and its column widths.
    public struct Sheet: Sendable {
        /// The sheet's name.
        public var name: String
        /// Its rows, the first one the header.
        public var rows: [[String]]
        /// Column widths in characters, from column A; columns past the list keep Excel's width.
        public var widths: [Int]

        /// A sheet; `widths` sets column widths in characters.
        public init(name: String, rows: [[String]], widths: [Int] = []) {
            self.name = name
            self.rows = rows
            self.widths = widths
        }
    }

    /// The workbook's bytes. Sheet names must be what Excel accepts (at most 31 characters, none
    /// of `[]:*?/\`); the callers name their own sheets.
    public static func data(_ sheets: [Sheet]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets.count)),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """
            ),
            ("xl/workbook.xml", workbook(sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet)))
        }
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: fixedDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// 2000-01-01 00:00 UTC, which ZIPFoundation stores in the DOS date fields as UTC: the same
    /// bytes whatever the machine's time zone.
    private static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    private static func contentTypes(_ count: Int) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
            """
        for index in stride(from: 1, through: count, by: 1) {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    private static func workbook(_ sheets: [Sheet]) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>
            """
        for (index, sheet) in sheets.enumerated() {
            text += "<sheet name=\"\(Escaping.xml(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return text + "</sheets></workbook>"
    }

    private static func workbookRelationships(_ count: Int) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            """
        for index in 0..<count {
            text +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    /// A regular and a bold font; cell style 1 is bold (the header row).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    private static func worksheet(_ sheet: Sheet) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>
            """
        if !sheet.widths.isEmpty {
            text += "<cols>"
            for (index, width) in sheet.widths.enumerated() {
                text += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            text += "<row r=\"\(rowIndex + 1)\">"
            for (column, value) in row.enumerated() where !value.isEmpty {
                let style = rowIndex == 0 ? " s=\"1\"" : ""
                text +=
                    "<c r=\"\(SheetTable.columnLetters(column))\(rowIndex + 1)\" t=\"inlineStr\"\(style)><is><t xml:space=\"preserve\">\(Escaping.xml(value))</t></is></c>"
            }
            text += "</row>"
        }
        return text + "</sheetData></worksheet>"
    }
}
