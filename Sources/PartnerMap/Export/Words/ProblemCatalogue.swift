/// Every message about a problem in an input file, in one language. There is one catalogue per
/// language (``EnglishProblems``, ``FrenchProblems``); `validate`, `import` and every command
/// that loads a file print their problems through it, so a coordinator reads them in the
/// language of the rest of the output.
protocol ProblemCatalogue: Sendable {
    /// What is wrong and, where it helps, how to fix it.
    func message(_ problem: Problem) -> String
    /// Where the problem is and what it is: `file:line: message` in English.
    func diagnostic(file: String, line: Int?, warning: Bool, message: String) -> String
    /// A line (or, for a list of names, several) of `import`'s account.
    func note(_ note: ImportNote) -> [String]
    /// What a command says about its files.
    func command(_ message: CommandMessage) -> String
}

/// The steps a long command reports while it works.
public enum ProgressStep: Sendable, Hashable {
    case reading(String)
    case drawingMap
    case drawingFundingMap
    case measuringCentrality
    case comparingProjects
    case lookingForGaps
    case suggestingPartnerships
    case writingPage
    case written(String)
}

/// What the commands say about the files they were given, beyond the problems inside them.
public enum CommandMessage: Sendable, Hashable {
    case nothingWritten
    /// `survey form` wrote its form.
    case formWritten(String, members: Int)
    case importedDoesNotValidate
    case isAFolder(String)
    case cannotTellFormat(String, formats: [String])
    case surveyNeedsRoster(String)
    /// A survey form's data given as a single CSV file, which cannot hold the repeat of ratings.
    case formDataNeedsTables(String)
    case kumuNeedsConnections(String)
    case filesWithProblems(failed: Int, total: Int)
    case validNetwork(String, organisations: Int, projects: Int, partnerships: Int, memberships: Int, flows: Int)
    case validEdgeList(String, nodes: Int, ties: Int)
    case noSurveyAnswers(String)
    case notASurveyMember(String, id: String, suggestion: String?)
    case sizeNeedsSurvey(String, size: String)
    case cannotWrite(path: String, reason: String)
    case outputIsFolder(String)
    /// `-o` names a file the command reads (by device and inode, through links).
    case outputIsInput(path: String, input: String)
    /// An export of the partnerships leaves out the file's funding flows, which `--view funding` exports.
    case fundingLeftOut(flows: Int, format: String)
    /// Warnings of one kind past the first ten, counted rather than listed.
    case moreWarnings(Int)
    /// `--view funding` on a network without funding flows.
    case noFundingToExport(String)
    /// An ego map of an id no organisation has.
    case mapUnknownOrganisation(String, suggestion: String?)
    /// A funding map of a network without funding.
    case mapNoFunding
    /// An overlap map of a network with fewer than two projects.
    case mapTooFewProjects
    /// `serve` started: the address to open.
    case serving(String)
    /// `serve --host` with an address other machines reach.
    case serveHostUnsafe(String)
    /// `serve` could not listen.
    case cannotServe(host: String, port: Int, reason: String)
    /// `funding --funder` with an id no organisation has.
    case unknownFunder(String, id: String, known: [String])
    /// A long command's step, shown while it works (`report` on a terminal).
    case progress(ProgressStep)

    /// The message in the reader's language.
    public func text(in language: ReportLanguage) -> String { language.problems.command(self) }
}

extension ReportLanguage {
    /// The catalogue of input problems in this language.
    var problems: any ProblemCatalogue {
        switch self {
        case .en: EnglishProblems()
        case .fr: FrenchProblems()
        }
    }
}
