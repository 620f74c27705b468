/// The sentences of what changed between two moments, in one language. ``ChangeSentences``
/// decides what is said and in what order; ``EnglishChanges`` and ``FrenchChanges``
/// say it, each in its own words. Names arrive written out ("Name (id)"), lists joined.
protocol ChangeCatalogue: Sendable {
    var nothingChanged: String { get }
    func joined(_ count: Int, _ names: String) -> String
    func left(_ count: Int, _ names: String) -> String
    func sectorArrived(_ sector: String) -> String
    func sectorGone(_ sector: String) -> String
    func tiesFormed(_ count: Int) -> String
    func tiesEnded(_ count: Int) -> String
    func tiesStronger(_ count: Int) -> String
    func tiesWeaker(_ count: Int) -> String
    /// "Partnerships: 3 ties formed and 1 ended."
    func partnerships(_ changes: String) -> String
    /// Ties no one who named them in the first wave confirmed or denied in the second.
    func notSeenAgain(_ count: Int) -> String
    func stoppedAnswering(_ names: String) -> String
    func answeredFirstTime(_ names: String) -> String
    func trustMoved(_ name: String, from: String, to: String, rose: Bool) -> String
    /// One name under two ids, one per wave.
    func sameName(_ name: String, oldID: String, newID: String) -> String
    func fundingMoved(_ funder: String, from: String, to: String, rose: Bool) -> String
    func gapClosed(_ gap: String) -> String
    func gapOpened(_ gap: String) -> String
    func brokerMoved(_ name: String, from: String, to: String, rose: Bool, ranks: (old: Int, new: Int)) -> String
    /// Names past those listed: "9 more".
    func more(_ count: Int) -> String
    /// A council and the sectors missing from it: "London LIP council missing health".
    func missingSectors(_ subjects: String, _ sectors: [String]) -> String
    /// The name of a score, for tables.
    func scoreName(_ key: String) -> String
    /// "From 2019 to 2024:", above the sentences.
    func fromTo(_ old: String, _ new: String) -> String
    /// The heading of the scores' column of names.
    var measureHeader: String { get }
    /// The words drawn on the change map.
    var map: ChangeMapWords { get }
    /// The change report's fixed words, by the name its template gives them.
    var page: [String: String] { get }
}

/// The words drawn on the change map (title, legend, tooltips).
struct ChangeMapWords {
    /// "what changed from 2019 to 2024".
    var title: (_ old: String, _ new: String) -> String
    var legend: String
    /// ": " in English, " : " (no-break space) in French.
    var colon: String
    var joined, left, unchanged, formed, ended, stronger, weaker: String
}

extension ReportLanguage {
    /// What changed, worded in this language, for what names no organisation (the map, the page).
    private var changeCatalogue: any ChangeCatalogue {
        switch self {
        case .en: EnglishChanges()
        case .fr: FrenchChanges(articles: FrenchArticles())
        }
    }
    /// The change map's words in this language.
    var changeMapWords: ChangeMapWords { changeCatalogue.map }
    /// The change report's fixed words in this language, by template name.
    var changeReportWords: [String: String] { changeCatalogue.page }
}

