import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A graph as another network tool wrote it (GraphML from networkx, igraph, yEd or Cytoscape;
/// GEXF from Gephi or networkx): nodes and edges with their attributes by name, in file order.
public struct ForeignGraph: Sendable {
    /// A node: its id, its attributes by name, and the line it is written on.
    public struct Node: Sendable {
        /// The node's id in the file.
        public var id: String
        /// Its attributes by name (GraphML keys' names, GEXF attribute titles).
        public var attributes: [String: String]
        /// The line of its element, for diagnostics.
        public var line: Int
        /// A node; each parameter is the property of the same name.
        public init(id: String, attributes: [String: String], line: Int) {
            self.id = id
            self.attributes = attributes
            self.line = line
        }
    }

    /// An edge: the ids of its ends, its attributes, and its line.
    public struct Edge: Sendable {
        /// The id of the node it leaves.
        public var source: String
        /// The id of the node it reaches.
        public var target: String
        /// Its attributes by name (a weight among them, when the file has one).
        public var attributes: [String: String]
        /// The line of its element, for diagnostics.
        public var line: Int
        /// An edge; each parameter is the property of the same name.
        public init(source: String, target: String, attributes: [String: String], line: Int) {
            self.source = source
            self.target = target
            self.attributes = attributes
            self.line = line
        }
    }

    /// The nodes, in file order.
    public var nodes: [Node] = []
    /// The edges, in file order.
    public var edges: [Edge] = []
    /// Whether the file declares the graph directed.
    public var directed = false
    /// Graphs the file holds after this one (a DOT file may hold several; GraphML too), which
    /// are not read: ``warnings(file:)`` says so.
    public var otherGraphs = 0

    /// A graph; each parameter is the property of the same name.
    public init(nodes: [Node] = [], edges: [Edge] = [], directed: Bool = false) {
        self.nodes = nodes
        self.edges = edges
        self.directed = directed
    }

    /// A plain graph (an edge list) in this form, to become a network like any graph file.
    public init(_ plain: PlainGraph) {
        nodes = plain.nodes.enumerated().map { Node(id: $1, attributes: plain.labels.isEmpty ? [:] : ["label": plain.labels[$0]], line: 0) }
        edges = plain.edges.map { Edge(source: plain.nodes[$0.source], target: plain.nodes[$0.target], attributes: ["weight": AmountText.plain($0.weight)], line: 0) }
        directed = plain.isDirected
    }

    /// An edge's `weight` as a tie strength: 1 when absent; `nil` when it is not a positive,
    /// finite number (−2, nan, 1e400, "heavy", "1,5"), which ``weightProblems(file:)`` reports.
    static func weight(_ edge: Edge) -> Double? {
        guard let text = edge.attributes["weight"]?.trimmedWhitespace, !text.isEmpty else { return 1 }
        guard let value = Double(text), value.isFinite, value > 0 else { return nil }
        return value
    }

    /// Every edge whose weight is not a positive number, with its line where the file gives one:
    /// refused, as in edge lists, never read as 1.
    public func weightProblems(file: String) -> [Diagnostic] {
        edges.filter { Self.weight($0) == nil }.map { edge in
            Diagnostic(file: file, line: edge.line > 0 ? edge.line : nil, problem: .invalidWeight(edge.attributes["weight"] ?? "", between: [edge.source, edge.target]))
        }
    }

    /// What reading drops or merges, said rather than done silently: ties of a node to itself,
    /// and repeated ties between the same two nodes.
    public func warnings(file: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let loops = edges.filter { $0.source == $0.target }
        if !loops.isEmpty {
            result.append(Diagnostic(file: file, line: nil, problem: .loopsLeftOut(count: loops.count, first: loops[0].source), severity: .warning))
        }
        let declared = Set(nodes.map(\.id))
        if !nodes.isEmpty {
            let undeclared = Array(Set(edges.flatMap { [$0.source, $0.target] }).subtracting(declared)).sorted()
            if !undeclared.isEmpty {
                result.append(Diagnostic(file: file, line: nil, problem: .undeclaredNodes(count: undeclared.count, examples: Array(undeclared.prefix(3))), severity: .warning))
            }
        }
        if otherGraphs > 0 {
            result.append(Diagnostic(file: file, line: nil, problem: .otherGraphsLeftOut(count: otherGraphs), severity: .warning))
        }
        var seen = Set<[String]>()
        var repeated = 0
        for edge in edges where edge.source != edge.target {
            if !seen.insert(directed ? [edge.source, edge.target] : [edge.source, edge.target].sorted()).inserted { repeated += 1 }
        }
        if repeated > 0 {
            result.append(Diagnostic(file: file, line: nil, problem: .repeatedTies(count: repeated), severity: .warning))
        }
        return result
    }

    /// The plain graph every measure reads: node ids in file order (those only named by an
    /// edge after), ties weighted by their `weight` attribute (1 when absent).
    public func plainGraph(name: String) -> PlainGraph {
        // Ids in composed form (Unicode NFC), as edge lists read them.
        func nfc(_ id: String) -> String { id.utf8.allSatisfy { $0 < 0x80 } ? id : id.precomposedStringWithCanonicalMapping }
        let nodes = self.nodes.map { Node(id: nfc($0.id), attributes: $0.attributes, line: $0.line) }
        let edges = self.edges.map { Edge(source: nfc($0.source), target: nfc($0.target), attributes: $0.attributes, line: $0.line) }
        var order = nodes.map(\.id)
        var seen = Set(order)
        for edge in edges {
            for id in [edge.source, edge.target] where seen.insert(id).inserted { order.append(id) }
        }
        let ties = edges.filter { $0.source != $0.target }.map { ($0.source, $0.target, Self.weight($0) ?? 1) }
        var graph = PlainGraph(name: name, nodes: order, ties: ties, isDirected: directed)
        // A node's `label` (or `name`) is what people call it: shown beside its id.
        let labels = Dictionary(nodes.map { ($0.id, $0.attributes["label"] ?? $0.attributes["name"]) }, uniquingKeysWith: { first, _ in first })
        if labels.values.contains(where: { $0 != nil }) { graph.labels = graph.nodes.map { labels[$0].flatMap { $0 } ?? $0 } }
        return graph
    }
}

/// Reads GraphML and GEXF files with Foundation's XML parser (no external entities are
/// resolved), every problem with its line.
public enum XMLGraphReader {
    /// The XML format read: GraphML or GEXF.
    public enum Dialect: Sendable { case graphML, gexf }

    /// A document's text as UTF-8 bytes, its XML declaration's `encoding` (`UTF-16`) made `UTF-8`.
    static func utf8Declared(_ text: String) -> Data {
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return Data(text.utf8) }
        let declaration = text[..<end.upperBound].replacingOccurrences(
            of: #"encoding\s*=\s*["'][^"']*["']"#, with: #"encoding="UTF-8""#, options: .regularExpression)
        return Data((declaration + text[end.upperBound...]).utf8)
    }

    /// The graph a GraphML or GEXF file holds, or every problem with its line.
    ///
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8 XML).
    ///   - file: the file's name as the user gave it, for diagnostics.
    ///   - dialect: GraphML or GEXF.
    public static func read(_ data: Data, file: String, dialect: Dialect) -> Result<ForeignGraph, NetworkLoadError> {
        // UTF-8 text only: Foundation's XML parser on Linux crashes on some invalid UTF-8 in
        // names (found by fuzzing), and a network file is UTF-8 everywhere else too.
        let text: String
        switch TextFile.decode(data, file: file) {
        case .failure(let diagnostic): return .failure(NetworkLoadError([diagnostic]))
        case .success(let decoded): text = decoded
        }
        var data = data
        // UTF-16 with its byte-order mark (yEd and some Windows tools write it): read as the
        // UTF-8 text it decodes to, its declaration saying so, instead of libxml2's "error 81".
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { data = utf8Declared(text) }
        if let line = XMLProlog.emptyProcessingInstruction(in: data) {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: line, problem: .emptyProcessingInstruction(format: dialect == .gexf ? "GEXF" : "GraphML"))]))
        }
        if XMLProlog.declaresEntity(data) {
            return .failure(NetworkLoadError([Diagnostic(file: file, line: nil, problem: .xmlEntityDeclared(format: dialect == .gexf ? "GEXF" : "GraphML"))]))
        }
        let delegate = Delegate(file: file, dialect: dialect)
        let parser = XMLParser.reading(data, delegate: delegate)
        if !parser.parse(), delegate.diagnostics.isEmpty {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "the XML cannot be read"
            return .failure(NetworkLoadError([Diagnostic(file: file, line: parser.lineNumber, problem: .syntax(format: dialect == .gexf ? "GEXF" : "GraphML", detail: detail))]))
        }
        // Foundation's parser on Linux recovers from some broken XML without a word: check
        // that every element closes in order and that nothing follows the root.
        if delegate.diagnostics.isEmpty, let open = delegate.stack.last {
            delegate.diagnostics.append(
                Diagnostic(
                    file: file, line: open.line,
                    problem: .syntax(
                        format: dialect == .gexf ? "GEXF" : "GraphML", detail: "`<\(open.name)>` opened here is never closed; is the file cut short?")))
        }
        if delegate.diagnostics.isEmpty, let last = String(decoding: data.suffix(256), as: UTF8.self).last(where: { !$0.isWhitespace }), last != ">" {
            delegate.diagnostics.append(
                Diagnostic(
                    file: file, line: nil,
                    problem: .syntax(
                        format: dialect == .gexf ? "GEXF" : "GraphML", detail: "the file does not end with a closing tag; is it cut short?")))
        }
        if !delegate.diagnostics.isEmpty { return .failure(NetworkLoadError(delegate.diagnostics)) }
        if !delegate.sawRoot {
            return .failure(
                NetworkLoadError([
                    Diagnostic(
                        file: file, line: 1,
                        problem: .syntax(
                            format: dialect == .gexf ? "GEXF" : "GraphML", detail: dialect == .gexf ? "no <gexf> root element" : "no <graphml> root element"))
                ]))
        }
        delegate.diagnostics += delegate.graph.weightProblems(file: file)
        return delegate.diagnostics.isEmpty ? .success(delegate.graph) : .failure(NetworkLoadError(delegate.diagnostics))
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        /// The text of a yEd `<y:NodeLabel>` being read.
        var nodeLabel: String?
        let file: String
        let dialect: Dialect
        var graph = ForeignGraph()
        var diagnostics: [Diagnostic] = []
        var sawRoot = false
        /// GraphML `<key id="d0" attr.name="label">` and GEXF `<attribute id="0" title="type">`.
        var keyNames: [String: String] = [:]
        /// The GEXF `<attributes class="…">` being read.
        var attributeClass = "node"
        var currentNode: ForeignGraph.Node?
        var currentEdge: ForeignGraph.Edge?
        var dataKey: String?
        var text = ""
        /// Open elements, to catch what the parser lets through.
        var stack: [(name: String, line: Int)] = []
        var rootClosed = false

        init(file: String, dialect: Dialect) {
            self.file = file
            self.dialect = dialect
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            let line = parser.lineNumber
            if rootClosed, diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: file, line: line, problem: .elementAfterDocument(name)))
            }
            stack.append((name, line))
            switch (dialect, local(name)) {
            case (.graphML, "graphml"), (.gexf, "gexf"): sawRoot = true
            case (.graphML, "key"):
                if let id = attributes["id"] { keyNames[(attributes["for"] ?? "all") + ":" + id] = attributes["attr.name"] ?? id }
            case (.gexf, "attributes"):
                attributeClass = attributes["class"] ?? "node"
            case (.gexf, "attribute"):
                // GEXF numbers node and edge attributes separately: `0` may be both.
                if let id = attributes["id"] { keyNames[attributeClass + ":" + id] = attributes["title"] ?? id }
            case (.graphML, "graph"): graph.directed = attributes["edgedefault"] == "directed"
            case (.gexf, "graph"): graph.directed = attributes["defaultedgetype"] == "directed"
            case (_, "node"):
                guard let id = attributes["id"] else {
                    diagnostics.append(Diagnostic(file: file, line: line, problem: .rowWithout(fields: ["id"], row: .node)))
                    return
                }
                var values: [String: String] = [:]
                if dialect == .gexf, let label = attributes["label"] { values["label"] = label }
                currentNode = ForeignGraph.Node(id: id, attributes: values, line: line)
            case (_, "edge"):
                guard let source = attributes["source"], let target = attributes["target"] else {
                    diagnostics.append(Diagnostic(file: file, line: line, problem: .rowWithout(fields: ["source", "target"], row: .edge)))
                    return
                }
                var values: [String: String] = [:]
                if dialect == .gexf {
                    if let weight = attributes["weight"] { values["weight"] = weight }
                    if let label = attributes["label"] { values["label"] = label }
                }
                // GEXF's `type` says an edge's direction; networkx also writes an edge's own
                // `type` attribute there, which is kept as the partnership's type.
                if dialect == .gexf, let type = attributes["type"] {
                    if type == "directed" { graph.directed = true } else if type != "undirected", type != "mutual" { values["type"] = type }
                }
                if dialect == .graphML, attributes["directed"] == "true" { graph.directed = true }
                currentEdge = ForeignGraph.Edge(source: source, target: target, attributes: values, line: line)
            case (.graphML, "NodeLabel"):
                // yEd writes a node's name as <y:NodeLabel> inside its graphics data.
                nodeLabel = ""
            case (.graphML, "data"):
                dataKey = attributes["key"]
                text = ""
            case (.gexf, "attvalue"):
                guard let key = attributes["for"] ?? attributes["id"], let value = attributes["value"] else { return }
                let name = keyNames[(currentNode != nil ? "node:" : "edge:") + key] ?? key
                if currentNode != nil { currentNode!.attributes[name] = value } else if currentEdge != nil { currentEdge!.attributes[name] = value }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if dataKey != nil { text += string }
            if nodeLabel != nil { nodeLabel! += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let open = stack.popLast(), open.name != name, diagnostics.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        file: file, line: parser.lineNumber,
                        problem: .syntax(
                            format: format, detail: "`</\(name)>` closes `<\(open.name)>` opened on line \(open.line)")))
            }
            if stack.isEmpty { rootClosed = true }
            switch local(name) {
            case "NodeLabel":
                if let label = nodeLabel?.trimmedWhitespace, !label.isEmpty, currentNode != nil, currentNode!.attributes["label"] == nil {
                    currentNode!.attributes["label"] = label
                }
                nodeLabel = nil
                return
            case "data":
                guard let key = dataKey else { return }
                if currentNode != nil {
                    currentNode!.attributes[keyNames["node:" + key] ?? keyNames["all:" + key] ?? key] = text.trimmedWhitespace
                } else if currentEdge != nil {
                    currentEdge!.attributes[keyNames["edge:" + key] ?? keyNames["all:" + key] ?? key] = text.trimmedWhitespace
                }
                dataKey = nil
            case "node":
                if let node = currentNode { graph.nodes.append(node) }
                currentNode = nil
            case "edge":
                if let edge = currentEdge { graph.edges.append(edge) }
                currentEdge = nil
            default: break
            }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: Error) {
            if diagnostics.isEmpty {
                diagnostics.append(Diagnostic(file: file, line: parser.lineNumber, problem: .syntax(format: format, detail: Self.explain(error))))
            }
        }

        /// The parser's errors in words (their codes are libxml2's, which Foundation passes on).
        static func explain(_ error: Error) -> String {
            let code = (error as NSError).code
            switch code {
            case 76: return "a closing tag does not match the element it closes"
            case 77, 74: return "the file ends in the middle of an element; is it cut short?"
            case 5: return "there is content after the end of the document, or the document is cut short"
            case 4: return "the document is empty"
            case 9: return "a character that XML does not allow"
            case 23, 24, 26, 27: return "a broken `&…;` reference; write & as &amp;"
            case 38, 39, 40, 41: return "a broken attribute: write name=\"value\""
            default: return "the XML is broken here (libxml2 error \(code))"
            }
        }

        private var format: String { dialect == .gexf ? "GEXF" : "GraphML" }

        private func local(_ name: String) -> String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
    }
}
