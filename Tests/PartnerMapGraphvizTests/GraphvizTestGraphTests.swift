import Foundation
import PartnerMap
import PartnerMapGraphviz
import Testing

/// DOT files laid out like the graphs in Graphviz's own test set, read through the one loader
/// every command uses: clusters and rank subgraphs add no node, labels (HTML-like, escaped) give
/// names, a second graph in a file and a Latin-1 file are handled and said.
@Suite struct GraphvizTestGraphTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/graphviz").path

    static func read(_ name: String) throws -> (graph: PlainGraph, warnings: [String]) {
        let loaded = try NetworkLoader.read(path: fixtures + "/" + name, dot: DOTReader.self)
        guard case .graph(let graph) = loaded.input else { throw NetworkLoadError([]) }
        return (graph, loaded.warnings.map { $0.description.replacingOccurrences(of: fixtures + "/", with: "") })
    }

    @Test func clustersAreGroupsNotNodes() throws {
        let (graph, warnings) = try Self.read("clusters.gv")
        #expect(graph.nodes == ["accueil", "emploi", "logement", "sante", "ecole", "ville"])
        #expect(graph.edges.count == 6 && !graph.isDirected)
        #expect(warnings.isEmpty)
        let (network, _) = try NetworkLoader.readNetwork(path: Self.fixtures + "/clusters.gv", dot: DOTReader.self)
        #expect(network.organisations.count == 6 && network.partnerships.count == 6)
        #expect(network.sources.first?.title == "DOT file clusters.gv")
    }

    @Test func rankSubgraphsAndDefaultsAddNothing() throws {
        let (graph, warnings) = try Self.read("ranks.gv")
        #expect(graph.nodes == ["F1", "F2", "F3", "R1", "R2"])
        #expect(graph.isDirected && graph.edges.count == 5)
        #expect(graph.labels.isEmpty, "`shape` and `fontname` are not names")
        #expect(warnings.isEmpty)
    }

    @Test func labelsAreNamesWithoutMarkupOrLineBreaks() throws {
        let (graph, _) = try Self.read("labels.gv")
        #expect(graph.nodes == ["a", "b", "c"])
        #expect(graph.labels == ["Carrefour d'accueil Nord", "Table de concertation", "c"])
        // An edge's label stays an edge's label, not markup.
        let (network, _) = try NetworkLoader.readNetwork(path: Self.fixtures + "/labels.gv", dot: DOTReader.self)
        #expect(network.organisations.map(\.name) == ["Carrefour d'accueil Nord", "Table de concertation", "c"])
        #expect(network.partnerships.map(\.type) == [nil, "<not html>"])
    }

    @Test func aSecondGraphIsSaidNotDroppedSilently() throws {
        let (graph, warnings) = try Self.read("two-graphs.gv")
        #expect(graph.nodes == ["a", "b", "c"])
        #expect(warnings == ["two-graphs.gv: warning: the file holds 2 graphs; only the first is read (put each graph in a file of its own to read the others)"])
        // Reading to the end of a file leaves Graphviz's parser ready for the next one.
        let (after, _) = try Self.read("clusters.gv")
        #expect(after.nodes.count == 6)
        let svg = try GraphvizRenderer.shared().render(dot: "graph { x -- y }", format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        // With --strict the warning is a problem.
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.read(path: Self.fixtures + "/two-graphs.gv", strict: true, dot: DOTReader.self) }
    }

    @Test func latin1FilesThatSaySoAreDecoded() throws {
        let (graph, _) = try Self.read("latin1.gv")
        #expect(graph.labels == ["École Saint-André", "n2"])
    }
}
