/// The first thing a coordinator wants to know about a network: how much is in it, how
/// tightly it holds together, and where the money comes from.
///
/// - Complexity: O(n + m + f) over organisations, ties and funding flows.
public struct NetworkSummary: Sendable, Hashable, Codable {
    /// The network's name, from its file.
    public var name: String
    /// How many organisations the file lists.
    public var organisations: Int
    /// Organisations by type, for example `["nonprofit": 12, "council": 3]`.
    public var organisationsByType: [String: Int]
    /// How many projects, partnerships, seats, funding flows, priorities and sources it lists.
    public var projects: Int
    /// See ``projects``.
    public var partnerships: Int
    /// Seats on councils and networks.
    public var memberships: Int
    /// See ``projects``.
    public var fundingFlows: Int
    /// See ``projects``.
    public var priorities: Int
    /// See ``projects``.
    public var sources: Int
    /// Ties in the collaboration view (partnerships, seats and co-delivery, merged per pair).
    public var collaborationTies: Int
    /// Share of possible ties that exist in the collaboration view.
    public var density: Double
    /// Connected groups of organisations in the collaboration view.
    public var components: Int
    /// Organisations in the largest connected group.
    public var largestComponent: Int
    /// Isolated organisations: no partnership, seat, shared project or funding tie (the one
    /// meaning of "isolated" in every output; ``GapContext/isIsolated(_:)``).
    public var isolated: [String]
    /// Organisations with money given or received but no partnership, seat or shared project:
    /// alone in the collaboration view, not isolated.
    public var fundingOnly: [String]
    /// Each funder's total per currency, largest first.
    public var funders: [FunderTotal]
    /// Earliest and latest year named by a project or a funding flow.
    public var firstYear: Int?
    /// See ``firstYear``.
    public var lastYear: Int?
    /// Response rate, confirmed ties, trust and value, for a network collected by a survey.
    public var survey: SurveySummary?

    /// Total funding from one funder in one currency.
    public struct FunderTotal: Sendable, Hashable, Codable {
        /// The funder's id.
        public var funder: String
        /// The funder's name.
        public var name: String
        /// The three-letter currency of the total.
        public var currency: String
        /// The sum of its flows in that currency.
        public var total: Double
        /// How many flows make the total.
        public var flows: Int
        /// True when any flow counted in the total is illustrative (``FindingProvenance``).
        public var illustrative: Bool = false
    }

    /// - Parameters:
    ///   - network: the network to summarise.
    ///   - graph: the collaboration view of `network`, when the caller has built it already.
    public init(_ network: Network, graph: Graph? = nil) {
        let graph = graph ?? CollaborationView.graph(of: network)
        let components = ConnectedComponents(graph)
        name = network.name
        organisations = network.organisations.count
        organisationsByType = Dictionary(grouping: network.organisations, by: \.type.rawValue).mapValues(\.count)
        projects = network.projects.count
        partnerships = network.partnerships.count
        memberships = network.memberships.count
        fundingFlows = network.funding.count
        priorities = network.priorities.count
        sources = network.sources.count
        collaborationTies = graph.edgeCount
        density = graph.density
        self.components = components.count
        largestComponent = components.components.first?.count ?? 0
        let context = GapContext(network, graph: graph)
        isolated = context.isolated
        let isolatedSet = Set(isolated)
        fundingOnly = components.isolates.map { graph.nodeIDs[$0] }.filter { !isolatedSet.contains($0) }

        var totals: [String: FunderTotal] = [:]
        var order: [String] = []
        for flow in network.funding {
            let key = flow.from + "\u{0}" + flow.currency
            if totals[key] == nil {
                order.append(key)
                totals[key] = FunderTotal(
                    funder: flow.from, name: network.organisation(flow.from)?.name ?? flow.from,
                    currency: flow.currency, total: 0, flows: 0)
            }
            totals[key]!.total += flow.amount
            totals[key]!.flows += 1
        }
        let provenance = FindingProvenance(network)
        if !provenance.isEmpty {
            for flow in network.funding where provenance.isIllustrative(flow) { totals[flow.from + "\u{0}" + flow.currency]?.illustrative = true }
        }
        funders = order.compactMap { totals[$0] }.sorted { a, b in
            a.total != b.total ? a.total > b.total : (a.funder, a.currency) < (b.funder, b.currency)
        }

        (firstYear, lastYear) = Self.years(of: network)
        survey = SurveySummary(network)
    }

    /// The summary of a context's network, from the collaboration view it holds.
    ///
    /// - Parameter context: the network and what has been worked out of it.
    public init(_ context: NetworkContext) {
        self.init(context.network, graph: context.collaborationGraph)
    }

    /// The first and last years the network's projects and funding are dated in.
    static func years(of network: Network) -> (first: Int?, last: Int?) {
        let years =
            network.projects.flatMap { [$0.start?.year, $0.end?.year] }
            + network.funding.flatMap { [$0.year, $0.start?.year, $0.end?.year] }
        return (years.compactMap { $0 }.min(), years.compactMap { $0 }.max())
    }
}
