import Foundation
import PartnerMap
import Testing

/// Exports other tools accept: every GraphML export valid against GraphML's schema (checked by
/// xmllint with the schema kept in Fixtures/graphml-schema), and funding flows exported as
/// directed edges with their amount, currency and year in GraphML, GEXF and node-link JSON.
@Suite struct ExportInteropTests {
    static let schema = CLIRunner.packageRoot + "/Tests/PartnerMapCLITests/Fixtures/graphml-schema/graphml.xsd"

    /// xmllint's verdict on a file: `nil` when it validates, its message otherwise.
    static func schemaProblem(_ path: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", "--schema", schema, path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : message
    }

    static var hasXMLLint: Bool {
        ProcessInfo.processInfo.environment["PATH", default: "/usr/bin"].split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/xmllint") }
    }

    static let fundingNetwork = """
        name: "Fonds <commun> & partenaires"
        organisations:
          - {id: fondation, name: "Fondation du Grand Montréal", type: funder}
          - {id: carrefour, name: "Carrefour d'accueil", type: community}
          - {id: table, name: "Table de quartier", type: community}
        partnerships:
          - {organisations: [carrefour, table]}
        projects:
          - {id: jumelage, name: "Jumelage interculturel", organisations: [table], objectives: "Jumeler des familles nouvellement arrivées avec des familles du quartier"}
        funding:
          - {from: fondation, to: carrefour, amount: 40000, year: 2022, programme: "Accueil"}
          - {from: fondation, to: carrefour, amount: 45000.5, year: 2023, programme: "Accueil"}
          - {from: fondation, to: jumelage, amount: 12000, currency: EUR, start: 2023-04, end: 2024-03}

        """

