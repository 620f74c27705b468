import Foundation
import CYaml

/// A YAML (or JSON) document as a light tree of scalars, sequences and mappings with their
/// lines, read straight from libyaml's events in one pass.
///
/// Why not a general YAML library's node tree: resolving every scalar's tag with regular
/// expressions and hashing every mapping's keys made reading a 50,000-grant file take seconds;
/// a network file needs only strings, lists and entries. The same pass refuses documents that
/// would exhaust memory or the stack: aliases that expand exponentially ("billion laughs") and
/// absurdly deep nesting. libyaml's event parser is iterative, so this is safe on any input.
enum YAMLEventReader {
    /// No network file needs more than four levels; anything past this is an attack or a mistake.
    static let depthLimit = 64
    /// Nodes that aliases may add to the document once expanded. The entries written out are
    /// not counted: a file of a million grants has millions of nodes and no alias.
    static let expandedNodeLimit = 2_000_000

    /// A node of the document. Aliases are resolved: an alias is a copy of what it names (arrays
    /// are shared until changed, so a copy costs nothing).
    indirect enum Value {
        /// `plain` is false for quoted and block scalars, which are never null.
        case scalar(String, plain: Bool, line: Int)
        case sequence([Value], line: Int)
        case mapping([(key: Value, value: Value)], line: Int)

        var line: Int {
            switch self {
            case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line): line
            }
        }

        /// The text of a scalar; `nil` for a sequence or a mapping.
        var string: String? {
            if case .scalar(let text, _, _) = self { return text }
            return nil
        }

        /// A plain scalar YAML reads as null: empty, `~` or `null`.
        var isNull: Bool {
            guard case .scalar(let text, let plain, _) = self, plain else { return false }
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
    }

    enum Failure: Error, Equatable {
        case syntax(line: Int, detail: String)
        case tooDeep(line: Int)
        case aliasBomb(line: Int)
        /// A mapping names the same key twice; the keys, and the line of the first repeat.
        case repeatedKeys([String], line: Int)
    }

    /// An open sequence or mapping while its events arrive.
    private struct OpenCollection {
        var isMapping: Bool
        var anchor: String?
        var line: Int
        var items: [Value] = []
        var pairs: [(key: Value, value: Value)] = []
        var pendingKey: Value?
        /// Nodes below, aliases expanded, saturating above the limit.
        var size = 1
    }

    /// The document's root (`nil` for an empty document), or why it cannot be read.
    static func read(_ text: String, expandedNodeLimit: Int = expandedNodeLimit) -> Result<Value?, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(.syntax(line: 1, detail: "out of memory")) }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Result<Value?, Failure> in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var anchors: [String: (value: Value, size: Int)] = [:]
            var stack: [OpenCollection] = []
            var root: Value?
            var documents = 0
            var expandedByAliases = 0

            /// Hands a finished node to the collection it belongs to.
            func place(_ value: Value, size: Int, anchor: String?) -> Failure? {
                if let anchor { anchors[anchor] = (value, size) }
                guard !stack.isEmpty else {
                    root = value
                    return nil
                }
                let top = stack.count - 1
                stack[top].size = min(stack[top].size + size, expandedNodeLimit + 1)
                if stack[top].isMapping {
                    if let key = stack[top].pendingKey {
                        stack[top].pairs.append((key, value))
                        stack[top].pendingKey = nil
                    } else {
                        stack[top].pendingKey = value
                    }
                } else {
                    stack[top].items.append(value)
                }
                return nil
            }

            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let line = Int(parser.problem_mark.line) + 1
                    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
                    let context = parser.context.map { String(cString: $0) + ", " } ?? ""
                    // libyaml's scanner has its own nesting guard, which can fire before ours.
                    if problem.localizedCaseInsensitiveContains("nesting level") { return .failure(.tooDeep(line: line)) }
                    return .failure(.syntax(line: line, detail: context + problem))
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .success(root)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        return .failure(.syntax(line: line, detail: "expected a single document in the stream, but found another document"))
                    }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
                    if let failure = place(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, line: line), size: 1, anchor: name(scalar.anchor)) {
                        return .failure(failure)
                    }
                case YAML_ALIAS_EVENT:
                    let alias = name(event.data.alias.anchor) ?? ""
                    guard let anchored = anchors[alias] else {
                        return .failure(.syntax(line: line, detail: "found undefined alias `\(alias)`"))
                    }
                    expandedByAliases += anchored.size
                    if expandedByAliases > expandedNodeLimit { return .failure(.aliasBomb(line: line)) }
                    if let failure = place(anchored.value, size: anchored.size, anchor: nil) { return .failure(failure) }
                case YAML_SEQUENCE_START_EVENT:
                    stack.append(OpenCollection(isMapping: false, anchor: name(event.data.sequence_start.anchor), line: line))
                    if stack.count > depthLimit { return .failure(.tooDeep(line: line)) }
                case YAML_MAPPING_START_EVENT:
                    stack.append(OpenCollection(isMapping: true, anchor: name(event.data.mapping_start.anchor), line: line))
                    if stack.count > depthLimit { return .failure(.tooDeep(line: line)) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let open = stack.removeLast()
                    let value: Value
                    if open.isMapping {
                        if let repeated = repeatedKeys(open.pairs) { return .failure(.repeatedKeys(repeated.keys, line: repeated.line)) }
                        value = .mapping(open.pairs, line: open.line)
                    } else {
                        value = .sequence(open.items, line: open.line)
                    }
                    if let failure = place(value, size: open.size, anchor: open.anchor) { return .failure(failure) }
                default:
                    break
                }
            }
        }
    }

    /// Keys a mapping names more than once, in order, and the line of the first repeat; `nil`
    /// when every key is there once.
    private static func repeatedKeys(_ pairs: [(key: Value, value: Value)]) -> (keys: [String], line: Int)? {
        guard pairs.count > 1 else { return nil }
        var repeated: [String] = []
        var line = 0
        func note(_ pair: (key: Value, value: Value), _ key: String) {
            if repeated.isEmpty { line = pair.key.line }
            if !repeated.contains(key) { repeated.append(key) }
        }
        if pairs.count <= 16 {
            for i in 1..<pairs.count {
                guard let key = pairs[i].key.string else { continue }
                if pairs[..<i].contains(where: { $0.key.string == key }) { note(pairs[i], key) }
            }
        } else {
            var seen: Set<String> = []
            for pair in pairs {
                guard let key = pair.key.string else { continue }
                if !seen.insert(key).inserted { note(pair, key) }
            }
        }
        return repeated.isEmpty ? nil : (repeated, line)
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
