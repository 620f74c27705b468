import Foundation
import Testing

@testable import PartnerMap

/// Measures networkx does not have (efficiency, hierarchy, brokerage roles, cut-off counts),
/// hand-computed cases from their papers, and networkx's seeded sampling.
@Suite struct CentralityHandTests {
    static func graph(_ edges: [(String, String)], nodes: [String] = [], directed: Bool = false) -> Graph {
        var ids = nodes
        for (a, b) in edges {
            if !ids.contains(a) { ids.append(a) }
            if !ids.contains(b) { ids.append(b) }
        }
        return Graph(PlainGraph(name: "g", nodes: ids, ties: edges.map { ($0.0, $0.1, 1) }, isDirected: directed))
    }

    @Test func triangleAndStarConstraint() {
        let triangle = StructuralHoles(Self.graph([("a", "b"), ("b", "c"), ("a", "c")]))
        #expect(triangle.constraint.allSatisfy { abs($0 - 1.125) < 1e-15 })
        #expect(triangle.effectiveSize.allSatisfy { abs($0 - 1) < 1e-15 })
        #expect(triangle.efficiency.allSatisfy { abs($0 - 0.5) < 1e-15 })
        // Two contacts with equal constraint: no hierarchy.
        #expect(triangle.hierarchy.allSatisfy { abs($0) < 1e-15 })

        let star = StructuralHoles(Self.graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("hub", "d")]))
        #expect(abs(star.constraint[0] - 0.25) < 1e-15)
        #expect(star.constraint.dropFirst().allSatisfy { $0 == 1 })
        #expect(star.effectiveSize[0] == 4 && star.efficiency[0] == 1)
        // A leaf's only contact holds all its constraint.
        #expect(star.hierarchy[1] == 1)
        #expect(abs(star.hierarchy[0]) < 1e-15)
    }

    @Test func hierarchyOfUnevenConstraint() {
        // v tied to a, b, c; a and b tied. Local constraints (Burt 1992, eq. 2.4):
        // p = 1/3 each; c_va = c_vb = (1/3 + 1/3·1/2)² = 0.25, c_vc = (1/3)² = 1/9.
        let holes = StructuralHoles(Self.graph([("v", "a"), ("v", "b"), ("v", "c"), ("a", "b")]))
        let local = [0.25, 0.25, 1.0 / 9]
        let total = local.reduce(0, +)
        #expect(abs(holes.constraint[0] - total) < 1e-15)
        let expected = local.map { ($0 / (total / 3)) * log($0 / (total / 3)) }.reduce(0, +) / (3 * log(3.0))
        #expect(abs(holes.hierarchy[0] - expected) < 1e-15)
        #expect(holes.hierarchy[0] > 0)
        // Effective size n − 2t/n = 3 − 2/3.
        #expect(abs(holes.effectiveSize[0] - 7.0 / 3) < 1e-15)
    }

    @Test func isolatesGetNaN() {
        let holes = StructuralHoles(Self.graph([("a", "b")], nodes: ["alone"]))
        #expect(holes.constraint[0].isNaN && holes.effectiveSize[0].isNaN && holes.efficiency[0].isNaN && holes.hierarchy[0].isNaN)
    }

    @Test func brokerageRolesFollowGouldFernandez() {
        // groups: a1, a2, v_a in A; b1, b2, v_b in B; c1 in C.
        let edges = [
            ("a1", "va"), ("va", "a2"),  // coordinator for va (A→A→A)
            ("b1", "va"), ("va", "b2"),  // itinerant: B→A→B
            ("va", "b1"),  // with a1→va→b1: representative (A→A→B)
            ("c1", "va"),  // c1→va→a2: gatekeeper (C→A→A); c1→va→b1, b2: liaison (C→A→B)
            ("a1", "a2"),  // closes a1→a2: no brokerage for that pair
        ]
        let g = Self.graph(edges, directed: true)
        let group: [String: Int] = ["a1": 0, "a2": 0, "va": 0, "b1": 1, "b2": 1, "c1": 2]
        let roles = BrokerageRoles(g, groups: g.nodeIDs.map { group[$0]! })
        let va = roles.counts[g.index(of: "va")!]
        // Pairs (in → out), excluding a = b and direct ties:
        // a1→a2 tied (skip); a1→b2 rep; a1→b1 rep; b1→a2 gatekeeper; b1→b2 itinerant;
        // c1→a2 gatekeeper; c1→b2 liaison; c1→b1 liaison.
        #expect(va.coordinator == 0)
        #expect(va.representative == 2)
        #expect(va.gatekeeper == 2)
        #expect(va.itinerant == 1)
        #expect(va.liaison == 2)
        #expect(va.total == 7)
    }

    @Test func cutPointsCountWhoIsCutOff() {
        // A chain a-b-c with c the hub of a triangle c-d-e; f hangs off e.
        let g = Self.graph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "c"), ("e", "f")])
        let cuts = CutPoints(g)
        #expect(cuts.articulationPoints.map { g.nodeIDs[$0] } == ["b", "c", "e"])
        #expect(cuts.cutOff[g.index(of: "b")!] == 1)  // a
        #expect(cuts.cutOff[g.index(of: "c")!] == 2)  // a, b (the d-e-f side is larger)
        #expect(cuts.cutOff[g.index(of: "e")!] == 1)  // f
        #expect(cuts.bridges.map { [g.nodeIDs[$0.0], g.nodeIDs[$0.1]] } == [["a", "b"], ["b", "c"], ["e", "f"]])
        #expect(cuts.bridgeCutOff == [1, 2, 1])
    }

    @Test func pythonRandomMatchesCPython() {
        var random = PythonRandom(seed: 42)
        #expect([random.next32(), random.next32(), random.next32()] == [2_746_317_213, 478_163_327, 107_420_369])
        var small = PythonRandom(seed: 42)
        #expect(small.sample(34, 10) == [7, 1, 17, 33, 30, 4, 23, 3, 21, 27])
        var large = PythonRandom(seed: 7)
        #expect(Array(large.sample(1000, 50).prefix(10)) == [331, 970, 154, 404, 666, 49, 74, 840, 548, 96])
        var wide = PythonRandom(seed: (1 << 40) + 5)
        #expect(wide.sample(100_000, 8) == [66110, 67753, 35206, 87005, 3595, 69593, 99410, 99702])
    }

    @Test func sampledBetweennessEqualsNetworkxWithTheSameSeed() throws {
        // networkx: betweenness_centrality(karate_club_graph(), k=10, seed=42)
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/centrality").path
        let text = try String(contentsOfFile: folder + "/karate.edges", encoding: .utf8)
        let read = try EdgeListReader.read(text, file: "karate", name: "karate").get()
        // networkx's node order, 0 to 33.
        let plain = PlainGraph(
            name: "karate", nodes: read.nodes.sorted { Int($0)! < Int($1)! },
            ties: read.edges.map { (read.nodes[$0.source], read.nodes[$0.target], $0.weight) })
        let g = Graph(plain)
        var random = PythonRandom(seed: 42)
        let sources = random.sample(g.nodeCount, 10)
        let estimate = BetweennessCentrality(g, sources: sources).nodes
        #expect(abs(estimate[0] - 0.41666666666666663) < 1e-12)
        #expect(abs(estimate[33] - 0.2093777557319224) < 1e-12)
        #expect(abs(estimate[5] - 0.0140625) < 1e-12)
    }

    @Test func parallelSweepIsBitForBitRepeatable() {
        var edges: [(String, String)] = []
        var random = PythonRandom(seed: 3)
        for _ in 0..<2000 {
            let a = random.below(400)
            let b = random.below(400)
            if a != b { edges.append(("n\(a)", "n\(b)")) }
        }
        let g = Self.graph(edges)
        let first = BetweennessCentrality(g, weighted: false, includeEdges: true)
        for _ in 0..<3 {
            let again = BetweennessCentrality(g, weighted: false, includeEdges: true)
            #expect(again.nodes.map(\.bitPattern) == first.nodes.map(\.bitPattern))
            #expect(again.edges == first.edges)
        }
        // The batched four-source sweep, in breadth-first batches, repeats too and agrees with
        // the one-source sweep up to the order of its additions.
        let batched = BetweennessCentrality(g)
        #expect(BetweennessCentrality(g).nodes.map(\.bitPattern) == batched.nodes.map(\.bitPattern))
        for (a, b) in zip(batched.nodes, first.nodes) { #expect(abs(a - b) <= 1e-12 * max(abs(a), abs(b))) }
    }
}
