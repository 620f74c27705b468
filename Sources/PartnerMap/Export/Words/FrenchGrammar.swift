import Foundation

/// The small words French puts before a name: "de" becomes "d’" before a vowel or a mute h,
/// and contracts with the name's own article ("du Centre", "des Amis", "au Centre", "aux
/// Amis"), so that sentences never read "de Immigration Canada" or "à Le Centre".
enum FrenchGrammar {
    /// "de Montréal", "d’Immigration Canada", "du Centre des femmes", "des Amis", "de la Maison".
    static func de(_ written: String, article: FrenchArticle? = nil) -> String {
        let name = withArticle(written, article: article)
        if let rest = dropArticle(["Le ", "le "], from: name) { return "du " + rest }
        if let rest = dropArticle(["Les ", "les "], from: name) { return "des " + rest }
        if let rest = dropArticle(["La ", "la "], from: name) { return "de la " + rest }
        if let rest = dropArticle(["L’", "L'", "l’", "l'"], from: name) { return "de l’" + rest }
        return startsWithVowelSound(name) ? "d’" + name : "de " + name
    }

    /// "à Montréal", "au Centre", "aux Amis", "à la Maison", "à l’Hôpital".
    static func à(_ written: String, article: FrenchArticle? = nil) -> String {
        let name = withArticle(written, article: article)
        if let rest = dropArticle(["Le ", "le "], from: name) { return "au " + rest }
        if let rest = dropArticle(["Les ", "les "], from: name) { return "aux " + rest }
        if let rest = dropArticle(["La ", "la "], from: name) { return "à la " + rest }
        if let rest = dropArticle(["L’", "L'", "l’", "l'"], from: name) { return "à l’" + rest }
        return "à " + name
    }

    private static func dropArticle(_ articles: [String], from name: String) -> String? {
        for article in articles where name.hasPrefix(article) && name.count > article.count { return String(name.dropFirst(article.count)) }
        return nil
    }

    /// The gender of the nouns organisation names in French begin with: what "le", "la" and
    /// the contractions follow ("le Bureau", "la Ville", "au Partenariat", "de la Table").
    static let headNouns: [String: Bool] = [  // true: feminine
        "bureau": false, "centre": false, "comité": false, "réseau": false, "conseil": false, "partenariat": false,
        "regroupement": false, "carrefour": false, "collectif": false, "service": false, "ministère": false,
        "organisme": false, "groupe": false, "programme": false, "projet": false, "forum": false, "cercle": false,
        "club": false, "institut": false, "observatoire": false, "secrétariat": false, "office": false, "front": false,
        "ville": true, "table": true, "société": true, "banque": true, "maison": true, "clinique": true, "fondation": true,
        "association": true, "coalition": true, "commission": true, "corporation": true, "fédération": true,
        "alliance": true, "agence": true, "université": true, "communauté": true, "municipalité": true, "région": true,
        "coopérative": true, "chambre": true, "direction": true, "division": true, "concertation": true, "cuisine": true,
    ]

    /// Whether the name begins with its own article ("Le Centre", "L’Hôpital").
    static func hasArticle(_ name: String) -> Bool {
        let first = name.prefix { $0 != " " }.lowercased()
        return ["le", "la", "les"].contains(first) || first.hasPrefix("l’") || first.hasPrefix("l'")
    }

    /// A name with the article French puts before it in a sentence, from its first word
    /// ("le Bureau d’intégration…", "la Ville de Montréal", "l’Association…"); the name as it is
    /// when it already has one or its first word is not a noun the lexicon knows (English names,
    /// names of people, "Emploi Diversité Montréal").
    /// `article`, when the file gives one, wins over the lexicon.
    static func withArticle(_ name: String, article: FrenchArticle? = nil) -> String {
        switch article {
        case .le: return "le " + name
        case .la: return "la " + name
        case .les: return "les " + name
        case .elided: return "l’" + name
        case .none?: return name
        case nil: break
        }
        let lowered = name.prefix { $0 != " " }.lowercased()
        if ["le", "la", "les"].contains(lowered) || lowered.hasPrefix("l’") || lowered.hasPrefix("l'") { return name }
        guard let feminine = headNouns[lowered] else { return name }
        if startsWithVowelSound(name) { return "l’" + name }
        return (feminine ? "la " : "le ") + name
    }

