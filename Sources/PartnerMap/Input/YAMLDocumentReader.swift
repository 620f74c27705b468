import Foundation
import Yams

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
        switch YAMLSafetyCheck.check(text) {
        case .syntax(let line, let detail):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .syntax(format: format.rawValue, detail: detail))]))
        case .tooDeep(let line):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .nestingTooDeep(limit: YAMLSafetyCheck.depthLimit))]))
        case .aliasBomb(let line):
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .aliasExpansionTooLarge(limit: YAMLSafetyCheck.expandedNodeLimit))]))
        case nil:
            break
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(NetworkLoadError([syntaxDiagnostic(error, file: file, format: format)]))
        } catch {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: nil, problem: .syntax(format: format.rawValue, detail: "\(error)"))]))
        }
        guard let root, case .mapping(let mapping) = root else {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: root?.mark?.line ?? 1, problem: .notAMapping(what: .topOfFile))]))
        }
        return build(mapping, file: file)
    }

    private static func build(_ mapping: Node.Mapping, file: String) -> Result<RawDocument, NetworkLoadError> {
        var document = RawDocument(header: RawRecord(line: mapping.mark?.line ?? 1), headerFile: file)
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            if RawDocument.sectionNames.contains(key) {
                switch valueNode {
                case .sequence(let items):
                    var records: [RawRecord] = []
                    for item in items {
                        guard case .mapping(let entry) = item else {
                            diagnostics.append(Diagnostic(file: file, line: item.mark?.line ?? line, problem: .notAMapping(what: .entry(of: key))))
                            continue
                        }
                        records.append(record(entry, line: item.mark?.line ?? line))
                    }
                    document.sections[key] = RawSection(records)
                case .scalar where isNull(valueNode):
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

    private static func record(_ mapping: Node.Mapping, line: Int) -> RawRecord {
        var record = RawRecord(line: line)
        for (keyNode, valueNode) in mapping {
            record.fields.append((keyNode.string ?? "", value(valueNode, line: keyNode.mark?.line ?? line)))
        }
        return record
    }

    private static func value(_ node: Node, line: Int) -> RawValue {
        switch node {
        case .scalar(let scalar):
            return RawValue(kind: isNull(node) ? .null : .scalar(scalar.string), line: line)
        case .sequence(let items):
            var strings: [String] = []
            for item in items {
                guard case .scalar(let scalar) = item else { return RawValue(kind: .nested, line: line) }
                if !isNull(item) { strings.append(scalar.string) }
            }
            return RawValue(kind: .list(strings), line: line)
        default:
            return RawValue(kind: .nested, line: line)
        }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String, format: Format) -> Diagnostic {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: context.mark.line, problem: .repeatedField(duplicates))
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            return Diagnostic(file: file, line: mark.line, problem: .syntax(format: format.rawValue, detail: prefix + problem))
        case .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text), " } ?? ""
            return Diagnostic(file: file, line: mark.line, problem: .syntax(format: format.rawValue, detail: prefix + problem))
        default:
            return Diagnostic(file: file, line: nil, problem: .syntax(format: format.rawValue, detail: "\(error)"))
        }
    }
}
