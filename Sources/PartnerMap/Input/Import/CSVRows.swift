import Foundation

/// The rows of a CSV file an importer reads, as text keyed by the header as written (matched
/// without regard to case, spaces and punctuation), with the line each row starts on.
struct CSVRows {
    let file: String
    let rows: [Row]
    let headers: [String]

    struct Row {
        let line: Int
        private let cells: [String: String]

        init(line: Int, cells: [String: String]) {
            self.line = line
            self.cells = cells
        }

        /// The cell under a column's key as read, empty or not.
        func cell(_ key: String) -> String? { cells[key] }

        /// The trimmed cell under a column, `nil` when absent or empty.
        subscript(column: String) -> String? { self[key: CSVRows.key(column)] }

        /// The same under a column's key worked out once (``CSVRows/key(_:)``), for an importer
        /// that reads the same columns on every row.
        subscript(key key: String) -> String? {
            guard let value = cells[key], !value.isEmpty else { return nil }
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
        switch TextFile.read(path) {
        case .failure(let diagnostic): return .failure(NetworkLoadError([diagnostic]))
        case .success(let text): return parse(text, file: path)
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
        let rows = self.rows.map { row -> Row in
            var cells: [String: String] = [:]
            for (old, new) in zip(headers, renamed) { if let value = row.cell(old) { cells[new] = value } }
            return Row(line: row.line, cells: cells)
        }
        return CSVRows(file: file, rows: rows, headers: renamed)
    }
}

extension CSVRows {
    /// The rows of a scanned CSV table, keyed by header.
    init(_ table: CSVTable, file: String) {
        // Each header's key once, not once per row: a national file has a million rows.
        var keys: [String: String] = [:]
        for name in table.header { keys[name] = Self.key(name) }
        let rows = RawSection(table).map { record -> Row in
            var cells: [String: String] = [:]
            cells.reserveCapacity(record.fields.count)
            for (name, value) in record.fields {
                if case .scalar(let text) = value.kind { cells[keys[name] ?? Self.key(name)] = text }
            }
            return Row(line: record.line, cells: cells)
        }
        self.init(file: file, rows: rows, headers: table.header.map(Self.key))
    }
}
