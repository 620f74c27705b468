/// What changed between two moments, in sentences a council reads, in English or French: the
/// words of `compare`'s table and of the change report, written once.
struct ChangeSentences: Sendable {
    let language: ReportLanguage
    let old: Network
    let new: Network
    /// The sentences in the reader's language.
    private let words: any ChangeCatalogue

    init(language: ReportLanguage, old: Network, new: Network) {
        self.language = language
        self.old = old
        self.new = new
        if language == .fr { words = FrenchChanges(articles: FrenchArticles(old, new)) } else { words = EnglishChanges() }
    }

    /// "Name (id)", from whichever moment knows the organisation or project.
    func name(_ id: String) -> String {
        let display = new.organisation(id)?.name ?? old.organisation(id)?.name ?? new.project(id)?.name ?? old.project(id)?.name ?? id
        return display == id ? id : "\(display) (\(id))"
    }

    private func names(_ ids: [String], limit: Int = 5) -> String {
        let shown = ids.prefix(limit).map(name)
        let rest = ids.count - shown.count
        return language.list(rest > 0 ? shown + [words.more(rest)] : Array(shown))
    }

    /// The sentences, most telling first, each that rests on an illustrative entry marked as
    /// findings are: a sentence is sourced when comparing the two moments with their
    /// illustrative entries left out (`--sourced-only`) says it too, word for word.
    func sentences(_ change: NetworkChange) -> [String] {
        let lines = plainSentences(change)
        guard old.hasIllustrativeEntries || new.hasIllustrativeEntries else { return lines }
        let supported = Set(plainSentences(NetworkChange(old: old.sourcedOnly(), new: new.sourcedOnly())))
        let mark = FindingSentences.words(language).illustrativeMark
        return lines.map { supported.contains($0) ? $0 : $0 + " " + mark }
    }

    /// The sentences without their marks.
    private func plainSentences(_ change: NetworkChange) -> [String] {
        var lines: [String] = []
        if change.isEmpty { lines.append(words.nothingChanged) }
        if !change.joined.isEmpty { lines.append(words.joined(change.joined.count, names(change.joined))) }
        if !change.left.isEmpty { lines.append(words.left(change.left.count, names(change.left))) }
        for sector in change.sectorsArrived { lines.append(words.sectorArrived(sector)) }
        for sector in change.sectorsGone { lines.append(words.sectorGone(sector)) }
        let ties = [
            change.gained.isEmpty ? nil : words.tiesFormed(change.gained.count),
            change.lost.isEmpty ? nil : words.tiesEnded(change.lost.count),
            change.stronger.isEmpty ? nil : words.tiesStronger(change.stronger.count),
            change.weaker.isEmpty ? nil : words.tiesWeaker(change.weaker.count),
        ].compactMap { $0 }
        if !ties.isEmpty { lines.append(words.partnerships(language.list(ties))) }
        if !change.unobserved.isEmpty { lines.append(words.notSeenAgain(change.unobserved.count)) }
        if let survey = change.survey {
            if !survey.stoppedResponding.isEmpty { lines.append(words.stoppedAnswering(names(survey.stoppedResponding, limit: 8))) }
            if !survey.startedResponding.isEmpty { lines.append(words.answeredFirstTime(names(survey.startedResponding, limit: 8))) }
            for moved in survey.members {
                guard let before = moved.trustReceived.old, let after = moved.trustReceived.new, abs(after - before) >= 0.5 else { continue }
                lines.append(
                    words.trustMoved(
                        name(moved.id), from: language.decimal(before, places: 2), to: language.decimal(after, places: 2), rose: after > before))
            }
            for same in survey.sameName { lines.append(words.sameName(same.name, oldID: same.oldID, newID: same.newID)) }
        }
        for funder in change.funding {
            lines.append(
                words.fundingMoved(
                    name(funder.funder), from: language.amount(funder.old, funder.currency), to: language.amount(funder.new, funder.currency),
                    rose: funder.new > funder.old))
        }
        for gap in change.gapsClosed { lines.append(words.gapClosed(describe(gap))) }
        for gap in change.gapsOpened { lines.append(words.gapOpened(describe(gap))) }
        for broker in movedBrokers(change) {
            lines.append(
                words.brokerMoved(
                    name(broker.id), from: language.percent(broker.old), to: language.percent(broker.new), rose: broker.new > broker.old,
                    ranks: (broker.oldRank, broker.newRank)))
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
    func describe(_ gap: NetworkChange.GapKey) -> String {
        let more = gap.subjects.count - 4
        let subjects = language.list(gap.subjects.prefix(4).map(name) + (more > 0 ? [words.more(more)] : []))
        switch gap.kind {
        case .missingSector: return words.missingSectors(subjects, gap.sectors)
        default: return "\(FindingSentences.words(language).heading(gap.kind).lowercased()) — \(subjects)"
        }
    }

    /// The name of a score, for tables.
    func scoreName(_ key: String) -> String { words.scoreName(key) }

    /// "From 2019 to 2024:", above the sentences.
    func fromTo(_ old: String, _ new: String) -> String { words.fromTo(old, new) }

    /// The heading of the scores' column of names.
    var measureHeader: String { words.measureHeader }

    /// A score's value as a table shows it; "–" where it has no meaning.
    func scoreValue(_ key: String, _ value: Double?) -> String {
        guard let value else { return "–" }
        switch key {
        case "organisations", "ties", "components": return String(Int(value))
        case "priorities-covered", "response-rate", "confirmed-ties": return language.percent(value)
        case "mean-trust", "mean-value": return language.decimal(value, places: 2)
        default: return language.decimal(value, places: 3)
        }
    }
}
