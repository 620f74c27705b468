/// Reads an edge list: one tie per line as `source target [weight]`, separated by spaces,
/// tabs or commas; `#` starts a comment; a line with a single id declares a node with no ties.
///
/// Node order is the order of first appearance and a repeated tie keeps its last weight, as
/// networkx's `read_weighted_edgelist` does, so results can be compared node for node. Reads
/// bytes directly: a million ties load in well under a second.
public enum EdgeListReader {
    public static func read(_ text: String, file: String, name: String, directed: Bool = false) -> Result<PlainGraph, NetworkLoadError> {
        var text = text
        return text.withUTF8 { bytes in read(bytes, file: file, name: name, directed: directed) }
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String, name: String, directed: Bool) -> Result<PlainGraph, NetworkLoadError> {
        var nodes: [String] = []
        var index: [String: Int] = [:]
        var edges: [PlainEdge] = []
        var edgeIndex: [UInt64: Int] = [:]
        var diagnostics: [Diagnostic] = []
        func node(_ id: String) -> Int {
            if let known = index[id] { return known }
            index[id] = nodes.count
            nodes.append(id)
            return nodes.count - 1
        }
        var tokens: [Range<Int>] = []
        var lineNumber = 0
        var position = 0
        let count = bytes.count
        while position < count {
            lineNumber += 1
            tokens.removeAll(keepingCapacity: true)
            var tokenStart = -1
            var inComment = false
            // One line: tokens up to a newline, a comment or the end.
            while position < count {
                let byte = bytes[position]
                if byte == 0x0A || byte == 0x0D {
                    break
                }
                if !inComment {
                    let separator = byte == 0x20 || byte == 0x09 || byte == 0x2C
                    if byte == 0x23 {
                        inComment = true
                        if tokenStart >= 0 { tokens.append(tokenStart..<position); tokenStart = -1 }
                    } else if separator {
                        if tokenStart >= 0 { tokens.append(tokenStart..<position); tokenStart = -1 }
                    } else if tokenStart < 0 {
                        tokenStart = position
                    }
                }
                position += 1
            }
            if tokenStart >= 0, !inComment { tokens.append(tokenStart..<position) }
            // Line end: \n, \r\n or a lone \r.
            if position < count, bytes[position] == 0x0D { position += 1 }
            if position < count, bytes[position] == 0x0A { position += 1 }

            func string(_ range: Range<Int>) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
            switch tokens.count {
            case 0:
                continue
            case 1:
                _ = node(string(tokens[0]))
            case 2, 3:
                let sourceID = string(tokens[0])
                let targetID = string(tokens[1])
                var weight = 1.0
                if tokens.count == 3 {
                    let text = string(tokens[2])
                    weight = Double(text) ?? AmountText.plainNumber(text) ?? .nan
                    guard weight.isFinite, weight > 0 else {
                        diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                            "weight \(quoted(text)) must be a positive number (a tie strength; 1 when left out)")))
                        continue
                    }
                }
                guard sourceID != targetID else {
                    diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                        "a tie from \(quoted(sourceID)) to itself; ties join two different nodes")))
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
                diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                    "expected `source target [weight]`, found \(tokens.count) values; ids cannot hold spaces or commas")))
            }
        }
        if nodes.isEmpty, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: nil, problem: .edgeListLine("the edge list has no nodes; write one `source target` pair per line")))
        }
        guard diagnostics.isEmpty else { return .failure(NetworkLoadError(diagnostics)) }
        return .success(PlainGraph(name: name, nodes: nodes, edges: edges, isDirected: directed))
    }
}
