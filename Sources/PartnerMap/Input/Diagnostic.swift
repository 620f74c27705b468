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
    /// What is wrong, as a value; worded by `message(in:)`.
    public var problem: Problem
    /// A problem stops the file from loading; a warning is printed and the file loads
    /// (unless `--strict` asks for warnings to count as problems).
    public var severity: Severity

    /// Whether the file still loads: a problem stops it, a warning does not.
    public enum Severity: String, Sendable, Hashable {
        case problem, warning
    }

    /// A diagnostic; each parameter is the property of the same name.
    public init(file: String, line: Int?, problem: Problem, severity: Severity = .problem) {
        self.file = file
        self.line = line
        self.problem = problem
        self.severity = severity
    }

    /// `file:line: message` (`file:line: warning: message` for a warning), the form editors
    /// and terminals link to.
    public var description: String { description(in: .en) }

    /// The diagnostic in the reader's language: `file:line: message` in English; `file, ligne
    /// 13 : message` in French.
    public func description(in language: ReportLanguage) -> String {
        language.problems.diagnostic(file: file, line: line, warning: severity == .warning, message: problem.message(in: language))
    }
}

/// Every way an input file can be wrong, each with a message that says what to change. The
/// words are in the catalogues (`ProblemCatalogue`): English by default, French with
/// ``message(in:)``.
public enum Problem: Sendable, Hashable {
    case noSuchFile
    case notRegularFile
    case folderNotListable
    /// `--as-of`, `--confirmed` or `--sourced-only` given for a file without a network's entries.
    case narrowingNeedsNetwork
    /// A filter (`--sector`, `--type`, `--area`, `--council`) naming a value no entry of the file
    /// has, with the values it has (the first twenty) and the closest of them.
    case filterMatchesNothing(option: String, value: String, known: [String], suggestion: String?)
    /// A DOT file given to a loader that has no DOT parser (the library without PartnerMapGraphviz).
    case dotNeedsGraphviz
    /// A file holding several graphs: the first is read, the others are not.
    case otherGraphsLeftOut(count: Int)
    case unknownFileType
    /// A command that needs organisations was given an edge list.
    case edgeListNotNetwork
    /// A graph too large to become a network in the memory this process may use.
    case graphTooLargeForNetwork(nodes: Int, neededMB: Int, availableMB: Int)
    case emptyFile
    case binaryFile
    case notUTF8
    case tooLarge(bytes: Int, limit: Int)
    /// What a parser (YAML, JSON, XML, Graphviz) said, in its own words.
    case syntax(format: String, detail: String)
    case nestingTooDeep(limit: Int)
    case aliasExpansionTooLarge(limit: Int)
    /// YAML aliases that repeat more text than this many megabytes.
    case aliasTextTooLarge(megabytes: Int)
    case notAMapping(what: Place)
    case notAList(section: String)
    case repeatedField([String])
    case unknownSection(String, suggestion: String?)
    case unknownField(String, entity: Entity, suggestion: String?)
    case missingField(String, entity: Entity)
    case wrongShape(field: String, expected: Expectation)
    case invalidValue(field: String, value: String, expected: Expectation)
    case invalidID(String)
    /// A text holding a control character (NUL, escape…) that no one can see or type.
    case controlCharacter(field: String, value: String)
    case duplicateID(String, firstLine: Int?)
    /// A programme given two different names in one language (`programmeFr` on two flows).
    case programmeNamedTwice(programme: String, field: String, name: String, first: String, firstLine: Int)
    case unknownReference(field: String, id: String, expected: Expectation, suggestion: String?)
    case selfPartnership(String)
    case partnershipSize(count: Int)
    case weightOutOfRange(Double)
    case negativeAmount(Double)
    case invalidCurrency(String)
    case ambiguousNumber(field: String, text: String, thousands: Double, decimal: Double)
    case malformedNumber(field: String, text: String, reason: NumberFault)
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

    // CSV
    case csvRowWidth(fields: Int, header: Int)
    case quoteInUnquotedField
    case textAfterClosingQuote
    case unclosedQuote
    case unnamedColumn(Int)
    case repeatedColumn(String, first: Int, second: Int)

    // Edge lists, graphs from other tools, the overlap lexicon
    case edgeListColumns(found: Int)
    case emptyEdgeList
    case tieToItself(String)
    /// A tie strength that is not a positive number; `between` names the tie when the line does not.
    case invalidWeight(String, between: [String])
    case lexiconColumns(found: Int)
    case elementAfterDocument(String)
    /// A GraphML or GEXF file that declares an XML entity, which no graph tool writes and which
    /// could expand a small file into gigabytes.
    case xmlEntityDeclared(format: String)
    /// A processing instruction without content (`<?pi?>`), which Foundation's parser cannot read.
    case emptyProcessingInstruction(format: String)
    /// Warnings: what reading merges or leaves out, said rather than done silently.
    case respelledIDs(count: Int, examples: [String])
    case loopsLeftOut(count: Int, first: String)
    case undeclaredNodes(count: Int, examples: [String])
    case repeatedTies(count: Int)

    // Workbooks (.xlsx)
    /// A file named or given as a workbook that cannot be read as one.
    case notAWorkbook(WorkbookFault)
    /// A cell showing one of Excel's errors (`#REF!`, `#N/A`): its value would be a guess.
    case excelError(cell: String, value: String)
    /// A formula the workbook was saved without the result of (written by a program, never
    /// opened in a spreadsheet).
    case formulaWithoutValue(cell: String)
    /// A date cell whose number is no date (negative, the 1900 system's phantom 29 February).
    case excelDateOutOfRange(cell: String, serial: String)
    /// Merged cells: a table of rows reads the value in the first cell only.
    case mergedCells(range: String, inHeader: Bool)
    case sheetColumnUnnamed(column: String)
    case sheetColumnsRepeated(String, first: String, second: String)
    /// A sheet that is no section of a network (a warning: notes and instructions sheets are common).
    case sheetLeftOut(String, suggestion: String?)
    /// Two sheets or files hold the same section (`organisations` and `organismes`): neither is
    /// chosen over the other.
    case sectionTwice(String, first: String)
    /// The workbook has no sheet of this name (nor its French name).
    case missingSheet(expected: String, sheets: [String])