    /// Whether a name is feminine, from its head noun ("la Ville", "la Banque"); `false` (the
    /// masculine French uses for "organisme") when the lexicon does not know it.
    static func isFeminine(_ name: String, article: FrenchArticle? = nil) -> Bool {
        if article == .la { return true }
        if article == .le { return false }
        var words = name.split(separator: " ").map { $0.lowercased() }
        if let first = words.first, ["le", "la", "les"].contains(first) { words.removeFirst() }
        guard var head = words.first else { return false }
        for article in ["l’", "l'"] where head.hasPrefix(article) { head = String(head.dropFirst(article.count)) }
        return headNouns[head] ?? false
    }

    /// "il" or "elle", as the name's head noun asks.
    static func pronoun(_ name: String, article: FrenchArticle? = nil) -> String { isFeminine(name, article: article) ? "elle" : "il" }

    /// The same at the start of a sentence: "Le Bureau…", "La Ville de Montréal".
    static func subject(_ name: String, article: FrenchArticle? = nil) -> String {
        let articled = withArticle(name, article: article)
        guard articled != name, let first = articled.first else { return name }
        return first.uppercased() + articled.dropFirst()
    }

    /// A vowel or an h: French elides before both (a mute h is by far the common case in names).
    static func startsWithVowelSound(_ name: String) -> Bool {
        guard let first = name.first else { return false }
        let folded = String(first).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return ["a", "e", "i", "o", "u", "y", "h", "œ", "æ"].contains(folded)
    }
}

/// How sentences name the organisations and projects of a network's files in French: with the
/// article the file gives (``Organisation/article``) or the head-noun lexicon finds ("la Ville de
/// Montréal"); a name neither tells is introduced by what it is, "l’organisme Hôpital régional",
/// "le projet Women Connect", so that no sentence reads « par Hôpital régional ». A name the file
/// marks `article: none` stays bare ("Emploi-Québec"). Names are found as sentences write them:
/// "Name" or "Name (id)".
struct FrenchArticles: Sendable {
    private enum Known: Sendable {
        case article(FrenchArticle)
        case organisation
        case project
    }
    private var byName: [String: Known] = [:]

    init(_ networks: Network...) {
        for network in networks {
            for project in network.projects {
                byName[project.name] = .project
                byName["\(project.name) (\(project.id))"] = .project
            }
            for organisation in network.organisations {
                let known = organisation.article.map(Known.article) ?? .organisation
                byName[organisation.name] = known
                byName[network.displayName(of: organisation.id)] = known
                byName["\(organisation.name) (\(organisation.id))"] = known
            }
        }
    }

    private func known(_ written: String) -> Known? {
        guard !byName.isEmpty else { return nil }
        if let known = byName[written] { return known }
        // "Name (id), 32 %" and the like: the name before its id.
        if let open = written.range(of: " (") { return byName[String(written[..<open.lowerBound])] }
        return nil
    }

    /// The article for a name as a sentence writes it; `nil` leaves the choice to the lexicon.
    func callAsFunction(_ written: String) -> FrenchArticle? {
        if case .article(let article)? = known(written) { return article }
        return nil
    }

    /// The name with the article a sentence needs, or introduced by what it is.
    func the(_ name: String) -> String {
        let articled = FrenchGrammar.withArticle(name, article: self(name))
        guard articled == name, !FrenchGrammar.hasArticle(name) else { return articled }
        switch known(name) {
        case .organisation?: return "l’organisme " + name
        case .project?: return "le projet " + name
        default: return name
        }
    }

    /// "de la Ville", "du Bureau", "de l’organisme Hôpital régional", "du projet Women Connect".
    func de(_ name: String) -> String { FrenchGrammar.de(the(name), article: FrenchArticle.none) }

    /// "à la Ville", "au Bureau", "à l’organisme Hôpital régional", "au projet Women Connect".
    func à(_ name: String) -> String { FrenchGrammar.à(the(name), article: FrenchArticle.none) }

    /// The same at the start of a sentence: "La Ville…", "L’organisme Hôpital régional…".
    func subject(_ name: String) -> String {
        let introduced = the(name)
        guard introduced != name, let first = introduced.first else { return name }
        return first.uppercased() + introduced.dropFirst()
    }

    func pronoun(_ name: String) -> String { FrenchGrammar.pronoun(name, article: self(name)) }
    func pronoun(plural names: [String]) -> String {
        names.allSatisfy { FrenchGrammar.isFeminine($0, article: self($0)) } ? "elles" : "ils"
    }
}
