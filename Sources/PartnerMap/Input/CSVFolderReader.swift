import Foundation

/// Reads a folder of CSV files, one per section (`organisations.csv`, `projects.csv` ...),
/// into a ``RawDocument``: the spreadsheet route for coordinators who keep their data in
/// Excel or LibreOffice.
///
/// The first row of each file names the columns, which are the fields of the YAML format;
/// list fields hold their items separated by `;`. An optional `network.csv` with columns
/// `field,value` gives the network's `name` and `expectedSectors`.
enum CSVFolderReader {
    /// The document and the problems found in its files; `nil` when the folder cannot be a
    /// network at all (unreadable, or no organisations.csv). Problems in one file do not stop
    /// the others from being read, so every problem is reported at once.
    static func read(folder: String) -> (document: RawDocument?, diagnostics: [Diagnostic]) {
        let fileNames: [String]
        do {
            fileNames = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            return (nil, [Diagnostic(file: folder, line: nil, problem: .folderNotListable)])
        }
        let display = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let csvFiles = fileNames.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
        return read(files: csvFiles, folder: display) { TextFile.read(display + "/" + $0) }
    }

    /// The same from files already in memory (a zip's entries, a fuzzer's input), by file name.
    static func read(contents: [String: Data], folder: String) -> (document: RawDocument?, diagnostics: [Diagnostic]) {
        let csvFiles = contents.keys.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
        return read(files: csvFiles, folder: folder) { TextFile.decode(contents[$0]!, file: folder + "/" + $0) }
    }

    private static func read(
        files csvFiles: [String], folder display: String, text readText: (String) -> Result<String, Diagnostic>
    ) -> (document: RawDocument?, diagnostics: [Diagnostic]) {
        guard csvFiles.contains(where: { RawDocument.section(named: String($0.dropLast(4))) == "organisations" }) else {
            return (nil, [Diagnostic(file: display, line: nil, problem: .missingCSVFile(expected: "organisations.csv"))])
        }
        var tables: [SectionTable] = []
        var diagnostics: [Diagnostic] = []
        for fileName in csvFiles {
            let path = display + "/" + fileName
            guard let section = RawDocument.section(named: String(fileName.dropLast(4))) else {
                let suggestion = Suggestion.closest(to: String(fileName.dropLast(4)), in: RawDocument.sectionNames + ["network"]).map { $0 + ".csv" }
                diagnostics.append(Diagnostic(file: path, line: nil, problem: .unknownSection(fileName, suggestion: suggestion)))
                continue
            }
            switch readText(fileName) {
            case .success(let text):
                tables.append(SectionTable(section: section, file: path, rows: CSVTable.parse(text, file: path).map(RawSection.init)))
            case .failure(let diagnostic):
                // An empty optional section is simply empty.
                if diagnostic.problem == .emptyFile, section != "organisations" { continue }
                diagnostics.append(diagnostic)
            }
        }
        var document = RawDocument(header: RawRecord(line: 1), headerFile: display + "/network.csv")
        diagnostics += assemble(tables, into: &document)
        return (document, diagnostics)
    }

    /// One section's table, from a CSV file or a workbook's sheet; `file` names it in messages.
    struct SectionTable {
        var section: String
        var file: String
        var rows: Result<RawSection, NetworkLoadError>
    }

    /// Puts each table in its section of `document` (the `network` table's `field,value` rows in
    /// its header); returns the problems of the tables that could not be read.
    static func assemble(_ tables: [SectionTable], into document: inout RawDocument) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var read: [String: String] = [:]
        for table in tables {
            if let first = read[table.section] {
                diagnostics.append(Diagnostic(file: table.file, line: nil, problem: .sectionTwice(table.section, first: first)))
                continue
            }
            read[table.section] = table.file
            switch table.rows {
            case .failure(let error):
                diagnostics += error.diagnostics
            case .success(let rows):
                if table.section == "network" {
                    document.headerFile = table.file
                    for row in rows {
                        guard let key = row["field"], case .scalar(let name) = key.kind else { continue }
                        let value = row["value"] ?? RawValue(kind: .null, line: row.line)
                        guard RawDocument.headerFields.contains(name) else {
                            diagnostics.append(
                                Diagnostic(
                                    file: table.file, line: row.line,
                                    problem: .unknownField(name, entity: .networkCSV, suggestion: Suggestion.closest(to: name, in: RawDocument.headerFields))))
                            continue
                        }
                        document.header.fields.append((name, value))
                    }
                } else {
                    document.sections[table.section] = rows
                    document.sectionFiles[table.section] = table.file
                }
            }
        }
        return diagnostics
    }
}
