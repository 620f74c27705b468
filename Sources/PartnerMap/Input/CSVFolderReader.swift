import Foundation
import SwiftCSV

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
            return (nil, [Diagnostic(file: folder, line: nil, problem: .unreadable(reason: "the folder cannot be listed"))])
        }
        let csvFiles = fileNames.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }
        let display = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var document = RawDocument(header: RawRecord(line: 1), headerFile: display + "/network.csv")
        var diagnostics: [Diagnostic] = []
        guard csvFiles.contains("organisations.csv") else {
            return (nil, [Diagnostic(file: display, line: nil, problem: .missingCSVFile(expected: "organisations.csv"))])
        }
        for fileName in csvFiles {
            let section = String(fileName.dropLast(4))
            let path = display + "/" + fileName
            guard section == "network" || RawDocument.sectionNames.contains(section) else {
                let suggestion = Suggestion.closest(to: section, in: RawDocument.sectionNames + ["network"]).map { $0 + ".csv" }
                diagnostics.append(Diagnostic(file: path, line: nil, problem: .unknownSection(fileName, suggestion: suggestion)))
                continue
            }
            let text: String
            switch TextFile.read(path) {
            case .success(let value): text = value
            case .failure(let diagnostic):
                // An empty optional section is simply empty.
                if diagnostic.problem == .emptyFile, section != "organisations" { continue }
                diagnostics.append(diagnostic)
                continue
            }
            switch records(in: text, file: path) {
            case .failure(let error):
                diagnostics += error.diagnostics
            case .success(let rows):
                if section == "network" {
                    for row in rows {
                        guard let key = row["field"], case .scalar(let name) = key.kind else { continue }
                        let value = row["value"] ?? RawValue(kind: .null, line: row.line)
                        guard RawDocument.headerFields.contains(name) else {
                            diagnostics.append(Diagnostic(file: path, line: row.line, problem: .unknownField(name, entity: "network.csv", suggestion: Suggestion.closest(to: name, in: RawDocument.headerFields))))
                            continue
                        }
                        document.header.fields.append((name, value))
                    }
                } else {
                    document.sections[section] = rows
                    document.sectionFiles[section] = path
                }
            }
        }
        return (document, diagnostics)
    }

    /// Parses one CSV file into records keyed by its header, each with the line its row starts on.
    static func records(in text: String, file: String) -> Result<[RawRecord], NetworkLoadError> {
        let delimiter = guessDelimiter(text)
        if let (line, detail) = quoteProblem(in: text, delimiter: delimiter.rawValue) {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .syntax(format: "CSV", detail: detail))]))
        }
        var rows: [[String]]
        do {
            let csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
            rows = [csv.header] + csv.rows
        } catch {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: nil, problem: .syntax(format: "CSV", detail: "\(error)"))]))
        }
        guard let header = rows.first?.map({ RawDocument.fieldName(forHeader: $0.trimmingCharacters(in: .whitespaces)) }) else {
            return .success([])
        }
        var diagnostics: [Diagnostic] = []
        if let blank = header.firstIndex(of: "") {
            diagnostics.append(Diagnostic(file: file, line: 1, problem: .syntax(format: "CSV", detail: "column \(blank + 1) of the header row has no name")))
        }
        for (index, name) in header.enumerated() where !name.isEmpty {
            if let first = header[..<index].firstIndex(of: name) {
                diagnostics.append(Diagnostic(file: file, line: 1, problem: .syntax(
                    format: "CSV", detail: "columns \(first + 1) and \(index + 1) of the header row both name `\(name)`; keep one")))
            }
        }
        var records: [RawRecord] = []
        var line = 1 + lineCount(of: rows[0])
        for row in rows.dropFirst() {
            let rowLine = line
            line += lineCount(of: row)
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if row.count > header.count, row[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                diagnostics.append(Diagnostic(file: file, line: rowLine, problem: .csvRowWidth(fields: row.count, header: header.count)))
                continue
            }
            var record = RawRecord(line: rowLine)
            for (index, name) in header.enumerated() where !name.isEmpty {
                let cell = index < row.count ? row[index].trimmingCharacters(in: .whitespaces) : ""
                record.fields.append((name, RawValue(kind: cell.isEmpty ? .null : .scalar(cell), line: rowLine)))
            }
            records.append(record)
        }
        return diagnostics.isEmpty ? .success(records) : .failure(NetworkLoadError(diagnostics))
    }

    /// Lines a parsed row took in the file: one, plus the line breaks inside quoted fields.
    private static func lineCount(of row: [String]) -> Int {
        1 + row.reduce(0) { count, field in count + field.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }

    /// Spreadsheets in French locales export `;`-separated CSV; take whichever of `,`, `;`
    /// and tab splits the header row into the most columns.
    private static func guessDelimiter(_ text: String) -> CSVDelimiter {
        let headerLine = text.prefix { !$0.isNewline }
        let counts: [(CSVDelimiter, Int)] = [
            (.comma, headerLine.filter { $0 == "," }.count),
            (.semicolon, headerLine.filter { $0 == ";" }.count),
            (.tab, headerLine.filter { $0 == "\t" }.count),
        ]
        return counts.max { $0.1 < $1.1 }.map { $0.1 == 0 ? .comma : $0.0 } ?? .comma
    }

    /// The first misplaced quote, as the parser would meet it: a quoted field never closed,
    /// text right after a closing quote, or a lone quote inside an unquoted field.
    private static func quoteProblem(in text: String, delimiter: Character) -> (line: Int, detail: String)? {
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var line = 1
        var openedOn = 1
        for character in text {
            switch state {
            case .fieldStart:
                if character == "\"" { state = .quoted; openedOn = line }
                else if character != delimiter, !character.isWhitespace { state = .unquoted }
            case .unquoted:
                if character == "\"" {
                    return (line, "a quote inside an unquoted field; put the whole field in quotes and double the inner quote (\"\")")
                }
                if character == delimiter || character.isNewline { state = .fieldStart }
            case .quoted:
                if character == "\"" { state = .quoteInQuoted }
            case .quoteInQuoted:
                if character == "\"" { state = .quoted }
                else if character == delimiter || character.isNewline { state = .fieldStart }
                else if !character.isWhitespace {
                    return (line, "text after the closing quote of a field; double a quote inside a quoted field (\"\")")
                }
            }
            if character.isNewline { line += 1 }
        }
        if state == .quoted {
            return (openedOn, "a quoted field opened here is never closed; add the closing \"")
        }
        return nil
    }
}
