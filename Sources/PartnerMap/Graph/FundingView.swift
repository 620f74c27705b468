/// The directed graph of where money goes: funders to organisations and projects.
///
/// Nodes are every organisation then every project, in file order; a tie from funder to
/// recipient carries the total amount of all flows between them (currencies are not
/// converted: keep one currency per file for totals to mean something).
public enum FundingView {
    /// The funding view of a network: funders to recipients, weighted by amount.
    public static func graph(of network: Network) -> Graph {
        let ids = network.organisations.map(\.id) + network.projects.map(\.id)
        var builder = GraphBuilder(nodeIDs: ids, directed: true)
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() where index[id] == nil { index[id] = position }
        for flow in network.funding {
            guard let u = index[flow.from], let v = index[flow.to] else { continue }
            builder.addEdge(u, v, weight: flow.amount)
        }
        return builder.build(merge: .sum)
    }
}
