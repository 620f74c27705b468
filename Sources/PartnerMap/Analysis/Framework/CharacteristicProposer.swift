/// Proposes the characteristics of a framework that a project's name, objectives and themes
/// indicate, with the words that led to each, for projects whose file declares none.
///
/// A characteristic is proposed when one of its terms (``FrameworkLexicon``) appears in the
/// project's texts: a term of one word anywhere, a term of several words only where they follow
/// one another once small words are set aside ("affordable housing", "transport en commun").
/// Texts are folded and stemmed as ``OverlapFinder`` does, in English and in French, so
/// "logements" meets "logement" and "employers" meets "employer". A `not:` phrase ("food
/// security" for safety) takes its words out of the characteristic's reach.
///
/// Proposals are a reading of the text, not a record: every output says which characteristics
/// a project declares and which PartnerMap proposes, with the words.
public struct CharacteristicProposer: Sendable {
    /// One characteristic a text indicates, and the terms that matched, as the words file writes them.
    public struct Proposal: Sendable, Hashable {
        /// The characteristic's id.
        public var characteristic: String
        /// The terms found, in the words file's order.
        public var words: [String]
    }

    /// The framework proposed from.
    public let framework: Framework
    private let terms: [(id: String, phrases: [DomainLexicon.Phrase], masks: [DomainLexicon.Phrase])]

    /// - Parameters:
    ///   - framework: whose characteristics to propose.
    ///   - words: the terms that indicate each characteristic, as a lexicon whose concepts are
    ///     named by characteristic id (and `not:` id for the phrases that do not indicate it);
    ///   the words shipped with PartnerMap by default, merged with a user's `--lexicon`.
    public init(framework: Framework = .welcomingCommunities, words: DomainLexicon = FrameworkLexicon.builtIn) {
        self.framework = framework
        let concepts = Dictionary(words.concepts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        terms = framework.characteristics.map { characteristic in
            let concept = concepts[characteristic.id]
            return (characteristic.id, concept?.phrases ?? [], concepts["not:" + characteristic.id]?.phrases ?? [])
        }
    }

    /// The characteristics a project's texts indicate (its name and objectives as written and
    /// translated, and its themes), in the framework's order.
    public func proposals(for project: Project) -> [Proposal] {
        var texts: [(String, Language?)] = [(project.name, project.language), (project.objectives, project.language)]
        for language in Language.allCases {
            for text in [project.translatedName[language], project.translatedObjectives[language]] {
                if let text { texts.append((text, language)) }
            }
        }
        // Themes are ids, read in both languages.
        texts.append((project.themes.map { $0.replacingOccurrences(of: "-", with: " ") }.joined(separator: ". "), nil))
        return proposals(forTexts: texts)
    }

    /// The characteristics some texts indicate, in the framework's order: each text with its
    /// language (its words meet that language's terms only: "employés" read as English would
    /// meet "employment"), or `nil` to read it in both.
    public func proposals(forTexts texts: [(text: String, language: Language?)]) -> [Proposal] {
        var sequences: [Language: [[String]]] = [:]
        for (text, language) in texts where !text.isEmpty {
            for reading in language.map({ [$0] }) ?? Language.allCases {
                sequences[reading, default: []].append(TextNormalizer.terms(text, language: reading))
            }
        }
        var proposals: [Proposal] = []
        for entry in terms {
            // The words each text's `not:` phrases take out of reach, worked out once per
            // characteristic and text rather than once per term.
            var masked: [Language: [Set<Int>]] = [:]
            for (language, texts) in sequences {
                let masks = entry.masks.filter { $0.language == language }.map(\.words)
                masked[language] = texts.map { Self.positions(of: masks, in: $0) }
            }
            var found: [String] = []
            for phrase in entry.phrases where !found.contains(phrase.written) {
                let texts = sequences[phrase.language] ?? []
                let matches = texts.indices.contains { index in
                    let taken = masked[phrase.language]?[index] ?? []
                    return Self.occurrences(of: phrase.words, in: texts[index]).contains { start in
                        !(start..<(start + phrase.words.count)).contains(where: taken.contains)
                    }
                }
                if matches { found.append(phrase.written) }
            }
            if !found.isEmpty { proposals.append(Proposal(characteristic: entry.id, words: found)) }
        }
        return proposals
    }

    /// Where a term's words start, one after another, in a text's words.
    static func occurrences(of term: [String], in sequence: [String]) -> [Int] {
        guard !term.isEmpty, sequence.count >= term.count else { return [] }
        return (0...(sequence.count - term.count)).filter { start in
            term.indices.allSatisfy { sequence[start + $0] == term[$0] }
        }
    }

    /// The positions of a text's words that belong to one of the phrases.
    static func positions(of phrases: [[String]], in sequence: [String]) -> Set<Int> {
        var positions = Set<Int>()
        for phrase in phrases {
            for start in occurrences(of: phrase, in: sequence) { positions.formUnion(start..<(start + phrase.count)) }
        }
        return positions
    }
}

/// The words that indicate each characteristic of the frameworks PartnerMap ships, in the
/// lexicon's form (`Resources/welcoming-communities-words.tsv`): a coordinator reads them, and
/// extends them with `--lexicon`.
public enum FrameworkLexicon {
    /// The words shipped with PartnerMap.
    public static let builtIn: DomainLexicon = {
        (try? DomainLexicon(parsing: EmbeddedResources.welcomingCommunitiesWords, file: "welcoming-communities-words.tsv"))
            ?? DomainLexicon(concepts: [])
    }()
}
