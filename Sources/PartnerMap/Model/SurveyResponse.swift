/// One answer of a partner survey: what one organisation (the rater) said of one partner (the
/// rated), kept as it was given, so that trust and value can be read per organisation and per
/// pair, not only averaged into a tie.
///
/// The questionnaire follows PARTNER's (Varda and colleagues, University of Colorado Denver):
/// how often the two work together, three indicators of **trust** (openness to discussion,
/// reliability, commitment to the shared mission) and three of **value** (power or influence,
/// resources brought, level of involvement), each from 1 (not at all) to 4 (a great deal);
/// optionally the level of the relationship and what the partner contributes. An answer with no
/// partner records that the rater answered and named no one.
public struct SurveyResponse: Sendable, Hashable, Codable {
    /// The organisation that answered.
    public var rater: String
    /// The partner it named; `nil` for "answered, named no one".
    public var rated: String?
    /// How often the two work together.
    public var frequency: Frequency?
    /// Trust: how open the partner is to discussion, 1 to 4.
    public var openness: Double?
    /// Trust: how reliable the partner is, 1 to 4.
    public var reliability: Double?
    /// Trust: how committed the partner is to the shared mission, 1 to 4.
    public var mission: Double?
    /// Value: the partner's power or influence, 1 to 4.
    public var power: Double?
    /// Value: the resources the partner brings, 1 to 4.
    public var resources: Double?
    /// Value: the partner's level of involvement, 1 to 4.
    public var involvement: Double?
    /// How far the relationship goes, from awareness to integration.
    public var level: RelationshipLevel?
    /// What the partner contributes, from ``SurveyResponse/contributionKinds``.
    public var contributions: [String]

    /// How often two partners work together, yearly (1) to daily (5): the tie's weight.
    public enum Frequency: String, Sendable, Hashable, Codable, CaseIterable {
        case yearly, quarterly, monthly, weekly, daily
        /// The tie weight this frequency gives: yearly 1 to daily 5.
        public var weight: Double { Double(Self.allCases.firstIndex(of: self)! + 1) }
    }

    /// PARTNER's levels of relationship intensity, from awareness to integration.
    public enum RelationshipLevel: String, Sendable, Hashable, Codable, CaseIterable {
        case awareness, cooperation, coordination, integration
    }

    /// The contributions the questionnaire lists.
    public static let contributionKinds = ["funding", "in-kind", "data", "expertise", "volunteers", "space", "referrals", "other"]

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        rater: String, rated: String?, frequency: Frequency? = nil, openness: Double? = nil, reliability: Double? = nil,
        mission: Double? = nil, power: Double? = nil, resources: Double? = nil, involvement: Double? = nil,
        level: RelationshipLevel? = nil, contributions: [String] = []
    ) {
        self.rater = rater
        self.rated = rated
        self.frequency = frequency
        self.openness = openness
        self.reliability = reliability
        self.mission = mission
        self.power = power
        self.resources = resources
        self.involvement = involvement
        self.level = level
        self.contributions = contributions
    }

    /// The mean of the trust indicators given (a blank one left out); `nil` when all three are blank.
    public var trust: Double? { Self.mean([openness, reliability, mission]) }
    /// The mean of the value indicators given; `nil` when all three are blank.
    public var value: Double? { Self.mean([power, resources, involvement]) }

    /// The six indicators by name, in the questionnaire's order.
    public static let indicators = ["openness", "reliability", "mission", "power", "resources", "involvement"]
    /// An indicator by its name in the file (`openness`, `reliability`, `mission`, `power`, `resources`, `involvement`).
    public func indicator(_ name: String) -> Double? {
        switch name {
        case "openness": openness
        case "reliability": reliability
        case "mission": mission
        case "power": power
        case "resources": resources
        case "involvement": involvement
        default: nil
        }
    }

    static func mean(_ values: [Double?]) -> Double? {
        let given = values.compactMap { $0 }
        return given.isEmpty ? nil : given.reduce(0, +) / Double(given.count)
    }
}
