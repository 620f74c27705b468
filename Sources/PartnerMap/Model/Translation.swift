/// A text in French and in English, for what people read in a bilingual network: its name, and
/// each organisation's, project's and priority's name, and a project's objectives. A file writes
/// them beside the text as it is written (`name`), as `nameFr` and `nameEn` (`objectivesFr`,
/// `objectivesEn`); outputs in one language use its text when the file gives it, the text as
/// written otherwise (``Network/inLanguage(_:)``).
public struct Translation: Sendable, Hashable, Codable {
    /// The text in French, when the file gives it.
    public var fr: String?
    /// The text in English, when the file gives it.
    public var en: String?
    /// The text as the file writes it (`name`), kept when ``Network/inLanguage(_:)`` shows a
    /// translation in its place, so that analyses read the same texts in every language.
    public var written: String?

    /// A text in either language or both.
    public init(fr: String? = nil, en: String? = nil) {
        self.fr = fr
        self.en = en
    }

    /// The text in a language, `nil` when the file does not give it.
    public subscript(language: Language) -> String? {
        switch language {
        case .fr: fr
        case .en: en
        }
    }

    /// Neither language given.
    public var isEmpty: Bool { fr == nil && en == nil }

    /// Every text of an entry, each once and in the same order whichever language `shown` is
    /// in: as written, in French, in English.
    public func texts(shown: String) -> [String] {
        var seen: Set<String> = []
        return [written ?? shown, fr, en].compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}

extension KeyedEncodingContainer {
    /// Writes a translation as a network file does, beside the text: `nameFr`, `nameEn`, each
    /// only when given.
    mutating func encode(_ translation: Translation, fr: Key, en: Key) throws {
        try encodeIfPresent(translation.fr, forKey: fr)
        try encodeIfPresent(translation.en, forKey: en)
    }
}

extension KeyedDecodingContainer {
    /// Reads back what ``KeyedEncodingContainer/encode(_:fr:en:)`` wrote.
    func decodeTranslation(fr: Key, en: Key) throws -> Translation {
        Translation(fr: try decodeIfPresent(String.self, forKey: fr), en: try decodeIfPresent(String.self, forKey: en))
    }
}

extension Network {
    /// The network as readers of `language` see it: every name (the network's, organisations',
    /// projects', priorities') in that language when the file gives it. Analyses read the
    /// network as written (a project's `objectives` and its translations alike), so findings are
    /// the same in both languages; only what is shown changes.
    public func inLanguage(_ language: Language) -> Network {
        let hasTranslations =
            !translatedName.isEmpty || organisations.contains { !$0.translatedName.isEmpty } || projects.contains { !$0.translatedName.isEmpty }
            || priorities.contains { !$0.translatedName.isEmpty } || !programmeNames.isEmpty
        guard hasTranslations else { return self }
        var shown = self
        if let text = translatedName[language] {
            shown.translatedName.written = name
            shown.name = text
        }
        for index in shown.organisations.indices {
            if let text = shown.organisations[index].translatedName[language] {
                shown.organisations[index].translatedName.written = shown.organisations[index].name
                shown.organisations[index].name = text
            }
        }
        for index in shown.projects.indices {
            if let text = shown.projects[index].translatedName[language] {
                shown.projects[index].translatedName.written = shown.projects[index].name
                shown.projects[index].name = text
            }
        }
        if programmeNames.contains(where: { $0.value[language] != nil }) {
            for index in shown.funding.indices {
                if let programme = shown.funding[index].programme, let text = programmeNames[programme]?[language] {
                    shown.funding[index].programme = text
                }
            }
            // Keyed by what is now shown, so the names still follow each flow.
            shown.programmeNames = Dictionary(
                programmeNames.map { ($0.value[language] ?? $0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        for index in shown.priorities.indices {
            if let text = shown.priorities[index].translatedName[language] {
                shown.priorities[index].translatedName.written = shown.priorities[index].name
                shown.priorities[index].name = text
            }
        }
        return shown
    }
}
