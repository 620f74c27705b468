/// A text's lines as UTF-8 byte ranges, line breaks included, for edits that must leave every
/// other byte of a file as it was.
struct TextLines {
    let bytes: [UInt8]
    /// Where each line starts; a last line without a break counts as a line.
    let starts: [Int]
    /// The file's line break: `\r\n` when its first line ends so, `\n` otherwise.
    let lineBreak: String

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts: [Int] = []
        var position = 0
        while position < bytes.count {
            starts.append(position)
            while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            position += 1
        }
        self.starts = starts
        let bytes = self.bytes
        var crlf = false
        if let firstBreak = bytes.firstIndex(of: UInt8(ascii: "\n")), firstBreak > 0 { crlf = bytes[firstBreak - 1] == UInt8(ascii: "\r") }
        lineBreak = crlf ? "\r\n" : "\n"
    }

    var count: Int { starts.count }

    /// Where line `index` starts; the end of the text for `count`.
    func start(_ index: Int) -> Int { index < starts.count ? starts[index] : bytes.count }

    /// Line `index` without its line break.
    func line(_ index: Int) -> ArraySlice<UInt8> {
        var end = start(index + 1)
        if end > starts[index], bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > starts[index], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[starts[index]..<end]
    }

    /// The spaces before the line's first other byte; `nil` for a tab among them (YAML forbids
    /// tabs in indentation, and an edit cannot tell how deep the line is).
    func indent(_ index: Int) -> Int? {
        var count = 0
        for byte in line(index) {
            if byte == UInt8(ascii: " ") {
                count += 1
            } else if byte == UInt8(ascii: "\t") {
                return nil
            } else {
                break
            }
        }
        return count
    }

    /// True for an empty line, spaces only, or a comment.
    func isBlankOrComment(_ index: Int) -> Bool {
        let rest = line(index).drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        return rest.isEmpty || rest.first == UInt8(ascii: "#")
    }

    /// The text with the bytes of `range` replaced.
    func replacing(_ range: Range<Int>, with text: String) -> String {
        var out = Array(bytes[..<range.lowerBound])
        out += Array(text.utf8)
        out += bytes[range.upperBound...]
        return String(decoding: out, as: UTF8.self)
    }
}
