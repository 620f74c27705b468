/// The `summary` command's text: a few aligned lines a coordinator reads at a glance.
public enum SummaryReport {
    public static func text(_ summary: NetworkSummary) -> String {
        var lines = [summary.name, ""]
        let types = summary.organisationsByType.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var facts: [(String, String)] = [
            ("organisations", "\(summary.organisations)" + (types.isEmpty ? "" : "  (\(types))")),
            ("projects", "\(summary.projects)"),
            ("partnerships", "\(summary.partnerships)"),
            ("council seats", "\(summary.memberships)"),
            ("funding flows", "\(summary.fundingFlows)"),
            ("priorities", "\(summary.priorities)"),
            ("sources cited", "\(summary.sources)"),
            ("collaboration ties", "\(summary.collaborationTies)  (partnerships, seats and co-delivered projects, per pair)"),
            ("density", NumberFormat.decimal(summary.density) + "  (share of possible ties that exist)"),
            ("connected groups", "\(summary.components)  (largest: \(summary.largestComponent) organisations)"),
            ("no working tie", summary.isolated.isEmpty ? "none" : "\(summary.isolated.count): " + summary.isolated.joined(separator: ", ")
                + "  (no partnership, seat or shared project; `gaps` calls isolated those without any tie, money included)"),
        ]
        if let first = summary.firstYear, let last = summary.lastYear {
            facts.append(("years", first == last ? "\(first)" : "\(first)–\(last)"))
        }
        if let survey = summary.survey {
            func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
            facts.append(("survey responses", "\(survey.responded) of \(survey.invited) (\(percent(survey.responseRate)))"
                          + (survey.notResponded.isEmpty ? "" : "; not responded: " + survey.notResponded.joined(separator: ", "))))
            facts.append(("ties confirmed", "\(survey.confirmedTies) of \(survey.reportedTies) (\(percent(survey.confirmedShare))) named by both sides"))
            if let trust = survey.meanTrust { facts.append(("mean trust", NumberFormat.decimal(trust, places: 2) + "  (1 not at all … 4 a great deal)")) }
            if let value = survey.meanValue { facts.append(("mean value", NumberFormat.decimal(value, places: 2) + "  (1 not at all … 4 a great deal)")) }
        }
        lines += aligned(facts)
        if !summary.funders.isEmpty {
            lines += ["", "Funding by funder"]
            var table = TextTable(["funder", "name", "total", "currency", "flows"], alignments: [.left, .left, .right, .left, .right])
            for funder in summary.funders {
                table.append([funder.funder, funder.name, NumberFormat.amount(funder.total), funder.currency, "\(funder.flows)"])
            }
            lines.append(table.render(indent: "  "))
        }
        return lines.joined(separator: "\n")
    }

    public static func text(_ summary: GraphSummary) -> String {
        var lines = [summary.name + (summary.directed ? " (directed)" : ""), ""]
        lines += aligned([
            ("nodes", "\(summary.nodes)"),
            ("ties", "\(summary.ties)"),
            ("density", NumberFormat.decimal(summary.density)),
            ("connected groups", "\(summary.components)  (largest: \(summary.largestComponent) nodes)"),
            ("isolated", summary.isolated.isEmpty ? "none" : "\(summary.isolated.count): " + summary.isolated.prefix(20).joined(separator: ", ")
                + (summary.isolated.count > 20 ? ", …" : "")),
        ])
        return lines.joined(separator: "\n")
    }

    private static func aligned(_ facts: [(String, String)]) -> [String] {
        let width = facts.map(\.0.count).max() ?? 0
        return facts.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
    }
}
