/// Where each entry of one section of a YAML network file sits, line by line, when the section
/// is a block list of block mappings (as files are written by hand and by `import`):
///
/// ```yaml
/// organisations:
///   - id: binam        # an entry: from its dash to the line before the next dash
///     name: BINAM      # a field: from its key to the line before the next key
/// ```
///
/// Anything else (a flow list, tabs, a line the layout cannot place) gives `nil`, and the
/// editor says the section cannot be edited from a form rather than guess.
struct YAMLEntrySpans {
    /// One entry: its lines, and its fields' lines when it is a block mapping.
    struct Entry {
        var lines: Range<Int>
        /// The column the fields' keys start at; `nil` for an entry that is not a block mapping.
        var fieldIndent: Int?
        var fields: [(key: String, lines: Range<Int>)]
    }

    /// The line of `section:`; `nil` when the file has no such section.
    var headerLine: Int?
    /// True when the section is written `section: []`.
    var emptyFlow: Bool
    /// The column of the entries' dashes.
    var itemIndent: Int
    /// How far the fields sit right of the dash (2 for `- id:`).
    var fieldOffset: Int
    var entries: [Entry]
    /// The line a new entry is written before: after the last entry, before comments and blank
    /// lines that lead to the next section.
    var insertLine: Int

    init?(section: String, in text: TextLines) {
        let key = Array(section.utf8)
        headerLine = nil
        emptyFlow = false
        itemIndent = 2
        fieldOffset = 2
        entries = []
        insertLine = text.count
        for index in 0..<text.count {
            let line = text.line(index)
            guard line.starts(with: key) else { continue }
            var rest = line.dropFirst(key.count).drop { $0 == UInt8(ascii: " ") }
            guard rest.first == UInt8(ascii: ":") else { continue }
            rest = rest.dropFirst().drop { $0 == UInt8(ascii: " ") }
            if rest.starts(with: Array("[]".utf8)) {
                rest = rest.dropFirst(2).drop { $0 == UInt8(ascii: " ") }
                guard rest.isEmpty || rest.first == UInt8(ascii: "#") else { return nil }
                headerLine = index
                emptyFlow = true
                insertLine = index + 1
                return
            }
            guard rest.isEmpty || rest.first == UInt8(ascii: "#") else { return nil }
            headerLine = index
            break
        }
        guard let headerLine else { return }
        var starts: [Int] = []
        var end = text.count
        var itemIndent: Int?
        for index in (headerLine + 1)..<text.count where !text.isBlankOrComment(index) {
            guard let indent = text.indent(index) else { return nil }
            let line = text.line(index)
            let content = line.dropFirst(indent)
            let isDash = content.first == UInt8(ascii: "-") && (content.count == 1 || content.dropFirst().first == UInt8(ascii: " "))
            if indent == 0, !(isDash && itemIndent == 0) {
                end = index
                break
            }
            if itemIndent == nil {
                guard isDash else { return nil }
                itemIndent = indent
            }
            if indent == itemIndent {
                guard isDash else { return nil }
                starts.append(index)
            } else if indent < itemIndent! {
                return nil
            }
        }
        self.itemIndent = itemIndent ?? 2
        insertLine = headerLine + 1
        for (number, start) in starts.enumerated() {
            var last = number + 1 < starts.count ? starts[number + 1] : end
            while last > start + 1, text.isBlankOrComment(last - 1), (text.indent(last - 1) ?? 0) <= self.itemIndent || text.line(last - 1).allSatisfy({ $0 == UInt8(ascii: " ") })
            {
                last -= 1
            }
            entries.append(Self.entry(lines: start..<last, itemIndent: self.itemIndent, in: text))
            insertLine = last
        }
        if let first = entries.first?.fieldIndent { fieldOffset = first - self.itemIndent }
    }

    /// The fields of an entry whose lines are `lines`, when it is a block mapping.
    private static func entry(lines: Range<Int>, itemIndent: Int, in text: TextLines) -> Entry {
        let dashLine = text.line(lines.lowerBound)
        let afterDash = dashLine.dropFirst(itemIndent + 1)
        let spaces = afterDash.prefix { $0 == UInt8(ascii: " ") }.count
        let firstContent = afterDash.dropFirst(spaces)
        var fieldIndent: Int
        var fieldLines: [Int] = []
        if firstContent.isEmpty || firstContent.first == UInt8(ascii: "#") {
            guard let next = lines.dropFirst().first(where: { !text.isBlankOrComment($0) }), let indent = text.indent(next) else {
                return Entry(lines: lines, fieldIndent: nil, fields: [])
            }
            fieldIndent = indent
        } else {
            fieldIndent = itemIndent + 1 + spaces
            guard key(of: firstContent) != nil else { return Entry(lines: lines, fieldIndent: nil, fields: []) }
            fieldLines.append(lines.lowerBound)
        }
        for index in lines.dropFirst() where !text.isBlankOrComment(index) {
            guard let indent = text.indent(index) else { return Entry(lines: lines, fieldIndent: nil, fields: []) }
            if indent < fieldIndent { return Entry(lines: lines, fieldIndent: nil, fields: []) }
            if indent == fieldIndent {
                guard key(of: text.line(index).dropFirst(indent)) != nil else { return Entry(lines: lines, fieldIndent: nil, fields: []) }
                fieldLines.append(index)
            }
        }
        var fields: [(key: String, lines: Range<Int>)] = []
        for (number, start) in fieldLines.enumerated() {
            var last = number + 1 < fieldLines.count ? fieldLines[number + 1] : lines.upperBound
            while last > start + 1, text.isBlankOrComment(last - 1), (text.indent(last - 1) ?? 0) <= fieldIndent { last -= 1 }
            let content = start == lines.lowerBound ? firstContent : text.line(start).dropFirst(fieldIndent)
            fields.append((key(of: content)!, start..<last))
        }
        return Entry(lines: lines, fieldIndent: fieldIndent, fields: fields)
    }

    /// The key a line's content starts with (`name` of `name: BINAM`), when it is a plain key.
    static func key(of content: ArraySlice<UInt8>) -> String? {
        var end = content.startIndex
        while end < content.endIndex, content[end] != UInt8(ascii: ":") {
            let byte = content[end]
            let isKeyByte =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            guard isKeyByte else { return nil }
            end += 1
        }
        guard end > content.startIndex, end < content.endIndex else { return nil }
        let after = content.index(after: end)
        guard after == content.endIndex || content[after] == UInt8(ascii: " ") else { return nil }
        return String(decoding: content[content.startIndex..<end], as: UTF8.self)
    }
}
