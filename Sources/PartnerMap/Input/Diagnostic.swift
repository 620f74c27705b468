import Foundation

/// One thing wrong with an input file, with where it is: `file:line: what is wrong`.
///
/// Loaders never stop at the first problem: they collect every diagnostic of a file so a
/// coordinator can fix them all in one pass, then throw them together as a ``NetworkLoadError``.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line of the offending entry (for CSV files, the line its row starts on);
    /// `nil` when the problem is about the whole file.
    public var line: Int?
    public var problem: Problem
    /// A problem stops the file from loading; a warning is printed and the file loads
    /// (unless `--strict` asks for warnings to count as problems).
    public var severity: Severity

    public enum Severity: String, Sendable, Hashable {
        case problem, warning
    }

    public init(file: String, line: Int?, problem: Problem, severity: Severity = .problem) {
        self.file = file
        self.line = line
        self.problem = problem
        self.severity = severity
    }

    /// `file:line: message` (`file:line: warning: message` for a warning), the form editors
    /// and terminals link to.
    public var description: String {
        let label = severity == .warning ? "warning: " : ""
        if let line { return "\(file):\(line): \(label)\(problem.message)" }
        return "\(file): \(label)\(problem.message)"
    }
}

/// Every way an input file can be wrong, each with a message that says what to change.
public enum Problem: Sendable, Hashable {
    case unreadable(reason: String)
    case emptyFile
    case binaryFile
    case notUTF8
    case tooLarge(bytes: Int, limit: Int)
    case syntax(format: String, detail: String)
    case nestingTooDeep(limit: Int)
    case aliasExpansionTooLarge(limit: Int)
    case notAMapping(what: String)
    case notAList(section: String)
    case unknownSection(String, suggestion: String?)
    case unknownField(String, entity: String, suggestion: String?)
    case missingField(String, entity: String)
    case wrongShape(field: String, expected: String)
    case invalidValue(field: String, value: String, expected: String)
    case invalidID(String)
    case duplicateID(String, firstLine: Int?)
    case unknownReference(field: String, id: String, expected: String, suggestion: String?)
    case selfPartnership(String)
    case partnershipSize(count: Int)
    case weightOutOfRange(Double)
    case negativeAmount(Double)
    case invalidCurrency(String)
    case ambiguousNumber(field: String, text: String, thousands: Double, decimal: Double)
    case malformedNumber(field: String, text: String, reason: String)
    case currencyContradiction(amount: String, named: String, given: String)
    case endBeforeStart(start: YearMonth, end: YearMonth)
    case bodyNotCouncil(body: String, type: OrganisationType)
    case selfMembership(String)
    case selfFunding(String)
    case selfRating(String)
    case repeatedAnswer(rater: String, rated: String, firstLine: Int)
    case missingCSVFile(expected: String)
    case repeatedPartnership(String, String, firstLine: Int)
    case repeatedMembership(String, body: String, firstLine: Int)
    case repeatedFunding(from: String, to: String, firstLine: Int)
    case organisationWithoutTies(String)
    case projectWithoutObjectives(String)
    case fundingWithoutYear(from: String, to: String)
    case followOnReferences(count: Int)
    indirect case repeated(Problem, moreRows: Int)
    case csvRowWidth(fields: Int, header: Int)
    case edgeListLine(String)
    /// Something a graph file held that reading leaves out or merges (a warning).
    case graphNote(String)
    /// A row of an imported file (survey, grants data, another tool's export) that cannot be read.
    case importRow(String)

