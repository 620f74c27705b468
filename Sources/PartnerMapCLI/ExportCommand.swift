import ArgumentParser
import Foundation
import PartnerMap

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a map as DOT, or the network for Gephi, Cytoscape and yEd (GraphML, GEXF), or as JSON.",
        discussion: """
            dot       the styled map of a view, for any Graphviz tool
            graphml   the collaboration view with every node and edge attribute (yEd, Cytoscape, Gephi)
            gexf      the same for Gephi
            json      the network file's content with the analyses' results
            node-link the collaboration view as networkx node-link data, for
                      networkx.node_link_graph (keys nodes, edges, source, target, id)

            Without -o the output goes to standard output. With -o the file is written whole or
            not at all.

            EXAMPLES:
              partnermap export Graphs/montreal-inclusif.yaml --format dot | dot -Tsvg > map.svg
              partnermap export Graphs/ontario-lips.yaml --format graphml -o ontario.graphml
            """
    )

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case dot, graphml, gexf, json
        case nodeLink = "node-link"
    }

    @Argument(help: "A network file (.yaml, .json) or a CSV folder.")
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: "partnerships, funding, overlap or ego:ID (for --format dot only).")
    var view: String?

    @OptionGroup var lang: LanguageOption

    @Option(help: "dot, graphml, gexf, json or node-link.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: "The file to write; standard output when absent or -.")
    var output: String?

    func validate() throws {
        if let view {
            guard NetworkMap.View(parsing: view) != nil else {
                throw ValidationError("unknown view `\(view)`; views are partnerships, funding, overlap and ego:ID")
            }
            // GraphML, GEXF and JSON carry the whole network; a view only means something for a map.
            guard format == .dot else {
                throw ValidationError("--view applies to --format dot; \(format.rawValue) exports the whole network, so leave --view out")
            }
        }
        if let output {
            // Node-link data is JSON too: a .json file takes either.
            _ = try outputFormat(explicit: format, output: output,
                                 extensions: ["dot": .dot, "gv": .dot, "graphml": .graphml, "gexf": .gexf, "json": format == .nodeLink ? .nodeLink : .json])
        }
    }

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language)
        let text: String
        do {
            switch format {
            case .dot: text = DOTWriter.write(try NetworkMap.dot(network, view: NetworkMap.View(parsing: view ?? "partnerships")!, language: lang.language))
            case .graphml: text = NetworkFileExport.graphML(network)
            case .gexf: text = NetworkFileExport.gexf(network)
            case .json: text = try NetworkFileExport.json(network, language: lang.language)
            case .nodeLink: text = try NetworkFileExport.nodeLink(network)
            }
            if let output {
                try OutputFile.write(Data(text.utf8), to: output)
            } else {
                print(text, terminator: "")
            }
        } catch let error as CustomStringConvertible & Error {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
    }
}
