import Foundation

/// Output of `partnermap compare`: sentences a council reads, JSON with the documented
/// contract, and CSV with one row per change.
public enum ChangeOutput {
    // MARK: JSON

    /// `{"old", "new", "organisations": {joined, left}, "ties": {gained, lost, stronger, weaker},
    /// "funding": [...], "gaps": {closed, opened}, "measures": {key: {old, new}}, "brokers": [...]}`.
    public static func json(_ change: NetworkChange, old: String, new: String) throws -> String {
        func pairs(_ pairs: [NetworkChange.Pair]) -> JSONValue { .array(pairs.map { .array([.string($0.a), .string($0.b)]) }) }
        func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
        func gaps(_ keys: [NetworkChange.GapKey]) -> JSONValue {
            .array(
                keys.map { key in
                    var members: [String: JSONValue] = ["kind": .string(key.kind.rawValue), "subjects": strings(key.subjects)]
                    if !key.sectors.isEmpty { members["sectors"] = strings(key.sectors) }
                    return .object(members)
                })
        }
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        var measures: [String: JSONValue] = [:]
        for (key, score) in change.scores { measures[key] = .object(["old": number(score.old), "new": number(score.new)]) }
        var survey: JSONValue?
        if let change = change.survey {
            survey = .object([
                "stoppedResponding": strings(change.stoppedResponding), "startedResponding": strings(change.startedResponding),
                "organisations": .array(
                    change.members.map {
                        .object([
                            "id": .string($0.id),
                            "trustReceived": .object(["old": number($0.trustReceived.old), "new": number($0.trustReceived.new)]),
                            "valueReceived": .object(["old": number($0.valueReceived.old), "new": number($0.valueReceived.new)]),
                        ])
                    }),
                "sameName": .array(change.sameName.map { .object(["old": .string($0.oldID), "new": .string($0.newID), "name": .string($0.name)]) }),
            ])
        }
        var members: [String: JSONValue] = [
            "old": .string(old), "new": .string(new),
            "organisations": .object(["joined": strings(change.joined), "left": strings(change.left)]),
            "ties": .object([
                "gained": pairs(change.gained), "lost": pairs(change.lost), "unobserved": pairs(change.unobserved),
                "stronger": pairs(change.stronger.map(\.pair)), "weaker": pairs(change.weaker.map(\.pair)),
            ]),
            "funding": .array(
                change.funding.map {
                    .object(["funder": .string($0.funder), "old": .number($0.old), "new": .number($0.new), "currency": .string($0.currency)])
                }),
            "gaps": .object(["closed": gaps(change.gapsClosed), "opened": gaps(change.gapsOpened)]),
            "sectors": .object(["arrived": strings(change.sectorsArrived), "gone": strings(change.sectorsGone)]),
            "measures": .object(measures),
            "brokers": .array(
                change.brokers.map {
                    .object([
                        "id": .string($0.id), "old": .number($0.old), "new": .number($0.new),
                        "oldRank": .integer($0.oldRank), "newRank": .integer($0.newRank),
                    ])
                }),
        ]
        if let survey { members["survey"] = survey }
        let document = JSONValue.object(members)
        return try JSONOutput.string(document)
    }

    // MARK: CSV

    /// `change,subject,detail,old,new`: one row per organisation, tie, funder, gap and score.
    public static func csv(_ change: NetworkChange) -> String {
        var rows = [["change", "subject", "detail", "old", "new"]]
        func number(_ value: Double?) -> String { value.map { NumberFormat.decimal($0) } ?? "" }
        for id in change.joined { rows.append(["joined", id, "", "", ""]) }
        for id in change.left { rows.append(["left", id, "", "", ""]) }
        for pair in change.gained { rows.append(["tie-gained", pair.a + ";" + pair.b, "", "", ""]) }
        for pair in change.lost { rows.append(["tie-lost", pair.a + ";" + pair.b, "", "", ""]) }
        for pair in change.unobserved { rows.append(["tie-unobserved", pair.a + ";" + pair.b, "", "", ""]) }
        for id in change.survey?.stoppedResponding ?? [] { rows.append(["stopped-responding", id, "", "", ""]) }
        for id in change.survey?.startedResponding ?? [] { rows.append(["started-responding", id, "", "", ""]) }
        for moved in change.survey?.members ?? [] {
            rows.append(["trust-received", moved.id, "", number(moved.trustReceived.old), number(moved.trustReceived.new)])
            rows.append(["value-received", moved.id, "", number(moved.valueReceived.old), number(moved.valueReceived.new)])
        }
        for tie in change.stronger { rows.append(["tie-stronger", tie.pair.a + ";" + tie.pair.b, "", number(tie.old), number(tie.new)]) }
        for tie in change.weaker { rows.append(["tie-weaker", tie.pair.a + ";" + tie.pair.b, "", number(tie.old), number(tie.new)]) }
        for funder in change.funding { rows.append(["funding", funder.funder, funder.currency, number(funder.old), number(funder.new)]) }
        for gap in change.gapsClosed { rows.append(["gap-closed", gap.subjects.joined(separator: ";"), ([gap.kind.rawValue] + gap.sectors).joined(separator: ";"), "", ""]) }
        for gap in change.gapsOpened { rows.append(["gap-opened", gap.subjects.joined(separator: ";"), ([gap.kind.rawValue] + gap.sectors).joined(separator: ";"), "", ""]) }
        for sector in change.sectorsArrived { rows.append(["sector-arrived", sector, "", "", ""]) }
        for sector in change.sectorsGone { rows.append(["sector-gone", sector, "", "", ""]) }
        for key in NetworkChange.scoreKeys { if let score = change.scores[key] { rows.append(["measure", key, "", number(score.old), number(score.new)]) } }
        for broker in change.brokers { rows.append(["betweenness", broker.id, "rank \(broker.oldRank) → \(broker.newRank)", number(broker.old), number(broker.new)]) }
        return rows.map { $0.map(Escaping.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    // MARK: Table

    /// What changed, in sentences, the new ties and the ended ones, then the scores side by side.
    public static func table(
        _ change: NetworkChange, old: Network, new: Network, oldLabel: String, newLabel: String,
        language: ReportLanguage = .en
    ) -> String {
        let words = ChangeSentences(language: language, old: old, new: new)
        var lines = [words.fromTo(oldLabel, newLabel), ""]
        lines += words.sentences(change)
        for pair in change.gained.prefix(10) { lines.append("  + \(words.name(pair.a)) — \(words.name(pair.b))") }
        if change.gained.count > 10 { lines.append("  + …") }
        for pair in change.lost.prefix(10) { lines.append("  − \(words.name(pair.a)) — \(words.name(pair.b))") }
        if change.lost.count > 10 { lines.append("  − …") }
        lines.append("")
        var table = TextTable([words.measureHeader, oldLabel, newLabel], alignments: [.left, .right, .right])
        for key in NetworkChange.scoreKeys {
            guard let score = change.scores[key] else { continue }
            table.append([words.scoreName(key), words.scoreValue(key, score.old), words.scoreValue(key, score.new)])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}
