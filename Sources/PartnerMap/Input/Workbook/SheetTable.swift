import Foundation

/// A workbook's sheet read as a table, as a CSV file is: its first row that holds something
/// names the columns, each later row is an entry, and messages name a row by its number in the
/// sheet (`members.xlsx[organisations]:12`), the number Excel shows beside it.
struct SheetTable {
    /// `file.xlsx[sheet]`, as messages name the sheet.
    let place: String
    /// The header row's cells as written, one per column.
    let header: [String]
    let rows: [Workbook.Row]

    /// The table of a sheet; refused, every problem at once, when a value would be a guess: a
    /// cell the workbook could not say (``Workbook/Sheet/problems``), merged cells, a column with
    /// values under an empty header cell, two columns of the same name. An empty sheet is a
    /// table without columns or rows.
    static func make(_ sheet: Workbook.Sheet, file: String, sameName: (String) -> String = { $0.lowercased() }) -> Result<SheetTable, NetworkLoadError> {
        let place = sheet.place(in: file)
        var diagnostics = sheet.problems
        guard let headerRow = sheet.rows.first else {
            return diagnostics.isEmpty ? .success(SheetTable(place: place, header: [], rows: [])) : .failure(NetworkLoadError(diagnostics))
        }
        for range in sheet.mergedRanges {
            let rows = range.split(separator: ":").map { Int($0.drop { !$0.isNumber }) ?? 0 }
            guard let first = rows.first else { continue }
            let last = rows.last ?? first
            let inHeader = (first...max(first, last)).contains(headerRow.number)
            diagnostics.append(Diagnostic(file: place, line: first, problem: .mergedCells(range: range, inHeader: inHeader)))
        }
        let header = headerRow.cells
        let data = Array(sheet.rows.dropFirst())
        let widest = data.map(\.cells.count).max() ?? 0
        for column in 0..<max(widest, header.count) where column >= header.count || header[column].isEmpty {
            if let row = data.first(where: { column < $0.cells.count && !$0.cells[column].isEmpty }) {
                diagnostics.append(Diagnostic(file: place, line: row.number, problem: .sheetColumnUnnamed(column: columnLetters(column))))
            }
        }
        var seen: [String: Int] = [:]
        for (column, name) in header.enumerated() where !name.isEmpty {
            if let first = seen[sameName(name)] {
                diagnostics.append(
                    Diagnostic(file: place, line: headerRow.number, problem: .sheetColumnsRepeated(name, first: columnLetters(first), second: columnLetters(column))))
            } else {
                seen[sameName(name)] = column
            }
        }
        guard diagnostics.isEmpty else { return .failure(NetworkLoadError(diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) })) }
        return .success(SheetTable(place: place, header: header, rows: data))
    }

    /// The entries of a network's section: a field per named column (the header matched to
    /// PartnerMap's field names, as a CSV header is), empty cells as absent values.
    var section: RawSection {
        let names = header.map(RawDocument.fieldName(forHeader:))
        return RawSection(
            rows.map { row in
                var record = RawRecord(line: row.number)
                for (column, name) in names.enumerated() where !name.isEmpty {
                    let cell = column < row.cells.count ? row.cells[column] : ""
                    record.fields.append((name, RawValue(kind: cell.isEmpty ? .null : .scalar(cell), line: row.number)))
                }
                return record
            })
    }

    /// The rows as an importer reads a CSV file's: each row's cells as the workbook read them
    /// (shared, not copied) under one map of the columns, so that a national grants sheet is
    /// not held a second time as a dictionary a row.
    var importRows: CSVRows {
        let keys = header.map(CSVRows.key)
        let columns = CSVRows.columns(keys)
        return CSVRows(file: place, rows: rows.map { CSVRows.Row(line: $0.number, values: $0.cells, columns: columns) }, headers: keys)
    }

    /// A column's letters: 0 → `A`, 27 → `AB`.
    static func columnLetters(_ column: Int) -> String {
        var column = column + 1
        var letters = ""
        while column > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (column - 1) % 26))) + letters
            column = (column - 1) / 26
        }
        return letters
    }
}
