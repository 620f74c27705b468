/// Applies a coordinator's edit to the text of her YAML or JSON network file so that only the
/// lines of the entry edited change: comments, order, quoting, blank lines and every other
/// entry stay byte for byte as they were, and within a changed entry the fields she did not
/// touch keep their lines too.
///
/// The editor writes text and checks only the layout; whether the result is a valid network is
/// the loader's to say, in `validate`'s words, before anything is written (the workspace loads
/// the edited text and keeps it only when it loads).
///
/// Complexity: O(*n*) in the file's bytes.
public enum NetworkFileEditor {
    /// The two formats a coordinator edits by hand.
    public enum Syntax: String, Sendable, Hashable {
        case yaml, json
    }

    /// The edited text, and which lines of it hold the entry added or changed (1-based, for
    /// showing the loader's problems beside the form).
    public struct Result: Sendable, Hashable {
        /// The whole file after the edit.
        public var text: String
        /// The lines of the entry added or changed; `nil` after a removal.
        public var lines: ClosedRange<Int>?
    }

    /// Why an edit cannot be made.
    public enum Failure: Error, Sendable, Hashable {
        /// A change or removal names no entry of the section.
        case noSuchEntry(NetworkSection, position: Int?)
        /// A field the section does not have.
        case unknownField(NetworkSection, name: String)
        /// The section is written in a way the editor does not rewrite (a flow list, tabs).
        case layoutNotRecognised(NetworkSection)

        /// The failure in the reader's language.
        public func description(in language: ReportLanguage) -> String { language.editWords.failure(self) }
    }

    /// `text` with `edit` applied; `network` is what `text` holds (the loader's reading of it).
    public static func apply(_ edit: EntryEdit, to text: String, syntax: Syntax, network: Network) throws(Failure) -> Result {
        let kinds = NetworkFileWriter.fieldKinds(of: edit.section)
        for name in edit.fields.keys.sorted() where !kinds.contains(where: { $0.name == name }) { throw .unknownField(edit.section, name: name) }
        let count = edit.section.count(in: network)
        var fields: [(name: String, value: FieldText?)]
        var old: [(name: String, value: FieldText?)] = []
        switch edit.action {
        case .add:
            fields = kinds.map { kind in (kind.name, edit.fields[kind.name]?.fieldText(kind: kind.kind, writtenWhenFalse: kind.name == "responded")) }
        case .change, .remove:
            guard let position = edit.position, (0..<count).contains(position) else { throw .noSuchEntry(edit.section, position: edit.position) }
            old = NetworkFileWriter.fields(of: edit.section, at: position, in: network)
            fields = old.map { field in
                guard let value = edit.fields[field.name], let kind = kinds.first(where: { $0.name == field.name }) else { return field }
                return (field.name, value.fieldText(kind: kind.kind, writtenWhenFalse: field.name == "responded"))
            }
        }
        switch syntax {
        case .yaml: return try yaml(edit, text: text, count: count, old: old, new: fields)
        case .json: return try json(edit, text: text, count: count, new: fields)
        }
    }

    // MARK: YAML

