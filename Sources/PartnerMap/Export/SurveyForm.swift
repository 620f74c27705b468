import Foundation

/// The partner survey as an XLSForm, the form format KoboToolbox, ODK and SurveyCTO import:
/// so that a coordinator deploys the questionnaire instead of typing it into another tool.
///
/// The respondent picks its organisation from the roster, then every roster organisation it
/// worked with in the past twelve months; the form repeats the questions once per partner
/// chosen (how often, the six indicators from 1 to 4, the optional relationship level and
/// contributions), then asks the two questions asked once (how successful the partnership has
/// been, what the organisation contributes). Choice names are the values `import` reads back
/// (`monthly`, `4`, `coordination`, `in-kind`), whatever the language of the labels, so the
/// tool's export (`SurveyFormDataImporter`) becomes the survey's responses as they are.
///
/// Labels in French, English or both (`label::Français (fr)`, `label::English (en)`).
public enum SurveyForm {
    /// The languages of the form's labels: French, English, or both (respondents pick theirs in
    /// the survey tool; the first is the form's default).
    public enum Languages: String, Sendable, CaseIterable {
        case fr, en, both
    }

    /// One organisation the form lets respondents choose.
    public struct Member: Sendable, Equatable {
        /// The roster id: the choice's name, the value the tools export and `import` reads back.
        public var id: String
        /// What respondents see in the list.
        public var name: String
        /// A roster member; each parameter is the property of the same name.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// The form's three sheets: `survey`, `choices`, `settings`.
    public static func sheets(members: [Member], languages: Languages, title: String? = nil) -> [WorkbookWriter.Sheet] {
        let columns: [(language: ReportLanguage, column: String)] =
            switch languages {
            case .fr: [(.fr, "Français (fr)")]
            case .en: [(.en, "English (en)")]
            case .both: [(.fr, "Français (fr)"), (.en, "English (en)")]
            }
        // Each language's words from its catalogue; French as French sets it: no-break spaces
        // before `:`, `;`, `?` and `!`.
        func labels(_ key: SurveyFormText?) -> [String] {
            columns.map { column in
                guard let key else { return "" }
                let text = column.language.surveyFormWords.text(key)
                return column.language == .fr ? FrenchTypography.apply(text) : text
            }
        }

        // type, name, labels…, hints…, required, relevant, calculation, repeat_count, choice_filter
        var survey: [[String]] = [
            ["type", "name"] + columns.map { "label::" + $0.column } + columns.map { "hint::" + $0.column }
                + ["required", "calculation", "repeat_count", "choice_filter"]
        ]
        func question(
            _ type: String, _ name: String, _ label: SurveyFormText?, hint: SurveyFormText? = nil, required: Bool = false,
            calculation: String = "", repeatCount: String = "", choiceFilter: String = ""
        ) {
            survey.append([type, name] + labels(label) + labels(hint) + [required ? "yes" : "", calculation, repeatCount, choiceFilter])
        }
        question("select_one members", "respondent", .respondent, required: true)
        question("select_multiple members", "partners", .partners, hint: .partnersHint, choiceFilter: "name != ${respondent}")
        question("begin_repeat", "ratings", .ratings, repeatCount: "count-selected(${partners})")
        question("calculate", "partner", nil, calculation: "selected-at(${partners}, position(..) - 1)")
        question("calculate", "partner_name", nil, calculation: "jr:choice-name(${partner}, '${partners}')")
        survey.append(["note", "partner_heading"] + columns.map { _ in "**${partner_name}**" } + labels(nil) + ["", "", "", ""])
        question("select_one frequency", "frequency", .frequency, required: true)
        for indicator in indicators { question("select_one scale", indicator, .indicator(indicator), hint: .scaleHint) }
        question("select_one level", "level", .level)
        question("select_multiple contributions", "contributions", .contributions)
        question("end_repeat", "", nil)
        question("select_one outcome", "outcome", .outcome)
        question("select_multiple contributions", "contributes", .contributes)

        var choices: [[String]] = [["list_name", "name"] + columns.map { "label::" + $0.column }]
        for member in members { choices.append(["members", member.id] + columns.map { _ in member.name }) }
        for (list, names) in choiceLists { for name in names { choices.append([list, name] + labels(.choice(list: list, name: name))) } }

        let settings = [
            ["form_title", "form_id", "version", "default_language"],
            [title ?? labels(.title)[0], "partner_survey", "1", columns[0].column],
        ]
        return [
            WorkbookWriter.Sheet(name: "survey", rows: survey, widths: [30, 18] + columns.map { _ in 60 } + columns.map { _ in 40 } + [9, 40, 26, 22]),
            WorkbookWriter.Sheet(name: "choices", rows: choices, widths: [14, 24] + columns.map { _ in 60 }),
            WorkbookWriter.Sheet(name: "settings", rows: settings, widths: [34, 16, 8, 18]),
        ]
    }

    /// The six PARTNER indicators, each a question rated on the `scale` list.
    static let indicators = ["openness", "reliability", "mission", "power", "resources", "involvement"]

    /// Each list's choices: the names `import` reads (their labels are in the catalogues).
    static let choiceLists: [(String, [String])] = [
        ("frequency", ["yearly", "quarterly", "monthly", "weekly", "daily"]),
        ("scale", ["1", "2", "3", "4"]),
        ("level", ["awareness", "cooperation", "coordination", "integration"]),
        ("contributions", ["funding", "in-kind", "data", "expertise", "volunteers", "space", "referrals", "other"]),
        ("outcome", ["1", "2", "3", "4", "5"]),
    ]

    /// The roster's members as the form lists them, read from a CSV file or a workbook
    /// (`id,name`, French `identifiant,nom` too). Refused: a row without an id, an id given
    /// twice, an id a network file could not hold (a space among them: the tools write a
    /// multiple choice as ids separated by spaces).
    public static func members(roster path: String) throws(NetworkLoadError) -> [Member] {
        let rows = try ImportTables.rows(path: path, with: ["id", "name"]).readingAliases(PartnerSurveyImporter.frenchColumns)
        var diagnostics: [Diagnostic] = []
        if !rows.has("id") { diagnostics.append(Diagnostic(file: rows.file, line: 1, problem: .missingColumn("id", table: .roster))) }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        var members: [Member] = []
        var seen: [String: Int] = [:]
        for row in rows.rows {
            guard let id = row["id"] else {
                diagnostics.append(Diagnostic(file: rows.file, line: row.line, problem: .rowWithout(fields: ["id"], row: .rosterRow)))
                continue
            }
            if let first = seen[id] {
                diagnostics.append(Diagnostic(file: rows.file, line: row.line, problem: .alreadyOnLine(.id(id), firstLine: first)))
                continue
            }
            guard NetworkBuilder.isValidID(id) else {
                diagnostics.append(Diagnostic(file: rows.file, line: row.line, problem: .invalidID(id)))
                continue
            }
            seen[id] = row.line
            members.append(Member(id: id, name: row["name"] ?? id))
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        return members
    }
}
