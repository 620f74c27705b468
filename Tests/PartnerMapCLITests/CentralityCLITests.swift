import Foundation
import Testing

@Suite struct CentralityCLITests {
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "partnermap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func jsonHasEveryMeasureKeyAndNullForIsolates() throws {
        let path = try Self.temporaryFile("g.edges", "a b\nb c\nc a\nc d\nlonely\n")
        let output = try CLIRunner.run(["centrality", path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["view"] as? String == "graph")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["a", "b", "c", "d", "lonely"])
        let keys = [
            "degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz",
            "core-number", "clustering", "constraint", "effective-size", "efficiency", "hierarchy",
        ]
        for key in keys { #expect(nodes[0][key] != nil, "\(key)") }
        // c lies on every path to d: betweenness 2/((n-1)(n-2)/2) = 2/6.
        #expect(abs((nodes[2]["betweenness"] as? Double ?? 0) - 1.0 / 3) < 1e-15)
        #expect(nodes[4]["constraint"] is NSNull)
        #expect(nodes[4]["closeness"] as? Double == 0)
        let points = try #require(object["articulationPoints"] as? [[String: Any]])
        #expect(points.map { $0["id"] as? String } == ["c"])
        #expect(points.first?["cutOff"] as? Int == 1)
        let again = try CLIRunner.run(["centrality", path, "--format", "json"])
        #expect(again.stdout == output.stdout)
    }

    @Test func tableRanksAndExplains() throws {
        let output = try CLIRunner.run(["centrality", "Graphs/ontario-lips.yaml", "--measures", "betweenness,degree", "--top", "3"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Collaboration view: 36 organisations, 33 ties; ties counted, strengths ignored (add `--weighted` to use them).")
        #expect(lines[1] == "Ranked by betweenness, top 3 of 36:")
        #expect(lines[5].hasPrefix("1  sudbury-lip"))
        // Councils are tables, not brokers: the first organisation is named, the councils apart.
        #expect(output.stdout.contains("Who brokers: City of North Bay (city-of-north-bay) lies on 10% of the shortest paths"))
        #expect(output.stdout.contains("Councils and networks are tables, not brokers, and are ranked apart: London & Middlesex LIP (4 seats)"))
        #expect(output.stdout.contains("Single points of failure: if Greater Sudbury LIP (sudbury-lip) left, 9 of the organisations would lose their only path to the rest"))
    }

    @Test func fundingViewReportsBrokerageRoles() throws {
        let output = try CLIRunner.run(["centrality", "Graphs/allies-learning-exchange.yaml", "--view", "funding", "--groups", "type", "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let allies = try #require(nodes.first { $0["id"] as? String == "allies" })
        let roles = try #require(allies["brokerage"] as? [String: Int])
        // Two foundations reach three city programmes only through ALLIES: funder → network → project.
        #expect(roles["liaison"] == 6)
        #expect(roles.values.reduce(0, +) == 6)
    }

    @Test func csvHasOneRowPerNodeAndEmptyCellsForNaN() throws {
        let path = try Self.temporaryFile("g.edges", "a,b\nb,c\nzed\n")
        let output = try CLIRunner.run(["centrality", path, "--measures", "degree,constraint", "--format", "csv"])
        #expect(output.stdout == "id,name,degree,constraint\na,a,1.0,1.0\nb,b,2.0,0.5\nc,c,1.0,1.0\nzed,zed,0.0,\n")
    }

    @Test func samplingEqualsNetworkxDraws() throws {
        let output = try CLIRunner.run(["centrality", "Graphs/ontario-lips.yaml", "--measures", "betweenness", "--samples", "5", "--seed", "3", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let sampled = try #require(object["sampledSources"] as? [String])
        #expect(sampled.count == 5)
        let notes = try #require(object["notes"] as? [String])
        #expect(notes.contains { $0.contains("betweenness_centrality(k=5, seed=3)") })
    }

    @Test func unknownMeasureIsAUsageError() throws {
        let output = try CLIRunner.run(["centrality", "Graphs/ontario-lips.yaml", "--measures", "betweeness"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("unknown measure `betweeness`"))
    }

    @Test func badFileExitsOne() throws {
        let path = try Self.temporaryFile("bad.yaml", "organisations:\n  - id: a\n")
        let output = try CLIRunner.run(["centrality", path])
        #expect(output.status == 1)
        #expect(output.stderr == "\(path):2: an organisation has no `name`; add it\n")
        #expect(output.stdout.isEmpty)
    }
}
