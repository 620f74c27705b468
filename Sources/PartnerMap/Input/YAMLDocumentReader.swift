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

    static func read(_ text: String, file: String, format: Format) -> Result<RawDocument, NetworkLoadError> {
        var text = text
        if format == .json {
            if case .failure(let problem) = StrictJSON.parse(text, file: file) { return .failure(NetworkLoadError([problem])) }
            // Valid JSON holds tabs only as whitespace between tokens, where YAML's flow
            // style wants spaces; swapping them keeps every line number.
            text = text.replacingOccurrences(of: "\t", with: " ")
        }
        let root: YAMLEventReader.Value?
        switch YAMLEventReader.read(text) {
        case .success(let value):
            root = value
        case .failure(.syntax(let line, let detail)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .syntax(format: format.rawValue, detail: detail))]))
        case .failure(.tooDeep(let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .nestingTooDeep(limit: YAMLEventReader.depthLimit))]))
        case .failure(.aliasBomb(let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .aliasExpansionTooLarge(limit: YAMLEventReader.expandedNodeLimit))]))
        case .failure(.repeatedKeys(let keys, let line)):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .repeatedField(keys))]))
        }
        guard let root, case .mapping(let mapping, let rootLine) = root else {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: root?.line ?? 1, problem: .notAMapping(what: .topOfFile))]))
        }
        return build(mapping, line: rootLine, file: file)
    }

    private typealias Value = YAMLEventReader.Value

    private static func build(_ mapping: [(key: Value, value: Value)], line rootLine: Int, file: String) -> Result<RawDocument, NetworkLoadError> {
        var document = RawDocument(header: RawRecord(line: rootLine), headerFile: file)
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.line
            if RawDocument.sectionNames.contains(key) {
                switch valueNode {
                case .sequence(let items, _):
                    var records: [RawRecord] = []
                    records.reserveCapacity(items.count)
                    for item in items {
                        guard case .mapping(let entry, let entryLine) = item else {
                            diagnostics.append(Diagnostic(file: file, line: item.line, problem: .notAMapping(what: .entry(of: key))))
                            continue
                        }
                        records.append(record(entry, line: entryLine))
                    }
                    document.sections[key] = RawSection(records)
                case .scalar where valueNode.isNull:
                    document.sections[key] = RawSection([])
                default:
                    diagnostics.append(Diagnostic(file: file, line: line, problem: .notAList(section: key)))
                }
            } else if RawDocument.headerFields.contains(key) {
                document.header.fields.append((key, value(valueNode, line: line)))
            } else {
                let known = RawDocument.sectionNames + RawDocument.headerFields
                diagnostics.append(Diagnostic(file: file, line: line, problem: .unknownSection(key, suggestion: Suggestion.closest(to: key, in: known))))
            }
        }
        return diagnostics.isEmpty ? .success(document) : .failure(NetworkLoadError(diagnostics))
    }

    private static func record(_ mapping: [(key: Value, value: Value)], line: Int) -> RawRecord {
        var record = RawRecord(line: line)
        record.fields.reserveCapacity(mapping.count)
        for (keyNode, valueNode) in mapping {
            record.fields.append((keyNode.string ?? "", value(valueNode, line: keyNode.line)))
        }
        return record
    }

    private static func value(_ node: Value, line: Int) -> RawValue {
        switch node {
        case .scalar(let text, _, _):
            return RawValue(kind: node.isNull ? .null : .scalar(text), line: line)
        case .sequence(let items, _):
            var strings: [String] = []
            strings.reserveCapacity(items.count)
            for item in items {
                guard case .scalar(let text, _, _) = item else { return RawValue(kind: .nested, line: line) }
                if !item.isNull { strings.append(text) }
            }
            return RawValue(kind: .list(strings), line: line)
        case .mapping:
            return RawValue(kind: .nested, line: line)
        }
    }

}
