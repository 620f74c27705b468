/// Text for a terminal, with every character that a terminal would obey instead of show made
/// visible.
///
/// A name in a file is data, but printed raw, `ESC ] 0 ;` sets the window's title, `ESC [ 2 J`
/// clears the screen and a right-to-left override reorders what follows. Tables, summaries,
/// progress and error messages go through ``visible(_:)`` before they are printed; JSON and CSV
/// escape or keep text by their own rules.
public enum TerminalText {
    /// `text` with C0 controls (but line feeds and tabs), DEL, C1 controls and the bidirectional
    /// overrides and isolates written as `\u{…}`, so they show instead of acting.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: acts) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if acts(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a terminal acts on the character instead of showing it.
    static func acts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0..<0x20, 0x7F, 0x80...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