    @Test(.enabled(if: hasXMLLint, "xmllint (libxml2-utils) is not installed; make test installs it"))
    func everyGraphMLExportValidatesAgainstTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.fundingNetwork.write(toFile: folder + "/fonds.yaml", atomically: true, encoding: .utf8)
        // An edge list with names that are not ids, and a DOT file with labels, as a user brings them.
        try "\"Centre d'accueil, Nord\";\"École Saint-Louis\"\n\"École Saint-Louis\";\"Table <est> & co\"\n".write(toFile: folder + "/liens.csv", atomically: true, encoding: .utf8)
        try "graph \"Two words\" {\n  a [label=\"Agence \\\"A\\\"\"]\n  a -- b -- c\n}\n".write(toFile: folder + "/g.dot", atomically: true, encoding: .utf8)
        var inputs = [
            "Graphs/montreal-inclusif.yaml", "Graphs/ontario-lips.yaml", "Graphs/allies-learning-exchange.yaml",
            "Graphs/london-middlesex-lip.yaml", "Graphs/london-middlesex-lip", "Examples/survey/waves/lakeside-2011.yaml",
        ]
        .map { CLIRunner.packageRoot + "/" + $0 }
        inputs += [folder + "/fonds.yaml", folder + "/liens.csv", folder + "/g.dot"]
        var checked = 0
        for (index, input) in inputs.enumerated() {
            for view in ["partnerships", "funding"] {
                let output = folder + "/\(index)-\(URL(fileURLWithPath: input).lastPathComponent)-\(view).graphml"
                let run = try CLIRunner.run(["export", input, "--format", "graphml", "--view", view, "-o", output])
                if view == "funding", run.status == 1, run.stderr.contains("no funding flow") { continue }
                #expect(run.status == 0, "\(input) \(view): \(run.stderr)")
                let problem = try Self.schemaProblem(output)
                #expect(problem == nil, "\(input) \(view): \(problem ?? "")")
                checked += 1
            }
        }
        #expect(checked >= inputs.count + 3, "the funding view of the examples and of fonds.yaml is checked too")
        // The check can fail: a graph id with a space, as exports wrote it before, and an edge to a
        // node that is not declared.
        let good = try String(contentsOfFile: folder + "/\(inputs.count - 3)-fonds.yaml-funding.graphml", encoding: .utf8)
        let badID = good.replacingOccurrences(of: "<graph id=\"Fonds__commun____partenaires\"", with: "<graph id=\"Fonds commun\"")
        #expect(badID != good)
        try badID.write(toFile: folder + "/bad-id.graphml", atomically: true, encoding: .utf8)
        #expect(try Self.schemaProblem(folder + "/bad-id.graphml")?.contains("NMTOKEN") == true)
        let badEdge = good.replacingOccurrences(of: "target=\"carrefour\"", with: "target=\"nobody\"")
        try badEdge.write(toFile: folder + "/bad-edge.graphml", atomically: true, encoding: .utf8)
        #expect(try Self.schemaProblem(folder + "/bad-edge.graphml")?.contains("nobody") == true)
    }

    @Test func fundingFlowsExportAsDirectedEdgesWithAmountCurrencyAndYear() throws {
        let network = try NetworkLoader.network(yaml: Self.fundingNetwork, file: "fonds.yaml")
        for (text, dialect) in [
            (NetworkFileExport.graphML(network, content: .funding), XMLGraphReader.Dialect.graphML),
            (NetworkFileExport.gexf(network, content: .funding), .gexf),
        ] {
            let graph = try XMLGraphReader.read(Data(text.utf8), file: "export", dialect: dialect).get()
            #expect(graph.directed, "\(dialect)")
            #expect(graph.nodes.map(\.id) == ["fondation", "carrefour", "jumelage"], "\(dialect): the table takes no money")
            #expect(graph.edges.map { "\($0.source)>\($0.target)" } == ["fondation>carrefour", "fondation>carrefour", "fondation>jumelage"])
            #expect(graph.edges.map { $0.attributes["amount"] } == ["40000.0", "45000.5", "12000.0"], "\(dialect)")
            #expect(graph.edges.map { $0.attributes["currency"] } == ["CAD", "CAD", "EUR"], "\(dialect)")
            #expect(graph.edges.map { $0.attributes["year"] } == ["2022", "2023", nil], "\(dialect)")
            #expect(graph.edges[2].attributes["start"] == "2023-04" && graph.edges[2].attributes["end"] == "2024-03")
            #expect(graph.edges[0].attributes["programme"] == "Accueil")
            #expect(graph.nodes[2].attributes["kind"] == "project" && graph.nodes[2].attributes["lead"] == "table", "\(dialect): \(graph.nodes[2].attributes)")
        }
        #expect(NetworkFileExport.gexf(network, content: .funding).contains("weight=\"45000.5\""), "Gephi sizes edges by amount")
        let nodeLink = try #require(try JSONSerialization.jsonObject(with: Data(NetworkFileExport.nodeLink(network, content: .funding).utf8)) as? [String: Any])
        #expect(nodeLink["directed"] as? Bool == true)
        #expect(nodeLink["multigraph"] as? Bool == true, "two flows between the same funder and recipient stay two edges")
        let edges = try #require(nodeLink["edges"] as? [[String: Any]])
        #expect(edges.map { $0["amount"] as? Double } == [40000, 45000.5, 12000])
        #expect(edges.map { $0["year"] as? Int } == [2022, 2023, nil])
        #expect(edges.map { $0["key"] as? Int } == [0, 1, 0])
        #expect(edges.map { $0["currency"] as? String } == ["CAD", "CAD", "EUR"])
        // The partnerships export stays the undirected collaboration view.
        let partnerships = try #require(try JSONSerialization.jsonObject(with: Data(NetworkFileExport.nodeLink(network).utf8)) as? [String: Any])
        #expect(partnerships["directed"] as? Bool == false)
    }

    @Test func anExportOfThePartnershipsSaysWhereTheFundingIs() throws {
        let example = CLIRunner.packageRoot + "/Graphs/montreal-inclusif.yaml"
        let run = try CLIRunner.run(["export", example, "--format", "gexf", "-o", "/dev/null"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("note: this GEXF file holds the partnerships; the 6 funding flows are exported with `--view funding`"), "\(run.stderr)")
        let french = try CLIRunner.run(["export", example, "--format", "graphml", "-o", "/dev/null", "--lang", "fr"])
        let spaced = french.stderr.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(spaced.contains("remarque : ce fichier GraphML contient les partenariats ; les 6 flux de financement s’exportent avec `--view funding`"), "\(french.stderr)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nofunding-\(UUID().uuidString).yaml").path
        try "organisations:\n  - {id: a, name: A}\n  - {id: b, name: B}\npartnerships:\n  - {organisations: [a, b]}\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let none = try CLIRunner.run(["export", file, "--format", "node-link", "--view", "funding"])
        #expect(none.status == 1 && none.stdout.isEmpty)
        #expect(none.stderr.contains("records no funding flow"), "\(none.stderr)")
        let json = try CLIRunner.run(["export", example, "--format", "json", "--view", "funding"])
        #expect(json.status != 0 && json.stderr.contains("--view does not apply to --format json"), "\(json.stderr)")
    }
}
