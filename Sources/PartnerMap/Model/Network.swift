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
    /// The network's name in French and in English, when the file gives them (`nameFr`, `nameEn`).
    public var translatedName = Translation()
    /// The funders' programmes in French and in English, keyed by the programme as the file
    /// writes it (a flow's `programme`), from the funding entries' `programmeFr` and
    /// `programmeEn`: one name per programme, however many flows it pays.
    public var programmeNames: [String: Translation] = [:]
    /// The documents the facts come from; entities cite them by id.
    public var sources: [Source]
    /// The sectors a council or network is expected to have at its table
    /// (health, education, justice, municipal, employment ...).
    public var expectedSectors: [String]
    /// What a funder or council wants covered.
    public var priorities: [Priority]
    /// The framework the partnership plans against (`framework: welcoming-communities`), when the
    /// file names one or a project declares its characteristics: its characteristics are then
    /// judged like priorities (``FrameworkCoverage``).
    public var framework: String?
    /// Every organisation, in file order.
    public var organisations: [Organisation] { didSet { organisationIndex = Self.index(organisations.lazy.map(\.id)) } }
    /// Every project, in file order.
    public var projects: [Project] { didSet { projectIndex = Self.index(projects.lazy.map(\.id)) } }
    /// Every partnership, in file order.
    public var partnerships: [Partnership]
    /// Every seat on a council or network, in file order.
    public var memberships: [Membership]
    /// Every funding flow, in file order.
    public var funding: [FundingFlow]
    /// Every answer of a partner survey, as given (empty for a network not collected by one).
    public var responses: [SurveyResponse]
    /// Where each id sits in `organisations` and `projects` (the first, should an id repeat),
    /// kept with the lists: reports and tables name thousands of ids.
    private var organisationIndex: [String: Int]
    private var projectIndex: [String: Int]

    private enum CodingKeys: String, CodingKey {
        case name, nameFr, nameEn, sources, expectedSectors, framework, priorities, organisations, projects, partnerships, memberships, funding, responses
    }

    /// Writes it as JSON with the network file's field names: `nameFr` and `nameEn` beside
    /// `name`, and each flow's programme in both languages on the flow (`programmeFr`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(translatedName, fr: .nameFr, en: .nameEn)
        try c.encode(sources, forKey: .sources)
        try c.encode(expectedSectors, forKey: .expectedSectors)
        try c.encodeIfPresent(framework, forKey: .framework)
        try c.encode(priorities, forKey: .priorities)
        try c.encode(organisations, forKey: .organisations)
        try c.encode(projects, forKey: .projects)
        try c.encode(partnerships, forKey: .partnerships)
        try c.encode(memberships, forKey: .memberships)
        if programmeNames.isEmpty {
            try c.encode(funding, forKey: .funding)
        } else {
            try c.encode(funding.map { ProgrammeNamedFlow(flow: $0, programme: $0.programme.flatMap { programmeNames[$0] }) }, forKey: .funding)
        }
        try c.encode(responses, forKey: .responses)
    }

    /// Reads it back from its JSON form; fields left out take their defaults.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            sources: try container.decode([Source].self, forKey: .sources),
            expectedSectors: try container.decode([String].self, forKey: .expectedSectors),
            priorities: try container.decode([Priority].self, forKey: .priorities),
            organisations: try container.decode([Organisation].self, forKey: .organisations),
            projects: try container.decode([Project].self, forKey: .projects),
            partnerships: try container.decode([Partnership].self, forKey: .partnerships),
            memberships: try container.decode([Membership].self, forKey: .memberships),
            funding: try container.decode([FundingFlow].self, forKey: .funding),
            responses: try container.decodeIfPresent([SurveyResponse].self, forKey: .responses) ?? [])
        translatedName = try container.decodeTranslation(fr: .nameFr, en: .nameEn)
        framework = try container.decodeIfPresent(String.self, forKey: .framework)
        for named in try container.decode([ProgrammeNamedFlow.Names].self, forKey: .funding) {
            if let programme = named.programme, !named.translation.isEmpty { programmeNames[programme] = named.translation }
        }
    }

    private static func index(_ ids: some RandomAccessCollection<String>) -> [String: Int] {
        var index = [String: Int](minimumCapacity: ids.count)
        // Backwards, so that a repeated id keeps its first position, with one hash per id.
        for (offset, id) in ids.reversed().enumerated() { index[id] = ids.count - 1 - offset }
        return index
    }

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        name: String,
        sources: [Source] = [],
        expectedSectors: [String] = [],
        priorities: [Priority] = [],
        organisations: [Organisation] = [],
        projects: [Project] = [],
        partnerships: [Partnership] = [],
        memberships: [Membership] = [],
        funding: [FundingFlow] = [],
        responses: [SurveyResponse] = []
    ) {
        self.responses = responses
        self.name = name
        self.sources = sources
        self.expectedSectors = expectedSectors
        self.priorities = priorities
        self.organisations = organisations
        self.projects = projects
        organisationIndex = Self.index(organisations.lazy.map(\.id))
        projectIndex = Self.index(projects.lazy.map(\.id))
        self.partnerships = partnerships
        self.memberships = memberships
        self.funding = funding
    }

    /// The organisation with this id, if any (the first, should a file repeat an id).
    public func organisation(_ id: String) -> Organisation? {
        organisationIndex[id].map { organisations[$0] }
    }

    /// Where the organisation with this id sits in `organisations` (the first, should an id repeat).
    func organisationPosition(_ id: String) -> Int? {
        organisationIndex[id]
    }

    /// Where the project with this id sits in `projects` (the first, should an id repeat).
    func projectPosition(_ id: String) -> Int? {
        projectIndex[id]
    }

    /// The project with this id, if any.
    public func project(_ id: String) -> Project? {
        projectIndex[id].map { projects[$0] }
    }
}

extension Network {
    /// The display name of an organisation or project id; the id itself when unknown.
    public func displayName(of id: String) -> String {
        organisation(id)?.name ?? project(id)?.name ?? id
    }
}

/// A funding flow written with its programme's names in both languages, as a network file
/// writes it.
private struct ProgrammeNamedFlow: Encodable {
    let flow: FundingFlow
    let programme: Translation?

    private enum CodingKeys: String, CodingKey { case programme, programmeFr, programmeEn }

    func encode(to encoder: any Encoder) throws {
        try flow.encode(to: encoder)
        guard let programme else { return }
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(programme, fr: .programmeFr, en: .programmeEn)
    }

    /// What a flow's JSON says of its programme's names.
    struct Names: Decodable {
        let programme: String?
        let translation: Translation

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            programme = try c.decodeIfPresent(String.self, forKey: .programme)
            translation = try c.decodeTranslation(fr: .programmeFr, en: .programmeEn)
        }
    }
}
