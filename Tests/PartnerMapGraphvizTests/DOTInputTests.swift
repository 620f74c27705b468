import Foundation
import Testing

@testable import PartnerMap
@testable import PartnerMapGraphviz

/// DOT files read as Graphviz reads them (defaults, chains, labels), every loss said.
@Suite struct DOTInputTests {
    @Test func defaultsAndChainsApplyAsInGraphviz() throws {
        let graph = try DOTReader.foreignGraph(
            """
            graph G {
              edge [weight=2]
              a [label="Agency A"]
              a -- b -- c
              c -- d [weight=5]
            }
            """)
        let plain = graph.plainGraph(name: "G")
        #expect(plain.edges.map(\.weight) == [2, 2, 5])
        #expect(plain.labels == ["Agency A", "b", "c", "d"])
        #expect(graph.weightProblems(file: "g.dot").isEmpty && graph.warnings(file: "g.dot").isEmpty)
    }

    @Test func loopsAndRepeatsAreSaidAndBadWeightsRefused() throws {
        let graph = try DOTReader.foreignGraph("graph { a -- a; a -- b [weight=1]; a -- b [weight=3] }")
        #expect(
            graph.warnings(file: "g.dot").map(\.description) == [
                "g.dot: warning: 1 tie of a node to itself (\"a\") left out: measures count ties between two nodes",
                "g.dot: warning: 1 repeated tie between the same two nodes kept as one, with the last weight given",
            ])
        #expect(Graph(graph.plainGraph(name: "g")).weight(from: 0, to: 1) == 3)
        let bad = try DOTReader.foreignGraph("graph { a -- b [weight=\"-2\"] }")
        #expect(bad.weightProblems(file: "g.dot").count == 1)
    }
}
