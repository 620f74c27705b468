/// How near a node is to everyone else: closeness (the inverse of the average distance) and
/// harmonic centrality (the sum of inverse distances), the organisations that reach the whole
/// network in few steps.
///
/// Conventions of networkx's `closeness_centrality` and `harmonic_centrality`:
/// - closeness with the Wasserman–Faust correction for disconnected graphs,
///   C(u) = (r−1)/Σd · (r−1)/(n−1), r the number of nodes that reach u (u included), 0 for a
///   node nobody reaches (S. Wasserman and K. Faust, *Social Network Analysis*, 1994);
/// - harmonic H(u) = Σ_v 1/d(v,u), not normalised (M. Marchiori and V. Latora, "Harmony in the
///   small-world", Physica A 285, 2000);
/// - on directed graphs both use incoming distances (how near others are to u);
/// - weighted distances are 1/weight, weights being tie strengths.
///
/// - Complexity: O(n·m) time unweighted (a breadth-first search per node), O(n·m + n² log n) weighted; O(n + m) memory.
/// - DOI: 10.1016/S0378-4371(00)00311-3 (Latora and Marchiori 2000, harmonic centrality's source).
public struct ClosenessCentrality: Sendable {
    /// Each node's closeness, by node index.
    public let closeness: [Double]
    /// Each node's harmonic centrality, by node index.
    public let harmonic: [Double]

    /// Measures a graph; `weighted` reads distances as 1/weight.
    public init(_ graph: Graph, weighted: Bool = false) {
        let n = graph.nodeCount
        let lengths = weighted ? graph.inWeights.map { 1 / $0 } : []
        let partitions = min(DeterministicParallel.partitions, max(1, n))
        let parts = DeterministicParallel.map(partitions: partitions) { partition, count in
            var search = DistanceSearch(nodes: n)
            var results: [(source: Int, sums: DistanceSums)] = []
            var u = partition
            while u < n {
                let sums =
                    weighted
                    ? search.dijkstra(from: u, offsets: graph.inOffsets, neighbours: graph.inSources, lengths: lengths)
                    : search.breadthFirst(from: u, offsets: graph.inOffsets, neighbours: graph.inSources)
                results.append((u, sums))
                u += count
            }
            return results
        }
        self.init(nodeCount: n, distanceSums: parts.joined())
    }

    /// From each node's distance sums, tallied by a sweep that searched from every node (the
    /// exact betweenness sweep does so on undirected, unweighted graphs).
    init<S: Sequence>(nodeCount n: Int, distanceSums: S) where S.Element == (source: Int, sums: DistanceSums) {
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for (node, sums) in distanceSums {
            closeness[node] = Self.closeness(sums, nodeCount: n)
            harmonic[node] = sums.inverse
        }
        self.closeness = closeness
        self.harmonic = harmonic
    }

    /// Closeness of a few nodes only (the organisations a report lists), each the value the
    /// whole computation gives it, without searching from every node: on 100,000 organisations
    /// the whole computation takes a quarter of an hour, a few nodes a fraction of a second.
    static func closeness(of nodes: [Int], in graph: Graph) -> [Double] {
        var search = DistanceSearch(nodes: graph.nodeCount)
        return nodes.map { node in
            closeness(search.breadthFirst(from: node, offsets: graph.inOffsets, neighbours: graph.inSources), nodeCount: graph.nodeCount)
        }
    }

    /// Wasserman–Faust closeness from what one search found.
    private static func closeness(_ sums: DistanceSums, nodeCount n: Int) -> Double {
        guard sums.total > 0, n > 1 else { return 0 }
        return Double(sums.reached - 1) / sums.total * (Double(sums.reached - 1) / Double(n - 1))
    }
}

/// What one search from a node finds: how many nodes it reaches (the node included), the sum
/// of their distances and the sum of their inverse distances.
struct DistanceSums {
    var reached: Int
    var total: Double
    var inverse: Double
}

/// Single-source distances by breadth-first search or Dijkstra, with buffers kept between
/// sources.
struct DistanceSearch {
    private var levels: [Int32]
    private var distances: [Double]
    private var settled: [Bool]
    private var order: [Int32]
    private var heap = DistanceHeap()

    init(nodes: Int) {
        levels = [Int32](repeating: -1, count: nodes)
        distances = [Double](repeating: .infinity, count: nodes)
        settled = [Bool](repeating: false, count: nodes)
        order = [Int32](repeating: 0, count: nodes)
    }

    mutating func breadthFirst(from source: Int, offsets: [Int], neighbours: [Int32]) -> DistanceSums {
        var total = 0
        var inverse = 0.0
        var tail = 1
        offsets.withUnsafeBufferPointer { off in
            neighbours.withUnsafeBufferPointer { nbr in
                levels.withUnsafeMutableBufferPointer { level in
                    order.withUnsafeMutableBufferPointer { order in
                        level[source] = 0
                        order[0] = Int32(source)
                        var head = 0
                        while head < tail {
                            let v = Int(order[head])
                            head += 1
                            let next = level[v] + 1
                            for p in off[v]..<off[v + 1] {
                                let u = Int(nbr[p])
                                if level[u] < 0 {
                                    level[u] = next
                                    order[tail] = Int32(u)
                                    tail += 1
                                    total += Int(next)
                                    inverse += 1 / Double(next)
                                }
                            }
                        }
                        for j in 0..<tail { level[Int(order[j])] = -1 }
                    }
                }
            }
        }
        return DistanceSums(reached: tail, total: Double(total), inverse: inverse)
    }

    mutating func dijkstra(from source: Int, offsets: [Int], neighbours: [Int32], lengths: [Double]) -> DistanceSums {
        var total = 0.0
        var inverse = 0.0
        var count = 0
        heap.removeAll()
        distances[source] = 0
        heap.push(0, Int32(source))
        while !heap.isEmpty {
            let (d, node) = heap.pop()
            let v = Int(node)
            if settled[v] || d > distances[v] { continue }
            settled[v] = true
            order[count] = node
            count += 1
            if v != source {
                total += d
                inverse += 1 / d
            }
            for p in offsets[v]..<offsets[v + 1] {
                let u = Int(neighbours[p])
                if settled[u] { continue }
                let candidate = d + lengths[p]
                if candidate < distances[u] {
                    distances[u] = candidate
                    heap.push(candidate, Int32(u))
                }
            }
        }
        for j in 0..<count {
            let v = Int(order[j])
            settled[v] = false
            distances[v] = .infinity
        }
        return DistanceSums(reached: count, total: total, inverse: inverse)
    }
}
