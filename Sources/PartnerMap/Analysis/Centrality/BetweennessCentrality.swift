/// How often a node (or a tie) lies on the shortest paths between others: the brokers a
/// network's information and referrals pass through.
///
/// Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness centrality", Journal of
/// Mathematical Sociology 25(2), 2001), with networkx's conventions so values can be checked
/// against `networkx.betweenness_centrality` and `edge_betweenness_centrality`:
/// - unweighted: breadth-first search; weighted: Dijkstra on distances 1/weight (weights are
///   tie strengths), paths tied by exact floating-point equality, as networkx does;
/// - node values normalised by 1/((n−1)(n−2)) over ordered pairs, which on an undirected graph
///   is the raw count over unordered pairs divided by (n−1)(n−2)/2; unnormalised undirected
///   values count each unordered pair once;
/// - edge values normalised by 1/(n(n−1)) over ordered pairs (raw over unordered pairs divided
///   by n(n−1)/2);
/// - with sampled sources (`samples`), networkx's estimator: source nodes scaled by
///   1/((k−1)(n−2)) and the others by 1/(k(n−2)).
///
/// Sources are swept on all cores in a fixed number of partitions whose partial sums are added
/// in order, so the result is the same bit for bit on every run. Exact unweighted node
/// betweenness runs four breadth-first searches at once from neighbouring sources
/// (`BatchedBrandesKernel`); sampled, weighted and edge betweenness run one source at a time.
///
/// - Complexity: O(n·m) time unweighted, O(n·m + n² log n) weighted (one search per source; k sampled sources: k/n of that); O(n + m) memory per core.
/// - DOI: 10.1080/0022250X.2001.9990249 (Brandes 2001).
public struct BetweennessCentrality: Sendable {
    /// Node betweenness, by node index.
    public let nodes: [Double]
    /// Edge betweenness, one value per tie (undirected: per unordered pair), when asked for.
    public let edges: [EdgeValue]?
    /// The sampled sources, when the values are an estimate.
    public let sampledSources: [Int]?
    /// Closeness and harmonic centrality from the same breadth-first searches, when they were
    /// asked for and the sweep could tally them (see `init(_:alsoCloseness:)`).
    let closeness: ClosenessCentrality?

    /// A value attached to one tie of a graph.
    public struct EdgeValue: Sendable, Hashable {
        /// The index of the tie's first node.
        public var source: Int
        /// The index of its second node.
        public var target: Int
        /// The tie's betweenness, normalised as networkx normalises it.
        public var value: Double
    }

    /// - Parameters:
    ///   - graph: the graph to measure (directed or not).
    ///   - weighted: use tie strengths (distance 1/weight) instead of counting steps.
    ///   - normalized: divide as networkx's `normalized=True` does.
    ///   - includeEdges: also compute edge betweenness.
    ///   - sources: sweep only these sources (an estimate); `nil` for the exact value.
    public init(_ graph: Graph, weighted: Bool = false, normalized: Bool = true, includeEdges: Bool = false, sources: [Int]? = nil) {
        self.init(graph, weighted: weighted, normalized: normalized, includeEdges: includeEdges, sources: sources, alsoCloseness: false)
    }

