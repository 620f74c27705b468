import ArgumentParser
import PartnerMap

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: localized("Check network files and list every problem with its line."),
        discussion: localized(
            """
            Reads each file as PartnerMap would and reports, for every problem, the file, the line \
            and what to change: unknown references, duplicate or malformed ids, partnerships of an \
            organisation with itself, weights outside 1..5, negative or non-numeric amounts, \
            currencies that are not three letters, projects that end before they start, \
            memberships of bodies that are not councils or networks, and files that are not valid \
            YAML, JSON or CSV at all.

            Problems go to standard error; a line per valid file goes to standard output.

            EXAMPLES:
              partnermap validate Graphs/montreal-inclusif.yaml
              partnermap validate Graphs/*.yaml Graphs/london-middlesex-lip
            """)
    )

    @Argument(help: .localized("Network files (.yaml, .yml, .json), CSV folders or edge lists (.edges, .txt)."))
    var files: [String]

    @OptionGroup var loading: LoadingOptions

    @OptionGroup var lang: LanguageOption

    @Flag(name: .shortAndLong, help: .localized("Print nothing for valid files."))
    var quiet = false

    func run() throws {
        let language = lang.language
        var failed = 0
        for file in files {
            do {
                switch try loadInput(file, options: loading, language: language) {
                case .network(let network):
                    if !quiet {
                        printText(
                            CommandMessage.validNetwork(
                                file, organisations: network.organisations.count, projects: network.projects.count,
                                partnerships: network.partnerships.count, memberships: network.memberships.count,
                                flows: network.funding.count
                            ).text(in: language))
                    }
                case .graph(let graph):
                    if !quiet { printText(CommandMessage.validEdgeList(file, nodes: graph.nodes.count, ties: graph.edges.count).text(in: language)) }
                }
            } catch {
                failed += 1
                printError(error, in: language, every: loading.strict)
            }
        }
        if failed > 0 {
            printError(CommandMessage.filesWithProblems(failed: failed, total: files.count).text(in: language))
            throw ExitCode(1)
        }
    }
}