    // Imported files (surveys, grants data, other tools' exports)
    case missingColumn(String, table: ImportedTable)
    case rowWithout(fields: [String], row: ImportedRow)
    case alreadyOnLine(Record, firstLine: Int)
    case notInRoster(String, role: RosterRole, suggestion: String?)
    case notImportFormat(ImportedTable)
    case grantNotAnObject(index: Int)
    case grant(Record, GrantFault)
    case moreUnreadableDates(count: Int, shown: Int)
    /// More problems of the kind of the ones just above, counted rather than listed.
    case moreOfTheSameKind(count: Int, firstLine: Int?, lastLine: Int?)
    /// A row of a form's repeat (an answer about a partner) whose submission is not in the export.
    case answerWithoutSubmission(String, main: String)

    /// Where a mapping was expected.
    public enum Place: Sendable, Hashable {
        case topOfFile
        case entry(of: String)
    }

    /// The kind of entry a field belongs to.
    public enum Entity: Sendable, Hashable {
        case network, source, priority, organisation, project, partnership, membership, funding, surveyAnswer
        /// A CSV folder's file of the network's own fields.
        case networkCSV
    }

    /// What a field or reference should have held.
    public enum Expectation: Sendable, Hashable {
        case singleValue, plainList, plainNumber, date, yearOrFiscalYear, year, boolean
        /// One of these words, written as the file must write them.
        case oneOf([String])
        /// Any of these words, `;`-separated.
        case anyOf([String])
        /// A survey indicator: 1 (not at all) to 4 (a great deal).
        case indicator
        /// How successful a partnership has been: 1 to 5.
        case outcome
        case frequency
        case level
        case yearOrPeriod
        case wholeNumber
        case amount
        case organisationNotProject, organisationInFile, organisationOrProject, rosterMember, listedSource, kumuElement
        /// A characteristic of a welcoming community, by its id.
        case characteristic
    }

    /// Why a number could not be read.
    public enum NumberFault: Sendable, Hashable {
        case empty, currencyTwice, noDigits, notStartingWithDigit, notANumber, tooLarge
        /// A character that is not a digit, a separator or a currency.
        case strayCharacter(String)
        case separatorNotBetweenDigits, mixedSeparators, spacedThousandsDecimal, groupNotThreeDigits
    }

    /// The files `import` reads, as messages name them.
    public enum ImportedTable: Sendable, Hashable {
        case roster, responses, respondents, threeSixtyGivingCSV, threeSixtyGivingJSON, canadaGrants, kumuBlueprint
    }

    /// A row of an imported file, as messages name it.
    public enum ImportedRow: Sendable, Hashable {
        case row, rosterRow, response, respondentsRow, node, edge, element, connection, grant
    }

    /// What an imported row is, as messages name it.
    public enum Record: Sendable, Hashable {
        case id(String)
        case grant(String)
        case agreement(String)
        case amendment(agreement: String, number: Int)
        case element(String, item: Bool)
        case respondent(String)
    }

    /// Who a survey row names.
    public enum RosterRole: Sendable, Hashable {
        case respondent, partner, respondentsID
    }

    /// What is wrong with one grant of an open-data file.
    public enum GrantFault: Sendable, Hashable {
        case noAmount
        case unreadableAmount(String)
        case noFunder
        case noRecipient
        case noCurrency
        /// `dayFirst`: the file's standard writes the day first (360Giving).
        case unreadableDate(String, dayFirst: Bool)
        case endsBeforeStart(start: YearMonth, end: YearMonth)
        case noField(String)
        case noDepartment
    }

    /// What is wrong and, where it helps, how to fix it, in plain English.
    public var message: String { message(in: .en) }

    /// The message in the reader's language.
    public func message(in language: ReportLanguage) -> String { language.problems.message(self) }
}

/// A file that could not be loaded, with every problem found in it.
public struct NetworkLoadError: Error, Sendable, CustomStringConvertible {
    /// Every problem found, causes first.
    public var diagnostics: [Diagnostic]

    /// The error of these problems.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Every problem, one `file:line: message` per line, in English.
    public var description: String { description(in: .en) }

    /// Every problem, one `file:line: message` per line, in a language; a kind of problem
    /// found on many rows of one file is said for the first three, then counted, unless
    /// `every` (``diagnostics`` keeps every one).
    public func description(in language: ReportLanguage, every: Bool = false) -> String {
        (every ? diagnostics : DiagnosticOrder.summarised(diagnostics)).map { $0.description(in: language) }.joined(separator: "\n")
    }
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
    // ASCII text, nearly every name a grants file gives, made from its bytes: the same id,
    // without Foundation's folding and character sets (a seventh of reading a national file).
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: bytes.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x2E, 0x5F, 0x2D: bytes.append(byte)
            case 0x20, 0x27: if bytes.last != 0x2D { bytes.append(0x2D) }
            default: break
            }
        }
        let trimmed = bytes.drop { $0 == 0x2D }.reversed().drop { $0 == 0x2D }.reversed()
        return trimmed.isEmpty ? "org-1" : String(decoding: Array(trimmed), as: UTF8.self)
    }
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
