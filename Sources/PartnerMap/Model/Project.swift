/// A piece of work one or more organisations deliver together, with the objective it serves.
///
/// Projects are what overlap detection compares and what funders fund; their organisations
/// are tied to each other in the collaboration view (co-delivery).
public struct Project: Sendable, Hashable, Codable, Identifiable {
    /// The project's id: letters, digits, `.`, `_` and `-`, unique among organisations and projects.
    public var id: String
    /// The project's name, compared by `overlap` with its objectives and themes.
    public var name: String
    /// The name in French and in English, when the file gives them (`nameFr`, `nameEn`).
    public var translatedName = Translation()
    /// The organisations that deliver it; the first one leads.
    public var organisations: [String]
    /// The objective in the coordinator's own words, French or English.
    public var objectives: String
    /// The objectives in French and in English, when the file gives them (`objectivesFr`,
    /// `objectivesEn`); compared with other projects' as the objectives are.
    public var translatedObjectives = Translation()
    /// The themes it works on (employment, language, housing …), compared with other projects' and with priorities.
    public var themes: [String]
    /// Who it is for (immigrant-women, youth, skilled-newcomers ...).
    public var targetGroups: [String]
    /// The characteristics of the network's framework it serves, as the file declares them
    /// (`characteristics: [housing, health-care]`); empty when it declares none, and PartnerMap
    /// then proposes them from its text (``CharacteristicProposer``), marked as proposed.
    public var characteristics: [String] = []
    /// Where it works (a borough, a city); two projects in the same area can duplicate each other.
    public var area: String?
    /// `en` or `fr`; detected from the text when the file does not say.
    public var language: Language
    /// The language the service is given in, when it differs from the language its objective
    /// is written in (an English-language description of a French-language service).
    public var serviceLanguage: Language?

    /// The language people are served in: `serviceLanguage`, else the text's language.
    public var languageOfService: Language { serviceLanguage ?? language }
    /// When it starts (a year, or a year and a month).
    public var start: YearMonth?
    /// When it ends; `nil` when the file does not say (still running, or unknown).
    public var end: YearMonth?
    /// The ids of the sources (the file's `sources` section) this entry is taken from.
    public var sources: [String]
    /// Whether the file marks this entry as made up to illustrate: every finding that rests on it says so.
    public var illustrative: Bool
    /// Free text for the file's readers; no analysis reads it.
    public var notes: String?

    /// Makes one from its fields: each parameter is the property of the same name.
    public init(
        id: String, name: String, organisations: [String], objectives: String = "",
        themes: [String] = [], targetGroups: [String] = [], area: String? = nil,
        language: Language = .en, start: YearMonth? = nil, end: YearMonth? = nil,
        sources: [String] = [], illustrative: Bool = false, notes: String? = nil, serviceLanguage: Language? = nil
    ) {
        self.serviceLanguage = serviceLanguage
        self.id = id
        self.name = name
        self.organisations = organisations
        self.objectives = objectives
        self.themes = themes
        self.targetGroups = targetGroups
        self.area = area
        self.language = language
        self.start = start
        self.end = end
        self.sources = sources
        self.illustrative = illustrative
        self.notes = notes
    }

    /// The organisation that leads the project.
    public var lead: String? { organisations.first }

    private enum CodingKeys: String, CodingKey {
        case id, name, nameFr, nameEn, organisations, objectives, objectivesFr, objectivesEn, themes, targetGroups, characteristics, area, language
        case serviceLanguage, start, end, sources, illustrative, notes
    }

    /// Reads it back from its JSON form; fields left out take their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
            organisations: try c.decode([String].self, forKey: .organisations),
            objectives: try c.decodeIfPresent(String.self, forKey: .objectives) ?? "",
            themes: try c.decodeIfPresent([String].self, forKey: .themes) ?? [],
            targetGroups: try c.decodeIfPresent([String].self, forKey: .targetGroups) ?? [],
            area: try c.decodeIfPresent(String.self, forKey: .area), language: try c.decodeIfPresent(Language.self, forKey: .language) ?? .en,
            start: try c.decodeIfPresent(YearMonth.self, forKey: .start), end: try c.decodeIfPresent(YearMonth.self, forKey: .end),
            sources: try c.decodeIfPresent([String].self, forKey: .sources) ?? [],
            illustrative: try c.decodeIfPresent(Bool.self, forKey: .illustrative) ?? false,
            notes: try c.decodeIfPresent(String.self, forKey: .notes),
            serviceLanguage: try c.decodeIfPresent(Language.self, forKey: .serviceLanguage))
        translatedName = try c.decodeTranslation(fr: .nameFr, en: .nameEn)
        translatedObjectives = try c.decodeTranslation(fr: .objectivesFr, en: .objectivesEn)
        characteristics = try c.decodeIfPresent([String].self, forKey: .characteristics) ?? []
    }

    /// Writes it as JSON with the network file's field names (`nameFr`, `objectivesEn`…).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(translatedName, fr: .nameFr, en: .nameEn)
        try c.encode(organisations, forKey: .organisations)
        try c.encode(objectives, forKey: .objectives)
        try c.encode(translatedObjectives, fr: .objectivesFr, en: .objectivesEn)
        try c.encode(themes, forKey: .themes)
        try c.encode(targetGroups, forKey: .targetGroups)
        if !characteristics.isEmpty { try c.encode(characteristics, forKey: .characteristics) }
        try c.encodeIfPresent(area, forKey: .area)
        try c.encode(language, forKey: .language)
        try c.encodeIfPresent(serviceLanguage, forKey: .serviceLanguage)
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(end, forKey: .end)
        try c.encode(sources, forKey: .sources)
        try c.encode(illustrative, forKey: .illustrative)
        try c.encodeIfPresent(notes, forKey: .notes)
    }
}

/// The language a project's texts are written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en
    case fr
}
