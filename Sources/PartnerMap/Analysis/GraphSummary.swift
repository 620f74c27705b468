/// Size and connectedness of any graph, for edge lists that have no organisations to count.
public struct GraphSummary: Sendable, Hashable, Codable {
    /// The graph's name.
    public var name: String
    /// Whether its ties have a direction.
    public var directed: Bool
    /// How many nodes it has.
    public var nodes: Int
    /// How many ties it has.
    public var ties: Int
    /// The share of possible ties that exist.
    public var density: Double
    /// Connected groups (weakly connected on a directed graph).
    public var components: Int
    /// Nodes in the largest group.
    public var largestComponent: Int
    /// Nodes with no tie.
    public var isolated: [String]

    /// Counts a graph.
    ///
    /// - Parameters:
    ///   - graph: the graph to summarise.
    ///   - name: its name, as the output shows it.
    public init(_ graph: Graph, name: String) {
        let components = ConnectedComponents(graph)
        self.name = name
        directed = graph.isDirected
        nodes = graph.nodeCount
        ties = graph.edgeCount
        density = graph.density
        self.components = components.count
        largestComponent = components.components.first?.count ?? 0
        isolated = components.isolates.map { graph.nodeIDs[$0] }
    }
}
