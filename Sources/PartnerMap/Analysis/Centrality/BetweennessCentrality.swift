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
/// in order, so the result is the same bit for bit on every run.
public struct BetweennessCentrality: Sendable {
    /// Node betweenness, by node index.
    public let nodes: [Double]
    /// Edge betweenness, one value per tie (undirected: per unordered pair), when asked for.
    public let edges: [EdgeValue]?
    /// The sampled sources, when the values are an estimate.
    public let sampledSources: [Int]?

    /// A value attached to one tie of a graph.
    public struct EdgeValue: Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var value: Double
    }

    /// - Parameters:
    ///   - weighted: use tie strengths (distance 1/weight) instead of counting steps.
    ///   - normalized: divide as networkx's `normalized=True` does.
    ///   - includeEdges: also compute edge betweenness.
    ///   - sources: sweep only these sources (an estimate); `nil` for the exact value.
    public init(_ graph: Graph, weighted: Bool = false, normalized: Bool = true, includeEdges: Bool = false, sources: [Int]? = nil) {
        let n = graph.nodeCount
        let sweep = sources ?? Array(0..<n)
        let kernel = BrandesKernel(graph: graph, weighted: weighted, includeEdges: includeEdges)
        let partitions = min(DeterministicParallel.partitions, max(1, sweep.count))
        let partials = DeterministicParallel.map(partitions: partitions) { partition, count in
            var workspace = BrandesKernel.Workspace(nodes: n, arcs: includeEdges ? graph.inSources.count : 0)
            var index = partition
            while index < sweep.count {
                kernel.accumulate(from: sweep[index], into: &workspace)
                index += count
            }
            return (workspace.betweenness, workspace.arcBetweenness)
        }
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
        for v in 0..<n {
            // In-arc positions of v: arc u→v.
            for position in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                let u = Int(graph.inSources[position])
                if graph.isDirected {
                    values.append(EdgeValue(source: u, target: v, value: arcValues[position] * scale))
                } else if u < v {
                    // The same tie read from u's side: position of v among u's neighbours.
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
    /// Position in `inSources` of the arc u→v (for undirected graphs, the same as in `targets`).
    func arcPosition(from u: Int, to v: Int) -> Int? {
        var low = inOffsets[v]
        var high = inOffsets[v + 1]
        let target = Int32(u)
        while low < high {
            let middle = (low + high) / 2
            if inSources[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < inOffsets[v + 1] && inSources[low] == target ? low : nil
    }
}

/// One source's shortest-path count and dependency accumulation, in the tight loops the
/// whole sweep spends its time in.
struct BrandesKernel: Sendable {
    let n: Int
    let offsets: [Int]
    let targets: [Int32]
    let inOffsets: [Int]
    let inSources: [Int32]
    /// Distances 1/weight on out-arcs and in-arcs (empty when unweighted).
    let outLengths: [Double]
    let inLengths: [Double]
    let weighted: Bool
    let includeEdges: Bool

    init(graph: Graph, weighted: Bool, includeEdges: Bool) {
        n = graph.nodeCount
        offsets = graph.offsets
        targets = graph.targets
        inOffsets = graph.inOffsets
        inSources = graph.inSources
        self.weighted = weighted
        self.includeEdges = includeEdges
        outLengths = weighted ? graph.weights.map { 1 / $0 } : []
        inLengths = weighted ? (graph.isDirected ? graph.inWeights.map { 1 / $0 } : outLengths) : []
    }

    struct Workspace {
        var betweenness: [Double]
        var arcBetweenness: [Double]
        var levels: [Int32]
        var distances: [Double]
        var sigma: [Double]
        var delta: [Double]
        var order: [Int32]
        var heap = DistanceHeap()

        init(nodes: Int, arcs: Int) {
            betweenness = [Double](repeating: 0, count: nodes)
            arcBetweenness = [Double](repeating: 0, count: arcs)
            levels = [Int32](repeating: -1, count: nodes)
            distances = [Double](repeating: .infinity, count: nodes)
            sigma = [Double](repeating: 0, count: nodes)
            delta = [Double](repeating: 0, count: nodes)
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
        inOffsets.withUnsafeBufferPointer { inOff in
        inSources.withUnsafeBufferPointer { inSrc in
        w.levels.withUnsafeMutableBufferPointer { level in
        w.sigma.withUnsafeMutableBufferPointer { sigma in
        w.delta.withUnsafeMutableBufferPointer { delta in
        w.order.withUnsafeMutableBufferPointer { order in
        w.betweenness.withUnsafeMutableBufferPointer { bc in
        w.arcBetweenness.withUnsafeMutableBufferPointer { arcBC in
            level[source] = 0
            sigma[source] = 1
            order[0] = Int32(source)
            var head = 0
            var tail = 1
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
                    if lu == next { sigma[u] += sigmaV }
                }
            }
            var i = tail - 1
            while i > 0 {
                let x = Int(order[i])
                let previous = level[x] - 1
                let coefficient = (1 + delta[x]) / sigma[x]
                for p in inOff[x]..<inOff[x + 1] {
                    let v = Int(inSrc[p])
                    if level[v] == previous {
                        let c = sigma[v] * coefficient
                        delta[v] += c
                        if includeEdges { arcBC[p] += c }
                    }
                }
                bc[x] += delta[x]
                i -= 1
            }
            for j in 0..<tail {
                let v = Int(order[j])
                level[v] = -1
                sigma[v] = 0
                delta[v] = 0
            }
        }}}}}}}}}}
    }

    private func accumulateWeighted(from source: Int, into w: inout Workspace) {
        let includeEdges = self.includeEdges
        var heap = w.heap
        heap.removeAll()
        var settledCount = 0
        offsets.withUnsafeBufferPointer { off in
        targets.withUnsafeBufferPointer { tgt in
        outLengths.withUnsafeBufferPointer { len in
        w.distances.withUnsafeMutableBufferPointer { dist in
        w.sigma.withUnsafeMutableBufferPointer { sigma in
        w.order.withUnsafeMutableBufferPointer { order in
        w.levels.withUnsafeMutableBufferPointer { settled in
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
        }}}}}}}
        w.heap = heap
        let tail = settledCount
        inOffsets.withUnsafeBufferPointer { inOff in
        inSources.withUnsafeBufferPointer { inSrc in
        inLengths.withUnsafeBufferPointer { inLen in
        w.distances.withUnsafeMutableBufferPointer { dist in
        w.sigma.withUnsafeMutableBufferPointer { sigma in
        w.delta.withUnsafeMutableBufferPointer { delta in
        w.order.withUnsafeMutableBufferPointer { order in
        w.levels.withUnsafeMutableBufferPointer { settled in
        w.betweenness.withUnsafeMutableBufferPointer { bc in
        w.arcBetweenness.withUnsafeMutableBufferPointer { arcBC in
            var i = tail - 1
            while i > 0 {
                let x = Int(order[i])
                let dx = dist[x]
                let coefficient = (1 + delta[x]) / sigma[x]
                for p in inOff[x]..<inOff[x + 1] {
                    let v = Int(inSrc[p])
                    if settled[v] >= 0, v != x, dist[v] + inLen[p] == dx {
                        let c = sigma[v] * coefficient
                        delta[v] += c
                        if includeEdges { arcBC[p] += c }
                    }
                }
                bc[x] += delta[x]
                i -= 1
            }
            for j in 0..<tail {
                let v = Int(order[j])
                settled[v] = -1
                dist[v] = .infinity
                sigma[v] = 0
                delta[v] = 0
            }
        }}}}}}}}}}
    }
}
