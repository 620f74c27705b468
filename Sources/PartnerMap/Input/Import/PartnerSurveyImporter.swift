import Foundation

/// A network collected the way PARTNER-style surveys collect it: a roster of the invited
/// organisations, and one response row per respondent and partner named.
///
/// - Roster (`id,name,type,sectors`): the organisations invited.
/// - Responses (`respondent,partner,frequency,openness,reliability,mission,power,resources,involvement`):
///   `frequency` is yearly, quarterly, monthly, weekly or daily; the six indicators are 1 (not at
///   all) to 4 (a great deal). Openness, reliability and mission make **trust**; power,
///   resources and involvement make **value**. A row with a respondent and no partner records
///   that the organisation answered and named no one.
///
/// Optional response columns, read when present: `level` (awareness, cooperation, coordination,
/// integration) and `contributions` (`;`-separated: funding, in-kind, data, expertise,
/// volunteers, space, referrals, other). An optional respondents file (`id,outcome,contributes`)
/// holds the questions asked once per organisation: how successful the partnership has been (1
/// to 5) and what it contributes.
///
/// Every answer is kept as given (the network's `responses`: who rated whom, each indicator), so
/// scores per organisation can be read from it (``SurveyScores``). Each pair named by anyone also
/// becomes one partnership: `reported: both` when both named each other, `one` otherwise; `trust`
/// and `value` the mean of the indicators given for that pair (by either side); weight from
/// frequency (yearly 1 … daily 5), the mean of the two reports rounded half up when both
/// reported. Every roster organisation gets `responded`.
public enum PartnerSurveyImporter {
    static let frequencies = ["yearly": 1.0, "quarterly": 2, "monthly": 3, "weekly": 4, "daily": 5]
    static let frenchFrequencies = [
        "annuelle": "yearly", "annuel": "yearly", "trimestrielle": "quarterly", "trimestriel": "quarterly",
        "mensuelle": "monthly", "mensuel": "monthly", "hebdomadaire": "weekly", "quotidienne": "daily", "quotidien": "daily",
    ]
    static let trustIndicators = ["openness", "reliability", "mission"]
    static let valueIndicators = ["power", "resources", "involvement"]

    /// A partner survey's roster and answers as a network.
    public static func read(
        roster rosterPath: String, responses responsesPath: String, respondents respondentsPath: String? = nil, language: ReportLanguage = .en
    ) throws(NetworkLoadError) -> ImportResult {
        let respondents: CSVRows?
        if let respondentsPath { respondents = try ImportTables.rows(path: respondentsPath, with: ["id"]) } else { respondents = nil }
        return try read(
            roster: ImportTables.rows(path: rosterPath, with: ["id", "name"]), responses: [CSVRows.read(responsesPath).get()], respondents: respondents, language: language)
    }

    /// The same from texts already in memory; `file` names name them in messages.
    public static func read(
        rosterText: String, rosterFile: String = "roster.csv", responsesText: String,
        responsesFile: String = "responses.csv"
    ) throws(NetworkLoadError) -> ImportResult {
        try read(roster: CSVRows.parse(rosterText, file: rosterFile).get(), responses: [CSVRows.parse(responsesText, file: responsesFile).get()])
    }

    /// The column names of a French questionnaire, read as the English ones.
    static let frenchColumns = [
        "répondant": "respondent", "repondant": "respondent", "partenaire": "partner", "fréquence": "frequency", "frequence": "frequency",
        "ouverture": "openness", "fiabilité": "reliability", "fiabilite": "reliability", "pouvoir": "power", "influence": "power",
        "ressources": "resources", "implication": "involvement", "engagement": "involvement", "niveau": "level", "apports": "contributions",
        "identifiant": "id", "nom": "name", "secteurs": "sectors", "résultat": "outcome", "resultat": "outcome", "apporte": "contributes",
    ]

