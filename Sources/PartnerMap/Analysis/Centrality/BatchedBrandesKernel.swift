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
    typealias Levels = SIMD4<Int64>
    typealias Values = SIMD4<Double>

    let offsets: [Int]
    let targets: [Int32]

    struct Workspace {
        var betweenness: [Double]
        var levels: [Levels]
        var sigma: [Values]
        var coefficient: [Values]
        /// Nodes by level, each listed once per level at which some search reaches it.
        var visits: [Int32]
        var levelStarts: [Int]
        var listedAt: [Int64]

        init(nodes: Int) {
            betweenness = [Double](repeating: 0, count: nodes)
            levels = [Levels](repeating: Levels(repeating: -1), count: nodes)
            sigma = [Values](repeating: Values(repeating: 0), count: nodes)
            coefficient = [Values](repeating: Values(repeating: 0), count: nodes)
            visits = []
            visits.reserveCapacity(nodes * 2)
            levelStarts = []
            listedAt = [Int64](repeating: -1, count: nodes)
        }
    }

    init(graph: Graph) {
        offsets = graph.offsets
        targets = graph.targets
    }

    /// Adds the dependencies of up to four sources to `workspace.betweenness`.
    func accumulate(from sources: ArraySlice<Int>, into w: inout Workspace) {
        w.visits.removeAll(keepingCapacity: true)
        w.levelStarts.removeAll(keepingCapacity: true)
        w.levelStarts.append(0)
        for (lane, source) in sources.enumerated() {
            w.levels[source][lane] = 0
            w.sigma[source][lane] = 1
            if w.listedAt[source] != 0 {
                w.listedAt[source] = 0
                w.visits.append(Int32(source))
            }
        }
        var visits = w.visits
        w.visits = []
        offsets.withUnsafeBufferPointer { off in
        targets.withUnsafeBufferPointer { tgt in
        w.levels.withUnsafeMutableBufferPointer { level in
        w.sigma.withUnsafeMutableBufferPointer { sigma in
        w.listedAt.withUnsafeMutableBufferPointer { listedAt in
            var depth: Int64 = 0
            var start = 0
            while start < visits.count {
                let end = visits.count
                w.levelStarts.append(end)
                let next = depth &+ 1
                let nextLevels = Levels(repeating: next)
                let unreached = Levels(repeating: -1)
                for index in start..<end {
                    let v = Int(visits[index])
                    let here = level[v] .== Levels(repeating: depth)
                    let sigmaV = Values(repeating: 0).replacing(with: sigma[v], where: here)
                    for p in off[v]..<off[v + 1] {
                        let u = Int(tgt[p])
                        var lu = level[u]
                        let reached = (lu .== unreached) .& here
                        if any(reached) {
                            lu.replace(with: nextLevels, where: reached)
                            level[u] = lu
                            if listedAt[u] != next {
                                listedAt[u] = next
                                visits.append(Int32(truncatingIfNeeded: u))
                            }
                        }
                        sigma[u] += Values(repeating: 0).replacing(with: sigmaV, where: lu .== nextLevels)
                    }
                }
                start = end
                depth = next
            }
        }}}}}
        let levelStarts = w.levelStarts
        visits.withUnsafeBufferPointer { visit in
        offsets.withUnsafeBufferPointer { off in
        targets.withUnsafeBufferPointer { tgt in
        w.levels.withUnsafeMutableBufferPointer { level in
        w.sigma.withUnsafeMutableBufferPointer { sigma in
        w.coefficient.withUnsafeMutableBufferPointer { coefficient in
        w.betweenness.withUnsafeMutableBufferPointer { bc in
            var depth = Int64(levelStarts.count - 2)
            while depth >= 0 {
                let here = Levels(repeating: depth)
                let below = Levels(repeating: depth &+ 1)
                for index in levelStarts[Int(depth)]..<levelStarts[Int(depth) + 1] {
                    let x = Int(visit[index])
                    let mask = level[x] .== here
                    var sum = Values(repeating: 0)
                    for p in off[x]..<off[x + 1] {
                        let u = Int(tgt[p])
                        sum += Values(repeating: 0).replacing(with: coefficient[u], where: level[u] .== below)
                    }
                    let sigmaX = sigma[x]
                    let delta = sigmaX * sum
                    coefficient[x].replace(with: (1 + delta) / sigmaX, where: mask)
                    if depth > 0 {
                        let contribution = Values(repeating: 0).replacing(with: delta, where: mask)
                        bc[x] += contribution[0] + contribution[1] + contribution[2] + contribution[3]
                    }
                }
                depth -= 1
            }
            for index in 0..<visit.count {
                let v = Int(visit[index])
                level[v] = Levels(repeating: -1)
                sigma[v] = Values(repeating: 0)
            }
        }}}}}}}
        for v in visits { w.listedAt[Int(v)] = -1 }
        w.visits = visits
    }
}
