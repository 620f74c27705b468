import Foundation

/// A GraphML or GEXF graph from another network tool as a PartnerMap network: each node an
/// organisation, each edge a partnership.
///
/// The name comes from the `label` (else `name`) attribute, the type from `type` (or
/// `category`, `kind`) when it names an organisation type, the sectors from `sector`/`sectors`
/// (split on `;` or `,`), the area from `area`/`city`/`region`; edge weights become tie
/// strengths, rescaled to 1–5 when they fall outside it (the report says so). Edges between
/// the same two nodes become one partnership with the strongest weight.
public enum ForeignGraphImporter {
    /// A GraphML or GEXF file as a network, its attributes mapped to fields.
    public static func read(_ path: String, dialect: XMLGraphReader.Dialect) throws(NetworkLoadError) -> ImportResult {
        let data: Data
        switch TextFile.read(path) {
        case .failure(let diagnostic): throw NetworkLoadError([diagnostic])
        case .success(let text): data = Data(text.utf8)
        }
        let graph: ForeignGraph
        switch XMLGraphReader.read(data, file: path, dialect: dialect) {
        case .failure(let error): throw error
        case .success(let value): graph = value
        }
        return convert(graph, file: path, format: dialect == .gexf ? "GEXF" : "GraphML")
    }

    /// A graph from another tool (DOT, an edge list) as a network, by the same rules as
    /// GraphML: nodes as organisations, ties as partnerships.
    public static func network(_ graph: ForeignGraph, file: String, format: String) -> Network {
        convert(graph, file: file, format: format).network
    }

    static func convert(_ graph: ForeignGraph, file: String, format: String) -> ImportResult {
        // The nodes in the order plainGraph(name:) gives them (declared, then first named by an
        // edge; ids in composed form), without copying the graph: a ten-million-node edge list
        // held three copies of it at once.
        func nfc(_ id: String) -> String { id.utf8.allSatisfy { $0 < 0x80 } ? id : id.precomposedStringWithCanonicalMapping }
        var nodeOrder: [String] = []
        nodeOrder.reserveCapacity(graph.nodes.count)
        var seen = Set<String>(minimumCapacity: graph.nodes.count)
        for node in graph.nodes {
            let id = nfc(node.id)
            nodeOrder.append(id)
            seen.insert(id)
        }
        for edge in graph.edges {
            for id in [nfc(edge.source), nfc(edge.target)] where seen.insert(id).inserted { nodeOrder.append(id) }
        }
        seen = []
        let byID = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var ids = ImportIDs()
        var organisationID: [String: String] = [:]
        var organisations: [Organisation] = []
        let sourceID = "import"
        // One list shared by every entry (copy on write): a list per entry was 15 million
        // allocations for an edge list of ten million nodes.
        let sources = [sourceID]
        for id in nodeOrder {
            let attributes = byID[id]?.attributes ?? [:]
            func value(_ keys: String...) -> String? {
                for key in keys { if let found = attributes.first(where: { $0.key.lowercased() == key })?.value, !found.isEmpty { return found } }
                return nil
            }
            let name = value("label", "name") ?? id
            let newID = NetworkBuilder.isValidID(id) && !ids.isUsed(id) ? id : ids.make(name)
            ids.reserve(newID)
            organisationID[id] = newID
            let typeText = value("type", "category", "kind")?.lowercased().replacingOccurrences(of: " ", with: "-")
            let sectors = (value("sectors", "sector") ?? "").split { $0 == ";" || $0 == "," }.map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            organisations.append(
                Organisation(
                    id: newID, name: name, type: typeText.flatMap { OrganisationType(rawValue: $0) ?? NetworkBuilder.typeAliases[$0] } ?? .other,
                    sectors: sectors, area: value("area", "city", "region"), sources: sources))
        }
        // One partnership per pair, with the last weight given, as networkx reads a repeated edge
        // into a simple graph (and as `centrality` reads the same file).
        /// A pair of organisations, either way round.
        struct PairKey: Hashable {
            var low: String
            var high: String
            init(_ a: String, _ b: String) { (low, high) = a < b ? (a, b) : (b, a) }
        }
        var strongest: [PairKey: (weight: Double, type: String?)] = [:]
        var order: [(String, String)] = []
        var parallel = 0
        for edge in graph.edges where edge.source != edge.target {
            let pair = (organisationID[edge.source]!, organisationID[edge.target]!)
            let key = PairKey(pair.0, pair.1)
            let weight = ForeignGraph.weight(edge) ?? 1
            let type = edge.attributes.first { ["type", "label", "relationship"].contains($0.key.lowercased()) }?.value
            if let earlier = strongest[key] {
                parallel += 1
                strongest[key] = (weight, type ?? earlier.type)
            } else {
                strongest[key] = (weight, type)
                order.append(pair)
            }
        }
        var report: [ImportNote] = [.readGraph(nodes: graph.nodes.count, edges: graph.edges.count, file: file, format: format, directed: graph.directed)]
        if parallel > 0 { report.append(.repeatedEdgesMerged(parallel)) }
        let loops = graph.edges.filter { $0.source == $0.target }.count
        if loops > 0 { report.append(.loopsLeftOut(loops)) }
        if graph.directed { report.append(.directionDropped) }
        let weights = order.map { strongest[PairKey($0.0, $0.1)]!.weight }
        let low = weights.min() ?? 1
        let high = weights.max() ?? 1
        let rescale = low < 1 || high > 5
        if rescale {
            report.append(.weightsRescaled(low: low, high: high))
        }
        let partnerships = order.map { pair -> Partnership in
            let (weight, type) = strongest[PairKey(pair.0, pair.1)]!
            let strength = rescale ? (high > low ? 1 + 4 * (weight - low) / (high - low) : 1) : weight
            return Partnership(pair.0, pair.1, type: type, weight: strength, sources: sources)
        }
        report.append(.organisationsAndPartnerships(organisations.count, partnerships.count))
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let source = Source(id: sourceID, title: "\(format) file " + URL(fileURLWithPath: file).lastPathComponent)
        return ImportResult(network: Network(name: name, sources: [source], organisations: organisations, partnerships: partnerships), notes: report)
    }
}
