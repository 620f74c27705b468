import Foundation

/// Turns French and English project texts into comparable words: lowercase, accents folded
/// ("intégration" → "integration"), elisions split ("l'isolement" → "isolement"), stop words
/// of both languages removed, and a light stemmer that makes plurals, feminines and common
/// suffixes meet ("immigrantes" and "immigrant", "recrutement" and "recruter").
///
/// The stemmer is deliberately light: it only has to make the same word meet itself across
/// its forms, not to be linguistically right, and it is applied identically to texts and to
/// the domain lexicon.
enum TextNormalizer {
    /// Lowercase, accents and ligatures folded, typographic apostrophes made plain.
    ///
    /// Texts in ASCII and the Latin letters of French and English (U+00C0–U+017F) are folded
    /// scalar by scalar from a table made once by `foldedSlowly(_:)`, so the result is the
    /// same; any other script goes through Foundation whole. Folding is a third of the time of
    /// `gaps` on 100,000 organisations otherwise.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                scalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
            } else if value >= 0xC0, value <= 0x17F {
                // One scalar at a time: `append(contentsOf:)` grows the view to the exact size
                // each time, which made folding a text of a million letters take seconds.
                for folded in latinFolds[Int(value - 0xC0)].unicodeScalars { scalars.append(folded) }
            } else {
                return foldedSlowly(text)
            }
        }
        return String(scalars)
    }

    /// Foundation's folding, the reference ``fold(_:)`` follows.
    static func foldedSlowly(_ text: String) -> String {
        text.lowercased()
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ß", with: "ss")
            .folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// The fold of each scalar from U+00C0 to U+017F, by Foundation.
    private static let latinFolds: [String] = (0xC0...0x17F).map { value in
        foldedSlowly(String(Unicode.Scalar(UInt32(value))!))
    }

    /// Folded words of at least two letters or digits, in order; apostrophes, hyphens and
    /// punctuation separate words.
    static func words(_ text: String) -> [String] {
        let folded = fold(text)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            let isWordScalar =
                scalar.isASCII
                ? (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
                : CharacterSet.alphanumerics.contains(scalar)
            if isWordScalar {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                if current.count >= 2 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { words.append(current) }
        return words
    }

    /// Words with stop words removed and stems applied: what the index compares.
    static func terms(_ text: String, language: Language) -> [String] {
        words(text).filter { !stopWords.contains($0) }.map { stem($0, language: language) }
    }

    /// The light stem of a folded word.
    static func stem(_ word: String, language: Language) -> String {
        guard word.count > 3, !word.allSatisfy(\.isNumber) else { return word }
        return language == .fr ? stemFrench(word) : stemEnglish(word)
    }

    private static func dropping(_ word: String, _ count: Int, adding suffix: String = "") -> String {
        String(word.dropLast(count)) + suffix
    }

    private static func stemFrench(_ word: String) -> String {
        var w = word
        if w.count > 4, w.hasSuffix("aux") {
            w = dropping(w, 3, adding: "al")
        } else if w.count > 3, w.hasSuffix("s") || w.hasSuffix("x") {
            w = dropping(w, 1)
        }
        if w.count > 7, w.hasSuffix("ement") { return dropping(w, 5) }
        if w.count > 7, w.hasSuffix("ation") { return dropping(w, 5) }
        if w.count > 5, w.hasSuffix("er") { return dropping(w, 2) }
        if w.count > 4, w.hasSuffix("e") { return dropping(w, 1) }
        return w
    }

    private static func stemEnglish(_ word: String) -> String {
        var w = word
        if w.count > 4, w.hasSuffix("ies") {
            w = dropping(w, 3, adding: "y")
        } else if w.hasSuffix("sses") {
            w = dropping(w, 2)
        } else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w = dropping(w, 1)
        }
        if w.count > 7, w.hasSuffix("ation") { return dropping(w, 5) }
        if w.count > 7, w.hasSuffix("ment") { return dropping(w, 4) }
        if w.count > 5, w.hasSuffix("ing") { w = dropping(w, 3) } else if w.count > 4, w.hasSuffix("ed") { w = dropping(w, 2) }
        if w.count > 4, w.hasSuffix("e") { return dropping(w, 1) }
        return w
    }

    /// English and French function words, folded.
    static let stopWords: Set<String> = [
        // English
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
        "through", "about", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that",
        "these", "those", "their", "them", "they", "who", "whom", "which", "what", "so", "than", "too", "very",
        "can", "will", "would", "should", "could", "may", "might", "must", "do", "does", "did", "has", "have",
        "had", "not", "no", "nor", "all", "any", "each", "more", "most", "other", "some", "such", "only", "own",
        "same", "our", "we", "us", "you", "your", "he", "she", "his", "her", "him", "also", "there", "here",
        "over", "under", "between", "out", "up", "down", "then", "once", "both", "few", "help", "helps",
        // French
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "au", "aux", "en", "dans", "par",
        "pour", "sur", "sous", "avec", "sans", "entre", "vers", "chez", "ce", "ces", "cet", "cette", "se", "sa",
        "son", "ses", "leur", "leurs", "qui", "que", "quoi", "dont", "ou", "il", "elle", "ils", "elles", "on",
        "nous", "vous", "je", "tu", "est", "sont", "etre", "ete", "etait", "avoir", "ont", "fait", "faire",
        "ne", "pas", "plus", "moins", "tres", "tout", "tous", "toute", "toutes", "afin", "ainsi", "aussi",
        "comme", "lors", "meme", "notre", "nos", "votre", "vos", "leurs", "qu", "lorsque", "puis", "si",
        "aider", "aide",
    ]
}
