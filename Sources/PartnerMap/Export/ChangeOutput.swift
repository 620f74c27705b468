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
            .array(keys.map { key in
                var members: [String: JSONValue] = ["kind": .string(key.kind.rawValue), "subjects": strings(key.subjects)]
                if !key.sectors.isEmpty { members["sectors"] = strings(key.sectors) }
                return .object(members)
            })
        }
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        var measures: [String: JSONValue] = [:]
        for (key, score) in change.scores { measures[key] = .object(["old": number(score.old), "new": number(score.new)]) }
        let document: JSONValue = .object([
            "old": .string(old), "new": .string(new),
            "organisations": .object(["joined": strings(change.joined), "left": strings(change.left)]),
            "ties": .object([
                "gained": pairs(change.gained), "lost": pairs(change.lost),
                "stronger": pairs(change.stronger.map(\.pair)), "weaker": pairs(change.weaker.map(\.pair)),
            ]),
            "funding": .array(change.funding.map {
                .object(["funder": .string($0.funder), "old": .number($0.old), "new": .number($0.new), "currency": .string($0.currency)])
            }),
            "gaps": .object(["closed": gaps(change.gapsClosed), "opened": gaps(change.gapsOpened)]),
            "sectors": .object(["arrived": strings(change.sectorsArrived), "gone": strings(change.sectorsGone)]),
            "measures": .object(measures),
            "brokers": .array(change.brokers.map {
                .object(["id": .string($0.id), "old": .number($0.old), "new": .number($0.new),
                         "oldRank": .integer($0.oldRank), "newRank": .integer($0.newRank)])
            }),
        ])
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
        for tie in change.stronger { rows.append(["tie-stronger", tie.pair.a + ";" + tie.pair.b, "", number(tie.old), number(tie.new)]) }
        for tie in change.weaker { rows.append(["tie-weaker", tie.pair.a + ";" + tie.pair.b, "", number(tie.old), number(tie.new)]) }
        for funder in change.funding { rows.append(["funding", funder.funder, funder.currency, number(funder.old), number(funder.new)]) }
        for gap in change.gapsClosed { rows.append(["gap-closed", gap.subjects.joined(separator: ";"), ([gap.kind.rawValue] + gap.sectors).joined(separator: ";"), "", ""]) }
        for gap in change.gapsOpened { rows.append(["gap-opened", gap.subjects.joined(separator: ";"), ([gap.kind.rawValue] + gap.sectors).joined(separator: ";"), "", ""]) }
        for sector in change.sectorsArrived { rows.append(["sector-arrived", sector, "", "", ""]) }
        for sector in change.sectorsGone { rows.append(["sector-gone", sector, "", "", ""]) }
        for key in NetworkChange.scoreKeys { if let score = change.scores[key] { rows.append(["measure", key, "", number(score.old), number(score.new)]) } }
        for broker in change.brokers { rows.append(["betweenness", broker.id, "rank \(broker.oldRank) → \(broker.newRank)", number(broker.old), number(broker.new)]) }
        return rows.map { $0.map(CSVField.escape).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    // MARK: Table

    /// What changed, in sentences, then the scores side by side.
    public static func table(_ change: NetworkChange, old: Network, new: Network, oldLabel: String, newLabel: String) -> String {
        func name(_ id: String) -> String {
            let display = new.organisation(id)?.name ?? old.organisation(id)?.name ?? id
            return display == id ? id : "\(display) (\(id))"
        }
        func list(_ ids: [String], limit: Int = 5) -> String {
            let shown = ids.prefix(limit).map(name)
            let rest = ids.count - shown.count
            let items = rest > 0 ? shown + ["\(rest) more"] : Array(shown)
            switch items.count {
            case 0: return ""
            case 1: return items[0]
            default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
            }
        }
        func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) \(n == 1 ? singular : plural)" }
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

        var lines = ["From \(oldLabel) to \(newLabel):", ""]
        if change.isEmpty { lines.append("Nothing changed: the same organisations, ties, funding and gaps.") }
        if !change.joined.isEmpty {
            lines.append("\(count(change.joined.count, "organisation", "organisations")) joined: \(list(change.joined)).")
        }
        if !change.left.isEmpty {
            lines.append("\(count(change.left.count, "organisation", "organisations")) left: \(list(change.left)).")
        }
        for sector in change.sectorsArrived { lines.append("The \(sector) sector is now at the table.") }
        for sector in change.sectorsGone { lines.append("The \(sector) sector is no longer at the table.") }
        let tieParts = [
            change.gained.isEmpty ? nil : "\(count(change.gained.count, "tie", "ties")) formed",
            change.lost.isEmpty ? nil : "\(count(change.lost.count, "tie", "ties")) ended",
            change.stronger.isEmpty ? nil : "\(change.stronger.count) grew stronger",
            change.weaker.isEmpty ? nil : "\(change.weaker.count) grew weaker",
        ].compactMap { $0 }
        if !tieParts.isEmpty { lines.append("Partnerships: " + tieParts.joined(separator: ", ") + ".") }
        for pair in change.gained.prefix(10) { lines.append("  + \(name(pair.a)) — \(name(pair.b))") }
        for pair in change.lost.prefix(10) { lines.append("  − \(name(pair.a)) — \(name(pair.b))") }
        for funder in change.funding {
            let verb = funder.new > funder.old ? "rose" : "fell"
            lines.append("\(name(funder.funder))'s funding \(verb) from \(NumberFormat.amount(funder.old)) to \(NumberFormat.amount(funder.new)) \(funder.currency).")
        }
        for gap in change.gapsClosed { lines.append("Closed: \(describe(gap, name: name)).") }
        for gap in change.gapsOpened { lines.append("Opened: \(describe(gap, name: name)).") }
        // The brokers whose share of shortest paths moved most.
        let moved = change.brokers.filter { abs($0.new - $0.old) >= 0.05 }
            .sorted { abs($0.new - $0.old) != abs($1.new - $1.old) ? abs($0.new - $0.old) > abs($1.new - $1.old) : $0.id < $1.id }
        for broker in moved.prefix(5) {
            let verb = broker.new > broker.old ? "rose" : "fell"
            lines.append("\(name(broker.id))'s share of shortest paths \(verb) from \(percent(broker.old)) to \(percent(broker.new)) (rank \(broker.oldRank) → \(broker.newRank)).")
        }
        lines.append("")
        var table = TextTable(["measure", oldLabel, newLabel], alignments: [.left, .right, .right])
        for key in NetworkChange.scoreKeys {
            guard let score = change.scores[key] else { continue }
            func cell(_ value: Double?) -> String {
                guard let value else { return "–" }
                if ["organisations", "ties", "components"].contains(key) { return String(Int(value)) }
                if key == "priorities-covered" { return percent(value) }
                return NumberFormat.decimal(value)
            }
            table.append([key, cell(score.old), cell(score.new)])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }

    private static func describe(_ gap: NetworkChange.GapKey, name: (String) -> String) -> String {
        let subjects = gap.subjects.prefix(4).map(name).joined(separator: ", ") + (gap.subjects.count > 4 ? " …" : "")
        switch gap.kind {
        case .missingSector: return "\(subjects) missing \(gap.sectors.joined(separator: ", "))"
        default: return "\(gap.kind.rawValue.replacingOccurrences(of: "-", with: " ")) — \(subjects)"
        }
    }
}
