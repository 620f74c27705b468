/// A piece of work one or more organisations deliver together, with the objective it serves.
///
/// Projects are what overlap detection compares and what funders fund; their organisations
/// are tied to each other in the collaboration view (co-delivery).
public struct Project: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    /// The organisations that deliver it; the first one leads.
    public var organisations: [String]
    /// The objective in the coordinator's own words, French or English.
    public var objectives: String
    public var themes: [String]
    /// Who it is for (immigrant-women, youth, skilled-newcomers ...).
    public var targetGroups: [String]
    public var area: String?
    /// `en` or `fr`; detected from the text when the file does not say.
    public var language: Language
    /// The language the service is given in, when it differs from the language its objective
    /// is written in (an English-language description of a French-language service).
    public var serviceLanguage: Language?

    /// The language people are served in: `serviceLanguage`, else the text's language.
    public var languageOfService: Language { serviceLanguage ?? language }
    public var start: YearMonth?
    public var end: YearMonth?
    public var sources: [String]
    public var illustrative: Bool
    public var notes: String?

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
}

/// The language a project's texts are written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en
    case fr
}
