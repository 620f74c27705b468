/// French typography, applied to every French text PartnerMap writes: a no-break space before
/// `:` (U+00A0) and a narrow one before `;`, `?` and `!` (U+202F), no-break spaces inside « »,
/// as the Office québécois de la langue française and the Imprimerie nationale set them. Text
/// written without the space ("réseau: 20") gets one before `:`, except in times, URLs, ids and
/// what stands between backquotes (a field to write in a file, such as `membersComplete: true`).
enum FrenchTypography {
    static func apply(_ text: String) -> String {
        guard text.contains(where: { $0 == ":" || $0 == ";" || $0 == "?" || $0 == "!" || $0 == "«" || $0 == "»" }) else { return text }
        var out = ""
        out.reserveCapacity(text.count + 8)
        let characters = Array(text)
        var inCode = false
        for (index, character) in characters.enumerated() {
            if character == "`" { inCode.toggle() }
            if inCode || character == "`" {
                out.append(character)
                continue
            }
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case ":", ";", "?", "!":
                let space: Character = character == ":" ? "\u{00A0}" : "\u{202F}"
                if previous == " " {
                    out.removeLast()
                    out.append(space)
                } else if character == ":" || character == ";", let previous, previous.isLetter || previous == ")" || previous == "»",
                    next == " " || next == nil || next == "\n"
                {
                    // "réseau: 20" → "réseau : 20", "a; b" → "a ; b"; "http://", "10:30" and ids are left alone.
                    out.append(space)
                }
                out.append(character)
            case "«":
                out.append(character)
                if next == " " { out.append("\u{00A0}") } else if next != "\u{00A0}" && next != "\u{202F}" { out.append("\u{00A0}") }
            case "»":
                if previous == " " {
                    out.removeLast()
                    out.append("\u{00A0}")
                } else if previous != "\u{00A0}" && previous != "\u{202F}" {
                    out.append("\u{00A0}")
                }
                out.append(character)
            case " " where previous == "«":
                continue
            default:
                out.append(character)
            }
        }
        return out
    }
}

extension ReportLanguage {
    /// The text as this language sets it: French typography in French, unchanged in English.
    public func typeset(_ text: String) -> String {
        self == .fr ? FrenchTypography.apply(text) : text
    }
}
