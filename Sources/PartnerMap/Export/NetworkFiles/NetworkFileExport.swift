/// The network for other tools: GraphML (yEd, Cytoscape, Gephi) and GEXF (Gephi) with every
/// node and edge attribute, and JSON holding the model with the analyses' results.
public enum NetworkFileExport {
    /// What a file for another tool holds, whichever format writes it: nodes and edges with
    /// typed attributes.
    struct Table {
        enum ValueType: String {
            case string, double, int, boolean
        }
        struct Key {
            var name: String
            var type: ValueType
        }
        struct Row {
            var id: String
            var values: [String: String]
        }
        struct Link {
            var source: String
            var target: String
            var values: [String: String]
        }
        var name: String
        var directed: Bool
        var nodeKeys: [Key]
        var edgeKeys: [Key]
        var nodes: [Row]
        var edges: [Link]
        /// The edge attribute other tools read as the edge's weight.
        var weightKey: String
        /// Two edges share their ends (funding of several years).
        var multigraph: Bool {
            var seen: Set<[String]> = []
            return edges.contains { !seen.insert([$0.source, $0.target]).inserted }
        }
    }

    /// What an export holds: the collaboration view (partnerships, shared projects and seats,
    /// undirected) or the funding flows (directed, one edge per flow).
    public enum Content: String, Sendable, CaseIterable {
        case partnerships, funding
        /// Funders tied by the recipients they share (``CoFunding``).
        case coFunding = "co-funding"
    }

    static func table(_ network: Network, content: Content) -> Table {
        switch content {
        case .partnerships: collaborationTable(network)
        case .funding: fundingTable(network)
        case .coFunding: coFundingTable(network)
        }
    }

    /// The funders as nodes, an undirected edge between two that share recipients, its `weight`
    /// the number they share and its `jaccard` the share of their recipients that is common:
    /// the network of funders who could coordinate, for Gephi or networkx.
    static func coFundingTable(_ network: Network) -> Table {
        let coFunding = CoFunding(network)
        let funders = Set(network.funding.map(\.from))
        var recipients: [String: Int] = [:]
        for recipient in coFunding.recipients { for funder in recipient.funders { recipients[funder, default: 0] += 1 } }
        let rows = network.organisations.filter { funders.contains($0.id) }.map { organisation in
            var values = organisationValues(organisation)
            values["recipients"] = String(recipients[organisation.id] ?? 0)
            return Table.Row(id: organisation.id, values: values)
        }
        let edges = coFunding.pairs.map { pair in
            Table.Link(
                source: pair.funders[0], target: pair.funders[1],
                values: ["weight": String(pair.shared), "jaccard": "\(pair.jaccard)", "recipients": pair.recipients.joined(separator: ";")])
        }
        return Table(
            name: network.name, directed: false, nodeKeys: organisationKeys + [Table.Key(name: "recipients", type: .int)],
            edgeKeys: [.init(name: "weight", type: .int), .init(name: "jaccard", type: .double), .init(name: "recipients", type: .string)],
            nodes: rows, edges: edges, weightKey: "weight")
    }

    /// Node attributes of the collaboration view: the model's fields and the main measures.
    static func collaborationTable(_ network: Network) -> Table {
        let graph = CollaborationView.graph(of: network)
        let report = CentralityReport(graph, options: .init(measures: [.degree, .strength, .betweenness, .closeness, .pagerank, .constraint]))
        let communities = LouvainCommunities(graph)
        var rows: [Table.Row] = []
        for (index, organisation) in network.organisations.enumerated() {
            var values = organisationValues(organisation)
            values["community"] = String(communities.membership[index] + 1)
            for measure in [CentralityReport.Measure.degree, .strength, .betweenness, .closeness, .pagerank, .constraint] {
                let value = report.values[measure]![index]
                values[measure.rawValue] = value.isFinite ? "\(value)" : ""
            }
            rows.append(Table.Row(id: organisation.id, values: values))
        }
        let keys =
            organisationKeys + [Table.Key(name: "community", type: .int)]
            + ["degree", "strength", "betweenness", "closeness", "pagerank", "constraint"].map { Table.Key(name: $0, type: .double) }
        var edges: [Table.Link] = []
        for u in 0..<graph.nodeCount {
            for p in graph.offsets[u]..<graph.offsets[u + 1] where Int(graph.targets[p]) > u {
                edges.append(Table.Link(source: graph.nodeIDs[u], target: graph.nodeIDs[Int(graph.targets[p])], values: ["weight": "\(graph.weights[p])"]))
            }
        }
        return Table(
            name: network.name, directed: false, nodeKeys: keys, edgeKeys: [Table.Key(name: "weight", type: .double)],
            nodes: rows, edges: edges, weightKey: "weight")
    }

