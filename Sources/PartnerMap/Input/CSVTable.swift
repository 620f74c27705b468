/// One CSV file as spreadsheets write it, read from its UTF-8 bytes: a header row naming the
/// fields, then one entry per row.
///
/// The file is scanned once to find where each row starts and ends, on which line, and every
/// misplaced quote or over-long row; a row becomes a ``RawRecord`` only when it is read. A
/// 50 MB partnerships file is held once, as its bytes, plus twelve bytes a row.
///
/// The dialect: fields separated by `,`, `;` or a tab (whichever splits the header row into
/// the most columns, as French spreadsheets export `;`); a field in double quotes may hold the
/// separator, line breaks and doubled quotes (`""`); rows end with LF, CRLF or CR; cells are
/// trimmed; rows of empty cells are skipped.
struct CSVTable {
    /// The header's field names, matched to the fields PartnerMap knows (`ID` is `id`).
    let header: [String]
    /// The rows that hold something, in file order.
    let rows: [Row]
    private let bytes: [UInt8]
    private let delimiter: UInt8

    struct Row {
        var start: UInt32
        var end: UInt32
        var line: Int32
    }

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Scans `text`; every problem found is a diagnostic of `file`.
    static func parse(_ text: String, file: String) -> Result<CSVTable, NetworkLoadError> {
        parse(bytes: Array(text.utf8), file: file)
    }

    /// Scans UTF-8 bytes (``TextFile/readUTF8(_:displayName:)``), kept as the table's storage.
    static func parse(bytes: [UInt8], file: String) -> Result<CSVTable, NetworkLoadError> {
        guard bytes.count < Int(UInt32.max) else {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: nil, problem: .tooLarge(bytes: bytes.count, limit: Int(UInt32.max)))]))
        }
        let delimiter = guessDelimiter(bytes)
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var line = 1
        var openedOn = 1
        var header: [String]?
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        var rowStart = 0
        var rowLine = 1
        var fieldIndex = 0
        var rowHasContent = false
        var contentPastHeader = false

        func failure(_ line: Int, _ problem: Problem) -> Result<CSVTable, NetworkLoadError> {
            .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: problem)]))
        }
        func content() {
            rowHasContent = true
            if let header, fieldIndex >= header.count { contentPastHeader = true }
        }
        func endRow(at end: Int, next: Int) {
            if header == nil {
                header = fields(bytes, from: rowStart, to: end, delimiter: delimiter).map(RawDocument.fieldName(forHeader:))
            } else if rowHasContent {
                if contentPastHeader {
                    diagnostics.append(Diagnostic(file: file, line: rowLine, problem: .csvRowWidth(fields: fieldIndex + 1, header: header!.count)))
                } else {
                    rows.append(Row(start: UInt32(rowStart), end: UInt32(end), line: Int32(clamping: rowLine)))
                }
            }
            rowStart = next
            rowLine = line
            fieldIndex = 0
            rowHasContent = false
            contentPastHeader = false
        }

        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isNewline = byte == newline || byte == carriageReturn
            switch state {
            case .fieldStart, .unquoted, .quoteInQuoted:
                if isNewline {
                    let next = byte == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == newline ? index + 2 : index + 1
                    line += 1
                    endRow(at: index, next: next)
                    state = .fieldStart
                    index = next
                    continue
                }
                if byte == delimiter {
                    fieldIndex += 1
                    state = .fieldStart
                } else if state == .fieldStart {
                    if byte == quote {
                        state = .quoted
                        openedOn = line
                        content()
                    } else if byte != 0x20, byte != 0x09 {
                        state = .unquoted
                        content()
                    }
                } else if state == .unquoted {
                    if byte == quote {
                        return failure(line, .quoteInUnquotedField)
                    }
                } else if byte == quote {
                    state = .quoted
                } else if byte != 0x20, byte != 0x09 {
                    return failure(line, .textAfterClosingQuote)
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else if byte == newline || (byte == carriageReturn && (index + 1 == bytes.count || bytes[index + 1] != newline)) {
                    line += 1
                }
            }
            index += 1
        }
        if state == .quoted { return failure(openedOn, .unclosedQuote) }
        if rowStart < bytes.count { endRow(at: bytes.count, next: bytes.count) }

        let names = header ?? []
        if let blank = names.firstIndex(of: "") {
            diagnostics.insert(Diagnostic(file: file, line: 1, problem: .unnamedColumn(blank + 1)), at: 0)
        }
        for (index, name) in names.enumerated() where !name.isEmpty {
            if let first = names[..<index].firstIndex(of: name) {
                diagnostics.insert(Diagnostic(file: file, line: 1, problem: .repeatedColumn(name, first: first + 1, second: index + 1)), at: 0)
            }
        }
        guard diagnostics.isEmpty else { return .failure(NetworkLoadError(diagnostics)) }
        return .success(CSVTable(header: names, rows: rows, bytes: bytes, delimiter: delimiter))
    }

    /// Row `index` as its line and its trimmed cells, by column.
    func cells(at index: Int) -> (line: Int, cells: [String]) {
        let row = rows[index]
        return (Int(row.line), Self.fields(bytes, from: Int(row.start), to: Int(row.end), delimiter: delimiter))
    }

    /// Row `index` as a record: a field per named column, empty cells as absent values.
    func record(at index: Int) -> RawRecord {
        let row = rows[index]
        let cells = Self.fields(bytes, from: Int(row.start), to: Int(row.end), delimiter: delimiter)
        let line = Int(row.line)
        var record = RawRecord(line: line)
        record.fields.reserveCapacity(header.count)
        for (column, name) in header.enumerated() where !name.isEmpty {
            let cell = column < cells.count ? cells[column] : ""
            record.fields.append((name, RawValue(kind: cell.isEmpty ? .null : .scalar(cell), line: line)))
        }
        return record
    }

    /// The trimmed cells of the bytes of one row (already checked by `parse`).
    private static func fields(_ bytes: [UInt8], from start: Int, to end: Int, delimiter: UInt8) -> [String] {
        var cells: [String] = []
        var cell: [UInt8] = []
        var index = start
        var quoted = false
        while index < end {
            let byte = bytes[index]
            if quoted {
                if byte == quote {
                    if index + 1 < end, bytes[index + 1] == quote {
                        cell.append(quote)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(byte)
                }
            } else if byte == delimiter {
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
            } else if byte == quote {
                quoted = true
            } else {
                cell.append(byte)
            }
            index += 1
        }
        cells.append(trimmed(cell))
        return cells
    }

    private static func trimmed(_ cell: [UInt8]) -> String {
        let text = String(decoding: cell, as: UTF8.self)
        guard let first = cell.first, let last = cell.last, isSpace(first) || isSpace(last) || first >= 0x80 || last >= 0x80 else {
            return text
        }
        return text.trimmedWhitespace
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// `,`, `;` or tab, whichever splits the header row into the most columns (`,` on a tie or none).
    private static func guessDelimiter(_ bytes: [UInt8]) -> UInt8 {
        let headerLine = bytes.prefix { $0 != newline && $0 != carriageReturn }
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09]
        var best = candidates[0]
        var bestCount = 0
        for candidate in candidates {
            let count = headerLine.reduce(0) { $0 + ($1 == candidate ? 1 : 0) }
            if count > bestCount {
                best = candidate
                bestCount = count
            }
        }
        return best
    }
}