/// What changed, in English. See ``ChangeCatalogue``.
struct EnglishChanges: ChangeCatalogue {
    var nothingChanged: String { "Nothing changed: the same organisations, ties, funding and gaps." }
    func joined(_ count: Int, _ names: String) -> String { "\(ReportLanguage.en.plural(count, "organisation", "organisations")) joined: \(names)." }
    func left(_ count: Int, _ names: String) -> String { "\(ReportLanguage.en.plural(count, "organisation", "organisations")) left: \(names)." }
    func sectorArrived(_ sector: String) -> String { "The \(Vocabulary(.en).label(sector)) sector is now at the table." }
    func sectorGone(_ sector: String) -> String { "The \(Vocabulary(.en).label(sector)) sector is no longer at the table." }
    func tiesFormed(_ count: Int) -> String { "\(ReportLanguage.en.plural(count, "tie", "ties")) formed" }
    func tiesEnded(_ count: Int) -> String { "\(ReportLanguage.en.plural(count, "tie", "ties")) ended" }
    func tiesStronger(_ count: Int) -> String { "\(count) grew stronger" }
    func tiesWeaker(_ count: Int) -> String { "\(count) grew weaker" }
    func partnerships(_ changes: String) -> String { "Partnerships: " + changes + "." }
    func notSeenAgain(_ n: Int) -> String {
        "\(ReportLanguage.en.plural(n, "tie was", "ties were")) not seen again: no one who named \(n == 1 ? "it" : "them") answered this time, which does not mean \(n == 1 ? "it" : "they") ended."
    }
    func stoppedAnswering(_ names: String) -> String { "Stopped answering: \(names)." }
    func answeredFirstTime(_ names: String) -> String { "Answered for the first time: \(names)." }
    func trustMoved(_ name: String, from: String, to: String, rose: Bool) -> String {
        "Trust received by \(name) \(rose ? "rose" : "fell") from \(from) to \(to)."
    }
    func sameName(_ name: String, oldID: String, newID: String) -> String {
        "“\(name)” is \(oldID) in the first wave and \(newID) in the second: check whether they are one organisation."
    }
    func fundingMoved(_ funder: String, from: String, to: String, rose: Bool) -> String {
        "\(funder)'s funding \(rose ? "rose" : "fell") from \(from) to \(to)."
    }
    func gapClosed(_ gap: String) -> String { "Gap closed: " + gap + "." }
    func gapOpened(_ gap: String) -> String { "Gap opened: " + gap + "." }
    func brokerMoved(_ name: String, from: String, to: String, rose: Bool, ranks: (old: Int, new: Int)) -> String {
        "\(name)'s share of shortest paths \(rose ? "rose" : "fell") from \(from) to \(to) (rank \(ranks.old) → \(ranks.new))."
    }
    func more(_ count: Int) -> String { "\(count) more" }
    func fromTo(_ old: String, _ new: String) -> String { "From \(old) to \(new):" }
    var measureHeader: String { "measure" }
    var map: ChangeMapWords {
        ChangeMapWords(
            title: { "what changed from \($0) to \($1)" }, legend: "Legend", colon: ": ", joined: "joined", left: "left",
            unchanged: "unchanged", formed: "tie formed", ended: "tie ended", stronger: "tie stronger", weaker: "tie weaker")
    }
    var page: [String: String] {
        [
            "contents": "Contents", "changesHeading": "What changed", "mapHeading": "Change map", "tiesHeading": "Partnerships",
            "gapsHeading": "Gaps closed and opened", "scoresHeading": "The network in numbers",
            "brokersHeading": "Who holds the network together", "noTies": "No partnership changed.",
            "noGaps": "No gap closed or opened.", "mapMissing": "The map could not be drawn:", "changeColumn": "change",
            "betweenColumn": "between", "measureColumn": "measure", "organisationColumn": "organisation", "rankColumn": "rank",
            "madeWith": "Made with PartnerMap from", "gapClosed": "closed", "gapOpened": "opened",
        ]
    }
    func missingSectors(_ subjects: String, _ sectors: [String]) -> String { "\(subjects) missing \(ReportLanguage.en.list(sectors))" }
    func scoreName(_ key: String) -> String {
        switch key {
        case "organisations": "organisations"
        case "ties": "ties"
        case "density": "density"
        case "degree-centralisation": "degree centralisation"
        case "components": "connected groups"
        case "priorities-covered": "priorities covered"
        case "funding-concentration": "funding concentration (Herfindahl)"
        case "response-rate": "survey response rate"
        case "confirmed-ties": "ties confirmed by both sides"
        case "mean-trust": "mean trust (1 to 4)"
        case "mean-value": "mean value (1 to 4)"
        default: key
        }
    }
}

/// What changed, in French. See ``ChangeCatalogue``.
struct FrenchChanges: ChangeCatalogue {
    /// Articles before names, from either moment's file.
    let articles: FrenchArticles

    /// A sector as French readers say it ("santé"; the file's own word otherwise).
    private func sector(_ sector: String) -> String { Vocabulary(.fr).label(sector) }

