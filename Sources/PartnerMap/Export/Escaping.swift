/// Every way PartnerMap escapes a user's text for the format it goes into, in one place, each
/// with its rules: a name from a file never becomes markup in the report, a Graphviz attribute,
/// a YAML key, a spreadsheet column or script. The writers call these and nothing else; the
/// report's HTML text is escaped by its template engine (Mustache's `{{…}}`), and the few values
/// it takes as they are (the maps' SVG, the style, this file's script JSON) are listed in
/// ``HTMLReport``.
enum Escaping {
    /// XML text with `&`, `<`, `>`, quotes escaped and characters XML forbids dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A CSV cell as spreadsheets expect it: quoted when it holds a comma, a quote or a line
    /// break, inner quotes doubled; a text a spreadsheet would run as a formula (starting with
    /// `=`, `+`, `-`, `@`, a tab or a carriage return, as OWASP's "CSV injection" lists) gets a
    /// leading `'`, which spreadsheets show as text. Numbers (`-12.5`) are written as they are.
    static func csvField(_ field: String) -> String {
        let field = csvFormulaNeutralised(field)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `field` with a `'` before it when a spreadsheet would read it as a formula.
    static func csvFormulaNeutralised(_ field: String) -> String {
        guard let first = field.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first) else {
            return field
        }
        let isNumber =
            field.utf8.dropFirst().allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
            && field.utf8.count > 1 && (first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) && Double(field) != nil
        return isNumber ? field : "'" + field
    }

    /// The bytes of ``yamlScalar(_:)`` added to `bytes`; a text that needs no escape is copied
    /// between its quotes without a string made for it.
    static func appendYAMLScalar(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) else {
            bytes.append(contentsOf: yamlScalar(text).utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A double-quoted YAML scalar: JSON's escapes, which YAML reads the same way.
    static func yamlScalar(_ text: String) -> String {
        // Printable ASCII without a quote or a backslash, most texts of a national file, needs
        // no escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF
                {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A YAML comment's text kept on one line: what `yamlScalar` escapes, escaped the same way,
    /// without the quotes (a comment ends at any line break YAML knows).
    static func yamlComment(_ text: String) -> String {
        String(yamlScalar(text).dropFirst().dropLast())
    }

    /// A JSON string literal safe inside an HTML `<script>` element: `<`, `>`, `&` and `/` escaped
    /// too, so that a name holding `</script>` cannot end the script.
    static func scriptJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "/": out += "\\/"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string literal appended as UTF-8 bytes (RFC 8259 escapes), for the JSON writer.
    static func json(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// How Graphviz reads a quoted DOT string, which decides how a backslash is written.
    enum DOTText {
        /// An identifier or plain attribute: `"` and `\` escaped.
        case plain
        /// A label: Graphviz reads `\` as its escape character (`C:\new` would break the line),
        /// so a backslash is doubled; a newline becomes a centred break.
        case label
        /// A tooltip (an `escString` Graphviz expands twice): `\G`, `\N` and `\E` would become
        /// the graph's, node's or edge's name, so a backslash is written four times.
        case tooltip
    }

    /// A quoted DOT string. `"` and `\` are escaped for `kind`; newlines become `\n` in
    /// labels and tooltips and a space elsewhere; other control characters are dropped.
    /// Every backslash is at least doubled, so none can escape the closing quote. Longer than `maxPiece` characters, the
    /// string is split into pieces joined by `+`, never inside an escape. Linear in the text:
    /// a name of megabytes is escaped in milliseconds.
    static func dot(_ text: String, kind: DOTText, maxPiece: Int) -> String {
        let backslash: String
        switch kind {
        // Graphviz's lexer keeps `\\` as two characters but reads `\"` as a quote, so even a
        // plain value doubles its backslashes: `a\"` must not end the string early.
        case .plain: backslash = "\\\\"
        case .label: backslash = "\\\\"
        case .tooltip: backslash = "\\\\\\\\"
        }
        var pieces: [String] = []
        var current = ""
        current.reserveCapacity(min(text.utf8.count, maxPiece) + 8)
        var length = 0
        // Each escape is appended whole, so a piece never ends inside one.
        func append(_ unit: String, count: Int) {
            if length + count > maxPiece, length > 0 {
                pieces.append(current)
                current = ""
                length = 0
            }
            current += unit
            length += count
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": append("\\\"", count: 2)
            case "\\": append(backslash, count: backslash.unicodeScalars.count)
            case "\n": if kind == .plain { append(" ", count: 1) } else { append("\\n", count: 2) }
            case "\r", "\t": append(" ", count: 1)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                append(String(scalar), count: 1)
            }
        }
        pieces.append(current)
        if pieces.count == 1 { return "\"" + pieces[0] + "\"" }
        return pieces.map { "\"" + $0 + "\"" }.joined(separator: " + ")
    }
}