    /// What is wrong and, where it helps, how to fix it, in plain words.
    public var message: String {
        switch self {
        case .unreadable(let reason):
            return "cannot be read (\(reason))"
        case .emptyFile:
            return "the file is empty; a network file needs at least an `organisations` section"
        case .binaryFile:
            return "this looks like a binary file (a spreadsheet or an image?), not text; export it as CSV, YAML or JSON"
        case .notUTF8:
            return "the text is not UTF-8; save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"
        case .tooLarge(let bytes, let limit):
            return "the file is \(bytes) bytes, more than the \(limit) bytes PartnerMap reads"
        case .syntax(let format, let detail):
            return "not valid \(format): \(detail)"
        case .nestingTooDeep(let limit):
            return "lists and mappings are nested more than \(limit) levels deep; a network file needs no more than 3"
        case .aliasExpansionTooLarge(let limit):
            return "YAML aliases (*name) expand to more than \(limit) entries; write the entries out or use fewer aliases"
        case .notAMapping(let what):
            return "\(what) must be a mapping of `field: value` lines"
        case .notAList(let section):
            return "`\(section)` must be a list of entries, each starting with `- `"
        case .unknownSection(let name, let suggestion):
            return "unknown section `\(name)`" + didYouMean(suggestion)
                + "; sections are name, sources, expectedSectors, priorities, organisations, projects, partnerships, memberships, funding"
        case .unknownField(let name, let entity, let suggestion):
            return "unknown field `\(name)` in \(entity)" + didYouMean(suggestion) + "; put free text in `notes`"
        case .missingField(let name, let entity):
            return "\(entity) has no `\(name)`; add it"
        case .wrongShape(let field, let expected):
            return "`\(field)` must be \(expected)"
        case .invalidValue(let field, let value, let expected):
            return "`\(field)` is \(quoted(value)); expected \(expected)"
        case .invalidID(let id):
            return "id \(quoted(id)) may only hold letters, digits, `.`, `_` and `-` (no spaces or accents); for example \(quoted(suggestedID(id)))"
        case .duplicateID(let id, let firstLine):
            let first = firstLine.map { " (first used on line \($0))" } ?? ""
            return "id \(quoted(id)) is used twice\(first); ids must be unique across organisations and projects"
        case .unknownReference(let field, let id, let expected, let suggestion):
            return "`\(field)` names \(quoted(id)), which is not \(expected)" + didYouMean(suggestion)
        case .selfPartnership(let id):
            return "a partnership of \(quoted(id)) with itself; a partnership joins two different organisations"
        case .partnershipSize(let count):
            return "a partnership joins exactly two organisations, this one lists \(count); write one partnership per pair"
        case .weightOutOfRange(let weight):
            return "weight \(formatNumber(weight)) is outside 1 (weak) to 5 (strong)"
        case .negativeAmount(let amount):
            return "amount \(formatNumber(amount)) is negative; record money going the other way as a flow from the other side"
        case .invalidCurrency(let code):
            return "currency \(quoted(code)) is not a three-letter code such as CAD, USD or EUR"
        case .ambiguousNumber(let field, let text, let thousands, let decimal):
            let mark = text.contains(",") ? "comma" : "dot"
            return "`\(field)` \(quoted(text)) reads two ways: \(AmountText.plain(thousands)) (a \(mark) between thousands) or \(AmountText.plain(decimal)) (a decimal \(mark)); write \(AmountText.plain(thousands)) or \(AmountText.plain(decimal))"
        case .malformedNumber(let field, let text, let reason):
            return "`\(field)` \(quoted(text)) is not a number PartnerMap reads: \(reason); write digits with an optional decimal mark, for example 125000 or 125000.50"
        case .currencyContradiction(let amount, let named, let given):
            return "the amount \(quoted(amount)) is in \(named) but the entry's currency is \(given); make them agree, or leave one of them out"
        case .endBeforeStart(let start, let end):
            return "ends (\(end)) before it starts (\(start))"
        case .bodyNotCouncil(let body, let type):
            return "\(quoted(body)) is of type \(type.rawValue); only organisations of type council or network have members"
        case .selfMembership(let id):
            return "\(quoted(id)) is listed as a member of itself"
        case .selfRating(let id):
            return "\(quoted(id)) rates itself; a survey answer names a partner other than the one answering"
        case .repeatedAnswer(let rater, let rated, let firstLine):
            return "\(quoted(rater)) already rated \(quoted(rated)) on line \(firstLine); keep one answer per partner"
        case .selfFunding(let id):
            return "\(quoted(id)) is listed as funding itself"
        case .missingCSVFile(let expected):
            return "the folder has no \(expected); a CSV network needs at least organisations.csv"
        case .repeatedPartnership(let a, let b, let firstLine):
            return "the partnership of \(quoted(a)) and \(quoted(b)) is already on line \(firstLine); write one partnership per pair (both types in `type`, the tie's strength in `weight`)"
        case .repeatedMembership(let organisation, let body, let firstLine):
            return "\(quoted(organisation))'s seat on \(quoted(body)) is already on line \(firstLine); remove one of the two rows"
        case .repeatedFunding(let from, let to, let firstLine):
            return "this funding row from \(quoted(from)) to \(quoted(to)) repeats line \(firstLine) exactly; remove it, or if it is a second grant give it its own year, period or programme"
        case .organisationWithoutTies(let id):
            return "\(quoted(id)) is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone"
        case .projectWithoutObjectives(let id):
            return "project \(quoted(id)) has no `objectives` nor `themes`, so overlap can only compare its name; add what it aims at"
        case .fundingWithoutYear(let from, let to):
            return "funding from \(quoted(from)) to \(quoted(to)) has no `year` nor `start`/`end`; add when the money was given"
        case .repeated(let problem, let moreRows):
            return problem.message + " (the same on \(moreRows) more row\(moreRows == 1 ? "" : "s"))"
        case .followOnReferences(let count):
            return "and \(count) more references to ids this file does not define, which follow from the problems above; fix those first"
        case .csvRowWidth(let fields, let header):
            return "this row has \(fields) fields but the header has \(header); check for a missing quote or an extra comma"
        case .edgeListLine(let detail), .importRow(let detail), .graphNote(let detail):
            return detail
        }
    }
}

/// A file that could not be loaded, with every problem found in it.
public struct NetworkLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

private func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean `\($0)`?)" } ?? ""
}

/// Quotes a user string for a message, with control characters made visible and long
/// values shortened, so a message always stays on one readable line.
func quoted(_ value: String) -> String {
    var text = ""
    for scalar in value.unicodeScalars.prefix(80) {
        switch scalar {
        case "\n": text += "\\n"
        case "\t": text += "\\t"
        case "\r": text += "\\r"
        case "\"": text += "\\\""
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                text += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
    }
    if value.unicodeScalars.count > 80 { text += "…" }
    return "\"\(text)\""
}

/// An id built from a name: accents dropped, spaces to `-`, everything else left out.
func suggestedID(_ text: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    var id = ""
    for scalar in folded.unicodeScalars {
        if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar) {
            id.unicodeScalars.append(scalar)
        } else if scalar == " " || scalar == "'", !id.hasSuffix("-") {
            id += "-"
        }
    }
    let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    return trimmed.isEmpty ? "org-1" : trimmed
}

func formatNumber(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
