import CYaml
import Foundation

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
    /// Bytes of text that aliases may add once expanded: a few entries of 100 KB each, used
    /// 20,000 times, are few nodes but gigabytes for every output that writes them.
    static let expandedTextLimit = 32 << 20

    /// The document as flat arrays: one entry per node, a collection's children as a range of
    /// `children`, so that a 200,000-grant file costs a few arrays rather than a million
    /// allocations. An alias is the node it names, listed again (shared, never copied).
    struct Tree {
        enum Kind: UInt8 {
            /// A quoted or block scalar, never null.
            case scalar
            /// A plain scalar, which YAML reads as null when empty, `~` or `null`.
            case plainScalar
            case sequence
            case mapping
        }
        struct Node {
            var kind: Kind
            var line: Int32
            /// A scalar's index in `texts`; a collection's first index in `children`.
            var start: Int32
            /// A collection's number of children (a mapping's keys and values, alternating).
            var count: Int32
        }
        var nodes: [Node] = []
        var texts: [String] = []
        var children: [Int32] = []
        var root: Int32?

        func kind(_ node: Int32) -> Kind { nodes[Int(node)].kind }
        func line(_ node: Int32) -> Int { Int(nodes[Int(node)].line) }
        /// The text of a scalar; `nil` for a sequence or a mapping.
        func string(_ node: Int32) -> String? {
            let entry = nodes[Int(node)]
            return entry.kind == .scalar || entry.kind == .plainScalar ? texts[Int(entry.start)] : nil
        }
        func children(_ node: Int32) -> ArraySlice<Int32> {
            let entry = nodes[Int(node)]
            guard entry.kind == .sequence || entry.kind == .mapping else { return [] }
            return children[Int(entry.start)..<Int(entry.start + entry.count)]
        }
        /// A plain scalar YAML reads as null: empty, `~` or `null`.
        func isNull(_ node: Int32) -> Bool {
            let entry = nodes[Int(node)]
            guard entry.kind == .plainScalar else { return false }
            let text = texts[Int(entry.start)]
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
    }

    enum Failure: Error, Equatable {
        case syntax(line: Int, detail: String)
        case tooDeep(line: Int)
        case aliasBomb(line: Int)
        /// Aliases that expand to more text than ``YAMLEventReader/expandedTextLimit``.
        case aliasTextBomb(line: Int)
        /// A mapping names the same key twice; the keys, and the line of the first repeat.
        case repeatedKeys([String], line: Int)
        /// An anchor or alias in a piece of a file read with anchors refused: the file is read
        /// in one piece instead.
        case anchorInPiece(line: Int, name: String)
    }

    /// An open sequence or mapping while its events arrive.
    private struct OpenCollection {
        var node: Int32
        var anchor: String?
        /// Nodes below, aliases expanded, saturating above the limit.
        var size = 1
        /// Bytes of scalar text below, aliases expanded, saturating above the limit.
        var bytes = 0
    }

    /// The document (an empty tree for an empty document), or why it cannot be read.
    static func read(_ text: consuming String, expandedNodeLimit: Int = expandedNodeLimit) -> Result<Tree, Failure> {
        var text = consume text
        return text.withUTF8 { read(bytes: $0, expandedNodeLimit: expandedNodeLimit) }
    }

    /// The document held in `bytes`, or why it cannot be read.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text; libyaml reads it in place.
    ///   - expandedNodeLimit: The most nodes aliases may add.
    ///   - firstLine: The line of the first byte, when `bytes` is a piece of a larger file
    ///     (``YAMLSectionChunks``), so every node keeps the line it has in the file.
    ///   - depthLimit: The deepest nesting accepted.
    ///   - anchorsAllowed: `false` refuses any anchor or alias (`Failure.anchorInPiece`):
    ///     a piece of a file cannot see the anchors of the others.
    static func read(
        bytes: UnsafeBufferPointer<UInt8>, expandedNodeLimit: Int = expandedNodeLimit, firstLine: Int = 1,
        depthLimit: Int = depthLimit, anchorsAllowed: Bool = true
    ) -> Result<Tree, Failure> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(.syntax(line: 1, detail: "out of memory")) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var tree = Tree()
        tree.nodes.reserveCapacity(bytes.count / 12)
        tree.texts.reserveCapacity(bytes.count / 16)
        tree.children.reserveCapacity(bytes.count / 12)
        var anchors: [String: (node: Int32, size: Int, bytes: Int)] = [:]
        var stack: [OpenCollection] = []
        // The children of each open collection, one reused buffer per depth.
        var pending: [[Int32]] = []
        var documents = 0
        var expandedByAliases = 0
        var textByAliases = 0

        /// Hands a finished node to the collection it belongs to.
        func place(_ node: Int32, size: Int, bytes: Int, anchor: String?) {
            if let anchor { anchors[anchor] = (node, size, bytes) }
            guard let top = stack.indices.last else {
                tree.root = node
                return
            }
            stack[top].size = min(stack[top].size + size, expandedNodeLimit + 1)
            stack[top].bytes = min(stack[top].bytes + bytes, expandedTextLimit + 1)
            pending[top].append(node)
        }

        func open(_ kind: Tree.Kind, line: Int32, anchor: String?) -> Failure? {
            tree.nodes.append(Tree.Node(kind: kind, line: line, start: 0, count: 0))
            stack.append(OpenCollection(node: Int32(tree.nodes.count - 1), anchor: anchor))
            if pending.count < stack.count { pending.append([]) } else { pending[stack.count - 1].removeAll(keepingCapacity: true) }
            return stack.count > depthLimit ? .tooDeep(line: Int(line)) : nil
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let line = Int(parser.problem_mark.line) + firstLine
                let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
                let context = parser.context.map { String(cString: $0) + ", " } ?? ""
                // libyaml's scanner has its own nesting guard, which can fire before ours.
                if problem.localizedCaseInsensitiveContains("nesting level") { return .failure(.tooDeep(line: line)) }
                return .failure(.syntax(line: line, detail: context + problem))
            }
            defer { yaml_event_delete(&event) }
            let line = Int32(clamping: Int(event.start_mark.line) + firstLine)
            if !anchorsAllowed, let anchored = anchorOrAlias(of: event) {
                return .failure(.anchorInPiece(line: Int(line), name: anchored))
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(tree)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(.syntax(line: Int(line), detail: "expected a single document in the stream, but found another document"))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self) } ?? ""
                tree.texts.append(text)
                tree.nodes.append(
                    Tree.Node(
                        kind: scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plainScalar : .scalar, line: line,
                        start: Int32(tree.texts.count - 1), count: 0))
                place(Int32(tree.nodes.count - 1), size: 1, bytes: Int(scalar.length), anchor: name(scalar.anchor))
            case YAML_ALIAS_EVENT:
                let alias = name(event.data.alias.anchor) ?? ""
                guard let anchored = anchors[alias] else {
                    return .failure(.syntax(line: Int(line), detail: "found undefined alias `\(alias)`"))
                }
                expandedByAliases += anchored.size
                textByAliases += anchored.bytes
                if expandedByAliases > expandedNodeLimit { return .failure(.aliasBomb(line: Int(line))) }
                if textByAliases > expandedTextLimit { return .failure(.aliasTextBomb(line: Int(line))) }
                place(anchored.node, size: anchored.size, bytes: anchored.bytes, anchor: nil)
            case YAML_SEQUENCE_START_EVENT:
                if let failure = open(.sequence, line: line, anchor: name(event.data.sequence_start.anchor)) { return .failure(failure) }
            case YAML_MAPPING_START_EVENT:
                if let failure = open(.mapping, line: line, anchor: name(event.data.mapping_start.anchor)) { return .failure(failure) }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                let depth = stack.count - 1
                let closed = stack.removeLast()
                let node = Int(closed.node)
                tree.nodes[node].start = Int32(tree.children.count)
                tree.nodes[node].count = Int32(pending[depth].count)
                tree.children.append(contentsOf: pending[depth])
                if tree.nodes[node].kind == .mapping, let repeated = repeatedKeys(of: closed.node, in: tree) {
                    return .failure(.repeatedKeys(repeated.keys, line: repeated.line))
                }
                place(closed.node, size: closed.size, bytes: closed.bytes, anchor: closed.anchor)
            default:
                break
            }
        }
    }

    /// The anchor an event sets or the alias it is, if any.
    private static func anchorOrAlias(of event: yaml_event_t) -> String? {
        switch event.type {
        case YAML_ALIAS_EVENT: name(event.data.alias.anchor)
        case YAML_SCALAR_EVENT: name(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: name(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: name(event.data.mapping_start.anchor)
        default: nil
        }
    }

    /// Keys a mapping names more than once, in order, and the line of the first repeat; `nil`
    /// when every key is there once.
    private static func repeatedKeys(of mapping: Int32, in tree: Tree) -> (keys: [String], line: Int)? {
        let entries = tree.children(mapping)
        guard entries.count > 2 else { return nil }
        let keys = stride(from: entries.startIndex, to: entries.endIndex, by: 2).map { entries[$0] }
        var repeated: [String] = []
        var line = 0
        func note(_ key: Int32, _ text: String) {
            if repeated.isEmpty { line = tree.line(key) }
            if !repeated.contains(text) { repeated.append(text) }
        }
        if keys.count <= 16 {
            for i in 1..<keys.count {
                guard let text = tree.string(keys[i]) else { continue }
                if keys[..<i].contains(where: { tree.string($0) == text }) { note(keys[i], text) }
            }
        } else {
            var seen: Set<String> = []
            for key in keys {
                guard let text = tree.string(key) else { continue }
                if !seen.insert(text).inserted { note(key, text) }
            }
        }
        return repeated.isEmpty ? nil : (repeated, line)
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
