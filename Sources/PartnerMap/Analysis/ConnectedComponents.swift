/// The groups of nodes that can reach each other: connected components of an undirected
/// graph, weakly connected components of a directed one (ties followed both ways).
///
/// Components are listed largest first; ties broken by smallest node index, so the order
/// is deterministic. Nodes within a component are in index order.
///
/// - Complexity: O(n + m) time and memory (one breadth-first search over the graph).
public struct ConnectedComponents: Sendable, Hashable {
    /// Each connected group as node indices, largest first.
    public let components: [[Int]]
    /// The component number of each node, indexing `components`.
    public let componentOfNode: [Int]

    /// Finds the connected groups of a graph (weakly connected when directed).
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var label = [Int](repeating: -1, count: n)
        var found: [[Int]] = []
        var stack: [Int] = []
        for start in 0..<n where label[start] < 0 {
            var members: [Int] = []
            label[start] = found.count
            stack.append(start)
            while let u = stack.popLast() {
                members.append(u)
                for v in graph.neighbours(of: u) where label[Int(v)] < 0 {
                    label[Int(v)] = found.count
                    stack.append(Int(v))
                }
                if graph.isDirected {
                    for v in graph.predecessors(of: u) where label[Int(v)] < 0 {
                        label[Int(v)] = found.count
                        stack.append(Int(v))
                    }
                }
            }
            found.append(members.sorted())
        }
        let order = found.indices.sorted { a, b in
            found[a].count != found[b].count ? found[a].count > found[b].count : found[a][0] < found[b][0]
        }
        var renumber = [Int](repeating: 0, count: found.count)
        for (newIndex, oldIndex) in order.enumerated() { renumber[oldIndex] = newIndex }
        self.components = order.map { found[$0] }
        self.componentOfNode = label.map { renumber[$0] }
    }

    /// How many groups there are.
    public var count: Int { components.count }

    /// Nodes with no tie at all.
    public var isolates: [Int] { components.filter { $0.count == 1 }.map { $0[0] } }
}
