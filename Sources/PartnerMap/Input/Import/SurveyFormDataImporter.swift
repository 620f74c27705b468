import Foundation

/// The answers of the partner survey's form (``SurveyForm``) as the survey tools export them,
/// turned back into the survey's responses so that survey → network → report needs no copying
/// by hand.
///
/// A submission is one row of the main table (who answers: `respondent`; the questions asked
/// once: `outcome`, `contributes`); each partner it rated is one row of the repeat table
/// (`ratings`: `partner`, `frequency`, the six indicators, `level`, `contributions`), tied to
/// its submission the way each tool ties them:
/// - KoboToolbox's XLS export: a sheet per repeat whose `_parent_index` is the submission's
///   `_index`; headers with their group (`ratings/frequency`) or without.
/// - ODK Central's CSV export (a ZIP): a file per repeat whose `PARENT_KEY` is the
///   submission's `KEY`; nested headers joined with `-`.
/// Multiple choices, written space-separated by both tools, read as the survey's `;` lists.
enum SurveyFormDataImporter {
    /// The repeat table: a partner per row, tied to its submission.
    static func repeatTable(in tables: ImportTables) -> ImportTables.Table? {
        tables.tables.first { table in
            let names = Set(table.columns.map(field))
            return names.contains("partner") && (names.contains("_parent_index") || names.contains("PARENT_KEY"))
        }
    }

    /// A column's field name: its last group segment (`ratings/frequency` and
    /// `ratings-frequency` are `frequency`); the tools' own columns (`_index`, `KEY`) as they are.
    static func field(_ column: String) -> String {
        let trimmed = column.trimmedWhitespace
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        if let dash = trimmed.lastIndex(of: "-"), !["PARENT_KEY", "KEY"].contains(trimmed) {
            return String(trimmed[trimmed.index(after: dash)...])
        }
        return trimmed
    }

    static let answerFields = [
        "respondent", "partner", "frequency", "openness", "reliability", "mission", "power", "resources",
        "involvement", "level", "contributions",
    ]

    /// The responses (answers about partners, then submissions that named no one) and the
    /// answers asked once per organisation.
    static func answers(in tables: ImportTables) throws(NetworkLoadError) -> (responses: [CSVRows], respondents: CSVRows?) {
        guard let repeats = repeatTable(in: tables) else {
            throw NetworkLoadError([Diagnostic(file: tables.file, line: nil, problem: .missingSheet(expected: "ratings", sheets: tables.tables.map(\.name)))])
        }
        let kobo = repeats.columns.map(field).contains("_parent_index")
        let parentColumn = kobo ? "_parent_index" : "PARENT_KEY"
        let ownColumn = kobo ? "_index" : "KEY"
        guard
            let main = tables.tables.first(where: { table in
                let names = Set(table.columns.map(field))
                return names.contains("respondent") && names.contains(ownColumn) && !names.contains("partner")
            })
        else {
            throw NetworkLoadError([Diagnostic(file: tables.file, line: nil, problem: .missingSheet(expected: "respondent, " + ownColumn, sheets: tables.tables.map(\.name)))])
        }
        let mainRows = renamed(main)
        let repeatRows = renamed(repeats)
        var diagnostics: [Diagnostic] = []

        // Submissions by their key, with who answered.
        var respondentOf: [String: String] = [:]
        var named = Set<String>()
        for row in repeatRows.rows { if let parent = row[parentColumn] { named.insert(parent) } }
        var nobody: [CSVRows.Row] = []
        var once: [CSVRows.Row] = []
        for row in mainRows.rows {
            guard let key = row[ownColumn] else {
                diagnostics.append(Diagnostic(file: mainRows.file, line: row.line, problem: .rowWithout(fields: [ownColumn], row: .response)))
                continue
            }
            guard let respondent = row["respondent"] else {
                diagnostics.append(Diagnostic(file: mainRows.file, line: row.line, problem: .rowWithout(fields: ["respondent"], row: .response)))
                continue
            }
            respondentOf[key] = respondent
            if !named.contains(key) { nobody.append(CSVRows.Row(line: row.line, cells: ["respondent": respondent])) }
            var cells: [String: String] = ["id": respondent]
            if let outcome = row["outcome"] { cells["outcome"] = outcome }
            if let contributes = row["contributes"] { cells["contributes"] = semicolons(contributes) }
            if cells.count > 1 { once.append(CSVRows.Row(line: row.line, cells: cells)) }
        }
        var answers: [CSVRows.Row] = []
        for row in repeatRows.rows {
            guard let parent = row[parentColumn], let respondent = respondentOf[parent] else {
                diagnostics.append(Diagnostic(file: repeatRows.file, line: row.line, problem: .answerWithoutSubmission(row[parentColumn] ?? "", main: main.name)))
                continue
            }
            var cells = ["respondent": respondent]
            for name in answerFields.dropFirst() { if let value = row[name] { cells[name] = name == "contributions" ? semicolons(value) : value } }
            answers.append(CSVRows.Row(line: row.line, cells: cells))
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        let keys = answerFields.map(CSVRows.key)
        var responses = [CSVRows(file: repeatRows.file, rows: answers, headers: keys)]
        if !nobody.isEmpty { responses.append(CSVRows(file: mainRows.file, rows: nobody, headers: keys)) }
        let respondents = once.isEmpty ? nil : CSVRows(file: mainRows.file, rows: once, headers: ["id", "outcome", "contributes"])
        return (responses, respondents)
    }

    /// The table's rows keyed by field name (`ratings/frequency` read as `frequency`).
    private static func renamed(_ table: ImportTables.Table) -> CSVRows {
        var aliases: [String: String] = [:]
        for column in table.columns where field(column) != column { aliases[column] = field(column) }
        return table.rows.readingAliases(aliases)
    }

    private static func semicolons(_ choices: String) -> String {
        choices.split(whereSeparator: { $0 == " " || $0 == ";" }).joined(separator: ";")
    }
}
