import Foundation

/// Reads a network kept as one workbook, a sheet per section named like the CSV folder's files
/// (`organisations`, `projects`, `partnerships`, `memberships`, `funding`, `priorities`,
/// `sources`, `network`) or in French (`organismes`, `projets`, `partenariats`, `sièges`,
/// `financement`, `priorités`, `réseau`). Each sheet reads as the CSV file of its section would:
/// the same columns, the same results. Other sheets (notes, instructions) are left out with a
/// warning, never read as data.
enum WorkbookNetworkReader {
    static func read(path: String) -> (document: RawDocument?, problems: [Diagnostic], warnings: [Diagnostic]) {
        let workbook: Workbook
        switch Workbook.read(path: path, reading: sectionSheet) {
        case .success(let read): workbook = read
        case .failure(let error): return (nil, error.diagnostics, [])
        }
        return read(workbook)
    }

    /// Whether a sheet is one of a network's sections; no other sheet is decompressed.
    @Sendable static func sectionSheet(_ name: String) -> Bool { RawDocument.section(named: name) != nil }

    static func read(_ workbook: Workbook) -> (document: RawDocument?, problems: [Diagnostic], warnings: [Diagnostic]) {
        let file = workbook.file
        guard workbook.sheets.contains(where: { RawDocument.section(named: $0.name) == "organisations" }) else {
            return (nil, [Diagnostic(file: file, line: nil, problem: .missingSheet(expected: "organisations", sheets: workbook.sheets.map(\.name)))], [])
        }
        var tables: [CSVFolderReader.SectionTable] = []
        var warnings: [Diagnostic] = []
        for sheet in workbook.sheets {
            guard let section = RawDocument.section(named: sheet.name) else {
                let suggestion = Suggestion.closest(to: sheet.name.lowercased(), in: RawDocument.sectionNames + ["network"])
                warnings.append(Diagnostic(file: sheet.place(in: file), line: nil, problem: .sheetLeftOut(sheet.name, suggestion: suggestion), severity: .warning))
                continue
            }
            tables.append(
                CSVFolderReader.SectionTable(
                    section: section, file: sheet.place(in: file),
                    rows: SheetTable.make(sheet, file: file).map(\.section)))
        }
        var document = RawDocument(header: RawRecord(line: 1), headerFile: file)
        let problems = CSVFolderReader.assemble(tables, into: &document)
        return (document, problems, warnings)
    }
}
