import Foundation
import Testing

@testable import PartnerMap

/// Louvain reaches networkx's modularity (Fixtures/communities/louvain.json, seeds 0 to 9).
@Suite struct CommunityTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path
    static let names = ["karate", "florentine", "lesmis", "davis", "gnp60", "gnm80w", "ba120w"]

    @Test(arguments: names)
    func modularityWithinTwoPercentOfNetworkx(_ name: String) throws {
        let reference = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/communities/louvain.json"))) as! [String: Any]
        let entry = reference[name] as! [String: Any]
        let theirs = entry["modularity"] as! [Double]
        let mean = theirs.reduce(0, +) / Double(theirs.count)
        let text = try String(contentsOfFile: Self.fixtures + "/centrality/\(name).edges", encoding: .utf8)
        let graph = Graph(try EdgeListReader.read(text, file: name, name: name).get())
        var ours: [Double] = []
        for seed in 0..<10 {
            let louvain = LouvainCommunities(graph, weighted: entry["weighted"] as! Bool, seed: UInt64(seed))
            // The reported modularity is networkx's formula on the partition found.
            let check = LouvainCommunities.modularity(graph, membership: louvain.membership, weighted: entry["weighted"] as! Bool)
            #expect(abs(check - louvain.modularity) < 1e-12)
            ours.append(louvain.modularity)
        }
        let ourMean = ours.reduce(0, +) / Double(ours.count)
        #expect(ourMean >= 0.98 * mean, "\(name): ours \(ourMean), networkx \(mean)")
        #expect(ours.min()! >= 0.95 * theirs.min()!, "\(name): worst \(ours.min()!) vs \(theirs.min()!)")
    }

    @Test func sameSeedSamePartitionAndEveryNodePlaced() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/centrality/lesmis.edges", encoding: .utf8)
        let graph = Graph(try EdgeListReader.read(text, file: "lesmis", name: "lesmis").get())
        let a = LouvainCommunities(graph, seed: 3)
        let b = LouvainCommunities(graph, seed: 3)
        #expect(a.communities == b.communities)
        #expect(a.communities.flatMap { $0 }.sorted() == Array(0..<graph.nodeCount))
        #expect(zip(a.communities, a.communities.dropFirst()).allSatisfy { $0.count >= $1.count })
    }

    @Test func modularityOfKnownPartitions() {
        // Two triangles joined by one tie: {a,b,c} {d,e,f}; m = 7, each side L = 3, degree 7.
        let graph = Graph(PlainGraph(name: "g", ties: [("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1), ("e", "f", 1), ("d", "f", 1), ("c", "d", 1)]))
        let q = LouvainCommunities.modularity(graph, membership: [0, 0, 0, 1, 1, 1])
        #expect(abs(q - (2 * (3.0 / 7 - (7.0 / 14) * (7.0 / 14)))) < 1e-15)
        let found = LouvainCommunities(graph, seed: 0)
        #expect(found.communities == [[0, 1, 2], [3, 4, 5]])
        #expect(abs(found.modularity - q) < 1e-15)
    }

    @Test func examplesAreNamedBySector() throws {
        let network = try NetworkLoader.loadNetwork(path: ExampleNetworkTests.graphs + "/ontario-lips.yaml")
        let groups = CommunityGroups(network)
        #expect(groups.louvain.modularity > 0.6)
        let francophone = try #require(groups.groups.first { $0.members.contains("reseau-nord") })
        #expect(francophone.name == "francophone")
        #expect(Set(francophone.members).isSuperset(of: ["reseau-est", "reseau-cso", "reseau-nord"]))
    }
}
