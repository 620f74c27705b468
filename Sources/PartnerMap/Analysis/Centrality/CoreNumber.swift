/// The k-core number of each node: the largest k such that the node belongs to a group in
/// which everyone has at least k ties inside the group — the network's committed core.
///
/// Batagelj and Zaversnik's O(m) algorithm ("An O(m) algorithm for cores decomposition of
/// networks", 2003), as networkx's `core_number`; weights are ignored and on directed graphs a
/// node's degree counts ties in both directions.
///
/// - Complexity: O(n + m) time and memory (bucket sort by degree).
/// - Reference: arXiv:cs/0310049 (Batagelj and Zaversnik 2003).
public struct CoreNumber: Sendable {
    /// Each node's core number, by node index.
    public let cores: [Int]

    /// Measures a graph.
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        var degree = (0..<n).map { graph.degree(of: $0) + (graph.isDirected ? graph.inOffsets[$0 + 1] - graph.inOffsets[$0] : 0) }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 1)
        for d in degree { binStart[d] += 1 }
        var start = 0
        for d in 0...maxDegree {
            let count = binStart[d]
            binStart[d] = start
            start += count
        }
        var position = [Int](repeating: 0, count: n)
        var vertices = [Int](repeating: 0, count: n)
        for v in 0..<n {
            position[v] = binStart[degree[v]]
            vertices[position[v]] = v
            binStart[degree[v]] += 1
        }
        for d in stride(from: maxDegree, to: 0, by: -1) { binStart[d] = binStart[d - 1] }
        if maxDegree >= 0, !binStart.isEmpty { binStart[0] = 0 }
        for i in 0..<n {
            let v = vertices[i]
            let neighbours = graph.isDirected ? Array(graph.neighbours(of: v)) + Array(graph.predecessors(of: v)) : Array(graph.neighbours(of: v))
            for neighbour in neighbours {
                let u = Int(neighbour)
                if degree[u] > degree[v] {
                    let du = degree[u]
                    let pu = position[u]
                    let pw = binStart[du]
                    let w = vertices[pw]
                    if u != w {
                        position[u] = pw
                        vertices[pu] = w
                        position[w] = pu
                        vertices[pw] = u
                    }
                    binStart[du] += 1
                    degree[u] -= 1
                }
            }
        }
        cores = degree
    }
}
