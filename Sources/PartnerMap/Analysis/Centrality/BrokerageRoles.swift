/// Gould and Fernandez's brokerage roles: for each node v, how often it stands between two
/// others a → v → b who have no direct tie a → b, classed by the groups of a, v and b
/// (R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to brokerage
/// in transaction networks", Sociological Methodology 19, 1989; as R's `sna::brokerage`).
///
/// - **coordinator** A → A → A: brokers inside its own group;
/// - **itinerant** (consultant) A → B → A: an outsider linking two members of one group;
/// - **representative** A → A → B: carries its group's ties out to another;
/// - **gatekeeper** A → B → B: controls what comes into its group;
/// - **liaison** A → B → C: links two groups, belonging to neither.
///
/// Defined on directed graphs (the funding view); groups come from sectors, organisation
/// type or council membership, chosen by the caller.
///
/// - Complexity: O(Σ deg(i)²) time (every pair of a node's neighbours); O(n) memory.
/// - DOI: 10.2307/270949 (Gould and Fernandez 1989).
public struct BrokerageRoles: Sendable {
    /// How many times a node brokers in each role (Gould and Fernandez 1989).
    public struct Counts: Sendable, Hashable, Codable {
        /// Between two members of its own group.
        public var coordinator = 0
        /// Between two members of one other group.
        public var itinerant = 0
        /// From its own group to another.
        public var representative = 0
        /// From another group into its own.
        public var gatekeeper = 0
        /// Between two other groups.
        public var liaison = 0

        /// All roles together.
        public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
    }

    /// Each node's counts, by node index.
    public let counts: [Counts]

    /// - Parameters:
    ///   - graph: a directed graph (the roles follow the direction of ties).
    ///   - groups: a group label per node (nodes with the same label form a group).
    public init(_ graph: Graph, groups: [Int]) {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let n = graph.nodeCount
        var counts = [Counts](repeating: Counts(), count: n)
        for v in 0..<n {
            let gv = groups[v]
            for a32 in graph.predecessors(of: v) {
                let a = Int(a32)
                guard a != v else { continue }
                for b32 in graph.neighbours(of: v) {
                    let b = Int(b32)
                    guard b != a, b != v, graph.weight(from: a, to: b) == nil else { continue }
                    let ga = groups[a]
                    let gb = groups[b]
                    switch (ga == gv, gv == gb, ga == gb) {
                    case (true, true, _): counts[v].coordinator += 1
                    case (false, false, true): counts[v].itinerant += 1
                    case (true, false, _): counts[v].representative += 1
                    case (false, true, _): counts[v].gatekeeper += 1
                    case (false, false, false): counts[v].liaison += 1
                    }
                }
            }
        }
        self.counts = counts
    }
}
