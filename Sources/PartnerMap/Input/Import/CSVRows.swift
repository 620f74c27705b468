import Foundation

/// The rows of a CSV file an importer reads, as text keyed by the header as written (matched
/// without regard to case, spaces and punctuation), with the line each row starts on.
///
/// Rows read from a CSV file are cut from its bytes when asked for, one at a time, each cell
/// found by its column's position: a national grants file of a million rows is held as its
/// bytes, not as a million dictionaries (issue: `funding` held 2.5 GB where pandas held 1 GB).
struct CSVRows {
    let file: String
    let rows: Rows
    let headers: [String]

    /// Rows already made (a workbook's sheet, an importer's own), kept as given.
    init(file: String, rows: [Row], headers: [String]) {
        self.file = file
        self.rows = Rows(storage: .made(rows))
        self.headers = headers
    }

    private init(file: String, rows: Rows, headers: [String]) {
        self.file = file
        self.rows = rows
        self.headers = headers
    }

    /// Which position each column's key names, shared by every row of a table.
    final class Columns: Sendable {
        let position: [String: Int]
        init(_ position: [String: Int]) { self.position = position }
    }

    /// The rows, in file order: made ones, or a scanned table's, cut when read.
    struct Rows: RandomAccessCollection {
        enum Storage {
            case made([Row])
            case table(CSVTable, Columns)
        }
        let storage: Storage

        var startIndex: Int { 0 }
        var endIndex: Int {
            switch storage {
            case .made(let rows): rows.count
            case .table(let table, _): table.rows.count
            }
        }

        subscript(position: Int) -> Row {
            switch storage {
            case .made(let rows): return rows[position]
            case .table(let table, let columns):
                let (line, cells) = table.cells(at: position)
                return Row(line: line, values: cells, columns: columns)
            }
        }
    }

    struct Row {
        let line: Int
        private let cells: [String: String]
        private let values: [String]
        private let columns: Columns?

        init(line: Int, cells: [String: String]) {
            self.line = line
            self.cells = cells
            values = []
            columns = nil
        }

        /// A table's row: its cells by position, an empty cell as absent.
        init(line: Int, values: [String], columns: Columns) {
            self.line = line
            cells = [:]
            self.values = values
            self.columns = columns
        }

        /// The cell under a column's key as read (`nil` when the column is absent, or when a
        /// table's cell is empty).
        func cell(_ key: String) -> String? {
            guard let columns else { return cells[key] }
            guard let position = columns.position[key], position < values.count, !values[position].isEmpty else { return nil }
            return values[position]
        }

        /// The trimmed cell under a column, `nil` when absent or empty.
        subscript(column: String) -> String? { self[key: CSVRows.key(column)] }

        /// The same under a column's key worked out once (``CSVRows/key(_:)``), for an importer
        /// that reads the same columns on every row.
        subscript(key key: String) -> String? {
            guard let value = cell(key), !value.isEmpty else { return nil }
            return value
        }
    }

    /// A header as a key: lower case, letters and digits only (`Amount Awarded` → `amountawarded`).
    static func key(_ header: String) -> String {
        // Asked for every cell an importer reads: ASCII headers, nearly all of them, take a byte path.
        if header.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(header.utf8.count)
            for byte in header.utf8 {
                switch byte {
                case 0x30...0x39, 0x61...0x7A: bytes.append(byte)
                case 0x41...0x5A: bytes.append(byte + 0x20)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(header.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// Reads a file; a file that cannot be read or parsed is one problem.
    static func read(_ path: String) -> Result<CSVRows, NetworkLoadError> {
        switch TextFile.readUTF8(path) {
        case .failure(let diagnostic): return .failure(NetworkLoadError([diagnostic]))
        case .success(let bytes): return CSVTable.parse(bytes: bytes, file: path).map { CSVRows($0, file: path) }
        }
    }

    static func parse(_ text: String, file: String) -> Result<CSVRows, NetworkLoadError> {
        CSVTable.parse(text, file: file).map { CSVRows($0, file: file) }
    }

    func has(_ column: String) -> Bool { headers.contains(Self.key(column)) }

    /// The same rows with columns named another way read under the names the importer asks
    /// for (a French questionnaire's `répondant` as `respondent`); a column already named the
    /// importer's way wins.
    func readingAliases(_ aliases: [String: String]) -> CSVRows {
        let map = Dictionary(aliases.map { (Self.key($0.key), Self.key($0.value)) }, uniquingKeysWith: { first, _ in first })
        let renamed = headers.map { header in map[header].flatMap { headers.contains($0) ? nil : $0 } ?? header }
        if case .table(let table, _) = rows.storage {
            return CSVRows(file: file, rows: Rows(storage: .table(table, Self.columns(renamed))), headers: renamed)
        }
        let rows = self.rows.map { row -> Row in
            var cells: [String: String] = [:]
            for (old, new) in zip(headers, renamed) { if let value = row.cell(old) { cells[new] = value } }
            return Row(line: row.line, cells: cells)
        }
        return CSVRows(file: file, rows: rows, headers: renamed)
    }

    /// Each key's column position; a key two headers share names the later column, as a
    /// dictionary filled in column order would.
    static func columns(_ keys: [String]) -> Columns {
        var position: [String: Int] = [:]
        for (index, key) in keys.enumerated() where !key.isEmpty { position[key] = index }
        return Columns(position)
    }
}

extension CSVRows {
    /// The rows of a scanned CSV table, keyed by header, cut from its bytes when read.
    init(_ table: CSVTable, file: String) {
        // Each header's key once: a national file has a million rows. An unnamed column has no key.
        let keys = table.header.map { $0.isEmpty ? "" : Self.key($0) }
        self.init(file: file, rows: Rows(storage: .table(table, Self.columns(keys))), headers: table.header.map(Self.key))
    }
}
