/// The small words French puts before a name: "de" becomes "d’" before a vowel or a mute h,
/// and contracts with the name's own article ("du Centre", "des Amis", "au Centre", "aux
/// Amis"), so that sentences never read "de Immigration Canada" or "à Le Centre".
enum FrenchGrammar {
    /// "de Montréal", "d’Immigration Canada", "du Centre des femmes", "des Amis", "de la Maison".
    static func de(_ name: String) -> String {
        if let rest = dropArticle("Le ", from: name) { return "du " + rest }
        if let rest = dropArticle("Les ", from: name) { return "des " + rest }
        if let rest = dropArticle("La ", from: name) { return "de la " + rest }
        if let rest = dropArticle("L’", from: name) ?? dropArticle("L'", from: name) { return "de l’" + rest }
        return startsWithVowelSound(name) ? "d’" + name : "de " + name
    }

    /// "à Montréal", "au Centre", "aux Amis", "à la Maison", "à l’Hôpital".
    static func à(_ name: String) -> String {
        if let rest = dropArticle("Le ", from: name) { return "au " + rest }
        if let rest = dropArticle("Les ", from: name) { return "aux " + rest }
        if let rest = dropArticle("La ", from: name) { return "à la " + rest }
        if let rest = dropArticle("L’", from: name) ?? dropArticle("L'", from: name) { return "à l’" + rest }
        return "à " + name
    }

    private static func dropArticle(_ article: String, from name: String) -> String? {
        name.hasPrefix(article) && name.count > article.count ? String(name.dropFirst(article.count)) : nil
    }

    /// A vowel or an h: French elides before both (a mute h is by far the common case in names).
    static func startsWithVowelSound(_ name: String) -> Bool {
        guard let first = name.first else { return false }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return ["a", "e", "i", "o", "u", "y", "h", "œ", "æ"].contains(folded)
    }
}

import Foundation
