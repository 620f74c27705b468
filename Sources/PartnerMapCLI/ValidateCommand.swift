import ArgumentParser
import PartnerMap

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check network files and list every problem with its line.",
        discussion: """
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
            """
    )

    @Argument(help: "Network files (.yaml, .yml, .json), CSV folders or edge lists (.edges, .txt).")
    var files: [String]

    @OptionGroup var loading: LoadingOptions

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    func run() throws {
        var failed = 0
        for file in files {
            do {
                switch try loadInput(file, options: loading) {
                case .network(let network):
                    if !quiet {
                        print("ok  \(file): \(network.organisations.count) organisations, \(network.projects.count) projects, "
                              + "\(network.partnerships.count) partnerships, \(network.memberships.count) memberships, "
                              + "\(network.funding.count) funding flows")
                    }
                case .graph(let graph):
                    if !quiet { print("ok  \(file): edge list, \(graph.nodes.count) nodes, \(graph.edges.count) ties") }
                }
            } catch {
                failed += 1
                printError(error.description)
            }
        }
        if failed > 0 {
            printError(files.count == 1 ? "1 file has problems; nothing was loaded." : "\(failed) of \(files.count) files have problems.")
            throw ExitCode(1)
        }
    }
}
