/// The share of time a random walker spends at each node, following ties in proportion to
/// their weight and jumping anywhere with probability 1 − α: on the funding view, where
/// money and attention end up.
///
/// networkx's `pagerank` conventions (L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank
/// citation ranking", Stanford, 1999): damping α = 0.85, uniform start and teleport, the rank of
/// dangling nodes (no outgoing tie) spread uniformly, weights as given (networkx's default
/// `weight='weight'`). Undirected ties are followed both ways. Iterated until the L1 change is
/// below n·10⁻¹⁵, so values sit at networkx's exact fixed point, not at its default tolerance.
///
/// - Complexity: O(k·(n + m)) time for k power iterations (at most `maxIterations`); O(n) memory besides the graph.
/// - DOI: 10.1016/S0169-7552(98)00110-X (Brin and Page 1998, the published account of the 1999 report).
public struct PageRank: Sendable {
    /// Each node's PageRank, by node index (summing to 1).
    public let scores: [Double]
    /// How many iterations it took.
    public let iterations: Int

    /// Measures a graph with networkx's defaults (damping 0.85).
    public init(_ graph: Graph, weighted: Bool = true, damping: Double = 0.85, tolerance: Double = 1e-15, maxIterations: Int = 10_000) {
        let n = graph.nodeCount
        guard n > 0 else {
            scores = []
            iterations = 0
            return
        }
        var outStrength = [Double](repeating: 0, count: n)
        for u in 0..<n {
            var total = 0.0
            for p in graph.offsets[u]..<graph.offsets[u + 1] { total += weighted ? graph.weights[p] : 1 }
            outStrength[u] = total
        }
        let dangling = (0..<n).filter { outStrength[$0] == 0 }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        var iteration = 0
        while iteration < maxIterations {
            iteration += 1
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            let base = damping * danglingSum * uniform + (1 - damping) * uniform
            for u in 0..<n { share[u] = outStrength[u] > 0 ? damping * x[u] / outStrength[u] : 0 }
            graph.propagate(share, weighted: weighted, into: &next)
            var change = 0.0
            for v in 0..<n {
                next[v] += base
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        scores = x
        iterations = iteration
    }
}
