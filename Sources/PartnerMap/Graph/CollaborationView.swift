/// The undirected graph of who works with whom: one node per organisation, in file order.
///
/// Organisations are tied by
/// - a **partnership**, with its weight (1..5);
/// - a **seat on a council or network**, tying the member to the body, with the seat's
///   strength (chair and co-chair 3, member 2, ex-officio and advisor 1). Co-members of a
///   body are thus joined through it, at distance two, rather than as a clique: a 40-seat
///   council does not drown every other tie, and the council shows up as the broker it is;
/// - **co-delivery** of a project, 1 for each project two organisations deliver together.
///
/// Ties between the same pair add up, so a strength can exceed 5.
public enum CollaborationView {
    /// Which ties the view draws besides partnerships.
    public struct Options: Sendable, Hashable {
        /// Seats on councils and networks, through the body's node.
        public var memberships = true
        /// Projects two organisations deliver together.
        public var projects = true
        /// Options; each parameter is the property of the same name.
        public init(memberships: Bool = true, projects: Bool = true) {
            self.memberships = memberships
            self.projects = projects
        }
    }

    /// The collaboration view of a network.
    public static func graph(of network: Network, options: Options = Options()) -> Graph {
        let ids = network.organisations.map(\.id)
        var builder = GraphBuilder(nodeIDs: ids, directed: false)
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        for partnership in network.partnerships where partnership.organisations.count == 2 {
            guard let u = index[partnership.organisations[0]], let v = index[partnership.organisations[1]] else { continue }
            builder.addEdge(u, v, weight: partnership.weight)
        }
        if options.memberships {
            for membership in network.memberships {
                guard let u = index[membership.organisation], let v = index[membership.body] else { continue }
                builder.addEdge(u, v, weight: membership.role.tieStrength)
            }
        }
        if options.projects {
            for project in network.projects {
                let members = Array(Set(project.organisations.compactMap { index[$0] })).sorted()
                for (position, u) in members.enumerated() {
                    for v in members[(position + 1)...] { builder.addEdge(u, v, weight: 1) }
                }
            }
        }
        return builder.build(merge: .sum)
    }
}
