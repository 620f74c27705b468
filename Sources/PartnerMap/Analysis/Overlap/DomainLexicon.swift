import Foundation

/// Words of the sector in English and French mapped to shared concepts (emploi/employment,
/// mentorat/mentoring, isolement/isolation ...), so a French project and its English twin
/// share features even when they share no word.
///
/// The lexicon is a data file, `Sources/PartnerMap/Resources/lexicon.tsv`, that coordinators
/// can read and extend: one concept per line, `concept <TAB> English terms <TAB> French terms`,
/// terms separated by commas. A term of several words matches when all its words appear.
public struct DomainLexicon: Sendable {
    /// One term of a concept: its stemmed words, the language whose stemmer made them and the
    /// term as the lexicon writes it ("affordable housing").
    public struct Phrase: Sendable, Hashable {
        /// The term's words, folded and stemmed.
        public var words: [String]
        /// The column it is written in.
        public var language: Language
        /// The term as written.
        public var written: String
    }

    /// A concept's terms, each as its stemmed words.
    public struct Concept: Sendable {
        /// The concept's name (`concept:name` in the evidence).
        public var name: String
        var terms: [[String]]
        /// Every term with its language and as the lexicon writes it, the same stems kept once
        /// per language (`terms` keeps them once in all).
        public var phrases: [Phrase] = []
        /// The concept's first French term as written ("autonomie financière"), for French readers.
        public var frenchLabel: String?
    }

    /// A concept as a French reader reads it: its first French term; its name when it has none.
    public func frenchLabel(of name: String) -> String {
        concepts.first { $0.name == name }?.frenchLabel ?? name
    }

    /// Every concept, with its words and phrases.
    public let concepts: [Concept]

    /// The lexicon shipped with PartnerMap.
    public static let builtIn: DomainLexicon = {
        (try? DomainLexicon(parsing: EmbeddedResources.lexicon, file: "lexicon.tsv")) ?? DomainLexicon(concepts: [])
    }()

    init(concepts: [Concept]) {
        self.concepts = concepts
    }

    /// Reads a lexicon file; every malformed line is reported with its number.
    public init(parsing text: String, file: String) throws(NetworkLoadError) {
        var concepts: [Concept] = []
        var diagnostics: [Diagnostic] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 3, !columns[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                diagnostics.append(Diagnostic(file: file, line: number + 1, problem: .lexiconColumns(found: columns.count)))
                continue
            }
            var terms: [[String]] = []
            var phrases: [Phrase] = []
            for (column, language) in [(columns[1], Language.en), (columns[2], Language.fr)] {
                for term in column.split(separator: ",") {
                    let words = TextNormalizer.terms(String(term), language: language)
                    if !words.isEmpty, !terms.contains(words) { terms.append(words) }
                    if !words.isEmpty, !phrases.contains(where: { $0.words == words && $0.language == language }) {
                        phrases.append(Phrase(words: words, language: language, written: term.trimmingCharacters(in: .whitespaces)))
                    }
                }
            }
            let french = columns[2].split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            concepts.append(
                Concept(
                    name: columns[0].trimmingCharacters(in: .whitespaces), terms: terms, phrases: phrases,
                    frenchLabel: french?.isEmpty == false ? french : nil))
        }
        if !diagnostics.isEmpty { throw NetworkLoadError(diagnostics) }
        self.concepts = concepts
    }

    /// This lexicon with another's concepts added (same names merge their terms).
    public func merged(with other: DomainLexicon) -> DomainLexicon {
        var result = concepts
        for concept in other.concepts {
            if let index = result.firstIndex(where: { $0.name == concept.name }) {
                result[index].terms += concept.terms.filter { !result[index].terms.contains($0) }
                result[index].phrases += concept.phrases.filter { !result[index].phrases.contains($0) }
            } else {
                result.append(concept)
            }
        }
        return DomainLexicon(concepts: result)
    }

    /// The concepts a text's stemmed terms (of either language) mention, with how many of
    /// each concept's terms matched.
    public func concepts(in terms: Set<String>) -> [(name: String, count: Int)] {
        var found: [(String, Int)] = []
        for concept in concepts {
            let matches = concept.terms.reduce(0) { count, words in
                count + (words.allSatisfy(terms.contains) ? 1 : 0)
            }
            if matches > 0 { found.append((concept.name, matches)) }
        }
        return found
    }
}
