/// The single points of failure of a network: articulation points (organisations whose
/// departure splits the network) and bridges (ties whose loss splits it), with how many
/// nodes each would cut off.
///
/// Hopcroft and Tarjan's depth-first search ("Efficient algorithms for graph manipulation",
/// CACM 16(6), 1973), iterative so deep chains cannot overflow the stack. Same sets as
/// networkx's `articulation_points` and `bridges`; directed graphs are read as undirected.
///
/// - Complexity: O(n + m) time and memory (one iterative depth-first search).
/// - DOI: 10.1145/362248.362272 (Hopcroft and Tarjan 1973).
public struct CutPoints: Sendable {
    /// Articulation points in index order.
    public let articulationPoints: [Int]
    /// For each articulation point, the nodes that would no longer reach the largest
    /// remaining part of its component.
    public let cutOff: [Int: Int]
    /// Bridges as (smaller index, larger index), sorted.
    public let bridges: [(Int, Int)]
    /// For each bridge (same order), the size of the smaller side it would cut off.
    public let bridgeCutOff: [Int]

    /// Finds the cut points and bridges of a graph, read as undirected.
    public init(_ graph: Graph) {
        let g = graph.undirected()
        let n = g.nodeCount
        var discovery = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var subtree = [Int](repeating: 1, count: n)
        var parent = [Int](repeating: -1, count: n)
        var nextEdge = [Int](repeating: 0, count: n)
        var isArticulation = [Bool](repeating: false, count: n)
        var separated = [Int: [Int]]()  // articulation point -> sizes of the subtrees it separates
        var bridges: [(Int, Int)] = []
        var bridgeSides: [Int] = []
        var componentSize = [Int](repeating: 0, count: n)
        var time = 0
        for root in 0..<n where discovery[root] < 0 {
            var stack = [root]
            discovery[root] = time
            low[root] = time
            time += 1
            nextEdge[root] = g.offsets[root]
            var rootChildren = 0
            var members = [root]
            while let v = stack.last {
                if nextEdge[v] < g.offsets[v + 1] {
                    let u = Int(g.targets[nextEdge[v]])
                    nextEdge[v] += 1
                    if discovery[u] < 0 {
                        parent[u] = v
                        discovery[u] = time
                        low[u] = time
                        time += 1
                        nextEdge[u] = g.offsets[u]
                        stack.append(u)
                        members.append(u)
                        if v == root { rootChildren += 1 }
                    } else if u != parent[v] {
                        low[v] = min(low[v], discovery[u])
                    }
                } else {
                    stack.removeLast()
                    guard let p = stack.last else { continue }
                    subtree[p] += subtree[v]
                    low[p] = min(low[p], low[v])
                    if low[v] >= discovery[p] {
                        if p != root { isArticulation[p] = true }
                        separated[p, default: []].append(subtree[v])
                    }
                    if low[v] > discovery[p] {
                        bridges.append((min(p, v), max(p, v)))
                        bridgeSides.append(subtree[v])
                    }
                }
            }
            if rootChildren > 1 { isArticulation[root] = true }
            for member in members { componentSize[member] = members.count }
            // Bridge sides are subtree sizes; keep the smaller side of each bridge found here.
        }
        var cutOff: [Int: Int] = [:]
        let points = (0..<n).filter { isArticulation[$0] }
        for v in points {
            let pieces = separated[v] ?? []
            let below = pieces.reduce(0, +)
            let rest = componentSize[v] - 1 - below
            let largest = max(rest, pieces.max() ?? 0)
            cutOff[v] = componentSize[v] - 1 - largest
        }
        var order = Array(bridges.indices)
        order.sort { bridges[$0] < bridges[$1] }
        self.articulationPoints = points
        self.cutOff = cutOff
        self.bridges = order.map { bridges[$0] }
        self.bridgeCutOff = order.map { index in
            let (a, _) = bridges[index]
            return min(bridgeSides[index], componentSize[a] - bridgeSides[index])
        }
    }
}
