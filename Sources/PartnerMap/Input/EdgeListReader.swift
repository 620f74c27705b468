import Foundation

/// Reads an edge list: one tie per line as `source target [weight]`, separated by spaces,
/// tabs, commas or semicolons; `#` starts a comment, and so does `%` at the start of a line (as in
/// KONECT's `out.*` files); a line with a single id declares a node with no ties.
///
/// What spreadsheets and other tools write is read as they mean it:
/// - a header row (`source,target`, `from to`, `Source;Target;Weight`) is recognised and skipped,
///   never read as a tie;
/// - ids in double quotes may hold separators and line breaks (`"Smith, Jones & Co"`), a doubled
///   quote inside being one quote (RFC 4180);
/// - in a tab-separated file (its first data line holds a tab), only tabs separate, so ids may
///   hold spaces;
/// - KONECT's fourth column (a timestamp) is allowed and not used.
///
/// Node order is the order of first appearance and a repeated tie keeps its last weight, as
/// networkx's `read_weighted_edgelist` does, so results can be compared node for node. Reads
/// bytes directly: a million ties load in well under a second.
enum EdgeListReader {
    /// Words a header row's first two columns (and an optional third) are made of.
    static let headerSources: Set<String> = ["source", "from", "node1", "src", "source_id", "sourceid", "id1", "head", "u", "ego", "source node"]
    static let headerTargets: Set<String> = ["target", "to", "node2", "dst", "target_id", "targetid", "id2", "tail", "v", "alter", "target node"]
    static let headerWeights: Set<String> = ["weight", "value", "w", "strength", "count", "amount"]

    static func read(_ text: String, file: String, name: String, directed: Bool = false) -> Result<PlainGraph, NetworkLoadError> {
        readWithWarnings(text, file: file, name: name, directed: directed).map(\.graph)
    }

