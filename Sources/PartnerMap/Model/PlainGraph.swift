/// A network given as bare nodes and ties, with no organisations or projects behind them:
/// what an edge list or a DOT file holds. PartnerMap measures it like any other view.
public struct PlainGraph: Sendable, Hashable {
    public var name: String
    /// Node ids in the order they first appear.
    public var nodes: [String]
    public var edges: [PlainEdge]
    public var isDirected: Bool

    public init(name: String, nodes: [String] = [], edges: [PlainEdge] = [], isDirected: Bool = false) {
        self.name = name
        self.nodes = nodes
        self.edges = edges
        self.isDirected = isDirected
    }
}

/// One tie of a ``PlainGraph``; the weight is a strength (bigger is closer).
public struct PlainEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var weight: Double

    public init(_ source: String, _ target: String, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}
