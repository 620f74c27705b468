import Testing

@testable import PartnerMap

@Suite struct GraphCoreTests {
    @Test func undirectedCSRIsSymmetricSortedAndMerged() {
        var builder = GraphBuilder(nodeIDs: ["a", "b", "c", "d"], directed: false)
        builder.addEdge(2, 0, weight: 1)
        builder.addEdge(0, 1, weight: 2)
        builder.addEdge(1, 0, weight: 3)
        builder.addEdge(1, 1, weight: 9)  // self-ties are dropped
        let graph = builder.build(merge: .sum)
        #expect(graph.offsets == [0, 2, 3, 4, 4])
        #expect(graph.targets == [1, 2, 0, 0])
        #expect(graph.weights == [5, 1, 5, 1])
        #expect(graph.edgeCount == 2)
        #expect(graph.weight(from: 1, to: 0) == 5)
        #expect(graph.weight(from: 3, to: 0) == nil)
        #expect(graph.density == 2.0 * 2 / 12)
        #expect(graph.index(of: "c") == 2)
    }

    @Test func directedCSRKeepsIncomingTies() {
        var builder = GraphBuilder(nodeIDs: ["f", "o", "p"], directed: true)
        builder.addEdge(0, 1, weight: 100)
        builder.addEdge(0, 2, weight: 50)
        builder.addEdge(1, 2, weight: 10)
        builder.addEdge(0, 2, weight: 25)
        let graph = builder.build(merge: .sum)
        #expect(Array(graph.neighbours(of: 0)) == [1, 2])
        #expect(Array(graph.neighbourWeights(of: 0)) == [100, 75])
        #expect(Array(graph.predecessors(of: 2)) == [0, 1])
        #expect(graph.inWeights == [100, 75, 10])
        #expect(graph.edgeCount == 3)
        #expect(graph.density == 3.0 / 6)
    }

    @Test func keepLastMatchesNetworkxEdgeLists() {
        let plain = PlainGraph(name: "g", ties: [("a", "b", 2), ("b", "a", 7)])
        let graph = Graph(plain)
        #expect(graph.weights == [7, 7])
    }

    @Test func collaborationViewJoinsPartnersSeatsAndCoDelivery() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                  - {id: b, name: B}
                  - {id: c, name: C}
                  - {id: lip, name: LIP, type: council}
                  - {id: alone, name: Alone}
                projects:
                  - {id: p, name: P, organisations: [a, b, c]}
                partnerships:
                  - {organisations: [a, b], weight: 5}
                memberships:
                  - {organisation: a, body: lip, role: co-chair}
                  - {organisation: c, body: lip, role: advisor}
                """)
        let graph = CollaborationView.graph(of: network)
        #expect(graph.nodeIDs == ["a", "b", "c", "lip", "alone"])
        #expect(graph.weight(from: 0, to: 1) == 6)  // 5 + co-delivery 1
        #expect(graph.weight(from: 0, to: 2) == 1)
        #expect(graph.weight(from: 0, to: 3) == 3)
        #expect(graph.weight(from: 2, to: 3) == 1)
        #expect(graph.degree(of: 4) == 0)
        let components = ConnectedComponents(graph)
        #expect(components.components == [[0, 1, 2, 3], [4]])
        #expect(components.isolates == [4])
    }

    @Test func fundingViewSumsFlowsPerPair() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: city, name: City, type: municipal}
                  - {id: org, name: Org}
                projects:
                  - {id: p, name: P, organisations: [org]}
                funding:
                  - {from: city, to: p, amount: 100, year: 2019}
                  - {from: city, to: p, amount: 50, year: 2020}
                  - {from: city, to: org, amount: 10}
                """)
        let graph = FundingView.graph(of: network)
        #expect(graph.isDirected)
        #expect(graph.nodeIDs == ["city", "org", "p"])
        #expect(graph.weight(from: 0, to: 2) == 150)
        #expect(graph.weight(from: 2, to: 0) == nil)
        #expect(Array(graph.predecessors(of: 2)) == [0])
    }

    @Test func componentsAreOrderedLargestFirst() {
        let plain = PlainGraph(name: "g", nodes: ["a", "b", "c", "d", "e", "f"], ties: [("a", "b", 1), ("c", "d", 1), ("d", "e", 1)])
        let components = ConnectedComponents(Graph(plain))
        #expect(components.components == [[2, 3, 4], [0, 1], [5]])
        #expect(components.componentOfNode == [1, 1, 0, 0, 0, 2])
    }

    @Test func weaklyConnectedOnDirectedGraphs() {
        let plain = PlainGraph(name: "g", nodes: ["a", "b", "c"], ties: [("a", "b", 1), ("c", "b", 1)], isDirected: true)
        #expect(ConnectedComponents(Graph(plain)).count == 1)
    }
}
