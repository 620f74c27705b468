/// A network given as bare nodes and ties, with no organisations or projects behind them:
/// what an edge list or a DOT file holds. PartnerMap measures it like any other view.
public struct PlainGraph: Sendable, Hashable {
    /// The graph's name, from the file or its file name.
    public var name: String
    /// Node ids in the order they first appear.
    public var nodes: [String]
    /// Ties between node indices.
    public var edges: [PlainEdge]
    /// Whether ties have a direction (funding, a directed edge list).
    public var isDirected: Bool
    /// What each node is called, in `nodes`' order, when the file names them (a DOT or GraphML
    /// `label`); empty when it does not.
    public var labels: [String] = []

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(name: String, nodes: [String] = [], edges: [PlainEdge] = [], isDirected: Bool = false) {
        self.name = name
        self.nodes = nodes
        self.edges = edges
        self.isDirected = isDirected
    }

    /// A graph from ties between ids; ids not in `nodes` are added in order of appearance.
    public init(name: String, nodes: [String] = [], ties: [(String, String, Double)], isDirected: Bool = false) {
        var ids = nodes
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        func node(_ id: String) -> Int {
            if let known = index[id] { return known }
            index[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
        let edges = ties.map { PlainEdge(node($0.0), node($0.1), weight: $0.2) }
        self.init(name: name, nodes: ids, edges: edges, isDirected: isDirected)
    }
}

/// One tie of a ``PlainGraph``, between node indices; the weight is a strength (bigger is closer).
public struct PlainEdge: Sendable, Hashable {
    /// The index of the node the edge leaves.
    public var source: Int
    /// The index of the node the edge reaches.
    public var target: Int
    /// The edge's weight, 1 unless the file gives one.
    public var weight: Double

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(_ source: Int, _ target: Int, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}
