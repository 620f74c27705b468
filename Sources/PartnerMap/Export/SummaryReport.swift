/// The `summary` command's text: a few aligned lines a coordinator reads at a glance.
public enum SummaryReport {
    /// Names listed in a line of the summary: the first ten, then how many more (the JSON
    /// output lists them all). A grants file's 1,228 recipients made one line of 20,000 characters.
    static let namesListed = 10

    static func shortList(_ names: [String], language: ReportLanguage) -> String {
        guard names.count > namesListed else { return names.joined(separator: ", ") }
        return names.prefix(namesListed).joined(separator: ", ") + ", " + language.fundingWords.more(names.count - namesListed)
    }

    /// The summary of a network as aligned lines.
    public static func text(_ summary: NetworkSummary, language: ReportLanguage = .en, width: Int? = nil) -> String {
        let words = FindingSentences.words(language).summary
        var lines = [summary.name, ""]
        let types = summary.organisationsByType.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\(OrganisationType(rawValue: $0.key).map(language.vocabulary.type) ?? $0.key) \($0.value)" }
            .joined(separator: ", ")
        var facts: [(String, String)] = [
            (words.organisations, "\(summary.organisations)" + (types.isEmpty ? "" : "  (\(types))")),
            (words.projects, "\(summary.projects)"),
            (words.partnerships, "\(summary.partnerships)"),
            (words.seats, "\(summary.memberships)"),
            (words.flows, "\(summary.fundingFlows)"),
            (words.priorities, "\(summary.priorities)"),
            (words.sources, "\(summary.sources)"),
            (words.ties, "\(summary.collaborationTies)  " + words.tiesGloss),
            (words.density, language.decimal(summary.density, places: 3) + "  " + words.densityGloss),
            (words.groups, "\(summary.components)  " + words.largest(summary.largestComponent)),
            (
                words.isolated,
                summary.isolated.isEmpty
                    ? words.none
                    : "\(summary.isolated.count)" + (language == .fr ? " : " : ": ") + shortList(summary.isolated, language: language)
                        + "  " + words.isolatedGloss
            ),
        ]
        if !summary.fundingOnly.isEmpty {
            facts.append(
                (
                    words.fundingOnly,
                    "\(summary.fundingOnly.count)" + (language == .fr ? " : " : ": ") + shortList(summary.fundingOnly, language: language)
                        + "  " + words.fundingOnlyGloss
                ))
        }
        if let first = summary.firstYear, let last = summary.lastYear {
            facts.append((words.years, language.years(first, last)))
        }
        if let survey = summary.survey {
            facts.append(
                (
                    words.responses,
                    words.respondedOf(survey.responded, survey.invited, language.percent(survey.responseRate))
                        + (survey.notResponded.isEmpty ? "" : "; " + words.notResponded + shortList(survey.notResponded, language: language))
                ))
            facts.append((words.confirmed, words.confirmedOf(survey.confirmedTies, survey.reportedTies, language.percent(survey.confirmedShare))))
            if let trust = survey.meanTrust { facts.append((words.trust, language.decimal(trust) + "  " + words.scaleGloss)) }
            if let value = survey.meanValue { facts.append((words.value, language.decimal(value) + "  " + words.scaleGloss)) }
        }
        lines += aligned(facts, width: width)
        if !summary.funders.isEmpty {
            lines += ["", words.fundingByFunder]
            // The total as the language writes money (`$715,000`, `715 000 $`); the code only in JSON and CSV.
            let mixed = Set(summary.funders.map(\.currency)).count > 1
            var table = TextTable(words.funderColumns, alignments: [.left, .left, .right, .right])
            for funder in summary.funders {
                table.append([
                    funder.funder, funder.name + (funder.illustrative ? " " + FindingSentences.words(language).illustrativeMark : ""),
                    language.amount(funder.total, funder.currency, mixed: mixed), "\(funder.flows)",
                ])
            }
            lines.append(table.render(indent: "  ", width: width))
        }
        return lines.joined(separator: "\n")
    }

    /// The summary of a plain graph as aligned lines.
    public static func text(_ summary: GraphSummary) -> String {
        var lines = [summary.name + (summary.directed ? " (directed)" : ""), ""]
        lines += aligned([
            ("nodes", "\(summary.nodes)"),
            ("ties", "\(summary.ties)"),
            ("density", NumberFormat.decimal(summary.density)),
            ("connected groups", "\(summary.components)  (largest: \(summary.largestComponent) nodes)"),
            (
                "isolated",
                summary.isolated.isEmpty
                    ? "none"
                    : "\(summary.isolated.count): " + summary.isolated.prefix(20).joined(separator: ", ")
                        + (summary.isolated.count > 20 ? ", …" : "")
            ),
        ])
        return lines.joined(separator: "\n")
    }

    /// Label and value lines, values aligned; long values wrap under themselves on a terminal.
    private static func aligned(_ facts: [(String, String)], width: Int? = nil) -> [String] {
        let labelWidth = facts.map(\.0.count).max() ?? 0
        let indent = String(repeating: " ", count: labelWidth + 4)
        return facts.flatMap { fact in
            let label = "  " + fact.0 + String(repeating: " ", count: labelWidth - fact.0.count + 2)
            return TextWrap.lines(fact.1, width: width, first: label, rest: indent)
        }
    }
}
