/// Unweighted Brandes for four sources at once: the four breadth-first searches advance level
/// by level together, so each scan of a node's ties serves every search that has reached the
/// node at that level, and each neighbour's four states come in one cache line.
///
/// This is the multi-source BFS idea of M. Then et al., "The more the merrier: efficient
/// multi-source graph traversal", PVLDB 8(4), 2014, applied to both Brandes passes. On
/// small-world networks a node sits at nearly the same distance from nearby sources, so the
/// four searches share most scans. Results equal the one-source kernel's up to the order in
/// which floating-point contributions are added.
struct BatchedBrandesKernel {
    static let lanes = 4
    /// Levels are held as doubles (exact up to 2^53): comparing doubles is one SSE2 instruction
    /// where 64-bit integers need three, and the masks are the ones σ and the coefficients take.
    typealias Levels = SIMD4<Double>
    typealias Values = SIMD4<Double>

    /// Everything the sweep reads about one neighbour, in one 64-byte cache line: its level in
    /// each search and, per search, σ until the backward pass has finished the node at that
    /// level, then the coefficient (1 + δ) / σ its predecessors pull. A lane's σ is only read
    /// at that lane's own visit of the node, so the coefficient can take its place.
    struct NodeState {
        var levels: Levels
        var values: Values
    }

    let offsets: [Int]
    let targets: [Int32]

    /// One sweep's buffers, kept between batches. The node states are allocated on a 64-byte
    /// boundary so that no state straddles two cache lines.
    final class Workspace {
        var betweenness: [Double]
        let state: UnsafeMutablePointer<NodeState>
        let nodeCount: Int
        /// Nodes by level, each listed once per level at which some search reaches it.
        var visits: [Int32]
        var levelStarts: [Int]
        var listedAt: [Int64]
        /// Per swept source, when the sweep also tallies distances for closeness.
        var distanceSums: [(source: Int, sums: DistanceSums)] = []

        init(nodes: Int) {
            nodeCount = nodes
            betweenness = [Double](repeating: 0, count: nodes)
            let raw = UnsafeMutableRawPointer.allocate(byteCount: max(1, nodes) * MemoryLayout<NodeState>.stride, alignment: 64)
            state = raw.bindMemory(to: NodeState.self, capacity: max(1, nodes))
            state.initialize(repeating: NodeState(levels: Levels(repeating: -1), values: Values(repeating: 0)), count: nodes)
            visits = []
            visits.reserveCapacity(nodes * 2)
            levelStarts = []
            listedAt = [Int64](repeating: -1, count: nodes)
        }

        deinit {
            state.deinitialize(count: nodeCount)
            UnsafeMutableRawPointer(state).deallocate()
        }
    }

    /// `sources` cut into consecutive batches of up to ``lanes``.
    static func batches(of sources: [Int]) -> [ArraySlice<Int>] {
        stride(from: 0, to: sources.count, by: lanes).map { sources[$0..<min($0 + lanes, sources.count)] }
    }

    init(graph: Graph) {
        offsets = graph.offsets
        targets = graph.targets
    }

    /// Adds the dependencies of up to four sources to `workspace.betweenness` and, when
    /// `tallyDistances`, appends each source's distance sums to `workspace.distanceSums`.
    func accumulate(from sources: ArraySlice<Int>, into w: Workspace, tallyDistances: Bool = false) {
        let node = w.state
        w.visits.removeAll(keepingCapacity: true)
        w.levelStarts.removeAll(keepingCapacity: true)
        w.levelStarts.append(0)
        for (lane, source) in sources.enumerated() {
            node[source].levels[lane] = 0
            node[source].values[lane] = 1
            if w.listedAt[source] != 0 {
                w.listedAt[source] = 0
                w.visits.append(Int32(source))
            }
        }
        var visits = w.visits
        w.visits = []
        // Distance tallies per lane: nodes reached (the source included), Σ distance, Σ 1/distance.
        // Within a lane every node of a level adds the same 1/level and levels come in order, so
        // the sum is added in the same sequence as a one-source search adds it.
        var reachedCount = SIMD4<Int64>(repeating: 1)
        var distanceTotal = SIMD4<Int64>(repeating: 0)
        var inverseTotal = Values(repeating: 0)
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tgt in
                w.listedAt.withUnsafeMutableBufferPointer { listedAt in
                    var depth: Int64 = 0
                    var start = 0
                    while start < visits.count {
                        let end = visits.count
                        w.levelStarts.append(end)
                        let next = depth &+ 1
                        let nextLevels = Levels(repeating: Double(next))
                        let unreached = Levels(repeating: -1)
                        for index in start..<end {
                            let v = Int(visits[index])
                            let here = node[v].levels .== Levels(repeating: Double(depth))
                            let sigmaV = Values(repeating: 0).replacing(with: node[v].values, where: here)
                            for p in off[v]..<off[v + 1] {
                                let u = Int(tgt[p])
                                var lu = node[u].levels
                                let reached = (lu .== unreached) .& here
                                if any(reached) {
                                    lu.replace(with: nextLevels, where: reached)
                                    node[u].levels = lu
                                    if tallyDistances {
                                        let found = SIMD4<Int64>(repeating: 0).replacing(with: 1, where: reached)
                                        reachedCount &+= found
                                        distanceTotal &+= found &* next
                                        inverseTotal += Values(repeating: 0).replacing(with: 1 / Double(next), where: reached)
                                    }
                                    if listedAt[u] != next {
                                        listedAt[u] = next
                                        visits.append(Int32(truncatingIfNeeded: u))
                                    }
                                }
                                node[u].values += Values(repeating: 0).replacing(with: sigmaV, where: lu .== nextLevels)
                            }
                        }
                        start = end
                        depth = next
                    }
                }
            }
        }
        if tallyDistances {
            for (lane, source) in sources.enumerated() {
                w.distanceSums.append((source, DistanceSums(reached: Int(reachedCount[lane]), total: Double(distanceTotal[lane]), inverse: inverseTotal[lane])))
            }
        }
        let levelStarts = w.levelStarts
        visits.withUnsafeBufferPointer { visit in
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { tgt in
                    w.betweenness.withUnsafeMutableBufferPointer { bc in
                        var depth = Int64(levelStarts.count - 2)
                        while depth >= 0 {
                            let here = Levels(repeating: Double(depth))
                            let below = Levels(repeating: Double(depth &+ 1))
                            for index in levelStarts[Int(depth)]..<levelStarts[Int(depth) + 1] {
                                let x = Int(visit[index])
                                let mask = node[x].levels .== here
                                var sum = Values(repeating: 0)
                                for p in off[x]..<off[x + 1] {
                                    let u = Int(tgt[p])
                                    let neighbour = node[u]
                                    sum += Values(repeating: 0).replacing(with: neighbour.values, where: neighbour.levels .== below)
                                }
                                let sigmaX = node[x].values
                                let delta = sigmaX * sum
                                node[x].values.replace(with: (1 + delta) / sigmaX, where: mask)
                                if depth > 0 {
                                    let contribution = Values(repeating: 0).replacing(with: delta, where: mask)
                                    bc[x] += contribution[0] + contribution[1] + contribution[2] + contribution[3]
                                }
                            }
                            depth -= 1
                        }
                        for index in 0..<visit.count {
                            node[Int(visit[index])] = NodeState(levels: Levels(repeating: -1), values: Values(repeating: 0))
                        }
                    }
                }
            }
        }
        for v in visits { w.listedAt[Int(v)] = -1 }
        w.visits = visits
    }
}