    /// With `alsoCloseness`, an exact unweighted sweep of an undirected graph also tallies the
    /// distances each search finds, which gives closeness and harmonic centrality (equal to
    /// ``ClosenessCentrality``'s bit for bit) without searching from every node a second time.
    /// Otherwise `closeness` is nil.
    init(_ graph: Graph, weighted: Bool = false, normalized: Bool = true, includeEdges: Bool = false, sources: [Int]? = nil, alsoCloseness: Bool) {
        let n = graph.nodeCount
        let sweep = sources ?? Array(0..<n)
        let kernel = BrandesKernel(graph: graph, weighted: weighted, includeEdges: includeEdges)
        let partitions = min(DeterministicParallel.partitions, max(1, sweep.count))
        // Four searches at once pay off when they start next to each other, as the exact sweep's
        // breadth-first batches do; sampled sources lie far apart, where the four searches rarely
        // share a scan and one search at a time is faster (4× at 100,000 nodes).
        let batched = !weighted && !includeEdges && sources == nil
        let tallyDistances = alsoCloseness && batched && !graph.isDirected
        let batchKernel = BatchedBrandesKernel(graph: graph)
        let batches = batched ? BatchedBrandesKernel.batches(of: graph.breadthFirstOrder()) : []
        let partials = DeterministicParallel.map(partitions: partitions) { partition, count in
            if batched {
                let workspace = BatchedBrandesKernel.Workspace(nodes: n)
                for batch in stride(from: partition, to: batches.count, by: count) {
                    batchKernel.accumulate(from: batches[batch], into: workspace, tallyDistances: tallyDistances)
                }
                return (workspace.betweenness, [Double](), workspace.distanceSums)
            }
            // Each partition sweeps every count-th source.
            let mine = stride(from: partition, to: sweep.count, by: count).map { sweep[$0] }
            var workspace = BrandesKernel.Workspace(nodes: n, arcs: includeEdges ? graph.targets.count : 0)
            for source in mine { kernel.accumulate(from: source, into: &workspace) }
            return (workspace.betweenness, workspace.arcBetweenness, [])
        }
        closeness = tallyDistances ? ClosenessCentrality(nodeCount: n, distanceSums: partials.lazy.flatMap(\.2)) : nil
        var nodeValues = DeterministicParallel.sum(partials.map(\.0))
        if nodeValues.isEmpty { nodeValues = [Double](repeating: 0, count: n) }

        // networkx's _rescale (endpoints excluded): N = n − 1 valid targets.
        let bigN = Double(n - 1)
        if n - 1 >= 2 {
            if let sources {
                let k = Double(sources.count)
                let sampled = Set(sources)
                let sourceScale = normalized ? (k > 1 ? 1 / ((k - 1) * (bigN - 1)) : .nan) : (k > 1 ? bigN / ((k - 1) * (graph.isDirected ? 1 : 2)) : .nan)
                let otherScale = normalized ? 1 / (k * (bigN - 1)) : bigN / (k * (graph.isDirected ? 1 : 2))
                for v in 0..<n { nodeValues[v] *= sampled.contains(v) ? sourceScale : otherScale }
            } else {
                let scale = normalized ? 1 / (bigN * (bigN - 1)) : (graph.isDirected ? 1 : 0.5)
                for v in 0..<n { nodeValues[v] *= scale }
            }
        }
        self.nodes = nodeValues
        self.sampledSources = sources

        guard includeEdges else {
            self.edges = nil
            return
        }
        let arcValues = DeterministicParallel.sum(partials.map(\.1))
        // networkx's _rescale_e: 1/(n(n−1)) normalised, ½ for undirected raw; × n/k when sampled.
        var scale: Double = normalized ? (n > 1 ? 1 / (Double(n) * Double(n - 1)) : 1) : (graph.isDirected ? 1 : 0.5)
        if let sources, !sources.isEmpty { scale *= Double(n) / Double(sources.count) }
        var values: [EdgeValue] = []
        for u in 0..<n {
            // Out-arc positions of u: arc u→v, where the sweep left its dependency.
            for position in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.targets[position])
                if graph.isDirected {
                    values.append(EdgeValue(source: u, target: v, value: arcValues[position] * scale))
                } else if u < v {
                    // The same tie walked from v's side.
                    let mirror = graph.arcPosition(from: v, to: u)!
                    values.append(EdgeValue(source: u, target: v, value: (arcValues[position] + arcValues[mirror]) * scale))
                }
            }
        }
        values.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        self.edges = values
    }
}

