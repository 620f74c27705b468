/// The network for other tools: GraphML (yEd, Cytoscape, Gephi) and GEXF (Gephi) with every
/// node and edge attribute, and JSON holding the model with the analyses' results.
public enum NetworkFileExport {
    /// XML text with `&`, `<`, `>`, quotes escaped and characters XML forbids dropped.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    struct NodeRow {
        var id: String
        var values: [String: String]
    }

    /// Node attributes of the collaboration view: the model's fields and the main measures.
    static func rows(_ network: Network) -> (graph: Graph, nodes: [NodeRow], keys: [String]) {
        let graph = CollaborationView.graph(of: network)
        let report = CentralityReport(graph, options: .init(measures: [.degree, .strength, .betweenness, .closeness, .pagerank, .constraint]))
        let communities = LouvainCommunities(graph)
        var rows: [NodeRow] = []
        for (index, organisation) in network.organisations.enumerated() {
            var values: [String: String] = [
                // As igraph and Gephi read GraphML: `name` is the id, `label` the display name.
                "name": organisation.id, "label": organisation.name, "type": organisation.type.rawValue, "sectors": organisation.sectors.joined(separator: ";"),
                "area": organisation.area ?? "", "illustrative": organisation.illustrative ? "true" : "false",
                "community": String(communities.membership[index] + 1),
            ]
            for measure in [CentralityReport.Measure.degree, .strength, .betweenness, .closeness, .pagerank, .constraint] {
                let value = report.values[measure]![index]
                values[measure.rawValue] = value.isFinite ? "\(value)" : ""
            }
            rows.append(NodeRow(id: organisation.id, values: values))
        }
        let keys = ["name", "label", "type", "sectors", "area", "illustrative", "community", "degree", "strength", "betweenness", "closeness", "pagerank", "constraint"]
        return (graph, rows, keys)
    }

    static let numericKeys: Set<String> = ["degree", "strength", "betweenness", "closeness", "pagerank", "constraint", "community"]

    public static func graphML(_ network: Network) -> String {
        let (graph, nodes, keys) = rows(network)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in keys {
            out += "  <key id=\"\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"\(numericKeys.contains(key) ? "double" : "string")\"/>\n"
        }
        out += "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        out += "  <graph id=\"\(nmtoken(network.name))\" edgedefault=\"undirected\">\n"
        for node in nodes {
            out += "    <node id=\"\(xml(node.id))\">\n"
            for key in keys where !(node.values[key] ?? "").isEmpty { out += "      <data key=\"\(key)\">\(xml(node.values[key]!))</data>\n" }
            out += "    </node>\n"
        }
        var edge = 0
        for u in 0..<graph.nodeCount {
            for p in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[p]) > u {
                out += "    <edge id=\"e\(edge)\" source=\"\(xml(graph.nodeIDs[u]))\" target=\"\(xml(graph.nodeIDs[Int(graph.targets[p])]))\"><data key=\"weight\">\(graph.weights[p])</data></edge>\n"
                edge += 1
            }
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    public static func gexf(_ network: Network) -> String {
        let (graph, nodes, keys) = rows(network)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        out += "  <meta><creator>PartnerMap</creator><description>\(xml(network.name))</description></meta>\n"
        out += "  <graph defaultedgetype=\"undirected\">\n    <attributes class=\"node\">\n"
        let attributeKeys = keys.filter { $0 != "name" && $0 != "label" }
        for (index, key) in attributeKeys.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(key)\" type=\"\(numericKeys.contains(key) ? "double" : "string")\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        for node in nodes {
            out += "      <node id=\"\(xml(node.id))\" label=\"\(xml(node.values["label"] ?? node.id))\"><attvalues>"
            for (index, key) in attributeKeys.enumerated() where !(node.values[key] ?? "").isEmpty {
                out += "<attvalue for=\"\(index)\" value=\"\(xml(node.values[key]!))\"/>"
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        var edge = 0
        for u in 0..<graph.nodeCount {
            for p in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[p]) > u {
                out += "      <edge id=\"\(edge)\" source=\"\(xml(graph.nodeIDs[u]))\" target=\"\(xml(graph.nodeIDs[Int(graph.targets[p])]))\" weight=\"\(graph.weights[p])\"/>\n"
                edge += 1
            }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The collaboration view as networkx's node-link data (networkx 3.6 defaults: `nodes`,
    /// `edges`, `source`, `target`, `id`), so that `networkx.node_link_graph(json.load(f))`
    /// gives the same graph with every node attribute; numbers stay numbers.
    public static func nodeLink(_ network: Network) throws -> String {
        let (graph, nodes, keys) = rows(network)
        let nodeValues: [JSONValue] = nodes.map { node in
            var members: [String: JSONValue] = ["id": .string(node.id)]
            for key in keys where key != "name" {
                guard let value = node.values[key], !value.isEmpty else { continue }
                if key == "community", let number = Int(value) { members[key] = .integer(number) }
                else if numericKeys.contains(key), let number = Double(value) { members[key] = .number(number) }
                else if key == "illustrative" { members[key] = .bool(value == "true") }
                else { members[key] = .string(value) }
            }
            return .object(members)
        }
        var edges: [JSONValue] = []
        for u in 0..<graph.nodeCount {
            for p in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[p]) > u {
                edges.append(.object(["source": .string(graph.nodeIDs[u]), "target": .string(graph.nodeIDs[Int(graph.targets[p])]),
                                      "weight": .number(graph.weights[p])]))
            }
        }
        return try JSONOutput.string(JSONValue.object([
            "directed": .bool(false), "multigraph": .bool(false), "graph": .object(["name": .string(network.name)]),
            "nodes": .array(nodeValues), "edges": .array(edges),
        ])) + "\n"
    }

    /// The model as its Codable JSON, with centrality, overlap, gaps and communities.
    public static func json(_ network: Network, language: ReportLanguage = .en) throws -> String {
        let sentences = FindingSentences(language: language, network: network)
        let (_, nodes, _) = rows(network)
        let model = try JSONOutput.string(network)
        let overlap = OverlapFinder(network)
        let gaps = GapFinder(network).gaps
        let results: JSONValue = .object([
            "organisations": .array(nodes.map { row in
                .object(row.values.mapValues { value in Double(value).map(JSONValue.number) ?? .string(value) }.merging(["id": .string(row.id)]) { a, _ in a })
            }),
            "overlap": .array(overlap.pairs.map { .object(["projects": .array($0.projects.map(JSONValue.string)), "score": .number($0.score), "class": .string($0.kind.rawValue)]) }),
            "gaps": .array(gaps.map { .object(["kind": .string($0.kind.rawValue), "subjects": .array($0.subjects.map(JSONValue.string)), "message": .string(sentences.message($0))]) }),
        ])
        let analyses = try JSONOutput.string(results)
        return "{\n\"network\": " + model + ",\n\"analyses\": " + analyses + "\n}\n"
    }

    /// A graph id as GraphML's schema requires it (an XML NMTOKEN: letters, digits, `.`, `-`,
    /// `_`, `:`; no spaces): the network's name with every other character as `_`; `G` when
    /// nothing is left, as networkx writes it.
    static func nmtoken(_ name: String) -> String {
        let token = String(name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" || $0 == ":" ? $0 : "_" })
        return token.isEmpty ? "G" : token
    }
}
