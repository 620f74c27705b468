import Foundation
import Testing

@Suite struct StructureCLITests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try CLIRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func gapsJSONHasKindsSubjectsAndNextSteps() throws {
        let object = try Self.json(["gaps", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        let gaps = try #require(object["gaps"] as? [[String: Any]])
        let kinds = Set(gaps.compactMap { $0["kind"] as? String })
        #expect(kinds.isSuperset(of: ["isolated-organisation", "uncovered-priority", "unfunded-project", "funding-dependency", "missing-sector"]))
        for gap in gaps {
            #expect((gap["subjects"] as? [String])?.isEmpty == false)
            #expect((gap["message"] as? String)?.isEmpty == false)
            #expect((gap["nextStep"] as? String)?.isEmpty == false)
        }
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["isolated-organisation"] == 1)
    }

    /// --sourced-only leaves out what the file marks illustrative, on every command.
    @Test func sourcedOnlyFindingsRestOnSourcesAlone() throws {
        let all = try Self.json(["gaps", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        let allGaps = try #require(all["gaps"] as? [[String: Any]])
        #expect(allGaps.contains { $0["illustrative"] as? Bool == true })
        let sourced = try Self.json(["gaps", "Graphs/montreal-inclusif.yaml", "--format", "json", "--sourced-only"])
        let sourcedGaps = try #require(sourced["gaps"] as? [[String: Any]])
        #expect(!sourcedGaps.isEmpty && sourcedGaps.allSatisfy { $0["illustrative"] as? Bool == false })
        for command in [["summary"], ["centrality"], ["overlap"], ["recommend"], ["communities"]] {
            let run = try CLIRunner.run(command + ["Graphs/montreal-inclusif.yaml", "--sourced-only"])
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(!run.stdout.contains("[illustrative]"), "\(command)")
            #expect(!run.stdout.contains("Emploi Diversité"), "\(command) still names an illustrative organisation")
        }
    }

    @Test func gapsTableGroupsByKind() throws {
        let output = try CLIRunner.run(["gaps", "Graphs/ontario-lips.yaml"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Sectors missing from the table"))
        #expect(output.stdout.contains("None of the members of Kingston LIP Council recorded in this file works in municipal"))
        #expect(output.stdout.contains("… and"))
    }

    @Test func communitiesOnANetworkAndOnAnEdgeList() throws {
        let object = try Self.json(["communities", "Graphs/ontario-lips.yaml", "--format", "json"])
        #expect((object["modularity"] as? Double ?? 0) > 0.6)
        let communities = try #require(object["communities"] as? [[String: Any]])
        #expect(communities.contains { $0["name"] as? String == "francophone" })
        let folder = NSTemporaryDirectory() + "partnermap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a b\nb c\na c\nd e\ne f\nd f\nc d\n".write(toFile: folder + "/g.edges", atomically: true, encoding: .utf8)
        let plain = try Self.json(["communities", folder + "/g.edges", "--format", "json"])
        let groups = try #require(plain["communities"] as? [[String: Any]])
        #expect(groups.map { $0["members"] as? [String] ?? [] } == [["a", "b", "c"], ["d", "e", "f"]])
    }

    @Test func recommendGivesReasons() throws {
        let object = try Self.json(["recommend", "Graphs/montreal-inclusif.yaml", "--format", "json", "--top", "0"])
        let items = try #require(object["recommendations"] as? [[String: Any]])
        let parcEx = items.first { Set($0["organisations"] as? [String] ?? []) == ["femmes-parc-ex", "newcomer-women-network"] }
        #expect((parcEx?["reason"] as? String)?.contains("their projects serve similar objectives") == true)
        let scores = items.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }
}

@Suite struct NodeLinkCLITests {
    @Test func nodeLinkGoesToAJSONFileAndNowhereElse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("node-link-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try CLIRunner.run(["export", "Graphs/ontario-lips.yaml", "--format", "node-link", "-o", folder + "/ontario.json"])
        #expect(written.status == 0, "\(written.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/ontario.json"))) as? [String: Any])
        #expect((object["nodes"] as? [Any])?.count == 36)
        #expect((object["edges"] as? [Any])?.count == 33)
        let wrong = try CLIRunner.run(["export", "Graphs/ontario-lips.yaml", "--format", "node-link", "-o", folder + "/ontario.graphml"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("ends in .graphml but --format is node-link"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/ontario.graphml"))
    }
}
