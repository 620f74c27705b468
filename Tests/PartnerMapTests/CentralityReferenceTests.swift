import Foundation
import Testing

@testable import PartnerMap

/// Every measure against networkx 3.6.1 on the graphs networkx ships and on random graphs,
/// to a relative error of 1e-9. The reference values are made by
/// `Fixtures/centrality/make_fixtures.py`.
@Suite struct CentralityReferenceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/centrality").path
    static let names = ["karate", "florentine", "lesmis", "davis", "gnp60", "gnm80w", "ba120w", "digraph50w"]

    struct Reference {
        var graph: Graph
        var weighted: Bool
        var measures: [String: Any]

        func values(_ key: String) -> [String: Double?]? {
            guard let raw = measures[key] as? [String: Any] else { return nil }
            return raw.mapValues { $0 as? Double }
        }
    }

    static func load(_ name: String) throws -> Reference {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/\(name).json"))) as! [String: Any]
        let directed = json["directed"] as! Bool
        let text = try String(contentsOfFile: folder + "/\(name).edges", encoding: .utf8)
        let plain = try EdgeListReader.read(text, file: name, name: name, directed: directed).get()
        #expect(plain.nodes == json["nodes"] as! [String])
        return Reference(graph: Graph(plain), weighted: json["weighted"] as! Bool, measures: json["measures"] as! [String: Any])
    }

    /// Relative error ≤ 1e-9 (absolute 1e-12 around zero); NaN only where networkx gives NaN.
    static func compare(
        _ ours: [Double], _ reference: [String: Double?]?, graph: Graph, measure: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let reference else {
            Issue.record("no reference for \(measure)", sourceLocation: sourceLocation)
            return
        }
        #expect(reference.count == graph.nodeCount, "\(measure)", sourceLocation: sourceLocation)
        var worst = 0.0
        var worstNode = ""
        for (node, id) in graph.nodeIDs.enumerated() {
            let mine = ours[node]
            guard let expected = reference[id] ?? nil else {
                #expect(mine.isNaN, "\(measure)[\(id)] should be NaN (null), is \(mine)", sourceLocation: sourceLocation)
                continue
            }
            let error = abs(mine - expected) / max(abs(expected), 1e-3)
            if !(error <= worst) {
                worst = error
                worstNode = id
            }
        }
        #expect(worst <= 1e-9, "\(measure): worst relative error \(worst) at \(worstNode)", sourceLocation: sourceLocation)
    }

    @Test(arguments: names)
    func degreeStrengthBetweennessClosenessHarmonic(_ name: String) throws {
        let reference = try Self.load(name)
        let g = reference.graph
        let degree = DegreeCentrality(g)
        Self.compare(degree.degree, reference.values("degree"), graph: g, measure: "degree")
        Self.compare(degree.strength, reference.values("strength"), graph: g, measure: "strength")
        Self.compare(BetweennessCentrality(g).nodes, reference.values("betweenness"), graph: g, measure: "betweenness")
        Self.compare(BetweennessCentrality(g, weighted: true).nodes, reference.values("betweenness-weighted"), graph: g, measure: "betweenness-weighted")
        let closeness = ClosenessCentrality(g)
        Self.compare(closeness.closeness, reference.values("closeness"), graph: g, measure: "closeness")
        Self.compare(closeness.harmonic, reference.values("harmonic"), graph: g, measure: "harmonic")
        let weightedCloseness = ClosenessCentrality(g, weighted: true)
        Self.compare(weightedCloseness.closeness, reference.values("closeness-weighted"), graph: g, measure: "closeness-weighted")
        Self.compare(weightedCloseness.harmonic, reference.values("harmonic-weighted"), graph: g, measure: "harmonic-weighted")

        // What `partnermap centrality` computes: on undirected graphs closeness and harmonic come
        // from the betweenness sweep's own searches, equal to the standalone ones bit for bit.
        let report = CentralityReport(g, options: .init(measures: [.betweenness, .closeness, .harmonic]))
        Self.compare(report.values[.closeness]!, reference.values("closeness"), graph: g, measure: "closeness (report)")
        Self.compare(report.values[.harmonic]!, reference.values("harmonic"), graph: g, measure: "harmonic (report)")
        #expect(report.values[.closeness]!.map(\.bitPattern) == closeness.closeness.map(\.bitPattern))
        #expect(report.values[.harmonic]!.map(\.bitPattern) == closeness.harmonic.map(\.bitPattern))
        #expect((BetweennessCentrality(g, alsoCloseness: true).closeness != nil) == !g.isDirected)
        // The report asks only for the organisations it lists.
        let some = Array(stride(from: 0, to: g.nodeCount, by: 3))
        #expect(ClosenessCentrality.closeness(of: some, in: g).map(\.bitPattern) == some.map { closeness.closeness[$0].bitPattern })
    }

    @Test(arguments: names)
    func edgeBetweenness(_ name: String) throws {
        let reference = try Self.load(name)
        let g = reference.graph
        for (key, weighted) in [("edge-betweenness", false), ("edge-betweenness-weighted", true)] {
            let rows = try #require(reference.measures[key] as? [[Any]])
            var expected: [String: Double] = [:]
            for row in rows {
                let (u, v) = (row[0] as! String, row[1] as! String)
                let key = g.isDirected ? "\(u)>\(v)" : [u, v].sorted().joined(separator: "~")
                expected[key] = row[2] as? Double
            }
            let edges = try #require(BetweennessCentrality(g, weighted: weighted, includeEdges: true).edges)
            #expect(edges.count == expected.count)
            var worst = 0.0
            for edge in edges {
                let (u, v) = (g.nodeIDs[edge.source], g.nodeIDs[edge.target])
                let id = g.isDirected ? "\(u)>\(v)" : [u, v].sorted().joined(separator: "~")
                let reference = try #require(expected[id], "\(id)")
                worst = max(worst, abs(edge.value - reference) / max(abs(reference), 1e-3))
            }
            #expect(worst <= 1e-9, "\(name) \(key): \(worst)")
        }
    }

    @Test(arguments: names)
    func pageRankEigenvectorKatz(_ name: String) throws {
        let reference = try Self.load(name)
        let g = reference.graph
        Self.compare(PageRank(g, weighted: false).scores, reference.values("pagerank"), graph: g, measure: "pagerank")
        Self.compare(PageRank(g, weighted: true).scores, reference.values("pagerank-weighted"), graph: g, measure: "pagerank-weighted")
        guard !g.isDirected else { return }
        Self.compare(EigenvectorCentrality(g).scores, reference.values("eigenvector"), graph: g, measure: "eigenvector")
        Self.compare(EigenvectorCentrality(g, weighted: true).scores, reference.values("eigenvector-weighted"), graph: g, measure: "eigenvector-weighted")
        for (key, weighted) in [("katz", false), ("katz-weighted", true)] {
            let katz = KatzCentrality(g, weighted: weighted)
            if let expected = reference.values(key) {
                #expect(katz.converged, "\(name) \(key)")
                Self.compare(katz.scores, expected, graph: g, measure: key)
            } else {
                // networkx's series diverges here too (α = 0.1 ≥ 1/λ_max): we say so with NaN.
                #expect(!katz.converged && katz.scores.allSatisfy(\.isNaN), "\(name) \(key)")
                #expect(katz.maximumAlpha <= 0.1)
            }
        }
    }

    @Test(arguments: names)
    func coreClusteringStructuralHolesCutPoints(_ name: String) throws {
        let reference = try Self.load(name)
        let g = reference.graph
        guard !g.isDirected else { return }
        Self.compare(CoreNumber(g).cores.map(Double.init), reference.values("core-number"), graph: g, measure: "core-number")
        Self.compare(ClusteringCoefficient(g).coefficients, reference.values("clustering"), graph: g, measure: "clustering")
        let holes = StructuralHoles(g)
        Self.compare(holes.constraint, reference.values("constraint"), graph: g, measure: "constraint")
        Self.compare(holes.effectiveSize, reference.values("effective-size"), graph: g, measure: "effective-size")
        let weightedHoles = StructuralHoles(g, weighted: true)
        Self.compare(weightedHoles.constraint, reference.values("constraint-weighted"), graph: g, measure: "constraint-weighted")
        Self.compare(weightedHoles.effectiveSize, reference.values("effective-size-weighted"), graph: g, measure: "effective-size-weighted")

        let cuts = CutPoints(g)
        let points = try #require(reference.measures["articulation-points"] as? [String])
        #expect(cuts.articulationPoints.map { g.nodeIDs[$0] }.sorted() == points.sorted())
        let bridges = try #require(reference.measures["bridges"] as? [[String]])
        #expect(Set(cuts.bridges.map { [g.nodeIDs[$0.0], g.nodeIDs[$0.1]].sorted() }) == Set(bridges.map { $0.sorted() }))
    }
}
