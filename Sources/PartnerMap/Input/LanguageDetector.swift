/// Tells French from English text by counting each language's commonest words, for
/// projects whose file does not say which language they are written in.
enum LanguageDetector {
    private static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "pour", "avec", "dans", "sur", "au", "aux",
        "en", "par", "leur", "leurs", "est", "sont", "qui", "que", "ou", "ces", "cette", "nouveaux", "nouvelles",
        "immigrantes", "femmes", "emploi", "accueil", "intégration", "d'", "l'",
    ]
    private static let english: Set<String> = [
        "the", "of", "and", "to", "for", "with", "in", "on", "a", "an", "their", "is", "are", "who", "that",
        "by", "from", "newcomers", "women", "employment", "immigrant", "immigrants", "integration", "settlement",
    ]

    /// The accented letters of French (and the combining accents they are made of when a text is
    /// decomposed): a word holding one is counted as French.
    private static let accents: Set<UInt32> = Set("éèêàçùâîôû".unicodeScalars.map(\.value) + [0x300, 0x301, 0x302, 0x327])

    /// `.fr` when French words outnumber English ones, `.en` otherwise (and for empty text).
    static func detect(_ text: String) -> Language {
        var frenchCount = 0
        var englishCount = 0
        // Words are runs of letters (with their combining marks) and apostrophes, read scalar by
        // scalar: importing 200,000 grants asks this of every title and description.
        var word = ""
        func count() {
            guard !word.isEmpty else { return }
            var token = Substring(word)
            if let apostrophe = word.unicodeScalars.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                // l'isolement, d'emploi: the elision itself is French.
                if word.distance(from: word.startIndex, to: apostrophe) <= 2 { frenchCount += 1 }
                token = word[word.index(after: apostrophe)...]
            }
            let key = String(token)
            if french.contains(key) { frenchCount += 1 }
            if english.contains(key) { englishCount += 1 }
            if token.unicodeScalars.contains(where: { accents.contains($0.value) }) { frenchCount += 1 }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.lowercased().unicodeScalars {
            if scalar.value < 0x80 {
                // ASCII, most of any text: a letter or an apostrophe continues the word.
                if (0x61...0x7A).contains(scalar.value) || scalar == "'" { word.unicodeScalars.append(scalar) } else { count() }
                continue
            }
            let properties = scalar.properties
            if properties.isAlphabetic || scalar == "’" || (!word.isEmpty && properties.generalCategory == .nonspacingMark) {
                word.unicodeScalars.append(scalar)
            } else {
                count()
            }
        }
        count()
        return frenchCount > englishCount ? .fr : .en
    }
}
