/// Long sentences and names broken at spaces so that a table or a list of findings fits the
/// terminal. Without a width (output to a file or a pipe) nothing is broken, so scripts read
/// the same lines as before.
enum TextWrap {
    /// The text as lines of at most `width` characters, the first starting with `first` and the
    /// others with `rest`. A word longer than the line is cut.
    static func lines(_ text: String, width: Int?, first: String, rest: String) -> [String] {
        guard let width, width > 0 else { return [first + text] }
        var lines: [String] = []
        var prefix = first
        var current = ""
        func flush() {
            lines.append(prefix + current)
            prefix = rest
            current = ""
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            while true {
                let room = max(width - prefix.count, 8)
                let needed = current.isEmpty ? word.count : current.count + 1 + word.count
                if needed <= room {
                    current += (current.isEmpty ? "" : " ") + word
                    break
                }
                if current.isEmpty {
                    current = String(word.prefix(room))
                    word = word.dropFirst(room)
                    flush()
                    if word.isEmpty { break }
                } else {
                    flush()
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    /// The text broken into pieces of at most `width` characters, for a table cell.
    static func pieces(_ text: String, width: Int) -> [String] {
        lines(text, width: width, first: "", rest: "")
    }
}
