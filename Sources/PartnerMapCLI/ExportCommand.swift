import ArgumentParser
import Foundation
import PartnerMap

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: localized("Write a map as DOT, or the network for Gephi, Cytoscape and yEd (GraphML, GEXF), or as JSON."),
        discussion: localized(
            """
            dot       the styled map of a view, for any Graphviz tool
            graphml   the collaboration view with every node and edge attribute
                      (yEd, Cytoscape, Gephi, igraph, networkx), valid against
                      GraphML's schema
            gexf      the same for Gephi
            json      the network file's content with the analyses' results
            node-link the collaboration view as networkx node-link data, for
                      networkx.node_link_graph (keys nodes, edges, source, target, id)

            With --view funding, graphml, gexf and node-link hold the funding flows
            instead: a directed graph from funder to recipient, one edge per flow with
            its amount, currency, year, start, end and programme (several flows between
            two organisations stay several edges).

            Without -o the output goes to standard output. With -o the file is written whole or
            not at all.

            EXAMPLES:
              partnermap export Graphs/montreal-inclusif.yaml --format dot | dot -Tsvg > map.svg
              partnermap export Graphs/ontario-lips.yaml --format graphml -o ontario.graphml
              partnermap export Graphs/montreal-inclusif.yaml --view funding --format gexf
            """)
    )

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case dot, graphml, gexf, json
        case nodeLink = "node-link"
    }

    @Argument(help: .localized("A network file (.yaml, .json) or a CSV folder."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("partnerships, funding, overlap, co-funding or ego:ID for dot; partnerships, funding or co-funding for graphml, gexf and node-link."))
    var view: String?

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("dot, graphml, gexf, json or node-link."))
    var format: ExportFormat

    @Option(name: .shortAndLong, help: .localized("The file to write; standard output when absent or -."))
    var output: String?

    func validate() throws {
        if let view {
            guard NetworkMap.View(parsing: view) != nil else {
                throw UsageProblem.unknownView(view).error
            }
            // JSON carries the whole network; GraphML, GEXF and node-link one graph of it.
            if format == .json {
                throw UsageProblem.viewWithJSON.error
            }
            if format != .dot, content == nil {
                throw UsageProblem.formatNeedsView(format: format.rawValue).error
            }
        }
        if let output {
            // Node-link data is JSON too: a .json file takes either.
            _ = try outputFormat(
                explicit: format, output: output,
                extensions: ["dot": .dot, "gv": .dot, "graphml": .graphml, "gexf": .gexf, "json": format == .nodeLink ? .nodeLink : .json])
        }
    }

    /// What a GraphML, GEXF or node-link export holds.
    var content: NetworkFileExport.Content? {
        NetworkFileExport.Content(rawValue: view ?? "partnerships")
    }

    func run() throws {
        let network = try loadNetworkOrExit(file, options: loading, language: lang.language, shown: format != .json)
        if format != .dot, format != .json, content == .funding, network.funding.isEmpty {
            printError(CommandMessage.noFundingToExport(file).text(in: lang.language))
            throw ExitCode(1)
        }
        let text: String
        do {
            switch format {
            case .dot: text = DOTWriter.write(try NetworkMap.dot(network, view: NetworkMap.View(parsing: view ?? "partnerships")!, language: lang.language))
            case .graphml: text = NetworkFileExport.graphML(network, content: content!)
            case .gexf: text = NetworkFileExport.gexf(network, content: content!)
            case .json: text = try NetworkFileExport.json(network, language: lang.language)
            case .nodeLink: text = try NetworkFileExport.nodeLink(network, content: content!)
            }
            if format != .dot, format != .json, content == .partnerships, !network.funding.isEmpty {
                printError(
                    CommandMessage.fundingLeftOut(flows: network.funding.count, format: format == .gexf ? "GEXF" : format == .graphml ? "GraphML" : "node-link").text(
                        in: lang.language))
            }
            if let output {
                try OutputFile.write(Data(text.utf8), to: output, inputs: [file])
            } else {
                print(text, terminator: "")
            }
        } catch let error as CustomStringConvertible & Error {
            printError(error, in: lang.language)
            throw ExitCode(1)
        }
    }
}
