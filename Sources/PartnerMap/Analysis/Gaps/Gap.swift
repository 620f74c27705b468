/// One thing a partnership table lacks, found in the network file: its kind, the ids it is
/// about and the figures behind it. Gaps are data; ``FindingSentences`` says them in English
/// or French.
public struct Gap: Sendable, Hashable {
    /// The kinds of gap, in the order outputs list them.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A file that records funding only: its structure is not judged (listed first, since
        /// it says what the findings after it rest on).
        case tiesNotRecorded = "ties-not-recorded"
        case isolatedOrganisation = "isolated-organisation"
        case disconnectedComponent = "disconnected-component"
        case singlePointOfFailure = "single-point-of-failure"
        case missingSector = "missing-sector"
        case uncoveredPriority = "uncovered-priority"
        case unfundedProject = "unfunded-project"
        case fundingDependency = "funding-dependency"
        case fundingConcentration = "funding-concentration"
        case siloedOrganisation = "siloed-organisation"
        /// A characteristic of the network's framework no project serves, declared or proposed.
        case characteristicNotServed = "characteristic-not-served"
        /// A characteristic only one organisation's projects serve.
        case characteristicOneOrganisation = "characteristic-one-organisation"
    }

    /// characteristic-not-served and characteristic-one-organisation: true when the finding
    /// rests on characteristics PartnerMap proposed from project texts rather than on ones the
    /// file declares (some projects declare none; for one organisation, none of its projects
    /// declares it).
    public var proposed: Bool?

    /// What kind of gap it is.
    public var kind: Kind
    /// The organisations, projects, bodies or priorities the gap is about.
    public var subjects: [String]
    /// Missing sectors (missing-sector); the organisation's own sectors (siloed-organisation).
    public var sectors: [String] = []
    /// Share of funding from the main funder (funding-dependency) or to the top recipient
    /// (funding-concentration), 0 to 1.
    public var share: Double?
    /// Organisations that would be cut off (single-point-of-failure).
    public var cutOff: Int?
    /// For funding concentration: the Gini coefficient of what recipients receive.
    public var gini: Double?
    /// For funding concentration: the Herfindahl index.
    public var herfindahl: Double?
    /// Recipients the concentration is measured over (funding-concentration).
    public var recipients: Int?
    /// The organisation's ties, all inside its sectors (siloed-organisation).
    public var ties: Int?
    /// The project nearest to an uncovered priority, which does not share what it is about.
    public var closestProject: String?
    /// missing-sector: whether the body's membership is declared complete (`membersComplete:
    /// true` on it and on every sub-council counted), so the sector is missing from the table
    /// and not only from the file.
    public var membersComplete: Bool?
    /// funding-dependency: the subject is the only funder in the file (counting the offices
    /// that are `partOf` it), and `recipients` counts who receives from it; the file cannot show
    /// whether any of them has another funder.
    public var onlyFunder: Bool?
    /// disconnected-component: the gap that counts the groups past those listed one by one
    /// (its subjects are empty), and how many organisations they hold.
    public var groupsNotListed: Int?
    /// disconnected-component: the organisations in the groups counted by ``groupsNotListed``.
    public var organisationsNotListed: Int?

    /// A gap of a kind about some ids.
    public init(kind: Kind, subjects: [String]) {
        self.kind = kind
        self.subjects = subjects
    }
}

extension Gap.Kind {
    /// The kinds found only for a file that names a framework (`framework:`).
    public var isAboutCharacteristics: Bool { self == .characteristicNotServed || self == .characteristicOneOrganisation }
}