    private static func yaml(
        _ edit: EntryEdit, text: String, count: Int, old: [(name: String, value: FieldText?)], new: [(name: String, value: FieldText?)]
    ) throws(Failure) -> Result {
        let lines = TextLines(text)
        guard let spans = YAMLEntrySpans(section: edit.section.rawValue, in: lines),
            spans.headerLine == nil ? count == 0 : spans.entries.count == count
        else { throw .layoutNotRecognised(edit.section) }
        let lineBreak = lines.lineBreak
        switch edit.action {
        case .remove:
            let entry = spans.entries[edit.position!]
            if spans.entries.count == 1, let header = spans.headerLine {
                // A section left with no entry would read as nothing at all: it is written empty.
                let range = lines.start(header)..<lines.start(entry.lines.upperBound)
                return Result(text: lines.replacing(range, with: edit.section.rawValue + ": []" + lineBreak), lines: nil)
            }
            return Result(text: lines.replacing(lines.start(entry.lines.lowerBound)..<lines.start(entry.lines.upperBound), with: ""), lines: nil)
        case .add:
            let block = yamlBlock(new, itemIndent: spans.itemIndent, fieldOffset: spans.fieldOffset, lineBreak: lineBreak)
            let endsWithBreak = lines.bytes.last == UInt8(ascii: "\n") || lines.bytes.isEmpty
            guard let header = spans.headerLine else {
                let added = (endsWithBreak ? "" : lineBreak) + edit.section.rawValue + ":" + lineBreak + block
                return result(lines, replacing: lines.bytes.count..<lines.bytes.count, with: added, entryText: block)
            }
            if spans.emptyFlow {
                return result(lines, replacing: lines.start(header)..<lines.start(header + 1), with: edit.section.rawValue + ":" + lineBreak + block, entryText: block)
            }
            let at = lines.start(spans.insertLine)
            let needsBreak = at == lines.bytes.count && !endsWithBreak
            return result(lines, replacing: at..<at, with: (needsBreak ? lineBreak : "") + block, entryText: block)
        case .change:
            let entry = spans.entries[edit.position!]
            let changed = Set(zip(old, new).filter { $0.value?.json != $1.value?.json }.map(\.0.name))
            guard !changed.isEmpty else { return Result(text: text, lines: nil) }
            let entryRange = lines.start(entry.lines.lowerBound)..<lines.start(entry.lines.upperBound)
            let firstKey = entry.fields.first?.key
            let fieldLevel =
                entry.fieldIndent != nil && !entry.fields.isEmpty
                && changed.allSatisfy { name in name != firstKey || new.first(where: { $0.name == name })?.value != nil }
                && Set(entry.fields.map(\.key)).count == entry.fields.count
            guard fieldLevel, let fieldIndent = entry.fieldIndent else {
                let block = yamlBlock(new, itemIndent: spans.itemIndent, fieldOffset: spans.fieldOffset, lineBreak: lineBreak)
                return result(lines, replacing: entryRange, with: block, entryText: block)
            }
            var out = ""
            var appended = ""
            for field in new where changed.contains(field.name) && !entry.fields.contains(where: { $0.key == field.name }) {
                if let value = field.value { appended += String(repeating: " ", count: fieldIndent) + field.name + ": " + value.yaml + lineBreak }
            }
            var position = entryRange.lowerBound
            for (index, field) in entry.fields.enumerated() {
                let range = lines.start(field.lines.lowerBound)..<lines.start(field.lines.upperBound)
                out += String(decoding: lines.bytes[position..<range.lowerBound], as: UTF8.self)
                if changed.contains(field.key), let value = new.first(where: { $0.name == field.key })?.value {
                    let prefix = index == 0 ? String(decoding: lines.line(field.lines.lowerBound).prefix(fieldIndent), as: UTF8.self) : String(repeating: " ", count: fieldIndent)
                    out += prefix + field.key + ": " + value.yaml + lineBreak
                } else if !changed.contains(field.key) {
                    out += String(decoding: lines.bytes[range], as: UTF8.self)
                }
                if index == entry.fields.count - 1 { out += appended }
                position = range.upperBound
            }
            out += String(decoding: lines.bytes[position..<entryRange.upperBound], as: UTF8.self)
            return result(lines, replacing: entryRange, with: out, entryText: out)
        }
    }

    /// An entry in block style at the file's indentation.
    private static func yamlBlock(_ fields: [(name: String, value: FieldText?)], itemIndent: Int, fieldOffset: Int, lineBreak: String) -> String {
        var out = ""
        for (name, value) in fields {
            guard let value else { continue }
            let prefix =
                out.isEmpty
                ? String(repeating: " ", count: itemIndent) + "-" + String(repeating: " ", count: max(1, fieldOffset - 1))
                : String(repeating: " ", count: itemIndent + max(2, fieldOffset))
            out += prefix + name + ": " + value.yaml + lineBreak
        }
        return out.isEmpty ? String(repeating: " ", count: itemIndent) + "- {}" + lineBreak : out
    }

    // MARK: JSON

