import Foundation

/// Reads a YAML or JSON network file into a ``RawDocument``, keeping every entry's line.
///
/// JSON is read by the same YAML parser (JSON is YAML's flow style) after Foundation's JSON
/// parser has confirmed it is strict JSON, so both formats report the same `file:line:`
/// diagnostics.
enum YAMLDocumentReader {
    enum Format: String {
        case yaml = "YAML"
        case json = "JSON"
    }

    static func read(_ text: consuming String, file: String, format: Format) -> Result<RawDocument, NetworkLoadError> {
        var text = consume text
        if format == .json {
            if case .failure(let problem) = StrictJSON.parse(text, file: file) { return .failure(NetworkLoadError([problem])) }
            // Valid JSON holds tabs only as whitespace between tokens, where YAML's flow
            // style wants spaces; swapping them keeps every line number.
            text = text.replacingOccurrences(of: "\t", with: " ")
        }
        if format == .yaml, let document = YAMLSectionChunks.read(&text, file: file) { return .success(document) }
        let tree: YAMLEventReader.Tree
        switch YAMLEventReader.read(consume text) {
        case .success(let read):
            tree = read
        case .failure(.syntax(let line, let detail)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .syntax(format: format.rawValue, detail: detail))]))
        case .failure(.tooDeep(let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .nestingTooDeep(limit: YAMLEventReader.depthLimit))]))
        case .failure(.aliasTextBomb(let line)):
            return .failure(
                NetworkLoadError([Diagnostic(file: file, line: line, problem: .aliasTextTooLarge(megabytes: YAMLEventReader.expandedTextLimit >> 20))]))
        case .failure(.aliasBomb(let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .aliasExpansionTooLarge(limit: YAMLEventReader.expandedNodeLimit))]))
        case .failure(.repeatedKeys(let keys, let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .repeatedField(keys))]))
        case .failure(.anchorInPiece(let line, let name)):
            // Only pieces of a file refuse anchors; a whole file never does.
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .syntax(format: format.rawValue, detail: "anchor `\(name)`"))]))
        }
        guard let root = tree.root, tree.kind(root) == .mapping else {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: tree.root.map(tree.line) ?? 1, problem: .notAMapping(what: .topOfFile))]))
        }
        return build(root, in: tree, file: file)
    }

    static func build(_ root: Int32, in tree: YAMLEventReader.Tree, file: String) -> Result<RawDocument, NetworkLoadError> {
        var document = RawDocument(header: RawRecord(line: tree.line(root)), headerFile: file)
        var diagnostics: [Diagnostic] = []
        let entries = tree.children(root)
        for position in stride(from: entries.startIndex, to: entries.endIndex, by: 2) {
            let keyNode = entries[position]
            let valueNode = entries[position + 1]
            let key = tree.string(keyNode) ?? ""
            let line = tree.line(keyNode)
            if RawDocument.sectionNames.contains(key) {
                switch tree.kind(valueNode) {
                case .sequence:
                    let items = tree.children(valueNode)
                    var records: [RawRecord] = []
                    records.reserveCapacity(items.count)
                    for item in items {
                        guard tree.kind(item) == .mapping else {
                            diagnostics.append(Diagnostic(file: file, line: tree.line(item), problem: .notAMapping(what: .entry(of: key))))
                            continue
                        }
                        records.append(record(item, in: tree))
                    }
                    document.sections[key] = RawSection(records)
                case .plainScalar where tree.isNull(valueNode):
                    document.sections[key] = RawSection([])
                default:
                    diagnostics.append(Diagnostic(file: file, line: line, problem: .notAList(section: key)))
                }
            } else if RawDocument.headerFields.contains(key) {
                document.header.fields.append((key, value(valueNode, in: tree, line: line)))
            } else {
                let known = RawDocument.sectionNames + RawDocument.headerFields
                diagnostics.append(Diagnostic(file: file, line: line, problem: .unknownSection(key, suggestion: Suggestion.closest(to: key, in: known))))
            }
        }
        return diagnostics.isEmpty ? .success(document) : .failure(NetworkLoadError(diagnostics))
    }

    static func record(_ mapping: Int32, in tree: YAMLEventReader.Tree) -> RawRecord {
        var record = RawRecord(line: tree.line(mapping))
        let entries = tree.children(mapping)
        record.fields.reserveCapacity(entries.count / 2)
        for position in stride(from: entries.startIndex, to: entries.endIndex, by: 2) {
            let keyNode = entries[position]
            record.fields.append((tree.string(keyNode) ?? "", value(entries[position + 1], in: tree, line: tree.line(keyNode))))
        }
        return record
    }

    private static func value(_ node: Int32, in tree: YAMLEventReader.Tree, line: Int) -> RawValue {
        switch tree.kind(node) {
        case .scalar, .plainScalar:
            return RawValue(kind: tree.isNull(node) ? .null : .scalar(tree.string(node)!), line: line)
        case .sequence:
            let items = tree.children(node)
            var strings: [String] = []
            strings.reserveCapacity(items.count)
            for item in items {
                guard let text = tree.string(item) else { return RawValue(kind: .nested, line: line) }
                if !tree.isNull(item) { strings.append(text) }
            }
            return RawValue(kind: .list(strings), line: line)
        case .mapping:
            return RawValue(kind: .nested, line: line)
        }
    }
}
