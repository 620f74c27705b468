/// One kind of gap, looked for in a network. Adding a kind of gap is adding one type that
/// conforms to this protocol (one file in `Checks/`) and listing it in ``GapFinder/checks``.
///
/// A check returns data, never sentences: the words live in the catalogues of the export
/// layer (``FindingSentences``), one per language.
public protocol GapCheck: Sendable {
    /// The kind of gap this check reports; every gap it returns has this kind.
    var kind: Gap.Kind { get }
    /// The gaps of this kind, in a stable order.
    func gaps(in context: GapContext) -> [Gap]
}

/// What several checks need, computed once per network: the collaboration view, who has which
/// kind of tie, who delivers which project.
public struct GapContext: Sendable {
    /// The collaboration view's cut points and bridges (Hopcroft–Tarjan): the ones given, or
    /// computed now.
    public var cutPoints: CutPoints { knownCutPoints ?? CutPoints(graph) }

    /// The network checked.
    public let network: Network
    /// What counts as a gap.
    public let options: GapFinder.Options
    /// The collaboration view (partnerships, seats, shared projects).
    public let graph: Graph
    /// The view's cut points and bridges when the caller has them already (the report's
    /// centrality table computes them on the same graph); ``cutPoints`` otherwise computes them.
    let knownCutPoints: CutPoints?
    /// Organisations with at least one partnership.
    public let partnered: Set<String>
    /// Organisations with a seat, and the bodies that have members.
    public let seated: Set<String>
    /// Organisations delivering a project with at least one other organisation.
    public let coDelivering: Set<String>
    /// The projects each organisation delivers, in file order.
    public let delivers: [String: [String]]
    /// Funders, recipients and funded projects.
    public let funded: Set<String>
    /// The network's projects held against the framework its file names; `nil` when it names none.
    public let frameworkCoverage: FrameworkCoverage?
    /// Whether the file records how organisations work together at all (a partnership, a
    /// seat, a project of two organisations). A grants file records funding only: its
    /// structure — who is cut off, who holds the network together — is not judged.
    public var recordsTies: Bool { !partnered.isEmpty || !seated.isEmpty || !coDelivering.isEmpty || network.funding.isEmpty }

    /// - Parameters:
    ///   - network: the network the checks read.
    ///   - options: the thresholds of the checks.
    ///   - graph: the collaboration view of `network`, when the caller has built it already.
    ///   - cutPoints: its cut points and bridges, likewise.
    public init(_ network: Network, options: GapFinder.Options = GapFinder.Options(), graph: Graph? = nil, cutPoints: CutPoints? = nil) {
        self.network = network
        self.options = options
        self.graph = graph ?? CollaborationView.graph(of: network)
        knownCutPoints = graph == nil ? nil : cutPoints
        var partnered = Set<String>()
        for partnership in network.partnerships { partnered.formUnion(partnership.organisations) }
        self.partnered = partnered
        var seated = Set<String>()
        for membership in network.memberships {
            seated.insert(membership.organisation)
            seated.insert(membership.body)
        }
        self.seated = seated
        var coDelivering = Set<String>()
        var delivers: [String: [String]] = [:]
        for project in network.projects {
            if Set(project.organisations).count > 1 { coDelivering.formUnion(project.organisations) }
            for organisation in project.organisations { delivers[organisation, default: []].append(project.id) }
        }
        self.coDelivering = coDelivering
        self.delivers = delivers
        var funded = Set<String>()
        for flow in network.funding {
            funded.insert(flow.from)
            funded.insert(flow.to)
        }
        self.funded = funded
        frameworkCoverage = network.framework.flatMap(Framework.named).map { FrameworkCoverage(network, framework: $0) }
    }

    /// True when the organisation gives or receives money, directly or through a project it delivers.
    public func hasFundingTie(_ id: String) -> Bool {
        funded.contains(id) || (delivers[id] ?? []).contains(where: funded.contains)
    }

    /// True when the organisation has no tie of any kind: no partnership, seat, shared project or
    /// money. This is what "isolated" means everywhere PartnerMap says it (gaps, summary, report).
    public func isIsolated(_ id: String) -> Bool {
        !partnered.contains(id) && !seated.contains(id) && !coDelivering.contains(id) && !hasFundingTie(id)
    }

    /// The isolated organisations, in file order.
    public var isolated: [String] { network.organisations.map(\.id).filter(isIsolated) }

    /// The organisation this one is part of, followed up (`partOf` of `partOf` ...), or itself.
    public func root(of id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let parent = network.organisation(current)?.partOf, seen.insert(parent).inserted { current = parent }
        return current
    }
}
