import ArgumentParser
import Foundation
import PartnerMap

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: localized("Count what a network holds, how connected it is and who funds it."),
        discussion: localized(
            """
            Prints the number of organisations (by type), projects, partnerships, seats on \
            councils and funding flows; the density of the collaboration view (organisations tied \
            by partnerships, council seats and co-delivered projects); its connected groups and \
            isolated organisations; and the total funding given by each funder.

            On an edge list it prints nodes, ties, density and connected groups.

            EXAMPLES:
              partnermap summary Graphs/montreal-inclusif.yaml
              partnermap summary Graphs/ontario-lips.yaml --format json
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json), a CSV folder or an edge list."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("table (for reading) or json (exact values, for scripts)."))
    var format: OutputFormat = .table

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let input = try loadInputOrExit(file, options: loading, language: lang.language)
        switch input {
        case .network(let network):
            let summary = NetworkSummary(network)
            printText(format == .json ? try JSONOutput.string(summary) : lang.language.typeset(SummaryReport.text(summary, language: lang.language, width: terminalWidth())))
        case .graph(let plain):
            let summary = GraphSummary(Graph(plain), name: plain.name)
            printText(format == .json ? try JSONOutput.string(summary) : SummaryReport.text(summary))
        }
    }
}
