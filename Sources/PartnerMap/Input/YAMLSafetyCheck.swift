import Foundation
import CYaml

/// Walks a YAML or JSON document's event stream before it is built into a tree, and refuses
/// documents that would exhaust memory or the stack: aliases that expand exponentially
/// ("billion laughs") and absurdly deep nesting.
///
/// libyaml's event parser is iterative, so this check is safe on any input; only after it
/// passes is the document composed into nodes.
enum YAMLSafetyCheck {
    /// No network file needs more than four levels; anything past this is an attack or a mistake.
    static let depthLimit = 64
    /// Nodes that aliases may add to the document once expanded. The entries written out are
    /// not counted: a file of a million grants has millions of nodes and no alias.
    static let expandedNodeLimit = 2_000_000

    enum Failure: Error {
        case syntax(line: Int, detail: String)
        case tooDeep(line: Int)
        case aliasBomb(line: Int)
    }

    static func check(_ text: String, expandedNodeLimit: Int = expandedNodeLimit) -> Failure? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .syntax(line: 1, detail: "out of memory") }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Failure? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // Expanded size of every anchored node, and a stack of open collections counting
            // the nodes below them.
            var anchorSizes: [String: Int] = [:]
            var stack: [(anchor: String?, size: Int)] = []
            var expandedByAliases = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    let line = Int(parser.problem_mark.line) + 1
                    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
                    let context = parser.context.map { String(cString: $0) + ", " } ?? ""
                    // libyaml's scanner has its own nesting guard, which can fire before ours.
                    if problem.localizedCaseInsensitiveContains("nesting level") { return .tooDeep(line: line) }
                    return .syntax(line: line, detail: context + problem)
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                var completed: (anchor: String?, size: Int)?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT:
                    completed = (anchorName(event.data.scalar.anchor), 1)
                case YAML_ALIAS_EVENT:
                    let name = anchorName(event.data.alias.anchor) ?? ""
                    let size = anchorSizes[name] ?? 1
                    expandedByAliases += size
                    if expandedByAliases > expandedNodeLimit { return .aliasBomb(line: line) }
                    completed = (nil, size)
                case YAML_SEQUENCE_START_EVENT:
                    stack.append((anchorName(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    stack.append((anchorName(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    completed = stack.popLast()
                default:
                    break
                }
                if stack.count > depthLimit { return .tooDeep(line: line) }
                if let completed {
                    if let anchor = completed.anchor { anchorSizes[anchor] = completed.size }
                    if !stack.isEmpty {
                        // Sizes saturate: only what an alias repeats is ever counted against the limit.
                        stack[stack.count - 1].size = min(stack[stack.count - 1].size + completed.size, expandedNodeLimit + 1)
                    }
                }
            }
        }
    }

    private static func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
