/// Reads an edge list: one tie per line as `source target [weight]`, separated by spaces,
/// tabs or commas; `#` starts a comment; a line with a single id declares a node with no ties.
///
/// Node order is the order of first appearance and a repeated tie keeps its last weight, as
/// networkx's `read_weighted_edgelist` does, so results can be compared node for node.
public enum EdgeListReader {
    public static func read(_ text: String, file: String, name: String, directed: Bool = false) -> Result<PlainGraph, NetworkLoadError> {
        var graph = PlainGraph(name: name, isDirected: directed)
        var index: [String: Int] = [:]
        var edgeIndex: [EdgePair: Int] = [:]
        var diagnostics: [Diagnostic] = []
        func node(_ id: String) {
            if index[id] == nil {
                index[id] = graph.nodes.count
                graph.nodes.append(id)
            }
        }
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let content = rawLine.prefix { $0 != "#" }
            let tokens = content.split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
            switch tokens.count {
            case 0:
                continue
            case 1:
                node(tokens[0])
            case 2, 3:
                var weight = 1.0
                if tokens.count == 3 {
                    weight = NumberText.parse(tokens[2])
                    guard weight.isFinite, weight > 0 else {
                        diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                            "weight \(quoted(tokens[2])) must be a positive number (a tie strength; 1 when left out)")))
                        continue
                    }
                }
                guard tokens[0] != tokens[1] else {
                    diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                        "a tie from \(quoted(tokens[0])) to itself; ties join two different nodes")))
                    continue
                }
                node(tokens[0])
                node(tokens[1])
                let pair = EdgePair(tokens[0], tokens[1], directed: directed)
                if let existing = edgeIndex[pair] {
                    graph.edges[existing].weight = weight
                } else {
                    edgeIndex[pair] = graph.edges.count
                    graph.edges.append(PlainEdge(tokens[0], tokens[1], weight: weight))
                }
            default:
                diagnostics.append(Diagnostic(file: file, line: lineNumber, problem: .edgeListLine(
                    "expected `source target [weight]`, found \(tokens.count) values; ids cannot hold spaces or commas")))
            }
        }
        if graph.nodes.isEmpty, diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: nil, problem: .edgeListLine("the edge list has no nodes; write one `source target` pair per line")))
        }
        return diagnostics.isEmpty ? .success(graph) : .failure(NetworkLoadError(diagnostics))
    }

    /// A tie's two ends, unordered unless the graph is directed.
    private struct EdgePair: Hashable {
        var a: String
        var b: String
        init(_ source: String, _ target: String, directed: Bool) {
            if directed || source < target { (a, b) = (source, target) } else { (a, b) = (target, source) }
        }
    }
}
