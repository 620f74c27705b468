import ArgumentParser
import PartnerMap

struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: localized("Who is alone, who is missing from the table, what nobody covers, where the money sits."),
        discussion: localized(
            """
            Reports each gap with the ids it is about, a sentence and a next step:

              isolated-organisation     no partnership, seat, shared project or funding tie
              disconnected-component    a group with no path to the main network
              single-point-of-failure   an organisation (or tie) whose loss splits the network
              missing-sector            a council or network with no member in an expected sector
                                        (expectedSectors in the file; by default health,
                                        education, justice, municipal, employment)
              uncovered-priority        a priority no project's themes or objectives address
              unfunded-project          a project with no funding recorded
              funding-dependency        80% or more of an organisation's money from one funder
              funding-concentration     money concentrated on few recipients (Gini, Herfindahl)
              siloed-organisation       every partner works in exactly its sectors

            EXAMPLES:
              partnermap gaps Graphs/ontario-lips.yaml
              partnermap gaps Graphs/montreal-inclusif.yaml --format json
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        let gaps = GapFinder(network).gaps
        let sentences = FindingSentences(language: lang.language, network: network)
        switch format {
        case .table: printText(lang.language.typeset(StructureOutput.table(gaps, network: network, sentences: sentences, width: terminalWidth())))
        case .json: print(try StructureOutput.json(gaps, sentences: sentences))
        case .csv: print(StructureOutput.csv(gaps, sentences: sentences))
        }
    }
}