    private static func json(_ edit: EntryEdit, text: String, count: Int, new: [(name: String, value: FieldText?)]) throws(Failure) -> Result {
        let lines = TextLines(text)
        let bytes = lines.bytes
        guard let spans = JSONEntrySpans(section: edit.section.rawValue, in: bytes),
            spans.arrayOpen == nil ? count == 0 : spans.elements.count == count
        else { throw .layoutNotRecognised(edit.section) }
        let lineBreak = lines.lineBreak
        switch edit.action {
        case .remove:
            let position = edit.position!
            let range: Range<Int>
            if spans.elements.count == 1 {
                range = (spans.arrayOpen! + 1)..<spans.arrayClose
            } else if position > 0 {
                range = spans.elements[position - 1].upperBound..<spans.elements[position].upperBound
            } else {
                range = spans.elements[0].lowerBound..<spans.elements[1].lowerBound
            }
            return Result(text: lines.replacing(range, with: ""), lines: nil)
        case .change:
            let range = spans.elements[edit.position!]
            let object = jsonObject(new, like: range, in: lines)
            return result(lines, replacing: range, with: object, entryText: object)
        case .add:
            guard let open = spans.arrayOpen else {
                var end = spans.rootClose
                while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
                let multiLine = bytes.contains(UInt8(ascii: "\n"))
                let object = jsonObject(new, like: nil, in: lines)
                let member = (spans.rootEmpty ? "" : ",") + (multiLine ? lineBreak + "  " : " ") + "\"" + edit.section.rawValue + "\": [" + object + "]"
                return result(lines, replacing: end..<end, with: member, entryText: object)
            }
            guard let last = spans.elements.last else {
                let object = jsonObject(new, like: nil, in: lines)
                return result(lines, replacing: (open + 1)..<spans.arrayClose, with: object, entryText: object)
            }
            let separator: String
            if spans.elements.count >= 2 {
                separator = String(decoding: bytes[spans.elements[spans.elements.count - 2].upperBound..<last.lowerBound], as: UTF8.self)
            } else {
                let lead = String(decoding: bytes[(open + 1)..<last.lowerBound], as: UTF8.self)
                separator = lead.contains("\n") ? "," + lead : ", "
            }
            let object = jsonObject(new, like: last, in: lines)
            return result(lines, replacing: last.upperBound..<last.upperBound, with: separator + object, entryText: object)
        }
    }

    /// An object in the style of the element at `reference`: on one line, or one field per line
    /// at the element's indentation.
    private static func jsonObject(_ fields: [(name: String, value: FieldText?)], like reference: Range<Int>?, in lines: TextLines) -> String {
        let members = fields.compactMap { field in field.value.map { Escaping.yamlScalar(field.name) + ": " + $0.json } }
        guard let reference, lines.bytes[reference].contains(UInt8(ascii: "\n")) else { return "{" + members.joined(separator: ", ") + "}" }
        let bytes = lines.bytes
        func leadingSpace(ofLineAt offset: Int) -> String {
            var start = offset
            while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            var end = start
            while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let outer = leadingSpace(ofLineAt: reference.lowerBound)
        let firstBreak = bytes[reference].firstIndex(of: UInt8(ascii: "\n"))!
        let inner = leadingSpace(ofLineAt: firstBreak + 1)
        return "{" + lines.lineBreak + members.map { inner + $0 }.joined(separator: "," + lines.lineBreak) + lines.lineBreak + outer + "}"
    }

    // MARK: Both

    /// The text with `range` replaced, and the lines `entryText` occupies in it.
    private static func result(_ lines: TextLines, replacing range: Range<Int>, with replacement: String, entryText: String) -> Result {
        let text = lines.replacing(range, with: replacement)
        let replacementBytes = Array(replacement.utf8)
        let entryBytes = Array(entryText.utf8)
        var offsetInReplacement = 0
        if let found = firstRange(of: entryBytes, in: replacementBytes) { offsetInReplacement = found }
        let before =
            lines.bytes[..<min(range.lowerBound, lines.bytes.count)].lazy.filter { $0 == UInt8(ascii: "\n") }.count
            + replacementBytes[..<offsetInReplacement].lazy.filter { $0 == UInt8(ascii: "\n") }.count
        var breaks = entryBytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count
        if entryBytes.last == UInt8(ascii: "\n") { breaks -= 1 }
        return Result(text: text, lines: (before + 1)...(before + 1 + max(0, breaks)))
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty ? 0 : nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] && Array(haystack[start..<(start + needle.count)]) == needle { return start }
        return nil
    }
}
