/// One thing a partnership table lacks, found in the network file, with the ids it is about,
/// a sentence a coordinator understands and a next step.
public struct Gap: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case isolatedOrganisation = "isolated-organisation"
        case disconnectedComponent = "disconnected-component"
        case singlePointOfFailure = "single-point-of-failure"
        case missingSector = "missing-sector"
        case uncoveredPriority = "uncovered-priority"
        case unfundedProject = "unfunded-project"
        case fundingDependency = "funding-dependency"
        case fundingConcentration = "funding-concentration"
        case siloedOrganisation = "siloed-organisation"
    }

    public var kind: Kind
    /// The organisations, projects, bodies or priorities the gap is about.
    public var subjects: [String]
    public var message: String
    public var nextStep: String
    /// Missing sectors (missing-sector).
    public var sectors: [String] = []
    /// Share of funding from the main funder (funding-dependency) or to the top recipient
    /// (funding-concentration), 0 to 1.
    public var share: Double?
    /// Organisations that would be cut off (single-point-of-failure).
    public var cutOff: Int?
    public var gini: Double?
    public var herfindahl: Double?

    public init(kind: Kind, subjects: [String], message: String, nextStep: String) {
        self.kind = kind
        self.subjects = subjects
        self.message = message
        self.nextStep = nextStep
    }
}
