/// The part of a network a coordinator asks about: one sector, one type of organisation, one
/// area, one council's table, the network as it stood in a year, sourced entries only,
/// partnerships both sides confirmed. Every command takes it as options (`--sector health`) and
/// the workspace page as its filters, and both give the same network to the same analyses.
///
/// Sector, type and area keep the organisations that match and the councils and networks they
/// sit on (the tables they meet at), so a sector's map still shows where it meets; a council
/// keeps that body, the bodies that are part of it and everyone with a seat on them. What
/// names an organisation left out goes with it (``Network/keeping(organisations:)``).
public struct NetworkFilter: Sendable, Hashable, Codable {
    /// Organisations that list this sector (as the file spells it).
    public var sector: String?
    /// Organisations of this type.
    public var type: OrganisationType?
    /// Organisations whose area is this one (as the file spells it).
    public var area: String?
    /// The id of a council or network: its table and everyone with a seat on it.
    public var council: String?
    /// The id of a characteristic of the network's framework (`housing`): the projects that
    /// serve it, declared or proposed (``FrameworkCoverage``), the organisations that deliver
    /// them, the tables they sit at and the funders of those projects.
    public var characteristic: String?
    /// What was in place in this year (``Network/asOf(year:)``).
    public var asOf: Int?
    /// Entries the file marks illustrative left out (``Network/sourcedOnly()``).
    public var sourcedOnly: Bool
    /// Only partnerships both sides reported in a partner survey (``Network/confirmedOnly()``).
    public var confirmedOnly: Bool

    /// A filter; each parameter is the property of the same name. With no argument it keeps everything.
    public init(
        sector: String? = nil, type: OrganisationType? = nil, area: String? = nil, council: String? = nil,
        asOf: Int? = nil, sourcedOnly: Bool = false, confirmedOnly: Bool = false, characteristic: String? = nil
    ) {
        self.characteristic = characteristic
        self.sector = sector
        self.type = type
        self.area = area
        self.council = council
        self.asOf = asOf
        self.sourcedOnly = sourcedOnly
        self.confirmedOnly = confirmedOnly
    }

    /// True when the filter keeps the whole network.
    public var keepsEverything: Bool { self == NetworkFilter() }

    /// True when the filter needs a network's entries (every part of it does: a graph from
    /// another tool has no sectors, councils, dates or sources).
    public var needsNetwork: Bool { !keepsEverything }

    /// The network narrowed as asked, in a fixed order: sourced entries, then the year, then
    /// confirmed partnerships, then who is kept (so a council's table is the one in place that
    /// year).
    ///
    /// Complexity: O(*n* + *m*) for a network of *n* entries and *m* seats.
    public func apply(to network: Network) -> Network {
        var network = network
        if sourcedOnly { network = network.sourcedOnly() }
        if let asOf { network = network.asOf(year: asOf) }
        if confirmedOnly { network = network.confirmedOnly() }
        if let characteristic { network = Self.serving(characteristic, in: network) }
        guard sector != nil || type != nil || area != nil || council != nil else { return network }
        var kept = Set<String>()
        for organisation in network.organisations where matches(organisation) { kept.insert(organisation.id) }
        if sector != nil || type != nil || area != nil {
            // The tables the kept organisations sit at.
            for membership in network.memberships where kept.contains(membership.organisation) { kept.insert(membership.body) }
        }
        if let council {
            var bodies: Set<String> = [council]
            for organisation in network.organisations where organisation.isBody && organisation.partOf == council { bodies.insert(organisation.id) }
            var table = network.organisations.contains { $0.id == council } ? bodies : []
            for membership in network.memberships where bodies.contains(membership.body) { table.insert(membership.organisation) }
            let narrowedAlready = sector != nil || type != nil || area != nil
            kept = narrowedAlready ? kept.intersection(table).union(bodies.intersection(table)) : table
        }
        return network.keeping { kept.contains($0.id) }
    }

    /// The projects that serve a characteristic, the organisations that deliver them, the
    /// tables those sit at and the funders of those projects (with everyone else left out).
    static func serving(_ characteristic: String, in network: Network) -> Network {
        let coverage = FrameworkCoverage(network, framework: FrameworkCoverage.framework(of: network))
        let projects = Set(coverage.entries.first { $0.characteristic.id == characteristic }?.services.map(\.project) ?? [])
        var kept = Set<String>()
        for project in network.projects where projects.contains(project.id) { kept.formUnion(project.organisations) }
        for membership in network.memberships where kept.contains(membership.organisation) { kept.insert(membership.body) }
        // Who funds those projects, so that the money that reaches the characteristic stays in view.
        for flow in network.funding where projects.contains(flow.to) { kept.insert(flow.from) }
        var narrowed = network.keeping { kept.contains($0.id) }
        narrowed.projects = narrowed.projects.filter { projects.contains($0.id) }
        let left = Set(network.projects.map(\.id)).subtracting(projects)
        narrowed.funding = narrowed.funding.filter { !left.contains($0.to) }
        return narrowed
    }

