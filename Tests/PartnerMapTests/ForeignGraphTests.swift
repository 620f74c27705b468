import Foundation
import Testing

@testable import PartnerMap

/// GraphML and GEXF as networkx writes them: the same nodes, ties and weights, and the same
/// centrality values as networkx computes on them (`Fixtures/graphml/make_fixtures.py`).
@Suite struct ForeignGraphTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/graphml").path

    @Test func aGraphMLFileOfMoreThanTenMegabytesReads() throws {
        // libxml2 given more than 10 MB at once stopped with its error 1 ("huge input lookup"):
        // a 15 MB file from networkx was refused as broken XML. 260,000 edges, about 12 MB.
        var text = "<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"undirected\">\n"
        for node in 0..<50_000 { text += "<node id=\"n\(node)\" />\n" }
        for edge in 0..<260_000 { text += "<edge source=\"n\(edge % 50_000)\" target=\"n\((edge * 7 + 1) % 50_000)\" />\n" }
        text += "</graph>\n</graphml>\n"
        #expect(text.utf8.count > 10_000_000)
        let graph = try XMLGraphReader.read(Data(text.utf8), file: "big.graphml", dialect: .graphML).get()
        #expect(graph.nodes.count == 50_000 && graph.edges.count == 260_000)
    }

    @Test(arguments: ["lesmis.graphml", "lesmis.gexf", "partners.graphml", "partners.gexf"])
    func roundTripAgainstNetworkx(_ file: String) throws {
        let name = String(file.split(separator: ".")[0])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/\(name).json"))) as? [String: Any])
        guard case .graph(let plain) = try NetworkLoader.load(path: Self.folder + "/" + file) else {
            Issue.record("\(file) did not load as a graph")
            return
        }
        #expect(plain.nodes == json["nodes"] as? [String])
        let graph = Graph(plain)
        let edges = try #require(json["edges"] as? [[Any]])
        #expect(graph.edgeCount == edges.count)
        for edge in edges {
            let (a, b, weight) = (edge[0] as! String, edge[1] as! String, edge[2] as! Double)
            let u = try #require(graph.index(of: a))
            let v = try #require(graph.index(of: b))
            #expect(graph.weight(from: u, to: v) == weight, "\(a)–\(b)")
        }
        CentralityReferenceTests.compare(
            BetweennessCentrality(graph).nodes, (json["betweenness"] as! [String: Double]).mapValues { $0 },
            graph: graph, measure: "betweenness")
        CentralityReferenceTests.compare(
            BetweennessCentrality(graph, weighted: true).nodes,
            (json["weighted_betweenness"] as! [String: Double]).mapValues { $0 }, graph: graph, measure: "weighted betweenness")
        CentralityReferenceTests.compare(
            PageRank(graph, weighted: true).scores, (json["pagerank"] as! [String: Double]).mapValues { $0 },
            graph: graph, measure: "pagerank")
        CentralityReferenceTests.compare(
            ClosenessCentrality(graph).closeness, (json["closeness"] as! [String: Double]).mapValues { $0 },
            graph: graph, measure: "closeness")
    }

    /// `export --format node-link` has the shape of networkx's `node_link_data` (3.6 defaults):
    /// the same top-level and edge keys, the same nodes and ties, labels as node attributes.
    @Test func nodeLinkDataHasNetworkxsShape() throws {
        let network = try ForeignGraphImporter.read(Self.folder + "/partners.graphml", dialect: .graphML).network
        let ours = try #require(try JSONSerialization.jsonObject(with: Data(NetworkFileExport.nodeLink(network).utf8)) as? [String: Any])
        let theirs = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: Self.folder + "/partners-node-link.json"))) as? [String: Any])
        #expect(Set(ours.keys) == Set(theirs.keys))
        #expect(ours["directed"] as? Bool == false && ours["multigraph"] as? Bool == false)
        let nodes = { (document: [String: Any]) in (document["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(nodes(ours) == nodes(theirs))
        func edges(_ document: [String: Any]) -> Set<[String]> {
            Set(
                (document["edges"] as? [[String: Any]] ?? []).map { edge in
                    [edge["source"] as! String, edge["target"] as! String].sorted() + ["\(edge["weight"] as! Double)"]
                })
        }
        #expect(edges(ours) == edges(theirs))
        #expect(edges(ours).count == 4)
        let binam = try #require((ours["nodes"] as? [[String: Any]])?.first { $0["id"] as? String == "binam" })
        #expect(binam["label"] as? String == "Bureau d'intégration des nouveaux arrivants à Montréal")
        #expect(binam["degree"] as? Double == 2)
    }

    @Test(arguments: ["partners.graphml", "partners.gexf"])
    func importKeepsLabelsTypesAndSectors(_ file: String) throws {
        let result = try ForeignGraphImporter.read(Self.folder + "/" + file, dialect: file.hasSuffix("gexf") ? .gexf : .graphML)
        let network = result.network
        #expect(network.organisations.map(\.id) == ["binam", "femmes", "clinique", "biblio", "alone"])
        #expect(network.organisations[0].name == "Bureau d'intégration des nouveaux arrivants à Montréal")
        #expect(network.organisations[2].name == "Clinique <Saint-Michel> & co")
        #expect(network.organisations.map(\.type) == [.municipal, .nonprofit, .health, .municipal, .other])
        #expect(network.organisations[1].sectors == ["settlement", "women"])
        #expect(network.partnerships.map(\.weight) == [3, 1, 2, 1])
        #expect(network.partnerships.first { $0.organisations == ["binam", "femmes"] }?.type == "co-creation")
        // What imports, validates.
        _ = try NetworkLoader.network(yaml: NetworkFileWriter.yaml(network))
    }

    @Test func weightsOutsideOneToFiveAreRescaledAndSaidSo() throws {
        let graph = ForeignGraph(
            nodes: [],
            edges: [
                .init(source: "a", target: "b", attributes: ["weight": "10"], line: 3),
                .init(source: "b", target: "c", attributes: ["weight": "20"], line: 4),
                .init(source: "a", target: "b", attributes: ["weight": "30"], line: 5),
            ])
        let result = ForeignGraphImporter.convert(graph, file: "g.graphml", format: "GraphML")
        #expect(result.network.partnerships.map(\.weight) == [5, 1])
        #expect(result.report.contains("edge weights ran from 20 to 30; rescaled to tie strengths 1–5 (1 + 4 × (w − min) / (max − min))"))
        #expect(result.report.contains("1 repeated edge between the same two nodes kept as one partnership with the last weight given"))
    }

    @Test func brokenFilesAreReportedWithTheirLine() {
        let broken = XMLGraphReader.read(Data("<graphml>\n<graph>\n<node id=\"a\">\n</graph>".utf8), file: "x.graphml", dialect: .graphML)
        guard case .failure(let error) = broken else {
            Issue.record("a broken file was read")
            return
        }
        // Foundation's parser would recover from this silently; a cut file must not load.
        #expect(error.description == "x.graphml:4: not valid GraphML: a closing tag does not match the element it closes")
        let wrongRoot = XMLGraphReader.read(Data("<gexf><graph/></gexf>".utf8), file: "x.graphml", dialect: .graphML)
        guard case .failure(let rootError) = wrongRoot else {
            Issue.record("a GEXF file was read as GraphML")
            return
        }
        #expect(rootError.description == "x.graphml:1: not valid GraphML: no <graphml> root element")
        let badWeight = XMLGraphReader.read(
            Data(
                """
                <gexf><graph><nodes><node id="a"/><node id="b"/></nodes>
                <edges><edge source="a" target="b" weight="heavy"/></edges></graph></gexf>
                """.utf8), file: "w.gexf", dialect: .gexf)
        guard case .failure(let weightError) = badWeight else {
            Issue.record("a bad weight was read")
            return
        }
        #expect(weightError.description == "w.gexf:2: the tie \"a\" – \"b\" has weight \"heavy\"; a weight is a positive number (a tie strength; 1 when left out)")
    }

    @Test func ourGraphMLAndGEXFComeBackWithTheirIDsAndNames() throws {
        let network = try NetworkLoader.loadNetwork(path: ExampleNetworkTests.graphs + "/montreal-inclusif.yaml")
        for (text, dialect) in [(NetworkFileExport.graphML(network), XMLGraphReader.Dialect.graphML), (NetworkFileExport.gexf(network), .gexf)] {
            let graph = try XMLGraphReader.read(Data(text.utf8), file: "export", dialect: dialect).get()
            // `name` is the id and `label` the display name, as igraph and Gephi read them.
            #expect(graph.nodes.map(\.id) == network.organisations.map(\.id))
            #expect(graph.nodes.map { $0.attributes["label"] } == network.organisations.map(\.name))
            if dialect == .graphML { #expect(graph.nodes.map { $0.attributes["name"] } == network.organisations.map(\.id)) }
            let back = ForeignGraphImporter.convert(graph, file: "export", format: "x").network
            #expect(back.organisations.map(\.name) == network.organisations.map(\.name))
            #expect(back.organisations.map(\.type) == network.organisations.map(\.type))
        }
    }
}

/// GraphML that other tools accept: the schema types `<graph id>` as an NMTOKEN, so a network
/// name with spaces made every export invalid.
@Suite struct GraphMLExportIDTests {
    @Test func theGraphIDIsAnNMToken() throws {
        let text = NetworkFileExport.graphML(Network(name: "Montréal inclusif — newcomer network", organisations: [Organisation(id: "a", name: "A")]))
        let id = try #require(text.firstMatch(of: /<graph id="([^"]*)"/)?.1)
        #expect(id == "Montréal_inclusif___newcomer_network")
        #expect(id.allSatisfy { $0.isLetter || $0.isNumber || ".-_:".contains($0) })
        #expect(NetworkFileExport.nmtoken("") == "G")
    }
}

/// Graph files read as their own tools read them, every loss said.
@Suite struct ForeignGraphReadingTests {
    @Test func yEdNodeLabelsAreNames() throws {
        let yEd = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key for="node" id="d6" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed" id="G">
                <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="0" y="0"/><y:NodeLabel alignment="center">City of Lakeside</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Newcomer Centre</y:NodeLabel></y:ShapeNode></data></node>
                <edge id="e0" source="n0" target="n1"/>
                <edge id="e1" source="n1" target="n2"/>
              </graph>
            </graphml>
            """
        let graph = try XMLGraphReader.read(Data(yEd.utf8), file: "y.graphml", dialect: .graphML).get()
        #expect(graph.nodes.map { $0.attributes["label"] } == ["City of Lakeside", "Newcomer Centre"])
        #expect(graph.plainGraph(name: "y").labels == ["City of Lakeside", "Newcomer Centre", "n2"])
        let notes = graph.warnings(file: "y.graphml").map(\.description)
        #expect(notes == ["y.graphml: warning: ties name 1 node the file does not declare (\"n2\"): added as nodes"])
        let network = ForeignGraphImporter.network(graph, file: "y.graphml", format: "GraphML")
        #expect(network.organisations.map(\.name) == ["City of Lakeside", "Newcomer Centre", "n2"])
    }

    @Test func repeatedTiesGiveOneAnswerEverywhere() throws {
        let graph = ForeignGraph(
            nodes: [],
            edges: [
                .init(source: "a", target: "b", attributes: ["weight": "2"], line: 1),
                .init(source: "a", target: "b", attributes: ["weight": "5"], line: 2),
                .init(source: "b", target: "c", attributes: ["weight": "2"], line: 3),
            ])
        // centrality reads the last weight (networkx's simple graph); import keeps the same one.
        let measured = Graph(graph.plainGraph(name: "g"))
        #expect(measured.weight(from: 0, to: 1) == 5)
        let network = ForeignGraphImporter.network(graph, file: "g.graphml", format: "GraphML")
        #expect(network.partnerships.map(\.weight) == [5, 2])
        #expect(graph.warnings(file: "g").map(\.description) == ["g: warning: 1 repeated tie between the same two nodes kept as one, with the last weight given"])
    }

    @Test(arguments: ["-2", "nan", "1e400", "heavy", "1,5", "0"])
    func weightsThatAreNotPositiveNumbersAreRefused(_ weight: String) {
        let graph = ForeignGraph(nodes: [], edges: [.init(source: "a", target: "b", attributes: ["weight": weight], line: 7)])
        #expect(
            graph.weightProblems(file: "g.graphml").map(\.description)
                == ["g.graphml:7: the tie \"a\" – \"b\" has weight \"\(weight)\"; a weight is a positive number (a tie strength; 1 when left out)"])
    }
}
