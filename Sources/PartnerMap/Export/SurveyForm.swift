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
        let columns: [(code: String, column: String)] =
            switch languages {
            case .fr: [("fr", "Français (fr)")]
            case .en: [("en", "English (en)")]
            case .both: [("fr", "Français (fr)"), ("en", "English (en)")]
            }
        // French labels as French sets them: no-break spaces before `:`, `;`, `?` and `!`.
        func labels(_ text: Text) -> [String] { columns.map { $0.code == "fr" ? FrenchTypography.apply(text.fr) : text.en } }
        let none = Text(fr: "", en: "")

        // type, name, labels…, hints…, required, relevant, calculation, repeat_count, choice_filter
        var survey: [[String]] = [
            ["type", "name"] + columns.map { "label::" + $0.column } + columns.map { "hint::" + $0.column }
                + ["required", "calculation", "repeat_count", "choice_filter"]
        ]
        func question(
            _ type: String, _ name: String, _ label: Text, hint: Text = Text(fr: "", en: ""), required: Bool = false,
            calculation: String = "", repeatCount: String = "", choiceFilter: String = ""
        ) {
            survey.append([type, name] + labels(label) + labels(hint) + [required ? "yes" : "", calculation, repeatCount, choiceFilter])
        }
        question("select_one members", "respondent", Text(fr: "Votre organisme", en: "Your organisation"), required: true)
        question(
            "select_multiple members", "partners",
            Text(
                fr: "Les organismes de la liste avec lesquels vous avez travaillé au cours des douze derniers mois",
                en: "The organisations on the roster you worked with in the past twelve months"),
            hint: Text(
                fr: "Si vous n’avez travaillé avec aucun, laissez vide : c’est quand même une réponse.",
                en: "If you worked with none, leave this empty: it still counts as a response."),
            choiceFilter: "name != ${respondent}")
        question("begin_repeat", "ratings", Text(fr: "Vos partenaires", en: "Your partners"), repeatCount: "count-selected(${partners})")
        question("calculate", "partner", none, calculation: "selected-at(${partners}, position(..) - 1)")
        question("calculate", "partner_name", none, calculation: "jr:choice-name(${partner}, '${partners}')")
        question("note", "partner_heading", Text(fr: "**${partner_name}**", en: "**${partner_name}**"))
        question("select_one frequency", "frequency", Text(fr: "À quelle fréquence avez-vous travaillé ensemble ?", en: "How often did you work together?"), required: true)
        let scaleHint = Text(fr: "Laissez en blanc plutôt que de deviner.", en: "Leave it blank rather than guess.")
        for indicator in indicators { question("select_one scale", indicator.name, indicator.question, hint: scaleHint) }
        question("select_one level", "level", Text(fr: "Qu’est-ce qui décrit le mieux votre relation ? (facultatif)", en: "Which best describes your relationship? (optional)"))
        question(
            "select_multiple contributions", "contributions",
            Text(fr: "Qu’apporte ce partenaire à votre travail commun ? (facultatif)", en: "What does this partner bring to your work together? (optional)"))
        question("end_repeat", "", none)
        question(
            "select_one outcome", "outcome",
            Text(
                fr: "Dans quelle mesure le partenariat dans son ensemble atteint-il ses buts ? (facultatif)",
                en: "How successful has the partnership as a whole been in reaching its goals? (optional)"))
        question(
            "select_multiple contributions", "contributes",
            Text(fr: "Qu’y apporte votre organisme ? (facultatif)", en: "What does your organisation contribute to it? (optional)"))

        var choices: [[String]] = [["list_name", "name"] + columns.map { "label::" + $0.column }]
        for member in members { choices.append(["members", member.id] + columns.map { _ in member.name }) }
        for (list, options) in choiceLists { for (name, label) in options { choices.append([list, name] + labels(label)) } }

        let defaultTitle = Text(fr: "Sondage auprès des partenaires", en: "Partner survey")
        let settings = [
            ["form_title", "form_id", "version", "default_language"],
            [title ?? (languages == .en ? defaultTitle.en : defaultTitle.fr), "partner_survey", "1", columns[0].column],
        ]
        return [
            WorkbookWriter.Sheet(name: "survey", rows: survey, widths: [30, 18] + columns.map { _ in 60 } + columns.map { _ in 40 } + [9, 40, 26, 22]),
            WorkbookWriter.Sheet(name: "choices", rows: choices, widths: [14, 24] + columns.map { _ in 60 }),
            WorkbookWriter.Sheet(name: "settings", rows: settings, widths: [34, 16, 8, 18]),
        ]
    }

    /// A label in both languages.
    struct Text {
        var fr: String
        var en: String
    }

    static let indicators: [(name: String, question: Text)] = [
        (
            "openness",
            Text(
                fr: "Ouverture : dans quelle mesure ce partenaire est-il ouvert à la discussion ?",
                en: "Openness: how open is this partner to discussion?")
        ),
        (
            "reliability",
            Text(
                fr: "Fiabilité : dans quelle mesure ce partenaire tient-il ses engagements ?",
                en: "Reliability: how reliable is this partner in following through on commitments?")
        ),
        (
            "mission",
            Text(
                fr: "Mission : dans quelle mesure ce partenaire adhère-t-il aux buts que vous partagez ?",
                en: "Mission: how committed is this partner to the goals you share?")
        ),
        (
            "power",
            Text(
                fr: "Pouvoir : quelle influence ce partenaire a-t-il dans la communauté ?",
                en: "Power: how much influence does this partner have in the community?")
        ),
        (
            "resources",
            Text(
                fr: "Ressources : qu’apporte ce partenaire (argent, personnel, locaux, données) ?",
                en: "Resources: how much does this partner bring (money, staff, space, data)?")
        ),
        (
            "involvement",
            Text(
                fr: "Engagement : dans quelle mesure ce partenaire participe-t-il activement au travail ?",
                en: "Involvement: how actively does this partner take part in the work?")
        ),
    ]

    /// Each list's choices: the name `import` reads, and its label.
    static let choiceLists: [(String, [(String, Text)])] = [
        (
            "frequency",
            [
                ("yearly", Text(fr: "Une fois par année", en: "Yearly")), ("quarterly", Text(fr: "Chaque trimestre", en: "Quarterly")),
                ("monthly", Text(fr: "Chaque mois", en: "Monthly")), ("weekly", Text(fr: "Chaque semaine", en: "Weekly")),
                ("daily", Text(fr: "Chaque jour", en: "Daily")),
            ]
        ),
        (
            "scale",
            [
                ("1", Text(fr: "1 — pas du tout", en: "1 — not at all")), ("2", Text(fr: "2 — un peu", en: "2 — a little")),
                ("3", Text(fr: "3 — assez", en: "3 — a fair amount")), ("4", Text(fr: "4 — beaucoup", en: "4 — a great deal")),
            ]
        ),
        (
            "level",
            [
                ("awareness", Text(fr: "Connaissance : nous nous connaissons", en: "Awareness: we know of each other")),
                ("cooperation", Text(fr: "Coopération : nous échangeons de l’information", en: "Cooperation: we share information")),
                ("coordination", Text(fr: "Coordination : nous planifions ou agissons ensemble", en: "Coordination: we plan or act together")),
                ("integration", Text(fr: "Intégration : nous mettons en commun ressources et décisions", en: "Integration: we share resources and decisions")),
            ]
        ),
        (
            "contributions",
            [
                ("funding", Text(fr: "Financement", en: "Funding")), ("in-kind", Text(fr: "En nature", en: "In-kind")),
                ("data", Text(fr: "Données", en: "Data")), ("expertise", Text(fr: "Expertise", en: "Expertise")),
                ("volunteers", Text(fr: "Bénévoles", en: "Volunteers")), ("space", Text(fr: "Locaux", en: "Space")),
                ("referrals", Text(fr: "Références", en: "Referrals")), ("other", Text(fr: "Autre", en: "Other")),
            ]
        ),
        (
            "outcome",
            [
                ("1", Text(fr: "1 — pas du tout", en: "1 — not at all")), ("2", Text(fr: "2", en: "2")), ("3", Text(fr: "3", en: "3")),
                ("4", Text(fr: "4", en: "4")), ("5", Text(fr: "5 — pleinement", en: "5 — fully")),
            ]
        ),
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
