import Dispatch

/// A compact, read-only graph: nodes numbered `0..<nodeCount`, ties stored as compressed
/// sparse rows (for each node, a contiguous run of neighbours and weights).
///
/// Every analysis runs on a `Graph`, never on the ``Network`` model, so one algorithm serves
/// the collaboration view, the funding view and any edge list. It is built once (by
/// ``GraphBuilder`` or a view) and shared by all analyses; being immutable, it can be read
/// from many threads at once.
///
/// Undirected graphs store each tie in both directions; directed graphs also keep the
/// incoming ties, for measures that read edges backwards (closeness, Katz, brokerage).
/// Neighbours of a node are sorted by index, so every traversal is deterministic.
public struct Graph: Sendable {
    /// The id of each node, by index.
    public let nodeIDs: [String]
    /// Whether ties have a direction.
    public let isDirected: Bool
    // The ties in compressed sparse rows: the measures' inner loops read these arrays; a
    // program reads ties through `neighbours(of:)`, `neighbourWeights(of:)`, `predecessors(of:)`
    // and `weight(from:to:)`, which keep working whatever the layout becomes.
    /// `offsets[u]..<offsets[u + 1]` is the range of `u`'s outgoing ties in `targets` and `weights`.
    let offsets: [Int]
    let targets: [Int32]
    /// Tie strengths (amounts on the funding view).
    let weights: [Double]
    /// Incoming ties, laid out like the outgoing ones; the same arrays on undirected graphs.
    let inOffsets: [Int]
    let inSources: [Int32]
    let inWeights: [Double]
    private let indexByID: [String: Int]

    init(
        nodeIDs: [String], isDirected: Bool, offsets: [Int], targets: [Int32], weights: [Double],
        inOffsets: [Int], inSources: [Int32], inWeights: [Double]
    ) {
        self.nodeIDs = nodeIDs
        self.isDirected = isDirected
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inWeights = inWeights
        var index: [String: Int] = [:]
        index.reserveCapacity(nodeIDs.count)
        for (position, id) in nodeIDs.enumerated() { index[id] = position }
        self.indexByID = index
    }

    /// How many nodes the graph has.
    public var nodeCount: Int { nodeIDs.count }

    /// Ties counted once: each undirected tie once, each directed tie once.
    public var edgeCount: Int { isDirected ? targets.count : targets.count / 2 }

    /// The node with this id.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// Outgoing ties of `node` (all ties, on an undirected graph).
    public func neighbours(of node: Int) -> ArraySlice<Int32> { targets[offsets[node]..<offsets[node + 1]] }

    /// The weights of `neighbours(of:)`, in the same order.
    public func neighbourWeights(of node: Int) -> ArraySlice<Double> { weights[offsets[node]..<offsets[node + 1]] }

    /// Incoming ties of `node` (all ties, on an undirected graph).
    public func predecessors(of node: Int) -> ArraySlice<Int32> { inSources[inOffsets[node]..<inOffsets[node + 1]] }

    /// Number of neighbours (out-degree on directed graphs).
    public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// Share of possible ties that exist: 2m/(n(n−1)) undirected, m/(n(n−1)) directed, as networkx.
    public var density: Double {
        let n = Double(nodeCount)
        guard n > 1 else { return 0 }
        let m = Double(edgeCount)
        return isDirected ? m / (n * (n - 1)) : 2 * m / (n * (n - 1))
    }

    /// The weight of the tie from `u` to `v`, if there is one.
    public func weight(from u: Int, to v: Int) -> Double? {
        let range = offsets[u]..<offsets[u + 1]
        var low = range.lowerBound
        var high = range.upperBound
        let target = Int32(v)
        while low < high {
            let middle = (low + high) / 2
            if targets[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && targets[low] == target ? weights[low] : nil
    }
}

extension Graph {
    /// y[v] = Σ over ties u → v of weight(u, v) · x[u] (weight 1 when `weighted` is false):
    /// one step of the linear iterations behind PageRank, eigenvector and Katz centrality.
    ///
    /// Each y[v] is its own sum, added in the same order whoever computes it, so on large
    /// graphs the nodes are shared out between the cores and the result is the same to the bit.
    func propagate(_ x: [Double], weighted: Bool, into y: inout [Double]) {
        let n = nodeCount
        let blocks = n >= Self.parallelPropagationFrom ? 16 : 1
        inOffsets.withUnsafeBufferPointer { inOff in
            inSources.withUnsafeBufferPointer { inSrc in
                inWeights.withUnsafeBufferPointer { inW in
                    x.withUnsafeBufferPointer { x in
                        y.withUnsafeMutableBufferPointer { y in
                            let step = PropagationStep(inOff: inOff, inSrc: inSrc, inW: inW, x: x, y: y, weighted: weighted)
                            if blocks == 1 {
                                step.run(0..<n)
                            } else {
                                DispatchQueue.concurrentPerform(iterations: blocks) { block in step.run((n * block / blocks)..<(n * (block + 1) / blocks)) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// From this many nodes, ``propagate(_:weighted:into:)`` runs on every core.
    static let parallelPropagationFrom = 50_000
}

/// One step of `Graph.propagate(_:weighted:into:)` over a range of nodes. Blocks write
/// disjoint ranges of `y` and only read the rest, so they may run at once.
private struct PropagationStep: @unchecked Sendable {
    let inOff: UnsafeBufferPointer<Int>
    let inSrc: UnsafeBufferPointer<Int32>
    let inW: UnsafeBufferPointer<Double>
    let x: UnsafeBufferPointer<Double>
    let y: UnsafeMutableBufferPointer<Double>
    let weighted: Bool

    func run(_ nodes: Range<Int>) {
        for v in nodes {
            var sum = 0.0
            if weighted {
                for p in inOff[v]..<inOff[v + 1] { sum += x[Int(inSrc[p])] * inW[p] }
            } else {
                for p in inOff[v]..<inOff[v + 1] { sum += x[Int(inSrc[p])] }
            }
            y[v] = sum
        }
    }
}
