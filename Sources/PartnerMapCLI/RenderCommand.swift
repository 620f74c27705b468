import ArgumentParser
import Foundation
import PartnerMap
import PartnerMapGraphviz

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: localized("Draw a map of the network as SVG, PNG, PDF or laid-out DOT."),
        discussion: localized(
            """
            Views:
              partnerships   organisations coloured by sector, shaped by type, sized by
                             betweenness; councils as boxes around their members
              funding        money flowing left to right, edge width and label by amount
              overlap        projects that serve the same objective (red: duplicate,
                             dashed red: possible duplicate, dates unknown;
                             dashed blue: twin)
              co-funding     funders tied by the recipients they share
              ego:ID         one organisation and its neighbourhood two steps out

            What the file marks illustrative is drawn in purple.

            Graphviz runs in process. Above 300 nodes the map uses sfdp with overlap removal
            and straight edges, and labels only the most central nodes. The file is written
            whole or not at all.

            EXAMPLES:
              partnermap render Graphs/montreal-inclusif.yaml -o montreal.svg
              partnermap render Graphs/ontario-lips.yaml --view funding --format pdf -o funding.pdf
              partnermap render Graphs/london-middlesex-lip.yaml --view ego:city-of-london -o city.png --format png
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("partnerships, funding, overlap, co-funding or ego:ID."))
    var view: String = "partnerships"

    @Option(help: .localized("dot, neato, fdp, sfdp, circo or twopi (default: chosen for the view and size)."))
    var engine: GraphvizRenderer.Engine?

    @Option(help: .localized("svg, png, pdf or dot (laid out). Default: from the output file's extension."))
    var format: GraphvizRenderer.Format?

    @Option(name: .shortAndLong, help: .localized("The file to write; - for standard output."))
    var output: String

    @Option(help: .localized("What sizes organisations on the partnership map: betweenness, or for a survey network trust or value received."))
    var size: NetworkMap.NodeSize = .betweenness

    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard NetworkMap.View(parsing: view) != nil else {
            throw UsageProblem.unknownView(view).error
        }
        _ = try resolvedFormat()
    }

    /// `--format`, or the one the output's extension names; they must agree.
    private func resolvedFormat() throws -> GraphvizRenderer.Format {
        try outputFormat(
            explicit: format, output: output,
            extensions: ["svg": .svg, "png": .png, "pdf": .pdf, "dot": .dot, "gv": .dot])
    }

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        let format = try resolvedFormat()
        if size != .betweenness, network.responses.isEmpty {
            printError(CommandMessage.sizeNeedsSurvey(file, size: size.rawValue).text(in: lang.language))
            throw ExitCode(1)
        }
        do {
            let graph = try NetworkMap.dot(network, view: NetworkMap.View(parsing: view)!, language: lang.language, size: size)
            let data = try GraphvizRenderer.shared().render(dot: DOTWriter.write(graph), engine: engine, format: format)
            try OutputFile.write(data, to: output, inputs: [file])
        } catch let error as CustomStringConvertible & Error {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
    }
}

extension GraphvizRenderer.Engine: ExpressibleByArgument {}
extension GraphvizRenderer.Format: ExpressibleByArgument {}

extension NetworkMap.NodeSize: ExpressibleByArgument {}