    /// Every funding flow as a directed edge from funder to recipient (an organisation or a
    /// project), with its amount, currency, year, dates and programme; the nodes are those that
    /// give or receive.
    static func fundingTable(_ network: Network) -> Table {
        var involved: Set<String> = []
        for flow in network.funding {
            involved.insert(flow.from)
            involved.insert(flow.to)
        }
        var rows: [Table.Row] = []
        for organisation in network.organisations where involved.contains(organisation.id) {
            var values = organisationValues(organisation)
            values["kind"] = "organisation"
            rows.append(Table.Row(id: organisation.id, values: values))
        }
        for project in network.projects where involved.contains(project.id) {
            rows.append(
                Table.Row(
                    id: project.id,
                    values: [
                        "name": project.id, "label": project.name, "kind": "project", "area": project.area ?? "",
                        "illustrative": project.illustrative ? "true" : "false", "lead": project.lead ?? "",
                    ]))
        }
        let edges = network.funding.map { flow in
            Table.Link(
                source: flow.from, target: flow.to,
                values: [
                    "amount": "\(flow.amount)", "currency": flow.currency, "year": flow.year.map(String.init) ?? "",
                    "start": flow.start?.description ?? "", "end": flow.end?.description ?? "", "programme": flow.programme ?? "",
                    "sources": flow.sources.joined(separator: ";"), "illustrative": flow.illustrative ? "true" : "false",
                ])
        }
        let nodeKeys = organisationKeys + [Table.Key(name: "kind", type: .string), Table.Key(name: "lead", type: .string)]
        let edgeKeys: [Table.Key] = [
            .init(name: "amount", type: .double), .init(name: "currency", type: .string), .init(name: "year", type: .int),
            .init(name: "start", type: .string), .init(name: "end", type: .string), .init(name: "programme", type: .string),
            .init(name: "sources", type: .string), .init(name: "illustrative", type: .boolean),
        ]
        return Table(name: network.name, directed: true, nodeKeys: nodeKeys, edgeKeys: edgeKeys, nodes: rows, edges: edges, weightKey: "amount")
    }

    private static let organisationKeys: [Table.Key] = [
        .init(name: "name", type: .string), .init(name: "label", type: .string), .init(name: "type", type: .string),
        .init(name: "sectors", type: .string), .init(name: "area", type: .string), .init(name: "illustrative", type: .boolean),
    ]

    private static func organisationValues(_ organisation: Organisation) -> [String: String] {
        // As igraph and Gephi read GraphML: `name` is the id, `label` the display name.
        [
            "name": organisation.id, "label": organisation.name, "type": organisation.type.rawValue,
            "sectors": organisation.sectors.joined(separator: ";"), "area": organisation.area ?? "",
            "illustrative": organisation.illustrative ? "true" : "false",
        ]
    }