extension Graph {
    /// Every node once, component after component: a breadth-first search along out-arcs from
    /// the lowest-numbered node not yet listed, neighbours in index order.
    func breadthFirstOrder() -> [Int] {
        var order: [Int] = []
        order.reserveCapacity(nodeCount)
        var listed = [Bool](repeating: false, count: nodeCount)
        for root in 0..<nodeCount where !listed[root] {
            listed[root] = true
            var head = order.count
            order.append(root)
            while head < order.count {
                let v = order[head]
                head += 1
                for p in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[p])
                    if !listed[u] {
                        listed[u] = true
                        order.append(u)
                    }
                }
            }
        }
        return order
    }

    /// Position in `targets` of the arc u→v.
    func arcPosition(from u: Int, to v: Int) -> Int? {
        var low = offsets[u]
        var high = offsets[u + 1]
        let target = Int32(v)
        while low < high {
            let middle = (low + high) / 2
            if targets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < offsets[u + 1] && targets[low] == target ? low : nil
    }
}

/// One source's shortest-path count and dependency accumulation, in the tight loops the
/// whole sweep spends its time in.
///
/// The backward pass pulls: each node, in decreasing distance, sums the coefficients
/// (1 + δ(v)) / σ(v) of its successors v on shortest paths, so δ(w) = σ(w) · Σ is written
/// once per node rather than scattered along every arc.
struct BrandesKernel: Sendable {
    let offsets: [Int]
    let targets: [Int32]
    /// Distances 1/weight on out-arcs (empty when unweighted).
    let lengths: [Double]
    let weighted: Bool
    let includeEdges: Bool

    init(graph: Graph, weighted: Bool, includeEdges: Bool) {
        offsets = graph.offsets
        targets = graph.targets
        self.weighted = weighted
        self.includeEdges = includeEdges
        lengths = weighted ? graph.weights.map { 1 / $0 } : []
    }

    struct Workspace {
        var betweenness: [Double]
        var arcBetweenness: [Double]
        var levels: [Int32]
        var distances: [Double]
        var sigma: [Double]
        /// (1 + δ(v)) / σ(v), written once v's dependency is complete.
        var coefficient: [Double]
        var order: [Int32]
        var heap = DistanceHeap()

        init(nodes: Int, arcs: Int) {
            betweenness = [Double](repeating: 0, count: nodes)
            arcBetweenness = [Double](repeating: 0, count: arcs)
            levels = [Int32](repeating: -1, count: nodes)
            distances = [Double](repeating: .infinity, count: nodes)
            sigma = [Double](repeating: 0, count: nodes)
            coefficient = [Double](repeating: 0, count: nodes)
            order = [Int32](repeating: 0, count: nodes)
        }
    }

    func accumulate(from source: Int, into workspace: inout Workspace) {
        if weighted { accumulateWeighted(from: source, into: &workspace) } else { accumulateUnweighted(from: source, into: &workspace) }
    }

