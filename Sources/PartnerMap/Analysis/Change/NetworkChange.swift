/// How one network changed between two moments: who joined and left, which ties formed,
/// broke, strengthened or weakened, how each funder's money moved, which gaps closed or
/// opened, and the network-level scores side by side.
///
/// A Local Immigration Partnership is evaluated on how its network changes from one survey
/// wave or one year to the next; this is that comparison as plain values, for the `compare`
/// command, its JSON, its change map and its report. Organisations are matched by id; a
/// partnership is the pair of its organisations' ids, in sorted order.
public struct NetworkChange: Sendable, Hashable {
    /// The two organisations of a tie, in sorted order.
    public struct Pair: Sendable, Hashable, Comparable {
        /// The id that sorts first.
        public var a: String
        /// The id that sorts second.
        public var b: String

        /// The tie between two organisations, given in either order.
        public init(_ first: String, _ second: String) {
            (a, b) = first < second ? (first, second) : (second, first)
        }

        /// By the first id, then the second.
        public static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.a, lhs.b) < (rhs.a, rhs.b) }
    }

    /// A partnership present in both, with its strength then and now.
    public struct Reweighted: Sendable, Hashable {
        /// The two organisations.
        public var pair: Pair
        /// Its strength at the first moment (1 to 5).
        public var old: Double
        /// Its strength at the second moment.
        public var new: Double
    }

    /// One funder's total in one currency, then and now (0 when it gave nothing).
    public struct FunderChange: Sendable, Hashable {
        /// The funder's id.
        public var funder: String
        /// The three-letter currency of both totals.
        public var currency: String
        /// What it gave at the first moment.
        public var old: Double
        /// What it gives at the second.
        public var new: Double
    }

    /// A gap by what identifies it: its kind, what it is about and, for a missing sector, which.
    public struct GapKey: Sendable, Hashable, Comparable {
        /// What kind of gap.
        public var kind: Gap.Kind
        /// The ids it is about, as the gap names them.
        public var subjects: [String]
        /// For a missing sector, which sectors; empty otherwise.
        public var sectors: [String]

        /// By kind, then subjects, then sectors.
        public static func < (lhs: GapKey, rhs: GapKey) -> Bool {
            (lhs.kind.rawValue, lhs.subjects.joined(separator: "\u{1}"), lhs.sectors.joined(separator: "\u{1}"))
                < (rhs.kind.rawValue, rhs.subjects.joined(separator: "\u{1}"), rhs.sectors.joined(separator: "\u{1}"))
        }
    }

    /// A network-level score then and now; `nil` where it has no meaning (no priorities, no funding).
    public struct Score: Sendable, Hashable {
        /// At the first moment.
        public var old: Double?
        /// At the second moment.
        public var new: Double?
    }

    /// An organisation present in both, with its share of shortest paths (normalised
    /// betweenness on the collaboration view) and its rank by it (1 = the most central).
    public struct Broker: Sendable, Hashable {
        /// The organisation's id.
        public var id: String
        /// Its share of shortest paths at the first moment.
        public var old: Double
        /// Its share at the second moment.
        public var new: Double
        /// Its rank at the first moment (1 = the most central).
        public var oldRank: Int
        /// Its rank at the second moment.
        public var newRank: Int
    }

    /// Organisations in the second network only, sorted.
    public var joined: [String]
    /// Organisations in the first network only, sorted.
    public var left: [String]
    /// Ties in the collaboration view of the second network only.
    public var gained: [Pair]
    /// Ties of the first network that are gone from the second (and not merely unobserved).
    public var lost: [Pair]
    /// For two survey waves: ties of the first absent from the second only because no one who
    /// named them answered again (kept out of `lost`).
    public var unobserved: [Pair]
    /// For two survey waves: who stopped or started answering, scores received, same names.
    public var survey: SurveyChange?
    /// Partnerships in both whose strength rose.
    public var stronger: [Reweighted]
    /// Partnerships in both whose strength fell.
    public var weaker: [Reweighted]
    /// Each funder whose total moved.
    public var funding: [FunderChange]
    /// Gaps of the first network the second no longer has.
    public var gapsClosed: [GapKey]
    /// Gaps of the second network the first did not have.
    public var gapsOpened: [GapKey]
    /// Sectors some organisation brings that no organisation brought before, and the reverse.
    public var sectorsArrived: [String]
    /// Sectors no organisation brings any more.
    public var sectorsGone: [String]
    /// By key: `density`, `degree-centralisation`, `components`, `priorities-covered`,
    /// `funding-concentration` (Herfindahl index across final recipients), `organisations`, `ties`;
    /// for networks from a partner survey, `response-rate`, `confirmed-ties` (share reported by
    /// both sides), `mean-trust` and `mean-value` (1 to 4).
    public var scores: [String: Score]
    /// Organisations present in both, the most central now first.
    public var brokers: [Broker]

    /// The score keys, in the order tables print them.
    public static let scoreKeys = [
        "organisations", "ties", "density", "degree-centralisation", "components",
        "priorities-covered", "funding-concentration", "response-rate", "confirmed-ties",
        "mean-trust", "mean-value",
    ]

    /// Compares two moments of a network, matching organisations by id.
    ///
    /// - Parameters:
    ///   - old: the network at the first moment (an earlier wave or year).
    ///   - new: the network at the second.
    public init(old: Network, new: Network) {
        let oldIDs = Set(old.organisations.map(\.id))
        let newIDs = Set(new.organisations.map(\.id))
        joined = new.organisations.map(\.id).filter { !oldIDs.contains($0) }.sorted()
        left = old.organisations.map(\.id).filter { !newIDs.contains($0) }.sorted()

        let oldTies = Self.ties(old)
        let newTies = Self.ties(new)
        gained = newTies.keys.filter { oldTies[$0] == nil }.sorted()
        let allLost = oldTies.keys.filter { newTies[$0] == nil }.sorted()
        if !old.responses.isEmpty, !new.responses.isEmpty {
            let waves = SurveyChange(old: old, new: new, lost: allLost)
            lost = allLost.filter { !waves.unobserved.contains($0) }
            unobserved = allLost.filter(waves.unobserved.contains)
            survey = waves
        } else {
            lost = allLost
            unobserved = []
            survey = nil
        }
        var stronger: [Reweighted] = []
        var weaker: [Reweighted] = []
        for (pair, weight) in newTies {
            guard let before = oldTies[pair], before != weight else { continue }
            let change = Reweighted(pair: pair, old: before, new: weight)
            if weight > before { stronger.append(change) } else { weaker.append(change) }
        }
        self.stronger = stronger.sorted { $0.pair < $1.pair }
        self.weaker = weaker.sorted { $0.pair < $1.pair }

        let oldMoney = Self.fundingByFunder(old)
        let newMoney = Self.fundingByFunder(new)
        funding = Set(oldMoney.keys).union(newMoney.keys).sorted { ($0.funder, $0.currency) < ($1.funder, $1.currency) }.map {
            FunderChange(funder: $0.funder, currency: $0.currency, old: oldMoney[$0] ?? 0, new: newMoney[$0] ?? 0)
        }.filter { $0.old != $0.new }

        let oldGaps = GapFinder(old).gaps
        let newGaps = GapFinder(new).gaps
        var oldKeys = Set(oldGaps.map(Self.key))
        var newKeys = Set(newGaps.map(Self.key))
        // A wave whose grants all came from one funder could not show who depended on it: its
        // recipients' dependencies on that funder, seen once a second funder appears, are not
        // new, and the one-funder finding is not a gap that closed (and the other way round).
        func unjudgeable(_ gaps: [Gap], seenIn other: [Gap]) -> (only: Set<GapKey>, hidden: Set<GapKey>) {
            let only = gaps.filter { $0.onlyFunder == true }
            let funders = Set(only.flatMap(\.subjects))
            let hidden = other.filter { $0.kind == .fundingDependency && $0.onlyFunder != true && $0.subjects.count == 2 && funders.contains($0.subjects[1]) }
            return (Set(only.map(Self.key)), Set(hidden.map(Self.key)))
        }
        let before = unjudgeable(oldGaps, seenIn: newGaps)
        let after = unjudgeable(newGaps, seenIn: oldGaps)
        if !before.hidden.isEmpty {
            oldKeys.subtract(before.only)
            newKeys.subtract(before.hidden)
        }
        if !after.hidden.isEmpty {
            newKeys.subtract(after.only)
            oldKeys.subtract(after.hidden)
        }
        gapsClosed = oldKeys.subtracting(newKeys).sorted()
        gapsOpened = newKeys.subtracting(oldKeys).sorted()

        let oldSectors = Self.sectors(old)
        let newSectors = Self.sectors(new)
        sectorsArrived = newSectors.subtracting(oldSectors).sorted()
        sectorsGone = oldSectors.subtracting(newSectors).sorted()

        let oldGraph = CollaborationView.graph(of: old)
        let newGraph = CollaborationView.graph(of: new)
        scores = [
            "organisations": Score(old: Double(old.organisations.count), new: Double(new.organisations.count)),
            "ties": Score(old: Double(oldGraph.edgeCount), new: Double(newGraph.edgeCount)),
            "density": Score(old: oldGraph.density, new: newGraph.density),
            "degree-centralisation": Score(old: Self.degreeCentralisation(oldGraph), new: Self.degreeCentralisation(newGraph)),
            "components": Score(old: Double(ConnectedComponents(oldGraph).count), new: Double(ConnectedComponents(newGraph).count)),
            "priorities-covered": Score(old: Self.prioritiesCovered(old, gaps: oldGaps), new: Self.prioritiesCovered(new, gaps: newGaps)),
            "funding-concentration": Score(old: Self.herfindahl(old), new: Self.herfindahl(new)),
        ]
        // Survey scores, when either file carries them.
        let oldSurvey = SurveySummary(old)
        let newSurvey = SurveySummary(new)
        if oldSurvey != nil || newSurvey != nil {
            scores["response-rate"] = Score(old: oldSurvey?.responseRate, new: newSurvey?.responseRate)
            scores["confirmed-ties"] = Score(old: oldSurvey?.confirmedShare, new: newSurvey?.confirmedShare)
            scores["mean-trust"] = Score(old: oldSurvey?.meanTrust, new: newSurvey?.meanTrust)
            scores["mean-value"] = Score(old: oldSurvey?.meanValue, new: newSurvey?.meanValue)
        }

        let oldRanks = Self.betweenness(oldGraph)
        let newRanks = Self.betweenness(newGraph)
        brokers = new.organisations.map(\.id).compactMap { id -> Broker? in
            guard let before = oldRanks[id], let now = newRanks[id] else { return nil }
            return Broker(id: id, old: before.value, new: now.value, oldRank: before.rank, newRank: now.rank)
        }.sorted { ($0.newRank, $0.id) < ($1.newRank, $1.id) }
    }

    /// Whether anything at all changed.
    public var isEmpty: Bool {
        joined.isEmpty && left.isEmpty && gained.isEmpty && lost.isEmpty && unobserved.isEmpty && stronger.isEmpty && weaker.isEmpty
            && funding.isEmpty && gapsClosed.isEmpty && gapsOpened.isEmpty
    }

    // MARK: - Parts

    private static func ties(_ network: Network) -> [Pair: Double] {
        var ties: [Pair: Double] = [:]
        for partnership in network.partnerships where partnership.organisations.count == 2 {
            ties[Pair(partnership.organisations[0], partnership.organisations[1]), default: 0] += partnership.weight
        }
        return ties
    }

    private struct FunderKey: Hashable {
        var funder: String
        var currency: String
    }

    private static func fundingByFunder(_ network: Network) -> [FunderKey: Double] {
        var totals: [FunderKey: Double] = [:]
        for flow in network.funding { totals[FunderKey(funder: flow.from, currency: flow.currency), default: 0] += flow.amount }
        return totals
    }

    private static func key(_ gap: Gap) -> GapKey {
        GapKey(kind: gap.kind, subjects: gap.subjects, sectors: gap.sectors)
    }

    private static func sectors(_ network: Network) -> Set<String> {
        var sectors = Set<String>()
        for organisation in network.organisations { sectors.formUnion(SectorCoverage.sectors(of: organisation)) }
        return sectors
    }

    /// Freeman's degree centralisation: Σ (max degree − degree) / ((n − 1)(n − 2)), 1 for a
    /// star, 0 when every organisation has as many ties.
    static func degreeCentralisation(_ graph: Graph) -> Double? {
        let n = graph.nodeCount
        guard n > 2 else { return nil }
        let degrees = (0..<n).map(graph.degree(of:))
        let highest = degrees.max() ?? 0
        return Double(degrees.reduce(0) { $0 + highest - $1 }) / Double((n - 1) * (n - 2))
    }

    private static func prioritiesCovered(_ network: Network, gaps: [Gap]) -> Double? {
        guard !network.priorities.isEmpty else { return nil }
        let uncovered = gaps.filter { $0.kind == .uncoveredPriority }.count
        return Double(network.priorities.count - uncovered) / Double(network.priorities.count)
    }

    private static func herfindahl(_ network: Network) -> Double? {
        guard !network.funding.isEmpty else { return nil }
        let concentration = FundingConcentration(network)
        return concentration.recipients.isEmpty ? nil : concentration.herfindahl
    }

    /// Organisation id to its normalised betweenness and its rank (1 = highest; ties share
    /// the better rank).
    private static func betweenness(_ graph: Graph) -> [String: (value: Double, rank: Int)] {
        let values = BetweennessCentrality(graph).nodes
        let order = (0..<graph.nodeCount).sorted { values[$0] != values[$1] ? values[$0] > values[$1] : graph.nodeIDs[$0] < graph.nodeIDs[$1] }
        var result: [String: (value: Double, rank: Int)] = [:]
        var rank = 0
        for (position, node) in order.enumerated() {
            if position == 0 || values[node] != values[order[position - 1]] { rank = position + 1 }
            result[graph.nodeIDs[node]] = (values[node], rank)
        }
        return result
    }
}
