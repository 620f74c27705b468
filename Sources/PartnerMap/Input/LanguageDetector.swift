/// Tells French from English text by counting each language's commonest words, for
/// projects whose file does not say which language they are written in.
public enum LanguageDetector {
    private static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "pour", "avec", "dans", "sur", "au", "aux",
        "en", "par", "leur", "leurs", "est", "sont", "qui", "que", "ou", "ces", "cette", "nouveaux", "nouvelles",
        "immigrantes", "femmes", "emploi", "accueil", "intégration", "d'", "l'",
    ]
    private static let english: Set<String> = [
        "the", "of", "and", "to", "for", "with", "in", "on", "a", "an", "their", "is", "are", "who", "that",
        "by", "from", "newcomers", "women", "employment", "immigrant", "immigrants", "integration", "settlement",
    ]

    /// `.fr` when French words outnumber English ones, `.en` otherwise (and for empty text).
    public static func detect(_ text: String) -> Language {
        var frenchCount = 0
        var englishCount = 0
        let lowered = text.lowercased()
        for word in lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }) {
            var token = String(word)
            if let apostrophe = token.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                // l'isolement, d'emploi: the elision itself is French.
                if token.distance(from: token.startIndex, to: apostrophe) <= 2 { frenchCount += 1 }
                token = String(token[token.index(after: apostrophe)...])
            }
            if french.contains(token) { frenchCount += 1 }
            if english.contains(token) { englishCount += 1 }
            if token.contains(where: { "éèêàçùâîôû".contains($0) }) { frenchCount += 1 }
        }
        return frenchCount > englishCount ? .fr : .en
    }
}
