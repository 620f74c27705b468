/// Whether a finding rests on anything the file marks `illustrative: true`: the one rule behind
/// the `illustrative` flag of every gap, overlap pair, suggestion, broker sentence, funding
/// total and map element, so a coordinator can tell what may be said to a council as fact.
///
/// A finding is illustrative when anything it rests on is:
/// - a **gap** is sourced only when the same gap, with the same figures, is found in the
///   network of sourced entries alone (``Network/sourcedOnly()``); an isolated organisation, a
///   cut point or a concentration that exists only because of made-up entries is illustrative;
/// - an **overlap pair**, when either project is, or a funder named as shared gives to either
///   through an illustrative flow;
/// - a **suggested partnership**, when either organisation is, or a partner, a seat or a
///   project named in its reason is (or the tie to it is);
/// - a sentence about an **organisation** (a broker, a single point of failure, a row of the
///   centrality table), when the organisation is or any of its ties, seats or projects is;
/// - a **funding total**, when any flow counted in it is;
/// - a **characteristic** no project serves, never (made-up entries can only add service).
///
/// A network with no illustrative entry answers `false` everywhere at no cost.
public struct FindingProvenance: Sendable {
    /// The network whose entries are marked.
    public let network: Network
    /// Organisations and projects marked illustrative.
    private let illustrativeIDs: Set<String>
    /// Organisations with an illustrative partnership, seat, project or flow of their own.
    private let illustrativeTies: Set<String>
    /// Unordered pairs joined by an illustrative partnership or seat.
    private let illustrativePairs: Set<[String]>
    /// Funder and recipient of every illustrative flow, and its project's organisations.
    private let illustrativeFlows: Set<[String]>
    /// True when the file marks any entry illustrative.
    public let isEmpty: Bool

    /// What a network's findings rest on.
    public init(_ network: Network) {
        self.network = network
        isEmpty = !network.hasIllustrativeEntries
        var ids = Set<String>()
        var ties = Set<String>()
        var pairs = Set<[String]>()
        var flows = Set<[String]>()
        if !isEmpty {
            for organisation in network.organisations where organisation.illustrative { ids.insert(organisation.id) }
            for project in network.projects where project.illustrative {
                ids.insert(project.id)
                ties.formUnion(project.organisations)
            }
            for partnership in network.partnerships where partnership.illustrative {
                ties.formUnion(partnership.organisations)
                pairs.insert(partnership.organisations.sorted())
            }
            for membership in network.memberships where membership.illustrative {
                ties.formUnion([membership.organisation, membership.body])
                pairs.insert([membership.organisation, membership.body].sorted())
            }
            for flow in network.funding where flow.illustrative {
                ties.formUnion([flow.from, flow.to])
                flows.insert([flow.from, flow.to])
                for organisation in network.project(flow.to)?.organisations ?? [] { ties.insert(organisation) }
            }
        }
        illustrativeIDs = ids
        illustrativeTies = ties
        illustrativePairs = pairs
        illustrativeFlows = flows
    }

    /// True when the organisation or project itself is marked illustrative.
    public func isIllustrative(_ id: String) -> Bool { illustrativeIDs.contains(id) }

    /// True when a sentence about this organisation rests on an illustrative entry: the
    /// organisation itself, or one of its partnerships, seats, projects or flows.
    public func organisationRestsOnIllustrative(_ id: String) -> Bool {
        illustrativeIDs.contains(id) || illustrativeTies.contains(id)
    }

    /// One flag per gap, in order. Gaps are found again on the sourced entries alone; a gap not
    /// found there, figures and all, rests on something illustrative.
    public func flags(_ gaps: [Gap], options: GapFinder.Options = GapFinder.Options()) -> [Bool] {
        guard !isEmpty else { return gaps.map { _ in false } }
        let sourced = Set(GapFinder(network.sourcedOnly(), options: options).gaps)
        // A characteristic no project serves is served by none of the sourced ones either: made-up
        // entries can only add service. (Its wording, which says whether texts were read, may
        // differ once they are left out.)
        return gaps.map { gap in
            guard gap.kind != .characteristicNotServed else { return false }
            return gap.subjects.contains(where: illustrativeIDs.contains) || !sourced.contains(gap)
        }
    }

    /// True when an overlap pair rests on an illustrative project or funding flow.
    public func isIllustrative(_ pair: OverlapFinder.Pair) -> Bool {
        guard !isEmpty else { return false }
        if pair.projects.contains(where: illustrativeIDs.contains) { return true }
        return pair.sharedFunders.contains { funder in pair.projects.contains { illustrativeFlows.contains([funder, $0]) } }
    }

    /// True when a suggested partnership rests on an illustrative entry.
    public func isIllustrative(_ item: PartnershipRecommender.Recommendation) -> Bool {
        guard !isEmpty else { return false }
        let named = item.organisations + item.commonPartners + item.commonBodies + item.similarProjects
        if named.contains(where: illustrativeIDs.contains) { return true }
        return item.organisations.contains { organisation in
            (item.commonPartners + item.commonBodies).contains { illustrativePairs.contains([organisation, $0].sorted()) }
        }
    }

    /// True when a funding flow is illustrative or names an illustrative funder or recipient.
    public func isIllustrative(_ flow: FundingFlow) -> Bool {
        flow.illustrative || illustrativeIDs.contains(flow.from) || illustrativeIDs.contains(flow.to)
    }

    /// True when any flow from this funder is illustrative: its total is then illustrative too.
    public func funderTotalIsIllustrative(_ funder: String) -> Bool {
        guard !isEmpty else { return false }
        return illustrativeIDs.contains(funder) || network.funding.contains { $0.from == funder && isIllustrative($0) }
    }
}
