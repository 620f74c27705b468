/// The share of a node's partners who are also partners of each other: 1 in a closed circle,
/// 0 for a hub whose contacts never meet.
///
/// networkx's unweighted `clustering`: 2T/(d(d−1)) with T the triangles through the node, 0
/// when d < 2 (D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world'
/// networks", Nature 393, 1998). Directed graphs are read as undirected.
///
/// - Complexity: O(Σ deg(i)²) time in the worst case (each node's neighbours checked pairwise through a mark array); O(n) memory.
/// - DOI: 10.1038/30918 (Watts and Strogatz 1998).
public struct ClusteringCoefficient: Sendable {
    /// Each node's clustering coefficient, by node index.
    public let coefficients: [Double]
    /// Triangles through each node.
    public let triangles: [Int]

    /// Measures a graph (ties read as undirected).
    public init(_ graph: Graph) {
        let g = graph.undirected()
        let n = g.nodeCount
        var mark = [Bool](repeating: false, count: n)
        var triangles = [Int](repeating: 0, count: n)
        var coefficients = [Double](repeating: 0, count: n)
        for v in 0..<n {
            let neighbours = g.neighbours(of: v)
            for u in neighbours { mark[Int(u)] = true }
            var links = 0
            for u in neighbours {
                for w in g.neighbours(of: Int(u)) where mark[Int(w)] { links += 1 }
            }
            for u in neighbours { mark[Int(u)] = false }
            triangles[v] = links / 2
            let d = neighbours.count
            coefficients[v] = d < 2 ? 0 : Double(links) / Double(d * (d - 1))
        }
        self.triangles = triangles
        self.coefficients = coefficients
    }
}
