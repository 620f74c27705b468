/// How many ties a node has (degree) and how strong they are together (strength), as
/// networkx's `G.degree()` and `G.degree(weight='weight')`: on directed graphs, incoming and
/// outgoing ties together.
///
/// - Complexity: O(n + m) time and memory for n nodes and m ties.
/// - DOI: 10.1016/0378-8733(78)90021-7 (Freeman 1978, degree as a measure of centrality).
public struct DegreeCentrality: Sendable {
    /// Each node's number of ties, by node index.
    public let degree: [Double]
    /// Each node's sum of tie weights, by node index.
    public let strength: [Double]

    /// Measures a graph.
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var degree = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var total = 0.0
            for p in graph.offsets[v]..<graph.offsets[v + 1] { total += graph.weights[p] }
            var count = graph.offsets[v + 1] - graph.offsets[v]
            if graph.isDirected {
                for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] { total += graph.inWeights[p] }
                count += graph.inOffsets[v + 1] - graph.inOffsets[v]
            }
            degree[v] = Double(count)
            strength[v] = total
        }
        self.degree = degree
        self.strength = strength
    }
}
