/// `partnermap survey` output: the network's scores and each member's, as a table a coordinator
/// reads (sorted by any score, low ratings flagged), "how partners see us" for one member, JSON
/// with the keys of ``SurveyScores``, and CSV.
public struct SurveyOutput: Sendable {
    /// The scores to show.
    public let scores: SurveyScores
    /// The network, for names.
    public let network: Network
    /// The reader's language.
    public let language: ReportLanguage

    /// The columns a table can be sorted by, as their JSON keys.
    public static let sortKeys = ["trustReceived", "valueReceived", "namedBy", "names", "trustGiven", "valueGiven", "relativeConnectivity", "id"]

    /// An output of survey scores.
    public init(_ scores: SurveyScores, network: Network, language: ReportLanguage = .en) {
        self.scores = scores
        self.network = network
        self.language = language
    }

    private var words: SurveyWords { FindingSentences.words(language).survey }

    // MARK: JSON

    /// The network's and each member's scores as JSON.
    public func json() throws -> String {
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        let organisations: [JSONValue] = scores.organisations.map { item in
            var members: [String: JSONValue] = [
                "id": .string(item.id), "name": .string(network.displayName(of: item.id)), "responded": .bool(item.responded),
                "namedBy": .integer(item.namedBy), "names": item.names.map(JSONValue.integer) ?? .null,
                "trustReceived": number(item.trustReceived), "valueReceived": number(item.valueReceived),
                "trustGiven": number(item.trustGiven), "valueGiven": number(item.valueGiven),
                "relativeConnectivity": number(item.relativeConnectivity), "partners": .integer(item.partners),
            ]
            for name in SurveyResponse.indicators { members[name + "Received"] = number(item.indicatorsReceived[name] ?? nil) }
            if let outcome = item.outcome { members["outcome"] = .integer(outcome) }
            if !item.contributes.isEmpty { members["contributes"] = .array(item.contributes.map(JSONValue.string)) }
            return .object(members)
        }
        let document: [String: JSONValue] = [
            "invited": .array(scores.invited.map(JSONValue.string)),
            "responded": .array(scores.respondents.map(JSONValue.string)),
            "notResponded": .array(scores.notResponded.map(JSONValue.string)),
            "network": .object([
                "density": .number(scores.density), "degreeCentralization": number(scores.degreeCentralization),
                "reciprocity": number(scores.reciprocity), "trust": number(scores.trust), "value": number(scores.value),
                "trustPercent": number(scores.trustPercent), "valuePercent": number(scores.valuePercent),
                "answers": .integer(scores.answers),
                "levels": .object(Dictionary(uniqueKeysWithValues: scores.levels.map { ($0.key.rawValue, JSONValue.integer($0.value)) })),
                "contributions": .object(scores.contributions.mapValues(JSONValue.integer)),
            ]),
            "organisations": .array(organisations),
            "oneSided": .array(
                scores.oneSided.map {
                    .object(["from": .string($0.from), "to": .string($0.to), "otherResponded": .bool($0.otherResponded)])
                }),
        ]
        return try JSONOutput.string(JSONValue.object(document))
    }

    // MARK: CSV

