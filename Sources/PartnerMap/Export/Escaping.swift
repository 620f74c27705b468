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
    /// break, inner quotes doubled.
    static func csvField(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A double-quoted YAML scalar: JSON's escapes, which YAML reads the same way.
    static func yamlScalar(_ text: String) -> String {
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

    /// A quoted DOT string. `"` and `\` are escaped; in a label, backslashes are doubled so
    /// Graphviz shows them (it reads `\` as its own escape) and newlines become `\n`; in
    /// other values a newline becomes a space. Graphviz's lexer lets a backslash escape the
    /// closing quote, so a value ending in a backslash gets a zero-width space after it.
    static func dot(_ text: String, label: Bool, maxPiece: Int) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += label ? "\\\\" : "\\"
            case "\n": escaped += label ? "\\n" : " "
            case "\r", "\t": escaped += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        if escaped.hasSuffix("\\") { escaped += "\u{200B}" }
        guard escaped.count > maxPiece else { return "\"" + escaped + "\"" }
        // Split into pieces joined by `+`, never inside an escape and never before a quote.
        var pieces: [String] = []
        var current = ""
        var openEscape = false
        for character in escaped {
            if current.count >= maxPiece, !openEscape {
                if current.hasSuffix("\\") { current += "\u{200B}" }
                pieces.append(current)
                current = ""
            }
            current.append(character)
            openEscape = character == "\\" ? !openEscape : false
        }
        pieces.append(current)
        return pieces.map { "\"" + $0 + "\"" }.joined(separator: " + ")
    }
}
