/// Everything a community sector knows about itself, as one value: the organisations, the
/// projects they run, the ties between them, who sits on which council and who funds what.
///
/// A `Network` is what every loader produces and what every graph view is built from. It holds
/// no derived data: views and analyses compute from it and never change it. Loaders validate
/// it completely, so a `Network` you receive from ``NetworkLoader`` has every reference
/// resolved, unique ids and sane amounts.
public struct Network: Sendable, Hashable, Codable {
    /// A short title for maps and reports, for example "London & Middlesex LIP".
    public var name: String
    /// The documents the facts come from; entities cite them by id.
    public var sources: [Source]
    /// The sectors a council or network is expected to have at its table
    /// (health, education, justice, municipal, employment ...).
    public var expectedSectors: [String]
    /// What a funder or council wants covered.
    public var priorities: [Priority]
    public var organisations: [Organisation]
    public var projects: [Project]
    public var partnerships: [Partnership]
    public var memberships: [Membership]
    public var funding: [FundingFlow]

    public init(
        name: String,
        sources: [Source] = [],
        expectedSectors: [String] = [],
        priorities: [Priority] = [],
        organisations: [Organisation] = [],
        projects: [Project] = [],
        partnerships: [Partnership] = [],
        memberships: [Membership] = [],
        funding: [FundingFlow] = []
    ) {
        self.name = name
        self.sources = sources
        self.expectedSectors = expectedSectors
        self.priorities = priorities
        self.organisations = organisations
        self.projects = projects
        self.partnerships = partnerships
        self.memberships = memberships
        self.funding = funding
    }

    /// The organisation with this id, if any.
    public func organisation(_ id: String) -> Organisation? {
        organisations.first { $0.id == id }
    }

    /// The project with this id, if any.
    public func project(_ id: String) -> Project? {
        projects.first { $0.id == id }
    }
}

extension Network {
    /// The display name of an organisation or project id; the id itself when unknown.
    public func displayName(of id: String) -> String {
        organisation(id)?.name ?? project(id)?.name ?? id
    }
}
