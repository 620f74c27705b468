import CGraphviz
import Foundation
import PartnerMap

/// Reads DOT through Graphviz's own parser (cgraph), for DOT files given as input and to
/// check that PartnerMap's DOT output reads back exactly.
public enum DOTReader: DOTParsing {
    /// A DOT graph as cgraph read it: names and attribute values as strings, in file order.
    public struct Parsed: Sendable, Equatable {
        public struct Node: Sendable, Equatable {
            public var name: String
            public var attributes: [String: String]
            /// Attributes written as HTML-like strings (`label=<<b>A</b>>`), whose value is markup.
            public var htmlAttributes: Set<String> = []
        }
        public struct Edge: Sendable, Equatable {
            public var tail: String
            public var head: String
            public var attributes: [String: String]
        }
        public struct Subgraph: Sendable, Equatable {
            public var name: String
            public var attributes: [String: String]
            /// Nodes in this subgraph and its subgraphs.
            public var nodes: [String]
            public var subgraphs: [Subgraph]
        }
        public var name: String
        public var directed: Bool
        public var attributes: [String: String]
        public var nodes: [Node]
        public var edges: [Edge]
        public var subgraphs: [Subgraph]
        /// Graphs the text holds after this one, which are not read.
        public var otherGraphs = 0
    }

    /// Parses DOT text; Graphviz's message on failure. With `keepDefaults`, node and edge
    /// attributes include the values they take from `node [...]` and `edge [...]` defaults (what
    /// Graphviz itself applies, as `gvpr` shows); without, only what each sets itself.
    public static func parse(_ text: String, keepDefaults: Bool = false) throws(GraphvizError) -> Parsed {
        // cgraph is not thread-safe either: parse under the renderer's lock.
        let renderer = try GraphvizRenderer.shared()
        return try renderer.withGraph(text, countingOthers: true) { graph, others in
            /// The object's attributes; those written as HTML-like strings are added to `html`.
            func attributes(_ object: UnsafeMutableRawPointer, kind: Int32, html: UnsafeMutablePointer<Set<String>>? = nil) -> [String: String] {
                var result: [String: String] = [:]
                var symbol = agnxtattr(graph, kind, nil)
                while let current = symbol {
                    let name = String(cString: current.pointee.name)
                    if let value = agxget(object, current) {
                        if let html, aghtmlstr(value) != 0 { html.pointee.insert(String(cString: current.pointee.name)) }
                        let text = String(cString: value)
                        let fallback = current.pointee.defval.map { String(cString: $0) } ?? ""
                        if text != fallback || kind == Int32(AGRAPH) || keepDefaults { result[name] = text }
                    }
                    symbol = agnxtattr(graph, kind, current)
                }
                return result.filter { !$0.value.isEmpty }
            }
            func subgraphs(of parent: UnsafeMutablePointer<Agraph_t>) -> [Parsed.Subgraph] {
                var result: [Parsed.Subgraph] = []
                var sub = agfstsubg(parent)
                while let current = sub {
                    var nodes: [String] = []
                    var node = agfstnode(current)
                    while let n = node {
                        nodes.append(String(cString: agnameof(UnsafeMutableRawPointer(n))))
                        node = agnxtnode(current, n)
                    }
                    var own: [String: String] = [:]
                    var symbol = agnxtattr(graph, Int32(AGRAPH), nil)
                    while let s = symbol {
                        if let value = agxget(UnsafeMutableRawPointer(current), s) {
                            let text = String(cString: value)
                            let root = agxget(UnsafeMutableRawPointer(graph), s).map { String(cString: $0) } ?? ""
                            if !text.isEmpty, text != root { own[String(cString: s.pointee.name)] = text }
                        }
                        symbol = agnxtattr(graph, Int32(AGRAPH), s)
                    }
                    result.append(
                        Parsed.Subgraph(
                            name: String(cString: agnameof(UnsafeMutableRawPointer(current))), attributes: own,
                            nodes: nodes, subgraphs: subgraphs(of: current)))
                    sub = agnxtsubg(current)
                }
                return result
            }
            var parsed = Parsed(
                name: String(cString: agnameof(UnsafeMutableRawPointer(graph))), directed: agisdirected(graph) != 0,
                attributes: attributes(UnsafeMutableRawPointer(graph), kind: Int32(AGRAPH)), nodes: [], edges: [], subgraphs: [])
            var node = agfstnode(graph)
            while let n = node {
                var html: Set<String> = []
                let values = attributes(UnsafeMutableRawPointer(n), kind: Int32(AGNODE), html: &html)
                parsed.nodes.append(Parsed.Node(name: String(cString: agnameof(UnsafeMutableRawPointer(n))), attributes: values, htmlAttributes: html))
                node = agnxtnode(graph, n)
            }
            node = agfstnode(graph)
            while let n = node {
                var edge = agfstout(graph, n)
                while let e = edge {
                    parsed.edges.append(
                        Parsed.Edge(
                            tail: String(cString: agnameof(UnsafeMutableRawPointer(partnermap_tail(e)))),
                            head: String(cString: agnameof(UnsafeMutableRawPointer(partnermap_head(e)))),
                            attributes: attributes(UnsafeMutableRawPointer(e), kind: Int32(AGEDGE))))
                    edge = agnxtout(graph, e)
                }
                node = agnxtnode(graph, n)
            }
            parsed.subgraphs = subgraphs(of: graph)
            parsed.otherGraphs = others
            return parsed
        }
    }

