import ArgumentParser
import Foundation
import PartnerMap

struct FrameworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "framework",
        abstract: localized("Hold the projects against the characteristics of a welcoming community."),
        discussion: localized(
            """
            For each of the seventeen characteristics of a welcoming community (Esses, Hamilton, \
            Bennett-AbuAyyash and Burstein, Characteristics of a Welcoming Community, Welcoming \
            Communities Initiative, 2010), lists the projects that serve it, the organisations \
            and sectors behind them, whether anyone in the file works in the sector it needs, \
            the funding that reaches those projects, and what it lacks: no project at all, or one \
            organisation only.

            A project serves the characteristics the file declares (characteristics: [housing, \
            health-care]). For a project that declares none, PartnerMap proposes them from its \
            name, objectives and themes, with the words that led to each, marked as proposed: a \
            reading for the partners to confirm, never a record. --lexicon adds words: a line \
            whose first column is a characteristic's id adds its English and French terms.

            EXAMPLES:
              partnermap framework Graphs/london-middlesex-lip.yaml
              partnermap framework Graphs/ontario-lips.yaml --lang fr
              partnermap framework network.yaml --format json -o characteristics.json
              partnermap framework network.yaml --lexicon our-words.tsv --format csv
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json), a workbook or a CSV folder with projects.", valueName: "file"))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("A lexicon file (characteristic<TAB>English terms<TAB>French terms) added to the built-in words.", valueName: "file"))
    var lexicon: String?

    @Option(help: .localized("Projects named per characteristic in the table (0 for all).", valueName: "n"))
    var top = 6

    @Option(help: .localized("table, json or csv.", valueName: "format"))
    var format: ReportFormat = .table

    @OptionGroup var lang: LanguageOption

    @Option(name: [.short, .long], help: .localized("Write to this file instead of the terminal.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard top >= 0 else { throw UsageProblem.zeroOrMore(option: "--top").error }
    }

    func run() throws {
        let language = lang.language
        let network = try loadNetworkOrExit(file, options: loading, language: language)
        var words = FrameworkLexicon.builtIn
        do {
            if let lexicon { words = words.merged(with: try NetworkLoader.loadLexicon(path: lexicon)) }
        } catch {
            printError(error, in: language)
            throw ExitCode(1)
        }
        let coverage = FrameworkCoverage(network, framework: FrameworkCoverage.framework(of: network), words: words)
        let result = FrameworkOutput(coverage, network: network, language: language)
        let text: String
        switch format {
        case .table: text = result.table(top: top, width: output == nil ? terminalWidth() : nil) + "\n"
        case .json: text = try result.json() + "\n"
        case .csv: text = result.csv() + "\n"
        }
        try printOrWrite(text, to: output, table: format == .table, inputs: [file], language: language)
    }
}
