import ArgumentParser
import PartnerMap

struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: localized("Suggest partnerships between organisations that share partners or objectives."),
        discussion: localized(
            """
            Ranks pairs of organisations with no tie by 0.5 × Adamic–Adar (shared partners, \
            rarer ones counting more) + 0.5 × similarity of their projects' objectives, and says \
            why for each.

            EXAMPLES:
              partnermap recommend Graphs/london-middlesex-lip.yaml
              partnermap recommend Graphs/ontario-lips.yaml --top 5 --format json
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("Suggestions shown (0 for all)."))
    var top = 10

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        let recommendations = PartnershipRecommender(network, top: top).recommendations
        let sentences = FindingSentences(language: lang.language, network: network)
        switch format {
        case .table: printText(lang.language.typeset(StructureOutput.table(recommendations, network: network, sentences: sentences, width: terminalWidth())))
        case .json: print(try StructureOutput.json(recommendations, sentences: sentences))
        case .csv: print(StructureOutput.csv(recommendations, sentences: sentences))
        }
    }
}
