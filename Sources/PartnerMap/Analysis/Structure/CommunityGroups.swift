/// Communities of a network named the way a coordinator would name them: by the sector more
/// than half of their members work in, or else their area. Where no sector has a majority, the
/// group is named by its two most frequent sectors ("employment / settlement"), ties in the
/// order the members come in the file, never by which word comes first in the alphabet.
public struct CommunityGroups: Sendable {
    /// A community, named by its members' most common sector.
    public struct Group: Sendable, Hashable {
        /// The name in the file's own words ("employment / settlement"), as JSON and CSV give it.
        public var name: String
        /// The ids of its members, in file order.
        public var members: [String]
        /// The sectors the name is made of, so that it can be said in the reader's language;
        /// empty when the group is named by its area or its one member.
        public var sectors: [String] = []
        /// "(2)" and so on when two groups would have the same name.
        public var repeatNumber: Int?

        /// The name in the reader's language: sectors said as ``FindingSentences/sector(_:)`` says them.
        public func label(_ sentences: FindingSentences) -> String { label(sector: sentences.sector) }

        /// The name with each sector said by `sector`.
        func label(sector: (String) -> String) -> String {
            guard !sectors.isEmpty else { return name }
            return sectors.map(sector).joined(separator: " / ") + (repeatNumber.map { " (\($0))" } ?? "")
        }
    }

    /// The communities as Louvain found them.
    public let louvain: LouvainCommunities
    /// The groups, largest first.
    public let groups: [Group]

    /// The communities of a network's collaboration view, named.
    public init(_ network: Network, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        self.init(network, graph: CollaborationView.graph(of: network), seed: seed, resolution: resolution, weighted: weighted)
    }

    /// Communities of a network whose collaboration view is already built.
    public init(_ network: Network, graph: Graph, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        louvain = LouvainCommunities(graph, weighted: weighted, resolution: resolution, seed: seed)
        let organisations = Dictionary(uniqueKeysWithValues: network.organisations.map { ($0.id, $0) })
        var used: [String: Int] = [:]
        groups = louvain.communities.map { community in
            let members = community.map { graph.nodeIDs[$0] }
            let sectorName = Self.dominant(members.flatMap { organisations[$0]?.sectors ?? [] }, members: members.count)
            var name =
                sectorName
                ?? Self.dominant(members.compactMap { organisations[$0]?.area }, members: members.count)
                ?? (members.count == 1 ? network.displayName(of: members[0]) : "group")
            if members.count == 1 { name = network.displayName(of: members[0]) }
            used[name, default: 0] += 1
            let repeatNumber = used[name]! > 1 ? used[name]! : nil
            if let repeatNumber { name += " (\(repeatNumber))" }
            let sectors = members.count > 1 ? sectorName.map { $0.components(separatedBy: " / ") } ?? [] : []
            return Group(name: name, members: members, sectors: sectors, repeatNumber: repeatNumber)
        }
    }

    /// Communities of a plain graph (an edge list), numbered.
    public init(_ graph: Graph, seed: UInt64 = 0, resolution: Double = 1, weighted: Bool = true) {
        louvain = LouvainCommunities(graph, weighted: weighted, resolution: resolution, seed: seed)
        groups = louvain.communities.enumerated().map { Group(name: "community \($0.offset + 1)", members: $0.element.map { graph.nodeIDs[$0] }) }
    }

    /// The value more than half of the members hold; else the two most frequent, joined
    /// ("employment / settlement"); ties in order of first appearance.
    static func dominant(_ values: [String], members: Int? = nil) -> String? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for value in values {
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        let ranked = order.enumerated().sorted { (counts[$0.element]!, $1.offset) > (counts[$1.element]!, $0.offset) }.map(\.element)
        guard let first = ranked.first else { return nil }
        let total = members ?? values.count
        if 2 * counts[first]! > total, ranked.count == 1 || counts[ranked[1]]! < counts[first]! { return first }
        return ranked.prefix(2).joined(separator: " / ")
    }
}
