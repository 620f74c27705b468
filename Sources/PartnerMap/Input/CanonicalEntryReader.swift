/// Reads a piece of a long section written the way ``NetworkFileWriter`` writes it, straight
/// into packed records, without libyaml.
///
/// libyaml reads a byte at a time through a general grammar: it was two fifths of loading a
/// national grants file, which `import` also reads back to check it. What the writer writes is
/// a small part of YAML: entries `  - key: value`, then `    key: value`, one field a line; a
/// value is a double-quoted text (with the escapes `\"`, `\\`, `\n`, `\r`, `\t` and `\uXXXX`),
/// a word or number written plain (`nonprofit`, `15000`, `2024-04`, `true`), or a list of
/// double-quoted texts (`["a", "b"]`). A piece in that shape is read here, to the same records,
/// fields, texts and lines as libyaml gives (tested side by side on generated pieces).
///
/// It never guesses: any other line (a comment, a blank line, a text over several lines, a tab,
/// a plain text with a space, another escape, a character libyaml refuses, a key written twice)
/// gives `nil`, and the piece is read by libyaml as before, for the same records or the same
/// problems.
enum CanonicalEntryReader {
    /// The piece's entries, or `nil` when any line is not in the writer's shape.
    static func entries(in piece: UnsafeBufferPointer<UInt8>, firstLine: Int) -> PackedRecords? {
        let count = piece.count
        var indent = 0
        while indent < count, piece[indent] == space { indent += 1 }
        guard indent > 0, indent + 1 < count, piece[indent] == dash, piece[indent + 1] == space else { return nil }
        var records = PackedRecords()
        records.reserveCapacity(records: count / 256, bytes: count)
        var record: RawRecord?
        var position = 0
        var line = firstLine
        while position < count {
            var lineEnd = position
            while lineEnd < count, piece[lineEnd] != newline { lineEnd += 1 }
            var keyStart: Int
            if lineEnd - position > indent + 2, piece[position + indent] == dash, piece[position + indent + 1] == space,
                (position..<position + indent).allSatisfy({ piece[$0] == space })
            {
                if let finished = record { records.append(finished) }
                record = RawRecord(line: line)
                keyStart = position + indent + 2
            } else {
                guard record != nil, lineEnd - position > indent + 2, (position..<position + indent + 2).allSatisfy({ piece[$0] == space }) else { return nil }
                keyStart = position + indent + 2
            }
            guard let (key, valueStart) = Self.key(piece, from: keyStart, to: lineEnd),
                let kind = Self.value(piece, from: valueStart, to: lineEnd),
                !record!.fields.contains(where: { $0.key == key })
            else { return nil }
            record!.fields.append((key, RawValue(kind: kind, line: line)))
            position = lineEnd + 1
            line += 1
        }
        if let finished = record { records.append(finished) }
        return records
    }

    private static let space = UInt8(ascii: " ")
    private static let dash = UInt8(ascii: "-")
    private static let newline = UInt8(ascii: "\n")
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    /// A key of letters and digits (a letter first) followed by `: `, and where its value starts.
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (String, Int)? {
        guard start < end, isLetter(bytes[start]) else { return nil }
        var cursor = start + 1
        while cursor < end, isLetter(bytes[cursor]) || isDigit(bytes[cursor]) { cursor += 1 }
        // libyaml takes a key of at most 1,024 characters; field names are short.
        guard cursor - start <= 64, cursor + 2 < end, bytes[cursor] == UInt8(ascii: ":"), bytes[cursor + 1] == space else { return nil }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self), cursor + 2)
    }

    /// The value that fills the rest of the line: a double-quoted text, a plain word or a list.
    private static func value(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> RawValue.Kind? {
        switch bytes[start] {
        case quote:
            guard let (text, after) = quoted(bytes, from: start, to: end), after == end else { return nil }
            return .scalar(text)
        case UInt8(ascii: "["):
            var items: [String] = []
            var cursor = start + 1
            if cursor < end, bytes[cursor] == UInt8(ascii: "]") { return cursor + 1 == end ? .list([]) : nil }
            while true {
                guard cursor < end, bytes[cursor] == quote, let (text, after) = quoted(bytes, from: cursor, to: end) else { return nil }
                items.append(text)
                guard after < end else { return nil }
                if bytes[after] == UInt8(ascii: "]") { return after + 1 == end ? .list(items) : nil }
                guard after + 1 < end, bytes[after] == UInt8(ascii: ","), bytes[after + 1] == space else { return nil }
                cursor = after + 2
            }
        default:
            // A plain word: letters, digits and `.`, `_`, `+`, `-`, starting with a letter or a
            // digit, or a minus sign and a digit (`-5`); the null words are null, as libyaml's are.
            let first = bytes[start]
            guard isLetter(first) || isDigit(first) || (first == dash && start + 1 < end && isDigit(bytes[start + 1])) else { return nil }
            for index in start..<end {
                let byte = bytes[index]
                guard isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == dash
                else { return nil }
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return ["null", "Null", "NULL"].contains(word) ? .null : .scalar(word)
        }
    }

    /// The double-quoted text starting at `start` and the position after its closing quote;
    /// `nil` for an escape the writer does not write, a control character or any character
    /// libyaml refuses, or a text that goes past the line.
    private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (String, Int)? {
        var cursor = start + 1
        // Most texts have no escape: they are their bytes.
        var plainEnd = cursor
        while plainEnd < end {
            let byte = bytes[plainEnd]
            if byte == quote || byte == backslash || byte < 0x20 || byte >= 0x7F { break }
            plainEnd += 1
        }
        if plainEnd < end, bytes[plainEnd] == quote {
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[cursor..<plainEnd]), as: UTF8.self), plainEnd + 1)
        }
        var text: [UInt8] = Array(bytes[cursor..<plainEnd])
        cursor = plainEnd
        while cursor < end {
            let byte = bytes[cursor]
            switch byte {
            case quote:
                return (String(decoding: text, as: UTF8.self), cursor + 1)
            case backslash:
                guard cursor + 1 < end else { return nil }
                switch bytes[cursor + 1] {
                case quote: text.append(quote)
                case backslash: text.append(backslash)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard cursor + 5 < end else { return nil }
                    var value: UInt32 = 0
                    for index in cursor + 2...cursor + 5 {
                        guard let digit = hexDigit(bytes[index]) else { return nil }
                        value = value << 4 | digit
                    }
                    // libyaml refuses surrogates; a NUL would end the text where it is read back.
                    guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
                    text.append(contentsOf: Array(String(scalar).utf8))
                    cursor += 4
                default: return nil
                }
                cursor += 2
            default:
                // Characters libyaml refuses or treats apart: controls (a tab included: the writer
                // escapes it), DEL, the C1 controls and NEL, the byte-order mark, U+FFFE and U+FFFF.
                if byte < 0x20 || byte == 0x7F { return nil }
                if byte == 0xC2, cursor + 1 < end, bytes[cursor + 1] < 0xA0 { return nil }
                if byte == 0xEF, cursor + 2 < end,
                    (bytes[cursor + 1] == 0xBB && bytes[cursor + 2] == 0xBF) || (bytes[cursor + 1] == 0xBF && bytes[cursor + 2] >= 0xBE)
                {
                    return nil
                }
                text.append(byte)
                cursor += 1
            }
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
