import Foundation

/// Groups of organisations that work more with each other than with the rest: communities
/// found by the Louvain method (V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast
/// unfolding of communities in large networks", J. Stat. Mech. P10008, 2008), maximising
/// modularity with networkx's conventions (`louvain_communities(seed, resolution=1,
/// threshold=1e-7)`, weights as tie strengths, directed graphs read as undirected).
///
/// Nodes are visited in an order shuffled by a seeded generator (Python's, as networkx), so
/// the same seed gives the same communities; results are compared with networkx on modularity,
/// not on the partition, since both visit orders are random.
///
/// - Complexity: about O(m) per pass in practice, a few passes per level and O(log n) levels; O(n + m) memory.
/// - DOI: 10.1088/1742-5468/2008/10/P10008 (Blondel, Guillaume, Lambiotte and Lefebvre 2008).
public struct LouvainCommunities: Sendable {
    /// Communities as node indices, largest first, members in index order.
    public let communities: [[Int]]
    /// Community of each node, indexing `communities`.
    public let membership: [Int]
    /// Modularity of the final partition on the original graph.
    public let modularity: Double
    /// Aggregation levels run.
    public let levels: Int

    /// Finds communities as networkx's `louvain_communities` does, with the same seed giving the same partition.
    public init(_ input: Graph, weighted: Bool = true, resolution: Double = 1, seed: UInt64 = 0, threshold: Double = 1e-7) {
        let graph = input.undirected()
        let n = graph.nodeCount
        var random = PythonRandom(seed: seed)
        // The working graph: CSR arcs between current nodes plus self-loop weight
        // (internal weight counted over ordered pairs, as the adjacency's diagonal).
        var offsets = graph.offsets
        var targets = graph.targets
        var weights = weighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count)
        var selfWeight = [Double](repeating: 0, count: n)
        var nodeCount = n
        // Original node → current node.
        var assignment = Array(0..<n)
        var totalWeight = weights.reduce(0, +)
        guard n > 0, totalWeight > 0 else {
            let singles = (0..<n).map { [$0] }
            communities = singles
            membership = Array(0..<n)
            modularity = 0
            levels = 0
            return
        }
        var currentModularity = Self.modularity(
            of: Array(0..<n), offsets: offsets, targets: targets, weights: weights,
            selfWeight: selfWeight, resolution: resolution)
        var levelCount = 0
        while true {
            var strength = [Double](repeating: 0, count: nodeCount)
            for v in 0..<nodeCount {
                var k = selfWeight[v]
                for p in offsets[v]..<offsets[v + 1] { k += weights[p] }
                strength[v] = k
            }
            totalWeight = strength.reduce(0, +)  // 2m
            var community = Array(0..<nodeCount)
            var total = strength
            var order = Array(0..<nodeCount)
            random.shuffle(&order)
            let anyMove = Self.localMove(
                &community, total: &total, strength: strength, offsets: offsets, targets: targets,
                weights: weights, twiceM: totalWeight, resolution: resolution, order: order, maxPasses: 1000)
            guard anyMove else { break }
            // Renumber communities and aggregate.
            var renumber = [Int](repeating: -1, count: nodeCount)
            var count = 0
            for v in 0..<nodeCount where renumber[community[v]] < 0 {
                renumber[community[v]] = count
                count += 1
            }
            var newSelf = [Double](repeating: 0, count: count)
            var arcs: [(Int32, Int32, Double)] = []
            for v in 0..<nodeCount {
                let cv = renumber[community[v]]
                newSelf[cv] += selfWeight[v]
                for p in offsets[v]..<offsets[v + 1] {
                    let cu = renumber[community[Int(targets[p])]]
                    if cu == cv { newSelf[cv] += weights[p] } else { arcs.append((Int32(cv), Int32(cu), weights[p])) }
                }
            }
            arcs.sort { ($0.0, $0.1) < ($1.0, $1.1) }
            var newOffsets = [Int](repeating: 0, count: count + 1)
            var newTargets: [Int32] = []
            var newWeights: [Double] = []
            for arc in arcs {
                if let last = newTargets.last, newOffsets[Int(arc.0) + 1] > 0, last == arc.1 {
                    newWeights[newWeights.count - 1] += arc.2
                    continue
                }
                newTargets.append(arc.1)
                newWeights.append(arc.2)
                newOffsets[Int(arc.0) + 1] += 1
            }
            for c in 0..<count { newOffsets[c + 1] += newOffsets[c] }
            for original in 0..<n { assignment[original] = renumber[community[assignment[original]]] }
            offsets = newOffsets
            targets = newTargets
            weights = newWeights
            selfWeight = newSelf
            nodeCount = count
            levelCount += 1
            let newModularity = Self.modularity(
                of: Array(0..<nodeCount), offsets: offsets, targets: targets, weights: weights,
                selfWeight: selfWeight, resolution: resolution)
            if newModularity - currentModularity <= threshold {
                currentModularity = newModularity
                break
            }
            currentModularity = newModularity
        }
        // A last sweep of the original nodes over the final communities: a node the fast local
        // move left in a community it no longer belongs to best can still move (as NetworKit's
        // PLM refinement does).
        let originalWeights = weighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count)
        Self.refine(
            &assignment, groups: nodeCount, offsets: graph.offsets, targets: graph.targets, weights: originalWeights,
            resolution: resolution,
            order: {
                var order = Array(0..<n)
                random.shuffle(&order)
                return order
            }())
        // Communities, largest first, ties by smallest member.
        var groups = [[Int]](repeating: [], count: nodeCount)
        for v in 0..<n { groups[assignment[v]].append(v) }
        groups = groups.filter { !$0.isEmpty }.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var membership = [Int](repeating: 0, count: n)
        for (index, group) in groups.enumerated() { for v in group { membership[v] = index } }
        communities = groups
        self.membership = membership
        modularity = Self.modularity(graph, membership: membership, weighted: weighted, resolution: resolution)
        levels = levelCount
    }

    /// Sweeps of single nodes between the final communities until none moves (at most ten).
    private static func refine(
        _ membership: inout [Int], groups: Int, offsets: [Int], targets: [Int32], weights: [Double],
        resolution: Double, order: [Int]
    ) {
        let n = membership.count
        var strength = [Double](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: groups)
        for v in 0..<n {
            for p in offsets[v]..<offsets[v + 1] { strength[v] += weights[p] }
            total[membership[v]] += strength[v]
        }
        let twiceM = strength.reduce(0, +)
        guard twiceM > 0 else { return }
        _ = localMove(
            &membership, total: &total, strength: strength, offsets: offsets, targets: targets, weights: weights,
            twiceM: twiceM, resolution: resolution, order: order, maxPasses: 10)
    }

    /// Louvain's local moving: each node in `order` goes to the neighbouring community with the
    /// largest modularity gain, sweep after sweep until no node moves (or `maxPasses`). After the
    /// first sweep only nodes next to one that moved are visited again (the "fast local move" of
    /// Traag, Waltman and van Eck's Leiden algorithm, 2019): on large graphs the late sweeps each
    /// move a handful of nodes, and revisiting everyone made them cost hundreds of full sweeps.
    /// Each move strictly raises modularity; the cap guards against floating-point ties.
    ///
    /// - Returns: whether any node moved.
    private static func localMove(
        _ community: inout [Int], total: inout [Double], strength: [Double], offsets: [Int],
        targets: [Int32], weights: [Double], twiceM: Double, resolution: Double, order: [Int],
        maxPasses: Int
    ) -> Bool {
        var neighbourWeight = [Double](repeating: 0, count: total.count)
        var touched: [Int] = []
        var active = [Bool](repeating: true, count: community.count)
        var moved = true
        var anyMove = false
        var passes = 0
        while moved, passes < maxPasses {
            moved = false
            passes += 1
            offsets.withUnsafeBufferPointer { off in
                targets.withUnsafeBufferPointer { tgt in
                    weights.withUnsafeBufferPointer { wgt in
                        strength.withUnsafeBufferPointer { strength in
                            community.withUnsafeMutableBufferPointer { community in
                                total.withUnsafeMutableBufferPointer { total in
                                    neighbourWeight.withUnsafeMutableBufferPointer { neighbourWeight in
                                        active.withUnsafeMutableBufferPointer { active in
                                            for v in order where active[v] {
                                                active[v] = false
                                                let own = community[v]
                                                let k = strength[v]
                                                touched.removeAll(keepingCapacity: true)
                                                for p in off[v]..<off[v + 1] {
                                                    let c = community[Int(tgt[p])]
                                                    if neighbourWeight[c] == 0 { touched.append(c) }
                                                    neighbourWeight[c] += wgt[p]
                                                }
                                                total[own] -= k
                                                let scale = resolution * k / twiceM
                                                var best = own
                                                var bestGain = neighbourWeight[own] - scale * total[own]
                                                for c in touched where c != own {
                                                    let gain = neighbourWeight[c] - scale * total[c]
                                                    if gain > bestGain {
                                                        bestGain = gain
                                                        best = c
                                                    }
                                                }
                                                total[best] += k
                                                if best != own {
                                                    community[v] = best
                                                    moved = true
                                                    anyMove = true
                                                    for p in off[v]..<off[v + 1] { active[Int(tgt[p])] = true }
                                                }
                                                for c in touched { neighbourWeight[c] = 0 }
                                                neighbourWeight[own] = 0
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return anyMove
    }

    /// Modularity of a partition (networkx's `modularity`): Σ_c [L_c/m − γ (d_c/2m)²].
    public static func modularity(_ input: Graph, membership: [Int], weighted: Bool = true, resolution: Double = 1) -> Double {
        let graph = input.undirected()
        return modularity(
            of: membership, offsets: graph.offsets, targets: graph.targets,
            weights: weighted ? graph.weights : [Double](repeating: 1, count: graph.targets.count),
            selfWeight: [Double](repeating: 0, count: graph.nodeCount), resolution: resolution)
    }

    private static func modularity(
        of membership: [Int], offsets: [Int], targets: [Int32], weights: [Double],
        selfWeight: [Double], resolution: Double
    ) -> Double {
        let n = membership.count
        let groups = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: groups)
        var degree = [Double](repeating: 0, count: groups)
        var twiceM = 0.0
        for v in 0..<n {
            let c = membership[v]
            inside[c] += selfWeight[v]
            degree[c] += selfWeight[v]
            for p in offsets[v]..<offsets[v + 1] {
                degree[c] += weights[p]
                if membership[Int(targets[p])] == c { inside[c] += weights[p] }
            }
        }
        twiceM = degree.reduce(0, +)
        guard twiceM > 0 else { return 0 }
        var q = 0.0
        for c in 0..<groups {
            q += inside[c] / twiceM - resolution * (degree[c] / twiceM) * (degree[c] / twiceM)
        }
        return q
    }
}
