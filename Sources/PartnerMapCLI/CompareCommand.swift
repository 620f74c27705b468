import ArgumentParser
import Foundation
import PartnerMap

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a network at two moments: who joined and left, which ties and gaps changed.",
        discussion: """
            Give two files of the same network (two survey waves, two years), or one file that \
            dates its entries and two years with --years. Organisations are matched by id, \
            partnerships by the pair of their organisations.

            Prints, in sentences, the organisations that joined and left, the sectors now at the \
            table or gone from it, the partnerships formed, ended, strengthened and weakened, \
            each funder's change, the gaps closed and opened and the organisations whose share of \
            shortest paths moved most; then density, degree centralisation, connected groups, \
            priorities covered and funding concentration side by side.

            EXAMPLES:
              partnermap compare Examples/time/lmlip-2010.yaml Examples/time/lmlip-2013.yaml
              partnermap compare Graphs/london-middlesex-lip-timeline.yaml --years 2010 2013 --format json
            """
    )

    @Argument(help: "The network then and the network now; one file with --years.")
    var files: [String]

    @OptionGroup var loading: LoadingOptions

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Two years of one file to compare.", valueName: "year"))
    var years: [Int] = []

    @Option(help: "table (sentences and scores), json or csv.")
    var format: ReportFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file (standard output when absent or -).")
    var output: String?

    func validate() throws {
        if years.isEmpty {
            guard files.count == 2 else { throw ValidationError("give two files to compare, or one file and --years THEN NOW") }
        } else {
            guard files.count == 1, years.count == 2 else { throw ValidationError("--years takes two years and one file") }
            guard years.allSatisfy({ (1000...9999).contains($0) }) else { throw ValidationError("--years takes four-digit years") }
        }
        if loading.asOf != nil { throw ValidationError("compare takes --years, not --as-of") }
    }

    func run() throws {
        let old: Network
        let new: Network
        let labels: (String, String)
        if years.count == 2 {
            let network = try loadNetworkOrExit(files[0], options: loading)
            old = network.asOf(year: years[0])
            new = network.asOf(year: years[1])
            labels = (String(years[0]), String(years[1]))
        } else {
            old = try loadNetworkOrExit(files[0], options: loading)
            new = try loadNetworkOrExit(files[1], options: loading)
            labels = (files[0], files[1])
        }
        let change = NetworkChange(old: old, new: new)
        let text: String
        switch format {
        case .table: text = ChangeOutput.table(change, old: old, new: new, oldLabel: labels.0, newLabel: labels.1) + "\n"
        case .json: text = try ChangeOutput.json(change, old: labels.0, new: labels.1) + "\n"
        case .csv: text = ChangeOutput.csv(change)
        }
        do {
            try OutputFile.write(Data(text.utf8), to: output ?? "-")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