    /// The graph and what reading it noted: ids met in two Unicode spellings (`é` as one
    /// character and as `e` and an accent), read as one id in its composed form (NFC), as every
    /// reader of PartnerMap does.
    static func readWithWarnings(_ text: String, file: String, name: String, directed: Bool = false)
        -> Result<(graph: PlainGraph, warnings: [Diagnostic]), NetworkLoadError>
    {
        var text = text
        return text.withUTF8 { bytes in read(bytes, file: file, name: name, directed: directed) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, name: String, directed: Bool)
        -> Result<(graph: PlainGraph, warnings: [Diagnostic]), NetworkLoadError>
    {
        var nodes: [String] = []
        var index: [String: Int] = [:]
        var edges: [PlainEdge] = []
        var edgeIndex: [UInt64: Int] = [:]
        var diagnostics: [Diagnostic] = []
        var respelled = Set<String>()
        func node(_ written: String) -> Int {
            // Composed (NFC): the same id typed with a combining accent is the same node.
            var id = written
            if !written.utf8.allSatisfy({ $0 < 0x80 }) {
                id = written.precomposedStringWithCanonicalMapping
                if !id.utf8.elementsEqual(written.utf8) { respelled.insert(id) }
            }
            if let known = index[id] { return known }
            index[id] = nodes.count
            nodes.append(id)
            return nodes.count - 1
        }
        let count = bytes.count
        let tabSeparated = Self.firstDataLineHoldsTab(bytes)
        var konect = false
        var sawData = false
        var tokens: [Range<Int>] = []
        // Quoted ids, decoded: a token with an index here is this text, not its range.
        var quotedIDs: [Int: String] = [:]
        var lineNumber = 0
        var position = 0
        while position < count {
            lineNumber += 1
            let firstLine = lineNumber
            tokens.removeAll(keepingCapacity: true)
            quotedIDs.removeAll(keepingCapacity: true)
            var tokenStart = -1
            var inComment = false
            var atLineStart = true
            // One line: tokens up to a newline (outside quotes), a comment or the end.
            while position < count {
                let byte = bytes[position]
                if byte == 0x0A || byte == 0x0D {
                    break
                }
                if !inComment {
                    let separator = tabSeparated ? byte == 0x09 : (byte == 0x20 || byte == 0x09 || byte == 0x2C || byte == 0x3B)
                    if byte == 0x23 || (byte == 0x25 && atLineStart) {
                        if byte == 0x25, lineNumber == 1 { konect = true }
                        inComment = true
                        if tokenStart >= 0 {
                            tokens.append(tokenStart..<position)
                            tokenStart = -1
                        }
                    } else if byte == 0x22, tokenStart < 0 {
                        // A quoted id: up to the closing quote, across separators and lines.
                        var text: [UInt8] = []
                        position += 1
                        while position < count {
                            if bytes[position] == 0x22 {
                                if position + 1 < count, bytes[position + 1] == 0x22 {
                                    text.append(0x22)
                                    position += 2
                                    continue
                                }
                                break
                            }
                            if bytes[position] == 0x0A { lineNumber += 1 }
                            text.append(bytes[position])
                            position += 1
                        }
                        quotedIDs[tokens.count] = String(decoding: text, as: UTF8.self)
                        tokens.append(position..<position)
                        atLineStart = false
                        position += 1
                        continue
                    } else if separator {
                        if tokenStart >= 0 {
                            tokens.append(tokenStart..<position)
                            tokenStart = -1
                        }
                    } else if tokenStart < 0 {
                        if !(tabSeparated && byte == 0x20) { tokenStart = position }
                    }
                    if byte != 0x20 && byte != 0x09 { atLineStart = false }
                }
                position += 1
            }
            if tokenStart >= 0, !inComment { tokens.append(tokenStart..<position) }
            // Line end: \n, \r\n or a lone \r.
            if position < count, bytes[position] == 0x0D { position += 1 }
            if position < count, bytes[position] == 0x0A { position += 1 }

            func string(_ position: Int) -> String {
                if let text = quotedIDs[position] { return text }
                var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[position]]), as: UTF8.self)
                if tabSeparated { text = text.trimmedWhitespace }
                return text
            }
            // The first data line may be a header: skip it, never read it as a tie.
            if !sawData, !tokens.isEmpty {
                sawData = true
                if (2...3).contains(tokens.count), Self.headerSources.contains(string(0).lowercased()),
                    Self.headerTargets.contains(string(1).lowercased()),
                    tokens.count == 2 || Self.headerWeights.contains(string(2).lowercased())
                {
                    continue
                }
            }
            // KONECT's fourth column is a timestamp.
            if konect, tokens.count == 4 { tokens.removeLast() }
            switch tokens.count {
            case 0:
                continue
            case 1:
                _ = node(string(0))
            case 2, 3:
                let sourceID = string(0)
                let targetID = string(1)
                var weight = 1.0
                if tokens.count == 3 {
                    let text = string(2)
                    weight = Double(text) ?? AmountText.plainNumber(text) ?? .nan
                    guard weight.isFinite, weight > 0 else {
                        diagnostics.append(Diagnostic(file: file, line: firstLine, problem: .invalidWeight(text, between: [])))
                        continue
                    }
                }
                guard sourceID != targetID else {
                    diagnostics.append(Diagnostic(file: file, line: firstLine, problem: .tieToItself(sourceID)))
                    continue
                }
                let u = node(sourceID)
                let v = node(targetID)
                let (a, b) = directed || u < v ? (u, v) : (v, u)
                let key = UInt64(a) << 32 | UInt64(b)
                if let existing = edgeIndex[key] {
                    edges[existing].weight = weight
                } else {
                    edgeIndex[key] = edges.count
                    edges.append(PlainEdge(u, v, weight: weight))
                }
            default:
                diagnostics.append(Diagnostic(file: file, line: firstLine, problem: .edgeListColumns(found: tokens.count)))
            }
        }
        if nodes.isEmpty, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: nil, problem: .emptyEdgeList))
        }
        guard diagnostics.isEmpty else { return .failure(NetworkLoadError(diagnostics)) }
        var warnings: [Diagnostic] = []
        if !respelled.isEmpty {
            warnings.append(
                Diagnostic(
                    file: file, line: nil, problem: .respelledIDs(count: respelled.count, examples: Array(respelled.sorted().prefix(3))),
                    severity: .warning))
        }
        return .success((PlainGraph(name: name, nodes: nodes, edges: edges, isDirected: directed), warnings))
    }

    /// Whether the first line that is neither blank nor a comment holds a tab.
    private static func firstDataLineHoldsTab(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            var end = position
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            let line = bytes[position..<end]
            let first = line.first { $0 != 0x20 && $0 != 0x09 }
            if let first, first != 0x23, first != 0x25 { return line.contains(0x09) }
            position = end + 1
        }
        return false
    }
}