    private func accumulateUnweighted(from source: Int, into w: inout Workspace) {
        let includeEdges = self.includeEdges
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tgt in
                w.levels.withUnsafeMutableBufferPointer { level in
                    w.sigma.withUnsafeMutableBufferPointer { sigma in
                        w.coefficient.withUnsafeMutableBufferPointer { coefficient in
                            w.order.withUnsafeMutableBufferPointer { order in
                                w.betweenness.withUnsafeMutableBufferPointer { bc in
                                    w.arcBetweenness.withUnsafeMutableBufferPointer { arcBC in
                                        level[source] = 0
                                        sigma[source] = 1
                                        order[0] = Int32(source)
                                        var head = 0
                                        var tail = 1
                                        // Forward: σ by breadth-first search.
                                        while head < tail {
                                            let v = Int(order[head])
                                            head += 1
                                            let next = level[v] + 1
                                            let sigmaV = sigma[v]
                                            for p in off[v]..<off[v + 1] {
                                                let u = Int(tgt[p])
                                                var lu = level[u]
                                                if lu < 0 {
                                                    lu = next
                                                    level[u] = next
                                                    order[tail] = Int32(u)
                                                    tail += 1
                                                }
                                                // Branch-free: which arcs lie on shortest paths is unpredictable.
                                                sigma[u] += lu == next ? sigmaV : 0
                                            }
                                        }
                                        // Backward, pulling from successors in decreasing distance.
                                        var i = tail - 1
                                        while i >= 0 {
                                            let x = Int(order[i])
                                            let next = level[x] + 1
                                            var sum = 0.0
                                            if includeEdges {
                                                let sigmaX = sigma[x]
                                                for p in off[x]..<off[x + 1] {
                                                    let v = Int(tgt[p])
                                                    if level[v] == next {
                                                        sum += coefficient[v]
                                                        arcBC[p] += sigmaX * coefficient[v]
                                                    }
                                                }
                                            } else {
                                                for p in off[x]..<off[x + 1] {
                                                    let v = Int(tgt[p])
                                                    sum += level[v] == next ? coefficient[v] : 0
                                                }
                                            }
                                            let delta = sigma[x] * sum
                                            coefficient[x] = (1 + delta) / sigma[x]
                                            if i > 0 { bc[x] += delta }
                                            i -= 1
                                        }
                                        for j in 0..<tail {
                                            let v = Int(order[j])
                                            level[v] = -1
                                            sigma[v] = 0
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

    private func accumulateWeighted(from source: Int, into w: inout Workspace) {
        let includeEdges = self.includeEdges
        var heap = w.heap
        heap.removeAll()
        var settledCount = 0
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tgt in
                lengths.withUnsafeBufferPointer { len in
                    w.distances.withUnsafeMutableBufferPointer { dist in
                        w.sigma.withUnsafeMutableBufferPointer { sigma in
                            w.coefficient.withUnsafeMutableBufferPointer { coefficient in
                                w.order.withUnsafeMutableBufferPointer { order in
                                    w.levels.withUnsafeMutableBufferPointer { settled in
                                        w.betweenness.withUnsafeMutableBufferPointer { bc in
                                            w.arcBetweenness.withUnsafeMutableBufferPointer { arcBC in
                                                dist[source] = 0
                                                sigma[source] = 1
                                                heap.push(0, Int32(source))
                                                while !heap.isEmpty {
                                                    let (d, node) = heap.pop()
                                                    let v = Int(node)
                                                    if settled[v] >= 0 || d > dist[v] { continue }
                                                    settled[v] = 1
                                                    order[settledCount] = node
                                                    settledCount += 1
                                                    let sigmaV = sigma[v]
                                                    for p in off[v]..<off[v + 1] {
                                                        let u = Int(tgt[p])
                                                        if settled[u] >= 0 { continue }
                                                        let candidate = d + len[p]
                                                        if candidate < dist[u] {
                                                            dist[u] = candidate
                                                            sigma[u] = sigmaV
                                                            heap.push(candidate, Int32(u))
                                                        } else if candidate == dist[u] {
                                                            sigma[u] += sigmaV
                                                        }
                                                    }
                                                }
                                                var i = settledCount - 1
                                                while i >= 0 {
                                                    let x = Int(order[i])
                                                    let dx = dist[x]
                                                    let sigmaX = sigma[x]
                                                    var sum = 0.0
                                                    for p in off[x]..<off[x + 1] {
                                                        let v = Int(tgt[p])
                                                        if v != x, dx + len[p] == dist[v] {
                                                            sum += coefficient[v]
                                                            if includeEdges { arcBC[p] += sigmaX * coefficient[v] }
                                                        }
                                                    }
                                                    let delta = sigmaX * sum
                                                    coefficient[x] = (1 + delta) / sigmaX
                                                    if i > 0 { bc[x] += delta }
                                                    i -= 1
                                                }
                                                for j in 0..<settledCount {
                                                    let v = Int(order[j])
                                                    settled[v] = -1
                                                    dist[v] = .infinity
                                                    sigma[v] = 0
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
        }
        w.heap = heap
    }
}
