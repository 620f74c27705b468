/// Writes a ``DOTGraph`` as DOT text any Graphviz tool reads back exactly.
///
/// - Deterministic: nodes, edges and clusters in the order given, attributes sorted by name,
///   numbers in a fixed format, so the same input gives the same bytes.
/// - Every identifier and every text value is a quoted string with `"` and `\` escaped, so
///   `node`, `edge`, `graph`, `digraph`, `subgraph` and `strict` are plain ids, `<script>`
///   and HTML-like text stay text, and no user string can end a string early to add an
///   attribute. In labels a backslash is Graphviz's escape character (`C:\new` would break the
///   line), so it is doubled; in tooltips, which Graphviz expands twice (`\G` would show the
///   graph's name), it is written four times; newlines become `\n` line breaks; other control
///   characters are dropped.
/// - Graphviz 2.42 rejects quoted strings of about 16K characters, so longer values are split
///   into pieces joined with DOT's `+`.
public enum DOTWriter {
    /// Longest quoted piece written; longer strings are joined with `+`.
    public static let maxPiece = 8000

    /// The graph as DOT text, attributes sorted, every value quoted and escaped.
    public static func write(_ graph: DOTGraph) -> String {
        var out = ""
        out += (graph.directed ? "digraph " : "graph ") + quote(graph.name) + " {\n"
        writeAttributes(graph.graphAttributes, prefix: "graph", into: &out, indent: "  ")
        writeAttributes(graph.nodeDefaults, prefix: "node", into: &out, indent: "  ")
        writeAttributes(graph.edgeDefaults, prefix: "edge", into: &out, indent: "  ")
        let byID = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var placed = Set<String>()
        for cluster in graph.clusters { writeCluster(cluster, nodes: byID, placed: &placed, into: &out, indent: "  ") }
        for node in graph.nodes where !placed.contains(node.id) { writeNode(node, into: &out, indent: "  ") }
        let arrow = graph.directed ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quote(edge.from) + arrow + quote(edge.to) + attributeList(edge.attributes) + ";\n"
        }
        out += "}\n"
        return out
    }

    private static func writeCluster(
        _ cluster: DOTGraph.Cluster, nodes: [String: DOTGraph.Node], placed: inout Set<String>,
        into out: inout String, indent: String
    ) {
        out += indent + "subgraph " + quote("cluster_" + cluster.key) + " {\n"
        let inner = indent + "  "
        for (attribute, value) in cluster.attributes.sorted(by: { $0.key < $1.key }) {
            out += inner + attribute.rawValue + "=" + render(value, of: attribute) + ";\n"
        }
        for sub in cluster.clusters { writeCluster(sub, nodes: nodes, placed: &placed, into: &out, indent: inner) }
        for id in cluster.nodes where !placed.contains(id) {
            placed.insert(id)
            if let node = nodes[id] { writeNode(node, into: &out, indent: inner) } else { out += inner + quote(id) + ";\n" }
        }
        out += indent + "}\n"
    }

    private static func writeNode(_ node: DOTGraph.Node, into out: inout String, indent: String) {
        out += indent + quote(node.id) + attributeList(node.attributes) + ";\n"
    }

    private static func writeAttributes(_ attributes: [DOTAttribute: DOTValue], prefix: String, into out: inout String, indent: String) {
        guard !attributes.isEmpty else { return }
        out += indent + prefix + attributeList(attributes) + ";\n"
    }

    private static func attributeList(_ attributes: [DOTAttribute: DOTValue]) -> String {
        guard !attributes.isEmpty else { return "" }
        return " [" + attributes.sorted { $0.key < $1.key }.map { $0.key.rawValue + "=" + render($0.value, of: $0.key) }.joined(separator: ", ") + "]"
    }

    static func render(_ value: DOTValue, of attribute: DOTAttribute? = nil) -> String {
        switch value {
        case .text(let text): return Escaping.dot(text, kind: attribute == .tooltip ? .tooltip : .plain, maxPiece: maxPiece)
        case .label(let text): return Escaping.dot(text, kind: attribute == .tooltip ? .tooltip : .label, maxPiece: maxPiece)
        case .number(let number): return quote(format(number))
        case .keyword(let keyword): return quote(keyword.value)
        case .safe(let text): return quote(text.value)
        }
    }

    /// Numbers with at most four decimals and no exponent: stable across platforms.
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "0" }
        let scaled = (number * 10_000).rounded()
        let negative = scaled < 0
        var digits = String(Int64(abs(scaled)))
        while digits.count < 5 { digits = "0" + digits }
        var whole = String(digits.dropLast(4))
        var fraction = String(digits.suffix(4))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if whole.isEmpty { whole = "0" }
        return (negative && scaled != 0 ? "-" : "") + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A quoted DOT string, a label's or another attribute's (`Escaping.dot(_:label:maxPiece:)`):
    /// user text never becomes a Graphviz attribute.
    public static func quote(_ text: String, label: Bool = false) -> String { Escaping.dot(text, kind: label ? .label : .plain, maxPiece: maxPiece) }
}