    /// One row per member, as CSV.
    public func csv() -> String {
        let header =
            ["id", "name", "responded", "named_by", "names", "trust_received", "value_received", "trust_given", "value_given"]
            + SurveyResponse.indicators.map { $0 + "_received" } + ["relative_connectivity", "partners", "outcome", "contributes"]
        var lines = [header.map(Escaping.csvField).joined(separator: ",")]
        func cell(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        for item in scores.organisations {
            let row =
                [
                    item.id, network.displayName(of: item.id), item.responded ? "true" : "false", "\(item.namedBy)", item.names.map(String.init) ?? "",
                    cell(item.trustReceived), cell(item.valueReceived), cell(item.trustGiven), cell(item.valueGiven),
                ]
                + SurveyResponse.indicators.map { cell(item.indicatorsReceived[$0] ?? nil) }
                + [cell(item.relativeConnectivity), "\(item.partners)", item.outcome.map(String.init) ?? "", item.contributes.joined(separator: ";")]
            lines.append(row.map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Table

    /// The network's scores, then every member (all of them), sorted by `sort` (highest first;
    /// `id` alphabetical), ratings received below 2.5 flagged with `!`.
    public func table(sort: String = "trustReceived", width: Int? = nil) -> String {
        let words = self.words
        func score(_ value: Double?) -> String { value.map { language.decimal($0, places: 2) } ?? "–" }
        func flagged(_ value: Double?) -> String {
            guard let value else { return "–" }
            return language.decimal(value, places: 2) + (value < SurveyScores.lowRating ? " !" : "")
        }
        var lines = [words.title(network.name), ""]
        let facts = [(words.invited, "\(scores.invited.count)"), (words.responded, responseRate)] + networkFacts(glosses: true)
        let labelWidth = facts.map(\.0.count).max() ?? 0
        for (label, value) in facts {
            lines += TextWrap.lines(
                value, width: width, first: "  " + label + String(repeating: " ", count: labelWidth - label.count + 2),
                rest: String(repeating: " ", count: labelWidth + 4))
        }
        lines.append("")
        lines.append(words.sortedBy(words.column(sort)))
        var table = TextTable(
            [
                "#", "id", words.name, words.namedByHeader, words.namesHeader, words.trustReceivedHeader, words.valueReceivedHeader,
                words.trustGivenHeader, words.valueGivenHeader, words.connectivityHeader,
            ],
            alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right, .right])
        for (position, item) in sorted(by: sort).enumerated() {
            table.append([
                "\(position + 1)", item.id, CentralityOutput.shorten(network.displayName(of: item.id), to: 32),
                "\(item.namedBy)", item.names.map(String.init) ?? words.noAnswer, flagged(item.trustReceived), flagged(item.valueReceived),
                score(item.trustGiven), score(item.valueGiven),
                item.relativeConnectivity.map { language.percent($0) } ?? "–",
            ])
        }
        lines.append(table.render(width: width))
        lines.append("")
        let low = scores.organisations.filter { ($0.trustReceived ?? 4) < SurveyScores.lowRating || ($0.valueReceived ?? 4) < SurveyScores.lowRating }
        lines += TextWrap.lines(
            low.isEmpty ? words.noLowRatings : words.lowRatings(language.list(low.map { network.displayName(of: $0.id) })),
            width: width, first: "", rest: "")
        let unconfirmable = scores.oneSided.filter { !$0.otherResponded }.count
        lines += TextWrap.lines(words.oneSided(scores.oneSided.count, unconfirmable), width: width, first: "", rest: "")
        lines += TextWrap.lines(words.definitions, width: width, first: "", rest: "")
        return lines.joined(separator: "\n")
    }

    /// "9 of 12 (75%); not responded: …": who answered, for the table and the report.
    var responseRate: String {
        let share = scores.invited.isEmpty ? 0 : Double(scores.respondents.count) / Double(scores.invited.count)
        let rate = words.respondedOf(scores.respondents.count, scores.invited.count, language.percent(share))
        guard !scores.notResponded.isEmpty else { return rate }
        return rate + (language == .fr ? "\u{202F}; " : "; ") + words.notResponded + language.list(scores.notResponded.map(network.displayName(of:)))
    }

    /// The network's scores as label and value, as the table and the report show them
    /// (the table glosses the structural ones).
    func networkFacts(glosses: Bool) -> [(label: String, value: String)] {
        let words = self.words
        func ratio(_ value: Double?, _ gloss: String) -> String {
            (value.map { language.decimal($0, places: 2) } ?? "–") + (glosses ? "  " + gloss : "")
        }
        func outOfFour(_ value: Double?) -> String {
            value.map { language.decimal($0, places: 2) + " / 4 (" + language.percent($0 / 4) + ")" } ?? "–"
        }
        var facts: [(label: String, value: String)] = [
            (words.density, ratio(scores.density, words.densityGloss)),
            (words.centralization, ratio(scores.degreeCentralization, words.centralizationGloss)),
            (words.reciprocity, ratio(scores.reciprocity, words.reciprocityGloss)),
            (words.trust, outOfFour(scores.trust)),
            (words.value, outOfFour(scores.value)),
        ]
        if !scores.levels.isEmpty {
            facts.append(
                (
                    words.levels,
                    SurveyResponse.RelationshipLevel.allCases.compactMap { level in
                        scores.levels[level].map { "\(words.level(level)) \($0)" }
                    }.joined(separator: ", ")
                ))
        }
        if !scores.contributions.isEmpty {
            facts.append(
                (
                    words.contributions,
                    scores.contributions.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                        .map { "\(words.contribution($0.key)) \($0.value)" }.joined(separator: ", ")
                ))
        }
        return facts
    }

    /// The members in the order asked for: highest first, missing scores last, then by id.
    func sorted(by key: String) -> [SurveyScores.OrganisationScores] {
        func value(_ item: SurveyScores.OrganisationScores) -> Double? {
            switch key {
            case "valueReceived": item.valueReceived
            case "namedBy": Double(item.namedBy)
            case "names": item.names.map(Double.init)
            case "trustGiven": item.trustGiven
            case "valueGiven": item.valueGiven
            case "relativeConnectivity": item.relativeConnectivity
            case "id": nil
            default: item.trustReceived
            }
        }
        guard key != "id" else { return scores.organisations.sorted { $0.id < $1.id } }
        return scores.organisations.sorted { a, b in
            switch (value(a), value(b)) {
            case (let x?, let y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.id < b.id
            }
        }
    }

    /// "How partners see us": one member's scores, each answer naming it, and the ties only one
    /// side named.
    public func organisation(_ id: String, width: Int? = nil) -> String? {
        guard let item = scores.scores(of: id) else { return nil }
        let words = self.words
        let name = network.displayName(of: id)
        func score(_ value: Double?) -> String { value.map { language.decimal($0, places: 2) } ?? "–" }
        var lines = [words.howPartnersSee(name), ""]
        lines += TextWrap.lines(words.namedByOf(item.namedBy, scores.respondents.filter { $0 != id }.count), width: width, first: "", rest: "")
        lines.append("  \(words.trustReceivedHeader): \(score(item.trustReceived))    \(words.valueReceivedHeader): \(score(item.valueReceived))")
        lines.append("  " + SurveyResponse.indicators.map { "\(words.indicator($0)) \(score(item.indicatorsReceived[$0] ?? nil))" }.joined(separator: ", "))
        let naming = network.responses.filter { $0.rated == id }
        if !naming.isEmpty {
            lines.append("")
            var table = TextTable(
                [words.rater, words.frequency, words.trustHeader, words.valueHeader, words.levelHeader],
                alignments: [.left, .left, .right, .right, .left])
            // Lowest trust first, answers without trust last.
            for answer in naming.sorted(by: { ($0.trust ?? 5, $0.rater) < ($1.trust ?? 5, $1.rater) }) {
                table.append([
                    network.displayName(of: answer.rater), answer.frequency.map(words.frequencyWord) ?? "–",
                    score(answer.trust) + ((answer.trust ?? 4) < SurveyScores.lowRating ? " !" : ""), score(answer.value),
                    answer.level.map(words.level) ?? "–",
                ])
            }
            lines.append(table.render(width: width))
        }
        let namedUs = scores.oneSided.filter { $0.to == id }.map { network.displayName(of: $0.from) }
        let weNamed = scores.oneSided.filter { $0.from == id }
        lines.append("")
        if !namedUs.isEmpty, item.responded { lines += TextWrap.lines(words.namedWithoutNaming(language.list(namedUs)), width: width, first: "", rest: "") }
        let confirmable = weNamed.filter(\.otherResponded).map { network.displayName(of: $0.to) }
        let unconfirmable = weNamed.filter { !$0.otherResponded }.map { network.displayName(of: $0.to) }
        if !confirmable.isEmpty { lines += TextWrap.lines(words.namesWithoutBeingNamed(language.list(confirmable)), width: width, first: "", rest: "") }
        if !unconfirmable.isEmpty { lines += TextWrap.lines(words.notConfirmable(language.list(unconfirmable)), width: width, first: "", rest: "") }
        if !item.responded { lines += TextWrap.lines(words.didNotRespond(name), width: width, first: "", rest: "") }
        return lines.joined(separator: "\n")
    }
}

/// The words of `partnermap survey` in one language.
struct SurveyWords {
    var title: (String) -> String
    var invited, responded, notResponded, density, densityGloss, centralization, centralizationGloss: String
    var reciprocity, reciprocityGloss, trust, value, levels, contributions: String
    var respondedOf: (Int, Int, String) -> String
    var level: (SurveyResponse.RelationshipLevel) -> String
    var contribution: (String) -> String
    var sortedBy: (String) -> String
    var column: (String) -> String
    var name, namedByHeader, namesHeader, trustReceivedHeader, valueReceivedHeader, trustGivenHeader, valueGivenHeader, connectivityHeader: String
    var noAnswer, noLowRatings: String
    var lowRatings: (String) -> String
    var oneSided: (Int, Int) -> String
    var definitions: String
    var howPartnersSee: (String) -> String
    var namedByOf: (Int, Int) -> String
    var indicator: (String) -> String
    var rater, frequency, trustHeader, valueHeader, levelHeader: String
    var frequencyWord: (SurveyResponse.Frequency) -> String
    var namedWithoutNaming: (String) -> String
    var namesWithoutBeingNamed: (String) -> String
    var notConfirmable: (String) -> String
    var didNotRespond: (String) -> String
}