    var nothingChanged: String { "Rien n’a changé : les mêmes organismes, liens, financements et lacunes." }
    func joined(_ count: Int, _ names: String) -> String {
        "\(ReportLanguage.fr.plural(count, "organisme", "organismes")) \(count == 1 ? "est arrivé" : "sont arrivés") : \(names)."
    }
    func left(_ count: Int, _ names: String) -> String {
        "\(ReportLanguage.fr.plural(count, "organisme", "organismes")) \(count == 1 ? "est parti" : "sont partis") : \(names)."
    }
    func sectorArrived(_ sector: String) -> String { "Le secteur « \(self.sector(sector)) » est désormais à la table." }
    func sectorGone(_ sector: String) -> String { "Le secteur « \(self.sector(sector)) » n’est plus à la table." }
    func tiesFormed(_ count: Int) -> String { ReportLanguage.fr.plural(count, "lien formé", "liens formés") }
    func tiesEnded(_ count: Int) -> String { ReportLanguage.fr.plural(count, "lien rompu", "liens rompus") }
    func tiesStronger(_ count: Int) -> String { ReportLanguage.fr.plural(count, "renforcé", "renforcés") }
    func tiesWeaker(_ count: Int) -> String { ReportLanguage.fr.plural(count, "affaibli", "affaiblis") }
    func partnerships(_ changes: String) -> String { "Partenariats : " + changes + "." }
    func notSeenAgain(_ n: Int) -> String {
        n == 1
            ? "1 lien n’a pu être vérifié : aucun des organismes qui l’avaient nommé n’a répondu cette fois ; on ne peut pas en conclure qu’il est rompu."
            : "\(n) liens n’ont pu être vérifiés : aucun des organismes qui les avaient nommés n’a répondu cette fois ; on ne peut pas en conclure qu’ils sont rompus."
    }
    func stoppedAnswering(_ names: String) -> String { "N’ont pas répondu cette fois : \(names)." }
    func answeredFirstTime(_ names: String) -> String { "Ont répondu pour la première fois : \(names)." }
    func trustMoved(_ name: String, from: String, to: String, rose: Bool) -> String {
        "La confiance accordée \(articles.à(name)) est passée de \(from) à \(to)."
    }
    func sameName(_ name: String, oldID: String, newID: String) -> String {
        "« \(name) » figure sous l’identifiant \(oldID) puis \(newID) : vérifiez s’il s’agit du même organisme."
    }
    func fundingMoved(_ funder: String, from: String, to: String, rose: Bool) -> String {
        "Le financement \(articles.de(funder)) est passé de \(from) à \(to)."
    }
    func gapClosed(_ gap: String) -> String { "Lacune comblée : " + gap + "." }
    func gapOpened(_ gap: String) -> String { "Nouvelle lacune : " + gap + "." }
    func brokerMoved(_ name: String, from: String, to: String, rose: Bool, ranks: (old: Int, new: Int)) -> String {
        "La part des plus courts chemins qui passent par \(articles.the(name)) est passée de \(from) à \(to)"
            + (ranks.old == ranks.new ? " (toujours au \(Self.rank(ranks.new)) rang)." : " (du \(Self.rank(ranks.old)) au \(Self.rank(ranks.new)) rang).")
    }
    func more(_ count: Int) -> String { "\(count) autres" }
    /// "1er", "2e", "5e".
    static func rank(_ rank: Int) -> String { rank == 1 ? "1er" : "\(rank)e" }
    func fromTo(_ old: String, _ new: String) -> String { "De \(old) à \(new) :" }
    var measureHeader: String { "mesure" }
    var map: ChangeMapWords {
        ChangeMapWords(
            title: { "ce qui a changé de \($0) à \($1)" }, legend: "Légende", colon: "\u{00A0}: ", joined: "arrivé", left: "parti",
            unchanged: "inchangé", formed: "lien formé", ended: "lien rompu", stronger: "lien renforcé", weaker: "lien affaibli")
    }
    var page: [String: String] {
        [
            "contents": "Sommaire", "changesHeading": "Ce qui a changé", "mapHeading": "Carte des changements",
            "tiesHeading": "Partenariats", "gapsHeading": "Lacunes comblées et nouvelles", "scoresHeading": "Le réseau en chiffres",
            "brokersHeading": "Qui relie le réseau", "noTies": "Aucun partenariat n’a changé.",
            "noGaps": "Aucune lacune ne s’est comblée ni ouverte.", "mapMissing": "La carte n’a pas pu être dessinée :",
            "changeColumn": "changement", "betweenColumn": "entre", "measureColumn": "mesure", "organisationColumn": "organisme",
            "rankColumn": "rang", "madeWith": "Fait avec PartnerMap à partir de", "gapClosed": "comblée", "gapOpened": "nouvelle",
        ]
    }
    func missingSectors(_ subjects: String, _ sectors: [String]) -> String { "\(subjects) sans \(ReportLanguage.fr.list(sectors.map(sector)))" }
    func scoreName(_ key: String) -> String {
        switch key {
        case "organisations": "organismes"
        case "ties": "liens"
        case "density": "densité"
        case "degree-centralisation": "centralisation des degrés"
        case "components": "groupes connectés"
        case "priorities-covered": "priorités couvertes"
        case "funding-concentration": "concentration du financement (Herfindahl)"
        case "response-rate": "taux de réponse au sondage"
        case "confirmed-ties": "liens confirmés par les deux parties"
        case "mean-trust": "confiance moyenne (1 à 4)"
        case "mean-value": "valeur moyenne (1 à 4)"
        default: key
        }
    }
}
