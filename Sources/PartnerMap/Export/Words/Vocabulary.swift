/// The words readers see for the ids a network file uses: sectors, themes, target groups,
/// partnership types and contributions (from `labels.tsv`), organisation types, seats' roles,
/// relationship levels, how often partners work together and spoken languages, in English or
/// in French. Every table, sentence, map, card and report shows these words, never the id, so
/// that a French reader meets `établissement` and `organisme sans but lucratif`, not
/// `settlement` and `nonprofit`. An id the labels do not know is shown as the file writes it.
public struct Vocabulary: Sendable {
    /// The readers' language.
    public let language: ReportLanguage

    /// The words of a language.
    public init(_ language: ReportLanguage) { self.language = language }

    /// A sector, theme, target group, partnership type or contribution: `settlement` →
    /// `établissement`, `immigrant-women` → `femmes immigrantes`; unknown ids as written.
    public func label(_ id: String) -> String {
        guard let entry = Self.labels[Self.key(id)] ?? Self.labels[SectorCoverage.canonical(id)] else { return id }
        return language == .fr ? entry.french : entry.english
    }

    /// Each id of a list by its word, a word said twice said once (`employment` and
    /// `employers` are both a sector of the same organisation).
    public func labels(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.map(label).filter { seen.insert($0).inserted }
    }

    /// An organisation type: `organisme sans but lucratif`, `school board`.
    public func type(_ type: OrganisationType) -> String {
        let fr = language == .fr
        switch type {
        case .municipal: return "municipal"
        case .provincial: return "provincial"
        case .federal: return fr ? "fédéral" : "federal"
        case .nonprofit: return fr ? "organisme sans but lucratif" : "nonprofit"
        case .funder: return fr ? "bailleur de fonds" : "funder"
        case .university: return fr ? "université" : "university"
        case .employer: return fr ? "employeur" : "employer"
        case .schoolBoard: return fr ? "centre de services scolaire" : "school board"
        case .health: return fr ? "santé" : "health"
        case .council: return fr ? "conseil" : "council"
        case .network: return fr ? "réseau" : "network"
        case .other: return fr ? "autre" : "other"
        }
    }

    /// A seat's role as a council's minutes say it: `coprésidence`, `co-chair`.
    public func role(_ role: MembershipRole) -> String {
        let fr = language == .fr
        switch role {
        case .chair: return fr ? "présidence" : "chair"
        case .coChair: return fr ? "coprésidence" : "co-chair"
        case .member: return fr ? "membre" : "member"
        case .exOfficio: return fr ? "membre d’office" : "ex officio"
        case .advisor: return fr ? "membre consultatif" : "advisor"
        }
    }

    /// A relationship's level on the PARTNER tool's scale: `coordination`, `intégration`.
    public func level(_ level: SurveyResponse.RelationshipLevel) -> String {
        let fr = language == .fr
        switch level {
        case .awareness: return fr ? "connaissance" : "awareness"
        case .cooperation: return fr ? "coopération" : "cooperation"
        case .coordination: return "coordination"
        case .integration: return fr ? "intégration" : "integration"
        }
    }

    /// How often two partners work together, as the survey's table says it: `mensuelle`, `monthly`.
    public func frequency(_ frequency: SurveyResponse.Frequency) -> String {
        let fr = language == .fr
        switch frequency {
        case .yearly: return fr ? "annuelle" : "yearly"
        case .quarterly: return fr ? "trimestrielle" : "quarterly"
        case .monthly: return fr ? "mensuelle" : "monthly"
        case .weekly: return fr ? "hebdomadaire" : "weekly"
        case .daily: return fr ? "quotidienne" : "daily"
        }
    }

    /// A language by its name: `français`, `English`.
    public func spoken(_ spoken: Language) -> String {
        switch (spoken, language) {
        case (.en, .en): "English"
        case (.en, .fr): "anglais"
        case (.fr, .en): "French"
        case (.fr, .fr): "français"
        }
    }

    /// A survey indicator by its one word in each language (`influence`, `engagement`), the same
    /// in the form, the survey's table and the report.
    public func indicator(_ name: String) -> String {
        guard language == .fr else { return name }
        return [
            "openness": "ouverture", "reliability": "fiabilité", "mission": "mission", "power": "influence",
            "resources": "ressources", "involvement": "engagement", "trust": "confiance", "value": "valeur",
        ][name] ?? name
    }

    struct Entry: Sendable {
        let english: String
        let french: String
    }

    /// `labels.tsv`, read once.
    static let labels: [String: Entry] = {
        var entries: [String: Entry] = [:]
        for line in EmbeddedResources.labels.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 3 else { continue }
            entries[key(columns[0])] = Entry(english: columns[1], french: columns[2])
        }
        return entries
    }()

    static func key(_ id: String) -> String { String(TextNormalizer.fold(id).map { $0 == " " || $0 == "_" ? "-" : $0 }) }
}

extension ReportLanguage {
    /// The words for a file's ids in this language.
    public var vocabulary: Vocabulary { Vocabulary(self) }
}