    /// A DOT file as a graph from another tool: nodes in file order with their attributes (a
    /// `label` is the node's name), edges with theirs, defaults and chains applied as Graphviz
    /// applies them (`edge [weight=2]`, `a -- b -- c [weight=2]`). The same checks and notes as
    /// GraphML follow from it (``ForeignGraph/weightProblems(file:)``, ``ForeignGraph/warnings(file:)``).
    public static func foreignGraph(_ text: String) throws(GraphvizError) -> ForeignGraph {
        let parsed = try parse(text, keepDefaults: true)
        let nodes = parsed.nodes.map { node in
            var attributes = node.attributes
            if let label = attributes["label"] {
                // A label is what people call the node: its text, without markup or line breaks.
                let text = node.htmlAttributes.contains("label") ? Self.plainText(html: label) : Self.plainText(escaped: label, name: node.name)
                attributes["label"] = text.isEmpty || text == node.name ? nil : text
            }
            return ForeignGraph.Node(id: node.name, attributes: attributes, line: 0)
        }
        let edges = parsed.edges.map { ForeignGraph.Edge(source: $0.tail, target: $0.head, attributes: $0.attributes, line: 0) }
        var graph = ForeignGraph(nodes: nodes, edges: edges, directed: parsed.directed)
        graph.otherGraphs = parsed.otherGraphs
        return graph
    }

    /// The text of an HTML-like label: tags dropped, `<br/>` as a space, entities decoded.
    static func plainText(html: String) -> String {
        var text = html.replacing(/<br\s*\/?>/.ignoresCase(), with: " ")
        text = text.replacing(/<[^>]*>/, with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&nbsp;", "\u{A0}")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        text = text.replacing(/&#(x?)([0-9A-Fa-f]+);/) { match in
            UInt32(match.2, radix: match.1.isEmpty ? 10 : 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.0)
        }
        text = text.replacingOccurrences(of: "&amp;", with: "&")
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text of an ordinary label: Graphviz's escapes `\N` (the node's name) and the line
    /// breaks `\n`, `\l`, `\r` read as spaces.
    static func plainText(escaped label: String, name: String) -> String {
        var text = label.replacingOccurrences(of: "\\N", with: name)
        for lineBreak in ["\\n", "\\l", "\\r"] { text = text.replacingOccurrences(of: lineBreak, with: " ") }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// DOT for ``NetworkLoader``: `NetworkLoader.read(path:dot: DOTReader.self)`.
    public static func foreignGraph(dot text: String) -> Result<ForeignGraph, DOTSyntaxError> {
        do {
            return .success(try foreignGraph(text))
        } catch {
            return .failure(DOTSyntaxError(error.description))
        }
    }

    /// A DOT file as a plain graph to measure: nodes in file order, ties with their `weight`
    /// (1 when absent) as strength, labels as names.
    public static func plainGraph(_ text: String, name: String) throws(GraphvizError) -> PlainGraph {
        try foreignGraph(text).plainGraph(name: name)
    }
}
