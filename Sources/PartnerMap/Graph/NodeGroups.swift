/// Which group each node of a view belongs to, for brokerage roles and group-level reading:
/// by sector, by organisation type, or by the council an organisation sits on.
///
/// A project belongs to its lead organisation's group. Nodes with nothing to group them by
/// (no sector, no seat) share one group, "none".
public enum NodeGroups {
    /// What groups nodes: sector or type.
    public enum Basis: String, Sendable, CaseIterable {
        case sector, type, council
    }

    /// A label per node of `graph` (a view of `network`) and the labels' names.
    public static func groups(of graph: Graph, in network: Network, by basis: Basis) -> (labels: [Int], names: [String]) {
        var organisations: [String: Organisation] = [:]
        for organisation in network.organisations { organisations[organisation.id] = organisation }
        var leads: [String: String] = [:]
        for project in network.projects { leads[project.id] = project.lead }
        var firstBody: [String: String] = [:]
        for membership in network.memberships where firstBody[membership.organisation] == nil {
            firstBody[membership.organisation] = membership.body
        }
        var names: [String] = []
        var index: [String: Int] = [:]
        let labels = graph.nodeIDs.map { id -> Int in
            let organisationID = organisations[id] != nil ? id : (leads[id] ?? id)
            let organisation = organisations[organisationID]
            let name: String
            switch basis {
            case .sector: name = organisation?.sectors.first ?? "none"
            case .type: name = organisation?.type.rawValue ?? "none"
            case .council:
                // A council is its own group's centre; members join their first council's group.
                if let organisation, organisation.isBody { name = organisation.id } else { name = firstBody[organisationID] ?? "none" }
            }
            if let existing = index[name] { return existing }
            index[name] = names.count
            names.append(name)
            return names.count - 1
        }
        return (labels, names)
    }
}
