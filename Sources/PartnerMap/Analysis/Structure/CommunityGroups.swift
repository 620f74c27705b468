/// Communities of a network named the way a coordinator would name them: by the sector most
/// of their members work in, or else their area.
public struct CommunityGroups: Sendable {
    public struct Group: Sendable, Hashable {
        public var name: String
        public var members: [String]
    }

    public let louvain: LouvainCommunities
    public let groups: [Group]

    public init(_ network: Network, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        self.init(network, graph: CollaborationView.graph(of: network), seed: seed, resolution: resolution, weighted: weighted)
    }

    /// Communities of a network whose collaboration view is already built.
    init(_ network: Network, graph: Graph, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        louvain = LouvainCommunities(graph, weighted: weighted, resolution: resolution, seed: seed)
        let organisations = Dictionary(uniqueKeysWithValues: network.organisations.map { ($0.id, $0) })
        var used: [String: Int] = [:]
        groups = louvain.communities.map { community in
            let members = community.map { graph.nodeIDs[$0] }
            var name = Self.dominant(members.flatMap { organisations[$0]?.sectors ?? [] })
                ?? Self.dominant(members.compactMap { organisations[$0]?.area })
                ?? (members.count == 1 ? network.displayName(of: members[0]) : "group")
            if members.count == 1 { name = network.displayName(of: members[0]) }
            used[name, default: 0] += 1
            if used[name]! > 1 { name += " (\(used[name]!))" }
            return Group(name: name, members: members)
        }
    }

    /// Communities of a plain graph (an edge list), numbered.
    public init(_ graph: Graph, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        louvain = LouvainCommunities(graph, weighted: weighted, resolution: resolution, seed: seed)
        groups = louvain.communities.enumerated().map { Group(name: "community \($0.offset + 1)", members: $0.element.map { graph.nodeIDs[$0] }) }
    }

    /// The most frequent value, if it is shared by more than one member or is the only one.
    private static func dominant(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}
