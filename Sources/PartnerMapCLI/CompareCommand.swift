import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: localized("Compare a network at two moments: who joined and left, which ties and gaps changed."),
        discussion: localized(
            """
            Give two files of the same network (two survey waves, two years), or one file that \
            dates its entries and two years with --years. Organisations are matched by id, \
            partnerships by the pair of their organisations.

            Prints, in sentences, the organisations that joined and left, the sectors now at the \
            table or gone from it, the partnerships formed, ended, strengthened and weakened, \
            each funder's change, the gaps closed and opened and the organisations whose share of \
            shortest paths moved most; then density, degree centralisation, connected groups, \
            priorities covered and funding concentration side by side.

            EXAMPLES:
              partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml
              partnermap compare Examples/time/ontario-lips-timeline.yaml --years 2010 2011 --format json
              partnermap compare Examples/time/ontario-lips-2010.yaml Examples/time/ontario-lips-2011.yaml -o change.svg
            """)
    )

    @Argument(help: .localized("The network then and the network now; one file with --years."))
    var files: [String]

    @OptionGroup var loading: LoadingOptions

    @Option(parsing: .upToNextOption, help: .localized("Two years of one file to compare.", valueName: "year"))
    var years: [Int] = []

    @Option(help: .localized("table (sentences and scores), json or csv."))
    var format: ReportFormat = .table

    @Option(
        name: .shortAndLong,
        help: .localized(
            """
            Write to this file: .svg, .png, .pdf or .dot for the change map, .html for the change \
            report, anything else (or -) for the --format text. Standard output when absent.
            """))
    var output: String?

    @OptionGroup var lang: LanguageOption

    /// What -o asks for, from its extension.
    private enum Product {
        case text
        case map(GraphvizRenderer.Format)
        case report
    }

    private var product: Product {
        guard let output, output != "-" else { return .text }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "svg": return .map(.svg)
        case "png": return .map(.png)
        case "pdf": return .map(.pdf)
        case "dot", "gv": return .map(.dot)
        case "html", "htm": return .report
        default: return .text
        }
    }

    func validate() throws {
        if years.isEmpty {
            guard files.count == 2 else { throw UsageProblem.compareNeedsTwo.error }
        } else {
            guard files.count == 1, years.count == 2 else { throw UsageProblem.yearsNeedsOneFile.error }
            guard years.allSatisfy({ (1000...9999).contains($0) }) else { throw UsageProblem.fourDigitYears.error }
        }
        if loading.asOf != nil { throw UsageProblem.compareTakesYears.error }
    }

    func run() throws {
        let old: Network
        let new: Network
        let labels: (String, String)
        if years.count == 2 {
            let network = try loadNetworkOrExit(files[0], options: loading, language: lang.language)
            old = network.asOf(year: years[0])
            new = network.asOf(year: years[1])
            labels = (String(years[0]), String(years[1]))
        } else {
            old = try loadNetworkOrExit(files[0], options: loading, language: lang.language)
            new = try loadNetworkOrExit(files[1], options: loading, language: lang.language)
            labels = WaveNames.names(old: old, new: new, files: (files[0], files[1]))
        }
        let change = NetworkChange(old: old, new: new)
        do {
            let data: Data
            switch product {
            case .text:
                switch format {
                case .table:
                    data = Data(
                        (lang.language.typeset(ChangeOutput.table(change, old: old, new: new, oldLabel: labels.0, newLabel: labels.1, language: lang.language)) + "\n").utf8)
                case .json: data = Data((try ChangeOutput.json(change, old: labels.0, new: labels.1) + "\n").utf8)
                case .csv: data = Data(ChangeOutput.csv(change).utf8)
                }
            case .map(let format):
                let dot = ChangeMap.dot(old: old, new: new, change: change, oldLabel: labels.0, newLabel: labels.1, language: lang.language)
                data = try GraphvizRenderer.shared().render(dot: DOTWriter.write(dot), format: format)
            case .report:
                var svg: String?
                var mapError: String?
                do {
                    var dot = ChangeMap.dot(old: old, new: new, change: change, oldLabel: labels.0, newLabel: labels.1, language: lang.language)
                    dot.graphAttributes[.label] = nil  // the report's heading names the map
                    svg = String(decoding: try GraphvizRenderer.shared().render(dot: DOTWriter.write(dot), format: .svg), as: UTF8.self)
                } catch {
                    mapError = error.description
                }
                let files =
                    years.isEmpty
                    ? files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
                    : URL(fileURLWithPath: files[0]).lastPathComponent
                data = Data(
                    try ChangeReport.render(
                        old: old, new: new, change: change, mapSVG: svg, mapError: mapError,
                        oldLabel: labels.0, newLabel: labels.1, files: files, language: lang.language
                    ).utf8)
            }
            try OutputFile.write(data, to: output ?? "-", inputs: files)
        } catch let error as CustomStringConvertible & Error {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
    }
}
