/// A node is central when its neighbours are central: the leading eigenvector of the
/// adjacency matrix, the organisations tied to other well-tied organisations.
///
/// Matches networkx's `eigenvector_centrality_numpy` (P. Bonacich, "Power and centrality: a
/// family of measures", American Journal of Sociology 92(5), 1987): the Perron vector of A
/// (weighted by tie strength when asked), scaled to unit Euclidean length and positive. It is
/// found by power iteration on A + I from a uniform start, as networkx's iterative version does
/// (the shift keeps bipartite graphs from oscillating), run to convergence rather than to
/// networkx's loose default tolerance. On a disconnected graph this is the vector of the
/// component with the largest eigenvalue, zero elsewhere (networkx's exact version refuses
/// disconnected graphs; its iterative one gives this). Directed graphs use incoming ties.
///
/// - Complexity: O(k·(n + m)) time for k power iterations; O(n) memory besides the graph.
/// - DOI: 10.1086/228631 (Bonacich 1987).
public struct EigenvectorCentrality: Sendable {
    /// Each node's score, by node index (unit length, as networkx scales it).
    public let scores: [Double]
    /// The largest eigenvalue of A, estimated from the iteration (used to check Katz's α).
    public let largestEigenvalue: Double
    /// Whether the iteration converged within its limit.
    public let converged: Bool

    /// Measures a graph; the iteration stops at `tolerance` or after `maxIterations`.
    public init(_ graph: Graph, weighted: Bool = false, tolerance: Double = 1e-15, maxIterations: Int = 100_000) {
        let n = graph.nodeCount
        guard n > 0 else {
            scores = []
            largestEigenvalue = 0
            converged = true
            return
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var converged = false
        var lambda = 0.0
        for _ in 0..<maxIterations {
            graph.propagate(x, weighted: weighted, into: &next)
            for v in 0..<n { next[v] += x[v] }
            var norm = 0.0
            for value in next { norm += value * value }
            norm = norm.squareRoot()
            guard norm > 0 else { break }
            var change = 0.0
            var previousNorm = 0.0
            for value in x { previousNorm += value * value }
            lambda = norm / previousNorm.squareRoot() - 1
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance {
                converged = true
                break
            }
        }
        var sum = 0.0
        for value in x { sum += value }
        if sum < 0 { x = x.map { -$0 } }
        scores = x
        largestEigenvalue = lambda
        self.converged = converged
    }
}
