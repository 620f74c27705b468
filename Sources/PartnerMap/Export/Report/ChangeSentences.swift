/// What changed between two moments, in sentences a council reads, in English or French: the
/// words of `compare`'s table and of the change report, written once.
public struct ChangeSentences: Sendable {
    public let language: ReportLanguage
    let old: Network
    let new: Network
    /// Articles before names in French, from either moment's file.
    private let articles: FrenchArticles
    private var fr: Bool { language == .fr }

    public init(language: ReportLanguage, old: Network, new: Network) {
        self.language = language
        self.old = old
        self.new = new
        articles = FrenchArticles(old, new)
    }

    /// "Name (id)", from whichever moment knows the organisation.
    func name(_ id: String) -> String {
        let display = new.organisation(id)?.name ?? old.organisation(id)?.name ?? id
        return display == id ? id : "\(display) (\(id))"
    }

    private func names(_ ids: [String], limit: Int = 5) -> String {
        let shown = ids.prefix(limit).map(name)
        let rest = ids.count - shown.count
        return language.list(rest > 0 ? shown + [fr ? "\(rest) autres" : "\(rest) more"] : Array(shown))
    }

    private func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }

    /// A sector as the readers say it ("santé" in French; the file's own word otherwise).
    private func sectorName(_ sector: String) -> String { FindingSentences.words(language).sector(sector) }

    /// The sentences, most telling first.
    public func sentences(_ change: NetworkChange) -> [String] {
        var lines: [String] = []
        if change.isEmpty {
            lines.append(
                fr
                    ? "Rien n’a changé : les mêmes organismes, liens, financements et lacunes."
                    : "Nothing changed: the same organisations, ties, funding and gaps.")
        }
        if !change.joined.isEmpty {
            let who = fr ? count(change.joined.count, "organisme", "organismes") : count(change.joined.count, "organisation", "organisations")
            lines.append(
                fr
                    ? "\(who) \(change.joined.count == 1 ? "est arrivé" : "sont arrivés") : \(names(change.joined))."
                    : "\(who) joined: \(names(change.joined)).")
        }
        if !change.left.isEmpty {
            let who = fr ? count(change.left.count, "organisme", "organismes") : count(change.left.count, "organisation", "organisations")
            lines.append(
                fr
                    ? "\(who) \(change.left.count == 1 ? "est parti" : "sont partis") : \(names(change.left))."
                    : "\(who) left: \(names(change.left)).")
        }
        for sector in change.sectorsArrived {
            lines.append(fr ? "Le secteur « \(sectorName(sector)) » est désormais à la table." : "The \(sector) sector is now at the table.")
        }
        for sector in change.sectorsGone {
            lines.append(fr ? "Le secteur « \(sectorName(sector)) » n’est plus à la table." : "The \(sector) sector is no longer at the table.")
        }
        let ties = [
            change.gained.isEmpty ? nil : (fr ? "\(count(change.gained.count, "lien formé", "liens formés"))" : "\(count(change.gained.count, "tie", "ties")) formed"),
            change.lost.isEmpty ? nil : (fr ? "\(count(change.lost.count, "lien rompu", "liens rompus"))" : "\(count(change.lost.count, "tie", "ties")) ended"),
            change.stronger.isEmpty ? nil : (fr ? "\(count(change.stronger.count, "renforcé", "renforcés"))" : "\(change.stronger.count) grew stronger"),
            change.weaker.isEmpty ? nil : (fr ? "\(count(change.weaker.count, "affaibli", "affaiblis"))" : "\(change.weaker.count) grew weaker"),
        ].compactMap { $0 }
        if !ties.isEmpty { lines.append((fr ? "Partenariats : " : "Partnerships: ") + language.list(ties) + ".") }
        if !change.unobserved.isEmpty {
            let n = change.unobserved.count
            lines.append(
                fr
                    ? "\(count(n, "lien n’a pas été revu", "liens n’ont pas été revus")) : aucun de ceux qui \(n == 1 ? "l’avaient nommé" : "les avaient nommés") n’a répondu cette fois ; \(n == 1 ? "il n’est pas" : "ils ne sont pas") pour autant \(n == 1 ? "rompu" : "rompus")."
                    : "\(count(n, "tie was", "ties were")) not seen again: no one who named \(n == 1 ? "it" : "them") answered this time, which does not mean \(n == 1 ? "it" : "they") ended."
            )
        }
        if let survey = change.survey {
            if !survey.stoppedResponding.isEmpty {
                lines.append(
                    fr
                        ? "N’ont pas répondu cette fois : \(names(survey.stoppedResponding, limit: 8))."
                        : "Stopped answering: \(names(survey.stoppedResponding, limit: 8)).")
            }
            if !survey.startedResponding.isEmpty {
                lines.append(
                    fr
                        ? "Ont répondu pour la première fois : \(names(survey.startedResponding, limit: 8))."
                        : "Answered for the first time: \(names(survey.startedResponding, limit: 8)).")
            }
            for moved in survey.members {
                guard let before = moved.trustReceived.old, let after = moved.trustReceived.new, abs(after - before) >= 0.5 else { continue }
                let from = language.decimal(before, places: 2)
                let to = language.decimal(after, places: 2)
                lines.append(
                    fr
                        ? "La confiance reçue par \(articles.the(name(moved.id))) est passée de \(from) à \(to)."
                        : "Trust received by \(name(moved.id)) \(after > before ? "rose" : "fell") from \(from) to \(to).")
            }
            for same in survey.sameName {
                lines.append(
                    fr
                        ? "« \(same.name) » figure sous l’identifiant \(same.oldID) puis \(same.newID) : vérifiez s’il s’agit du même organisme."
                        : "“\(same.name)” is \(same.oldID) in the first wave and \(same.newID) in the second: check whether they are one organisation.")
            }
        }
        for funder in change.funding {
            let rose = funder.new > funder.old
            let from = language.amount(funder.old, funder.currency)
            let to = language.amount(funder.new, funder.currency)
            lines.append(
                fr
                    ? "Le financement \(articles.de(name(funder.funder))) est passé de \(from) à \(to)."
                    : "\(name(funder.funder))'s funding \(rose ? "rose" : "fell") from \(from) to \(to).")
        }
        for gap in change.gapsClosed { lines.append((fr ? "Lacune comblée : " : "Gap closed: ") + describe(gap) + ".") }
        for gap in change.gapsOpened { lines.append((fr ? "Nouvelle lacune : " : "Gap opened: ") + describe(gap) + ".") }
        for broker in movedBrokers(change) {
            let from = language.percent(broker.old)
            let to = language.percent(broker.new)
            lines.append(
                fr
                    ? "La part des plus courts chemins passant par \(articles.the(name(broker.id))) est passée de \(from) à \(to) (rang \(broker.oldRank) → \(broker.newRank))."
                    : "\(name(broker.id))'s share of shortest paths \(broker.new > broker.old ? "rose" : "fell") from \(from) to \(to) (rank \(broker.oldRank) → \(broker.newRank))."
            )
        }
        return lines
    }

    /// The organisations whose share of shortest paths moved by five points or more, most first.
    func movedBrokers(_ change: NetworkChange, limit: Int = 5) -> [NetworkChange.Broker] {
        Array(
            change.brokers.filter { abs($0.new - $0.old) >= 0.05 }
                .sorted { abs($0.new - $0.old) != abs($1.new - $1.old) ? abs($0.new - $0.old) > abs($1.new - $1.old) : $0.id < $1.id }
                .prefix(limit))
    }

    /// A gap by kind and subjects: "London LIP council missing health".
    public func describe(_ gap: NetworkChange.GapKey) -> String {
        let more = gap.subjects.count - 4
        let subjects = language.list(gap.subjects.prefix(4).map(name) + (more > 0 ? [fr ? "\(more) autres" : "\(more) more"] : []))
        let kind = FindingSentences.words(language).heading(gap.kind).lowercased()
        switch gap.kind {
        case .missingSector: return fr ? "\(subjects) sans \(language.list(gap.sectors.map(sectorName)))" : "\(subjects) missing \(language.list(gap.sectors))"
        default: return "\(kind) — \(subjects)"
        }
    }

    /// The name of a score, for tables.
    public func scoreName(_ key: String) -> String {
        switch key {
        case "organisations": fr ? "organismes" : "organisations"
        case "ties": fr ? "liens" : "ties"
        case "density": fr ? "densité" : "density"
        case "degree-centralisation": fr ? "centralisation des degrés" : "degree centralisation"
        case "components": fr ? "groupes connectés" : "connected groups"
        case "priorities-covered": fr ? "priorités couvertes" : "priorities covered"
        case "funding-concentration": fr ? "concentration du financement (Herfindahl)" : "funding concentration (Herfindahl)"
        case "response-rate": fr ? "taux de réponse au sondage" : "survey response rate"
        case "confirmed-ties": fr ? "liens confirmés par les deux parties" : "ties confirmed by both sides"
        case "mean-trust": fr ? "confiance moyenne (1 à 4)" : "mean trust (1 to 4)"
        case "mean-value": fr ? "valeur moyenne (1 à 4)" : "mean value (1 to 4)"
        default: key
        }
    }

    /// A score's value as a table shows it; "–" where it has no meaning.
    public func scoreValue(_ key: String, _ value: Double?) -> String {
        guard let value else { return "–" }
        switch key {
        case "organisations", "ties", "components": return String(Int(value))
        case "priorities-covered", "response-rate", "confirmed-ties": return language.percent(value)
        case "mean-trust", "mean-value": return language.decimal(value, places: 2)
        default: return language.decimal(value, places: 3)
        }
    }
}