    /// GraphML for yEd, Cytoscape, Gephi, igraph and networkx, valid against GraphML's schema:
    /// every attribute declared with its type, the funding view directed.
    public static func graphML(_ network: Network, content: Content = .partnerships) -> String {
        let table = table(network, content: content)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in table.nodeKeys {
            out += "  <key id=\"\(key.name)\" for=\"node\" attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"/>\n"
        }
        // A node key and an edge key may share a name (`illustrative`): the edge's id says so.
        let nodeKeyNames = Set(table.nodeKeys.map(\.name))
        func edgeKeyID(_ name: String) -> String { nodeKeyNames.contains(name) ? "edge_" + name : name }
        for key in table.edgeKeys {
            out += "  <key id=\"\(edgeKeyID(key.name))\" for=\"edge\" attr.name=\"\(key.name)\" attr.type=\"\(key.type.rawValue)\"/>\n"
        }
        out += "  <graph id=\"\(nmtoken(table.name))\" edgedefault=\"\(table.directed ? "directed" : "undirected")\">\n"
        for node in table.nodes {
            out += "    <node id=\"\(Escaping.xml(node.id))\">\n"
            for key in table.nodeKeys where !(node.values[key.name] ?? "").isEmpty {
                out += "      <data key=\"\(key.name)\">\(Escaping.xml(node.values[key.name]!))</data>\n"
            }
            out += "    </node>\n"
        }
        for (index, edge) in table.edges.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\">"
            for key in table.edgeKeys where !(edge.values[key.name] ?? "").isEmpty {
                out += "<data key=\"\(edgeKeyID(key.name))\">\(Escaping.xml(edge.values[key.name]!))</data>"
            }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// GEXF 1.3 for Gephi: node and edge attributes declared with their types; the edge weight
    /// is the tie's strength, or a flow's amount in the funding view.
    public static func gexf(_ network: Network, content: Content = .partnerships) -> String {
        let table = table(network, content: content)
        func gexfType(_ type: Table.ValueType) -> String {
            switch type {
            case .string: "string"
            case .double: "double"
            case .int: "integer"
            case .boolean: "boolean"
            }
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        out += "  <meta><creator>PartnerMap</creator><description>\(Escaping.xml(table.name))</description></meta>\n"
        out += "  <graph defaultedgetype=\"\(table.directed ? "directed" : "undirected")\">\n    <attributes class=\"node\">\n"
        let nodeKeys = table.nodeKeys.filter { $0.name != "name" && $0.name != "label" }
        for (index, key) in nodeKeys.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(key.name)\" type=\"\(gexfType(key.type))\"/>\n"
        }
        out += "    </attributes>\n"
        let edgeKeys = table.edgeKeys.filter { $0.name != "weight" }
        if !edgeKeys.isEmpty {
            out += "    <attributes class=\"edge\">\n"
            for (index, key) in edgeKeys.enumerated() {
                out += "      <attribute id=\"\(index)\" title=\"\(key.name)\" type=\"\(gexfType(key.type))\"/>\n"
            }
            out += "    </attributes>\n"
        }
        out += "    <nodes>\n"
        for node in table.nodes {
            out += "      <node id=\"\(Escaping.xml(node.id))\" label=\"\(Escaping.xml(node.values["label"] ?? node.id))\"><attvalues>"
            for (index, key) in nodeKeys.enumerated() where !(node.values[key.name] ?? "").isEmpty {
                out += "<attvalue for=\"\(index)\" value=\"\(Escaping.xml(node.values[key.name]!))\"/>"
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, edge) in table.edges.enumerated() {
            out += "      <edge id=\"\(index)\" source=\"\(Escaping.xml(edge.source))\" target=\"\(Escaping.xml(edge.target))\" weight=\"\(edge.values[table.weightKey] ?? "1")\""
            let values = edgeKeys.enumerated().filter { !(edge.values[$0.element.name] ?? "").isEmpty }
            if values.isEmpty {
                out += "/>\n"
            } else {
                out +=
                    "><attvalues>" + values.map { "<attvalue for=\"\($0.offset)\" value=\"\(Escaping.xml(edge.values[$0.element.name]!))\"/>" }.joined() + "</attvalues></edge>\n"
            }
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The export as networkx's node-link data (networkx 3.6 defaults: `nodes`, `edges`,
    /// `source`, `target`, `id`, and `key` for the funding view's parallel flows), so that
    /// `networkx.node_link_graph(json.load(f))` gives the same graph with every attribute;
    /// numbers stay numbers.
    public static func nodeLink(_ network: Network, content: Content = .partnerships) throws -> String {
        let table = table(network, content: content)
        func typed(_ value: String, _ type: Table.ValueType) -> JSONValue {
            switch type {
            case .string: .string(value)
            case .double: Double(value).map(JSONValue.number) ?? .string(value)
            case .int: Int(value).map(JSONValue.integer) ?? .string(value)
            case .boolean: .bool(value == "true")
            }
        }
        func members(_ values: [String: String], keys: [Table.Key]) -> [String: JSONValue] {
            var members: [String: JSONValue] = [:]
            for key in keys {
                guard let value = values[key.name], !value.isEmpty else { continue }
                members[key.name] = typed(value, key.type)
            }
            return members
        }
        let nodeKeys = table.nodeKeys.filter { $0.name != "name" }
        let nodes: [JSONValue] = table.nodes.map { node in
            .object(members(node.values, keys: nodeKeys).merging(["id": .string(node.id)]) { _, id in id })
        }
        let multigraph = table.multigraph
        var keys: [[String]: Int] = [:]
        let edges: [JSONValue] = table.edges.map { edge in
            var object = members(edge.values, keys: table.edgeKeys)
            object["source"] = .string(edge.source)
            object["target"] = .string(edge.target)
            if multigraph {
                let pair = table.directed ? [edge.source, edge.target] : [edge.source, edge.target].sorted()
                object["key"] = .integer(keys[pair, default: 0])
                keys[pair, default: 0] += 1
            }
            return .object(object)
        }
        return try JSONOutput.string(
            JSONValue.object([
                "directed": .bool(table.directed), "multigraph": .bool(multigraph), "graph": .object(["name": .string(table.name)]),
                "nodes": .array(nodes), "edges": .array(edges),
            ])) + "\n"
    }

    /// The model as its Codable JSON, with centrality, overlap, gaps and communities.
    public static func json(_ network: Network, language: ReportLanguage = .en) throws -> String {
        let sentences = FindingSentences(language: language, network: network)
        let nodes = collaborationTable(network).nodes
        let model = try JSONOutput.string(network)
        let overlap = OverlapFinder(network)
        let gaps = GapFinder(network).gaps
        let results: JSONValue = .object([
            "organisations": .array(
                nodes.map { row in
                    .object(row.values.mapValues { value in Double(value).map(JSONValue.number) ?? .string(value) }.merging(["id": .string(row.id)]) { a, _ in a })
                }),
            "overlap": .array(
                overlap.pairs.map { .object(["projects": .array($0.projects.map(JSONValue.string)), "score": .number($0.score), "class": .string($0.kind.rawValue)]) }),
            "gaps": .array(
                gaps.map { .object(["kind": .string($0.kind.rawValue), "subjects": .array($0.subjects.map(JSONValue.string)), "message": .string(sentences.message($0))]) }),
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