    /// Reads a roster and the responses, given in one table or several (a form's export gives
    /// the answers about partners in one sheet and those who named no one in another).
    static func read(
        roster rosterRows: CSVRows, responses responseTables: [CSVRows], respondents respondentRows: CSVRows? = nil, language: ReportLanguage = .en
    ) throws(NetworkLoadError) -> ImportResult {
        let roster = rosterRows.readingAliases(frenchColumns)
        let responseTables = responseTables.map { $0.readingAliases(frenchColumns) }
        let respondentRows = respondentRows?.readingAliases(frenchColumns)
        let rosterPath = roster.file
        let responsesPath = responseTables.first?.file ?? rosterPath
        var diagnostics: [Diagnostic] = []
        func problem(_ file: String, _ line: Int?, _ problem: Problem) {
            diagnostics.append(Diagnostic(file: file, line: line, problem: problem))
        }
        for column in ["id", "name"] where !roster.has(column) {
            problem(rosterPath, 1, .missingColumn(column, table: .roster))
        }
        for responses in responseTables {
            for column in ["respondent", "partner", "frequency"] + trustIndicators + valueIndicators where !responses.has(column) {
                problem(responses.file, 1, .missingColumn(column, table: .responses))
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }

        var organisations: [Organisation] = []
        var rosterLine: [String: Int] = [:]
        for row in roster.rows {
            guard let id = row["id"] else {
                problem(rosterPath, row.line, .rowWithout(fields: ["id"], row: .rosterRow))
                continue
            }
            if let first = rosterLine[id] {
                problem(rosterPath, row.line, .alreadyOnLine(.id(id), firstLine: first))
                continue
            }
            // An id the network file could not hold is refused here, not by the file written.
            guard NetworkBuilder.isValidID(id) else {
                problem(rosterPath, row.line, .invalidID(id))
                continue
            }
            rosterLine[id] = row.line
            let type = row["type"].flatMap { text -> OrganisationType? in
                let folded = text.lowercased().replacingOccurrences(of: " ", with: "-")
                return OrganisationType(rawValue: folded) ?? NetworkBuilder.typeAliases[folded] ?? Self.frenchTypes[folded]
            }
            if let text = row["type"], type == nil {
                problem(rosterPath, row.line, .invalidValue(field: "type", value: text, expected: .oneOf(OrganisationType.allCases.map(\.rawValue))))
            }
            let sectors = (row["sectors"] ?? "").split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            organisations.append(Organisation(id: id, name: row["name"] ?? id, type: type ?? .other, sectors: sectors))
        }
        let ids = Array(rosterLine.keys).sorted()

        struct Report {
            var weight: Double
            var trust: [Double]
            var value: [Double]
            var line: Int
        }
        var reports: [[String]: Report] = [:]  // [respondent, partner]
        var respondents = Set<String>()
        var answers: [SurveyResponse] = []
        for responses in responseTables {
            let responsesPath = responses.file
            for row in responses.rows {
                guard let respondent = row["respondent"] else {
                    problem(responsesPath, row.line, .rowWithout(fields: ["respondent"], row: .response))
                    continue
                }
                guard rosterLine[respondent] != nil else {
                    problem(responsesPath, row.line, .notInRoster(respondent, role: .respondent, suggestion: Suggestion.closest(to: respondent, in: ids)))
                    continue
                }
                respondents.insert(respondent)
                guard let partner = row["partner"] else {
                    answers.append(SurveyResponse(rater: respondent, rated: nil))
                    continue
                }
                guard rosterLine[partner] != nil else {
                    problem(responsesPath, row.line, .notInRoster(partner, role: .partner, suggestion: Suggestion.closest(to: partner, in: ids)))
                    continue
                }
                guard partner != respondent else {
                    problem(responsesPath, row.line, .selfRating(respondent))
                    continue
                }
                let frequencyText = (row["frequency"] ?? "").lowercased()
                guard let weight = frequencies[frequencyText] ?? frenchFrequencies[frequencyText].flatMap({ frequencies[$0] }) else {
                    problem(responsesPath, row.line, .invalidValue(field: "frequency", value: row["frequency"] ?? "", expected: .frequency))
                    continue
                }
                var scores: [String: Double] = [:]
                var bad = false
                for indicator in trustIndicators + valueIndicators {
                    guard let text = row[indicator] else { continue }
                    guard let value = AmountText.plainNumber(text), [1, 2, 3, 4].contains(value) else {
                        problem(responsesPath, row.line, .invalidValue(field: indicator, value: text, expected: .indicator))
                        bad = true
                        continue
                    }
                    scores[indicator] = value
                }
                var level: SurveyResponse.RelationshipLevel?
                if let text = row["level"] {
                    let folded = text.lowercased()
                    level = SurveyResponse.RelationshipLevel(rawValue: folded) ?? NetworkBuilder.levelAliases[folded]
                    if level == nil {
                        problem(responsesPath, row.line, .invalidValue(field: "level", value: text, expected: .level))
                        bad = true
                    }
                }
                var contributions: [String] = []
                for item in (row["contributions"] ?? "").split(separator: ";").map({ String($0).trimmedWhitespace.lowercased() }) where !item.isEmpty {
                    guard let kind = SurveyResponse.contributionKinds.contains(item) ? item : NetworkBuilder.contributionAliases[item] else {
                        problem(responsesPath, row.line, .invalidValue(field: "contributions", value: item, expected: .anyOf(SurveyResponse.contributionKinds)))
                        bad = true
                        continue
                    }
                    contributions.append(kind)
                }
                if bad { continue }
                if let earlier = reports[[respondent, partner]] {
                    problem(responsesPath, row.line, .repeatedAnswer(rater: respondent, rated: partner, firstLine: earlier.line))
                    continue
                }
                reports[[respondent, partner]] = Report(
                    weight: weight, trust: trustIndicators.compactMap { scores[$0] },
                    value: valueIndicators.compactMap { scores[$0] }, line: row.line)
                answers.append(
                    SurveyResponse(
                        rater: respondent, rated: partner, frequency: SurveyResponse.Frequency.allCases[Int(weight) - 1],
                        openness: scores["openness"], reliability: scores["reliability"], mission: scores["mission"],
                        power: scores["power"], resources: scores["resources"], involvement: scores["involvement"],
                        level: level, contributions: contributions))
            }
        }
        // Questions asked once per organisation.
        if let respondentRows {
            let file = respondentRows.file
            if !respondentRows.has("id") { problem(file, 1, .missingColumn("id", table: .respondents)) }
            var seen: [String: Int] = [:]
            for row in respondentRows.rows {
                guard let id = row["id"] else {
                    problem(file, row.line, .rowWithout(fields: ["id"], row: .respondentsRow))
                    continue
                }
                guard let index = organisations.firstIndex(where: { $0.id == id }) else {
                    problem(file, row.line, .notInRoster(id, role: .respondentsID, suggestion: Suggestion.closest(to: id, in: ids)))
                    continue
                }
                if let first = seen[id] {
                    problem(file, row.line, .alreadyOnLine(.respondent(id), firstLine: first))
                    continue
                }
                seen[id] = row.line
                if let text = row["outcome"] {
                    if let value = AmountText.plainNumber(text), [1, 2, 3, 4, 5].contains(value) {
                        organisations[index].outcome = Int(value)
                    } else {
                        problem(file, row.line, .invalidValue(field: "outcome", value: text, expected: .outcome))
                    }
                }
                for item in (row["contributes"] ?? "").split(separator: ";").map({ String($0).trimmedWhitespace.lowercased() }) where !item.isEmpty {
                    guard let kind = SurveyResponse.contributionKinds.contains(item) ? item : NetworkBuilder.contributionAliases[item] else {
                        problem(file, row.line, .invalidValue(field: "contributes", value: item, expected: .anyOf(SurveyResponse.contributionKinds)))
                        continue
                    }
                    organisations[index].contributes.append(kind)
                }
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }) }

        for index in organisations.indices { organisations[index].responded = respondents.contains(organisations[index].id) }
        var pairs = Set<[String]>()
        for key in reports.keys { pairs.insert(key.sorted()) }
        var partnerships: [Partnership] = []
        var both = 0
        for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let sides = [reports[[pair[0], pair[1]]], reports[[pair[1], pair[0]]]].compactMap { $0 }
            let meanWeight = sides.map(\.weight).reduce(0, +) / Double(sides.count)
            let trust = sides.flatMap(\.trust)
            let value = sides.flatMap(\.value)
            if sides.count == 2 { both += 1 }
            partnerships.append(
                Partnership(
                    pair[0], pair[1], type: "survey", weight: (meanWeight + 0.5).rounded(.down),
                    reported: sides.count == 2 ? .both : .one,
                    trust: trust.isEmpty ? nil : trust.reduce(0, +) / Double(trust.count),
                    value: value.isEmpty ? nil : value.reduce(0, +) / Double(value.count),
                    sources: ["survey"]))
        }
        // A title for people, in their language, never a file name; `import --name` gives the survey's own.
        let title = language.surveyFormWords.text(.title)
        var network = Network(
            name: title,
            sources: [
                Source(
                    id: "survey", title: title,
                    location: URL(fileURLWithPath: responsesPath).lastPathComponent
                        + " (roster " + URL(fileURLWithPath: rosterPath).lastPathComponent + ")")
            ],
            organisations: organisations, partnerships: partnerships, responses: answers)
        for index in network.organisations.indices { network.organisations[index].sources = ["survey"] }
        let report: [ImportNote] = [
            .readSurvey(organisations: organisations.count, roster: rosterPath, responses: responseTables.map(\.rows.count).reduce(0, +), file: responsesPath),
            .responded(respondents.count, of: organisations.count),
            .partnershipsConfirmed(partnerships.count, both: both),
        ]
        return ImportResult(network: network, notes: report)
    }

    /// Organisation types as a French roster writes them.
    static let frenchTypes: [String: OrganisationType] = [
        "organisme-sans-but-lucratif": .nonprofit, "organisme-communautaire": .nonprofit, "osbl": .nonprofit,
        "conseil-scolaire": .schoolBoard, "municipalité": .municipal, "municipal": .municipal, "provincial": .provincial,
        "fédéral": .federal, "federal": .federal, "bailleur-de-fonds": .funder, "employeur": .employer, "santé": .health,
        "conseil": .council, "réseau": .network, "reseau": .network, "autre": .other, "université": .university,
    ]

}
