/// Whether a network's communities are clearer than chance: the modularity Louvain finds on
/// the network, against what it finds on random networks with the same degrees.
///
/// Louvain finds groups in any network, random ones included; on a sparse random graph it
/// reaches a modularity of 0.4 or more (R. Guimerà, M. Sales-Pardo and L. A. N. Amaral,
/// "Modularity from fluctuations in random graphs and complex networks", Physical Review E 70,
/// 025101, 2004, doi:10.1103/PhysRevE.70.025101). So a modularity means something only beside
/// that baseline. Each random network is the network's own ties rewired by double edge swaps
/// (as networkx's `double_edge_swap`: pick two ties a–b and c–d, make them a–d and c–b unless
/// that makes a loop or a tie already there; each tie keeps its strength), ten attempts per tie,
/// seeded so that the same network gives the same baseline. The communities are *clearer than
/// chance* when their modularity is above that of every random network drawn: with 20 draws,
/// a chance of at most 1 in 21 that a network without structure would pass.
public struct ModularityBaseline: Sendable, Hashable {
    /// Random networks drawn.
    public let samples: Int
    /// The modularity Louvain finds on each, in the order drawn.
    public let modularities: [Double]
    /// The mean modularity of the random networks.
    public var mean: Double { modularities.isEmpty ? 0 : modularities.reduce(0, +) / Double(modularities.count) }
    /// The highest modularity of the random networks.
    public var maximum: Double { modularities.max() ?? 0 }

    /// The number of random networks drawn for a graph of this many ties: 20, fewer for very
    /// large graphs (5 above 20,000 ties), none above 200,000 ties.
    public static func defaultSamples(ties: Int) -> Int {
        ties > 200_000 ? 0 : (ties > 20_000 ? 5 : 20)
    }

    /// The modularity Louvain finds in `samples` random networks with the graph's degrees.
    public init(_ graph: Graph, samples: Int, weighted: Bool = true, resolution: Double = 1, seed: UInt64 = 0) {
        var edges: [(u: Int, v: Int, w: Double)] = []
        for u in 0..<graph.nodeCount {
            for (v, w) in zip(graph.neighbours(of: u), graph.neighbourWeights(of: u)) where Int(v) > u { edges.append((u, Int(v), w)) }
        }
        self.samples = samples
        var modularities: [Double] = []
        for sample in 0..<samples {
            var random = SplitMix64(seed: seed &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(sample + 1))
            let rewired = Self.rewired(edges, nodes: graph.nodeCount, random: &random)
            var builder = GraphBuilder(nodeIDs: graph.nodeIDs, directed: false)
            for edge in rewired { builder.addEdge(edge.u, edge.v, weight: edge.w) }
            let louvain = LouvainCommunities(builder.build(merge: .sum), weighted: weighted, resolution: resolution, seed: seed)
            modularities.append(louvain.modularity)
        }
        self.modularities = modularities
    }

    /// True when the observed modularity is above every random network's.
    public func isClearer(than modularity: Double) -> Bool? {
        samples == 0 ? nil : modularity > maximum
    }

    /// Ten double-swap attempts per tie; degrees stay as they were.
    private static func rewired(_ edges: [(u: Int, v: Int, w: Double)], nodes: Int, random: inout SplitMix64) -> [(u: Int, v: Int, w: Double)] {
        var edges = edges
        guard edges.count >= 2 else { return edges }
        func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
        var present = Set(edges.map { key($0.u, $0.v) })
        for _ in 0..<(10 * edges.count) {
            let i = Int(random.next() % UInt64(edges.count))
            let j = Int(random.next() % UInt64(edges.count))
            guard i != j else { continue }
            let (a, b) = (edges[i].u, edges[i].v)
            var (c, d) = (edges[j].u, edges[j].v)
            if random.next() & 1 == 1 { swap(&c, &d) }
            guard a != d, c != b, a != c, b != d, !present.contains(key(a, d)), !present.contains(key(c, b)) else { continue }
            present.remove(key(a, b))
            present.remove(key(c, d))
            present.insert(key(a, d))
            present.insert(key(c, b))
            edges[i] = (a, d, edges[i].w)
            edges[j] = (c, b, edges[j].w)
        }
        return edges
    }
}

/// A small, fast, seeded generator (Steele, Lea and Flood's SplitMix64) for drawing random
/// networks reproducibly.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
