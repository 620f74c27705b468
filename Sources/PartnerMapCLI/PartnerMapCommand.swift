import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

@main
struct PartnerMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnermap",
        abstract: localized("Map a community partnership network: who works with whom, who funds what, what is missing."),
        discussion: localized(
            """
            PartnerMap reads what a sector knows about itself, in a network file you write: a YAML or \
            JSON file, or a folder of CSV files exported from a spreadsheet (organisations.csv, \
            projects.csv, partnerships.csv, memberships.csv, funding.csv, priorities.csv). Plain edge \
            lists (`source target [weight]` per line) and DOT files are read too.

            Every command checks the file first and stops with `file:line: what is wrong` for each \
            problem, without writing anything, when the file is not valid.

            EXAMPLES:
              partnermap report Graphs/montreal-inclusif.yaml -o report.html
              partnermap report Graphs/montreal-inclusif.yaml --lang fr -o rapport.html
              partnermap validate Graphs/*.yaml
              partnermap render Graphs/ontario-lips.yaml --view funding -o funding.svg
              partnermap gaps Graphs/ontario-lips.yaml

            EXIT STATUS:
              0 on success, 1 when an input file has problems, 64 when the command line is wrong.
            """),
        version: "0.1.0 (Graphviz \(GraphvizLibrary.version))",
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, SurveyCommand.self, CompareCommand.self, ImportCommand.self, CentralityCommand.self, OverlapCommand.self, GapsCommand.self,
            CommunitiesCommand.self, RecommendCommand.self, FundingCommand.self, FrameworkCommand.self, RenderCommand.self, ExportCommand.self,
            ReportCommand.self, ServeCommand.self,
        ]
    )

    /// Parses and runs as swift-argument-parser's own `main` does, except that help, the
    /// usage line and the parser's errors are written in the help language
    /// (``HelpLanguage``): help on standard output, errors on standard error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            if HelpLanguage.current == .fr { message = FrenchParserWords.translate(message) }
            if !message.isEmpty {
                if code == .success { print(message) } else { printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}
