/// The checks behind `partnermap gaps`: who is alone, who is missing from a table, what no
/// project covers and where the money sits. They turn the obstacles named at the Welcoming
/// Communities research workshop (Welcoming Communities Initiative, London, Ontario, 2010: health, education,
/// police and employers not at the table, municipalities absent, funding uncertain and
/// unequal) into findings with a next step.
///
/// Each kind of gap is one ``GapCheck``; the finder runs them over one shared ``GapContext`` and
/// orders the gaps by kind, in the order of ``Gap/Kind``.
///
/// - Complexity: O(n + m) for the structural checks (components, cut points by Hopcroft–Tarjan),
///   O(f) for the funding checks over f flows, and a text-index search for priority coverage.
public struct GapFinder: Sendable {
    /// What counts as a gap.
    public struct Options: Sendable {
        /// A funder giving at least this share of an organisation's money is a dependency.
        public var dependencyShare = 0.8
        /// Funding is concentrated when the Herfindahl index or the Gini coefficient reaches these.
        public var concentratedHerfindahl = 0.25
        /// The Gini coefficient above which funding counts as concentrated.
        public var concentratedGini = 0.5
        /// Funding concentration is judged over at least this many recipients.
        public var concentrationMinimumRecipients = 5
        /// A priority counts as covered by a project whose text is at least this similar to it.
        public var prioritySimilarity = 0.2
        /// The defaults above.
        public init() {}
    }

    /// Every check, one per kind of gap, in the order their gaps are listed.
    public static let checks: [any GapCheck] = [
        TiesNotRecordedCheck(), IsolatedOrganisationCheck(), DisconnectedComponentCheck(), SinglePointOfFailureCheck(),
        MissingSectorCheck(), UncoveredPriorityCheck(), UnfundedProjectCheck(),
        FundingDependencyCheck(), FundingConcentrationCheck(), SiloedOrganisationCheck(),
        CharacteristicNotServedCheck(), CharacteristicOneOrganisationCheck(),
    ]

    /// Every gap found, by kind.
    public let gaps: [Gap]

    /// - Parameters:
    ///   - network: the network to check.
    ///   - options: the thresholds of the checks (the defaults are the report's).
    ///   - graph: the collaboration view of `network`, when the caller has built it already (the
    ///     report builds it once for every section).
    ///   - cutPoints: its cut points and bridges, likewise.
    public init(_ network: Network, options: Options = Options(), graph: Graph? = nil, cutPoints: CutPoints? = nil) {
        let context = GapContext(network, options: options, graph: graph, cutPoints: cutPoints)
        gaps = Self.checks.flatMap { $0.gaps(in: context) }
    }

    /// The gaps of a context's network, from the collaboration view and cut points it holds
    /// (worked out once for every reader of the context: the report, its maps, its tables).
    ///
    /// - Parameters:
    ///   - context: the network and what has been worked out of it.
    ///   - options: what counts as a gap.
    public init(_ context: NetworkContext, options: Options = Options()) {
        self.init(context.network, options: options, graph: context.collaborationGraph, cutPoints: context.cutPoints)
    }
}
