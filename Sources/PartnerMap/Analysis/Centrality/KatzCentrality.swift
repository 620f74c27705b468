/// Influence through every path, long ones counting less: x = α Aᵀx + β, scaled to unit
/// length (L. Katz, "A new status index derived from sociometric analysis", Psychometrika
/// 18(1), 1953).
///
/// networkx's `katz_centrality` conventions: α = 0.1, β = 1, incoming ties on directed graphs,
/// weights as tie strengths when asked, L2-normalised. The series converges only when
/// α < 1/λ_max; otherwise every value is NaN and `maximumAlpha` says which α would work.
///
/// - Complexity: O(k·(n + m)) time for k iterations; O(n) memory besides the graph.
/// - DOI: 10.1007/BF02289026 (Katz 1953).
public struct KatzCentrality: Sendable {
    /// Each node's score, by node index; NaN when the series does not converge.
    public let scores: [Double]
    /// Whether the series converged (α below 1/λ_max).
    public let converged: Bool
    /// 1/λ_max of the adjacency matrix: α must stay below it.
    public let maximumAlpha: Double

    /// - Parameters:
    ///   - graph: the graph to measure.
    ///   - weighted: use tie strengths as the adjacency matrix's entries.
    ///   - alpha: the attenuation factor, below ``maximumAlpha`` (networkx's default 0.1).
    ///   - beta: the weight every node starts with (networkx's default 1).
    ///   - tolerance: converged when the sum of changes is below n × tolerance × the scores' length.
    ///   - maxIterations: iterations before giving up (``converged`` is then false).
    ///   - largestEigenvalue: λ_max of the graph when already known (from
    ///     ``EigenvectorCentrality`` on the same graph and weighting), so it is not computed twice.
    public init(
        _ graph: Graph, weighted: Bool = false, alpha: Double = 0.1, beta: Double = 1, tolerance: Double = 1e-15, maxIterations: Int = 100_000,
        largestEigenvalue: Double? = nil
    ) {
        let n = graph.nodeCount
        let lambda = largestEigenvalue ?? EigenvectorCentrality(graph, weighted: weighted).largestEigenvalue
        maximumAlpha = lambda > 0 ? 1 / lambda : .infinity
        guard n > 0, alpha < maximumAlpha * (1 - 1e-9) else {
            scores = [Double](repeating: .nan, count: n)
            converged = n == 0
            return
        }
        var x = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var converged = false
        for _ in 0..<maxIterations {
            graph.propagate(x, weighted: weighted, into: &next)
            var change = 0.0
            for v in 0..<n {
                next[v] = alpha * next[v] + beta
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            var size = 0.0
            for value in x { size += value * value }
            if change < Double(n) * tolerance * size.squareRoot() {
                converged = true
                break
            }
        }
        var norm = 0.0
        for value in x { norm += value * value }
        norm = norm.squareRoot()
        scores = converged && norm > 0 ? x.map { $0 / norm } : [Double](repeating: .nan, count: n)
        self.converged = converged
    }
}