    private func matches(_ organisation: Organisation) -> Bool {
        if let sector, !organisation.sectors.contains(sector) { return false }
        if let type, organisation.type != type { return false }
        if let area, organisation.area != area { return false }
        return true
    }

    /// The options of the command line that ask for this filter (`--sector health --as-of
    /// 2019`), each value as one argument; empty when it keeps everything. An export made
    /// under a filter records it in this form, which any command takes back.
    public var arguments: [String] {
        var arguments: [String] = []
        if let sector { arguments += ["--sector", sector] }
        if let type { arguments += ["--type", type.rawValue] }
        if let area { arguments += ["--area", area] }
        if let council { arguments += ["--council", council] }
        if let characteristic { arguments += ["--characteristic", characteristic] }
        if let asOf { arguments += ["--as-of", String(asOf)] }
        if confirmedOnly { arguments.append("--confirmed") }
        if sourcedOnly { arguments.append("--sourced-only") }
        return arguments
    }
}

extension NetworkFilter {
    /// A value of the filter that no entry of the network has, with the values the network has
    /// instead: a misspelt sector would otherwise give an empty network and findings about nothing.
    public struct Mismatch: Sendable, Hashable {
        /// The option as a command spells it (`--sector`).
        public var option: String
        /// The value asked for.
        public var value: String
        /// Every value the network has for this option, sorted.
        public var known: [String]
        /// The known value closest to the one asked for, if one is close.
        public var suggestion: String?
    }

    /// The values that name nothing in `network` (the whole network, before any narrowing).
    public func mismatches(in network: Network) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        // The known values are gathered only for a part the filter sets (the page asks every second).
        func check(_ option: String, _ value: String?, _ knownValues: @autoclosure () -> Set<String>) {
            guard let value else { return }
            let known = knownValues()
            guard !known.contains(value) else { return }
            let sorted = known.sorted()
            mismatches.append(Mismatch(option: option, value: value, known: sorted, suggestion: Suggestion.closest(to: value, in: sorted)))
        }
        check("--sector", sector, Set(network.organisations.lazy.flatMap(\.sectors)))
        check("--type", type?.rawValue, Set(network.organisations.lazy.map(\.type.rawValue)))
        check("--area", area, Set(network.organisations.lazy.compactMap(\.area)))
        check("--council", council, Set(network.organisations.lazy.filter(\.isBody).map(\.id)))
        check("--characteristic", characteristic, Set(FrameworkCoverage.framework(of: network).characteristics.map(\.id)))
        return mismatches
    }

    /// The choices a network offers for each part of a filter, for a page's menus: every sector,
    /// type, area and council its organisations have, and the years its dates span.
    public struct Choices: Sendable, Hashable, Codable {
        /// Every sector, sorted.
        public var sectors: [String]
        /// Every organisation type present, in the order of ``OrganisationType``.
        public var types: [String]
        /// Every area, sorted.
        public var areas: [String]
        /// Every council and network: id and name, in file order.
        public var councils: [[String]]
        /// The first and last year any date or funding year of the file names, if any.
        public var years: [Int]
        /// Whether any entry is marked illustrative (the sourced-only filter changes something).
        public var hasIllustrative: Bool
        /// Whether any partnership was reported in a survey (the confirmed-only filter changes something).
        public var hasReported: Bool
        /// The characteristics of the framework the file names, in its order; empty when it names none.
        public var characteristics: [String] = []
    }

    /// What `network` offers to filter on.
    public static func choices(in network: Network) -> Choices {
        let present = Set(network.organisations.map(\.type))
        var years: [Int] = []
        func note(_ date: YearMonth?) { if let date { years.append(date.year) } }
        for organisation in network.organisations {
            note(organisation.since)
            note(organisation.until)
        }
        for project in network.projects {
            note(project.start)
            note(project.end)
        }
        for partnership in network.partnerships {
            note(partnership.since)
            note(partnership.until)
        }
        for membership in network.memberships {
            note(membership.since)
            note(membership.until)
        }
        for flow in network.funding {
            if let year = flow.year { years.append(year) }
            note(flow.start)
            note(flow.end)
        }
        return Choices(
            sectors: Set(network.organisations.lazy.flatMap(\.sectors)).sorted(),
            types: OrganisationType.allCases.filter(present.contains).map(\.rawValue),
            areas: Set(network.organisations.lazy.compactMap(\.area)).sorted(),
            councils: network.organisations.filter(\.isBody).map { [$0.id, $0.name] },
            years: years.isEmpty ? [] : [years.min()!, years.max()!],
            hasIllustrative: network.hasIllustrativeEntries,
            hasReported: network.partnerships.contains { $0.reported != nil },
            characteristics: network.framework == nil ? [] : FrameworkCoverage.framework(of: network).characteristics.map(\.id))
    }
}
