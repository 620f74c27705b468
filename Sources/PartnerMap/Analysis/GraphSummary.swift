/// Size and connectedness of any graph, for edge lists that have no organisations to count.
public struct GraphSummary: Sendable, Hashable, Codable {
    public var name: String
    public var directed: Bool
    public var nodes: Int
    public var ties: Int
    public var density: Double
    public var components: Int
    public var largestComponent: Int
    public var isolated: [String]

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
