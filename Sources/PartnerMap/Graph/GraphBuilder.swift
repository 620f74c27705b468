/// Collects ties between known nodes and packs them into a ``Graph``.
///
/// Repeated ties between the same pair are merged by the chosen policy: views of a network
/// add strengths up (two partnerships tie more than one), edge lists keep the last weight as
/// networkx does.
public struct GraphBuilder: Sendable {
    /// What to do when the same pair is tied twice.
    public enum Merge: Sendable {
        case sum
        case keepLast
    }

    /// The ids of the nodes, by index.
    public let nodeIDs: [String]
    /// Whether ties have a direction.
    public let isDirected: Bool
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []

    /// A builder for a graph of these nodes.
    public init(nodeIDs: [String], directed: Bool) {
        self.nodeIDs = nodeIDs
        self.isDirected = directed
    }

    /// Adds a tie; self-ties are ignored (no measure here is defined on them).
    public mutating func addEdge(_ u: Int, _ v: Int, weight: Double = 1) {
        precondition(u >= 0 && u < nodeIDs.count && v >= 0 && v < nodeIDs.count, "edge end out of range")
        guard u != v else { return }
        sources.append(Int32(u))
        targets.append(Int32(v))
        weights.append(weight)
    }

    /// The graph, repeated ties merged as `merge` says.
    public func build(merge: Merge = .sum) -> Graph {
        let n = nodeIDs.count
        // Each tie as (from, to, order added); undirected ties in both directions.
        var arcs: [(u: Int32, v: Int32, order: Int)] = []
        arcs.reserveCapacity(isDirected ? sources.count : 2 * sources.count)
        for index in sources.indices {
            arcs.append((sources[index], targets[index], index))
            if !isDirected { arcs.append((targets[index], sources[index], index)) }
        }
        arcs.sort { ($0.u, $0.v, $0.order) < ($1.u, $1.v, $1.order) }
        var offsets = [Int](repeating: 0, count: n + 1)
        var packedTargets: [Int32] = []
        var packedWeights: [Double] = []
        packedTargets.reserveCapacity(arcs.count)
        packedWeights.reserveCapacity(arcs.count)
        var lastU: Int32 = -1
        var lastV: Int32 = -1
        for arc in arcs {
            let weight = weights[arc.order]
            if arc.u == lastU, arc.v == lastV {
                switch merge {
                case .sum: packedWeights[packedWeights.count - 1] += weight
                case .keepLast: packedWeights[packedWeights.count - 1] = weight
                }
                continue
            }
            packedTargets.append(arc.v)
            packedWeights.append(weight)
            offsets[Int(arc.u) + 1] += 1
            (lastU, lastV) = (arc.u, arc.v)
        }
        for node in 0..<n { offsets[node + 1] += offsets[node] }
        guard isDirected else {
            return Graph(
                nodeIDs: nodeIDs, isDirected: false, offsets: offsets, targets: packedTargets, weights: packedWeights,
                inOffsets: offsets, inSources: packedTargets, inWeights: packedWeights)
        }
        // Transpose for incoming ties; walking sources in order keeps each run sorted.
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for target in packedTargets { inOffsets[Int(target) + 1] += 1 }
        for node in 0..<n { inOffsets[node + 1] += inOffsets[node] }
        var cursor = inOffsets
        var inSources = [Int32](repeating: 0, count: packedTargets.count)
        var inWeights = [Double](repeating: 0, count: packedTargets.count)
        for u in 0..<n {
            for position in offsets[u]..<offsets[u + 1] {
                let v = Int(packedTargets[position])
                inSources[cursor[v]] = Int32(u)
                inWeights[cursor[v]] = packedWeights[position]
                cursor[v] += 1
            }
        }
        return Graph(
            nodeIDs: nodeIDs, isDirected: true, offsets: offsets, targets: packedTargets, weights: packedWeights,
            inOffsets: inOffsets, inSources: inSources, inWeights: inWeights)
    }
}

extension Graph {
    /// The graph of an edge list or DOT file, nodes in their order of appearance.
    public init(_ plain: PlainGraph) {
        var builder = GraphBuilder(nodeIDs: plain.nodes, directed: plain.isDirected)
        for edge in plain.edges { builder.addEdge(edge.source, edge.target, weight: edge.weight) }
        self = builder.build(merge: .keepLast)
    }
}

extension Graph {
    /// The same nodes with every tie made undirected (weights of u→v and v→u added), for
    /// measures defined on undirected graphs only; `self` when already undirected.
    public func undirected() -> Graph {
        guard isDirected else { return self }
        var builder = GraphBuilder(nodeIDs: nodeIDs, directed: false)
        for u in 0..<nodeCount {
            for p in offsets[u]..<offsets[u + 1] { builder.addEdge(u, Int(targets[p]), weight: weights[p]) }
        }
        return builder.build(merge: .sum)
    }
}
