import Foundation
import Testing

@Suite struct OverlapCLITests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try CLIRunner.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    @Test func montrealFindsTheParcExtensionDuplicateAcrossLanguages() throws {
        let object = try Self.json(["overlap", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let first = try #require(pairs.first)
        #expect(first["projects"] as? [String] == ["femmes-autonomie", "women-connect"])
        #expect(first["class"] as? String == "duplicate")
        #expect(first["sameArea"] as? String == "Parc-Extension")
        let shared = try #require(first["shared"] as? [String])
        #expect(shared.contains("concept:isolation") && shared.contains("concept:women"), "\(shared)")
        // One is given in French, the other in English: side by side on purpose, not to merge.
        #expect(
            (first["action"] as? String)?.hasPrefix(
                "Same objective in Parc-Extension at the same time, one service in French and one in English: services in each official language usually exist side by side on purpose; coordinate (referrals, shared outreach), do not merge"
            ) == true)
        // The Saint-Michel circle serves the same objective elsewhere.
        let twin = pairs.first { ($0["projects"] as? [String])?.contains("femmes-saint-michel") == true }
        #expect(twin?["class"] as? String == "twin")
        #expect(object["clusters"] as? [[String]] == [["femmes-autonomie", "women-connect", "femmes-saint-michel"]])
        let scores = pairs.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func alliesFindsTheMentoringTwins() throws {
        let object = try Self.json(["overlap", "Graphs/allies-learning-exchange.yaml", "--format", "json"])
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        let mentoring = pairs.first { Set($0["projects"] as? [String] ?? []) == ["edmonton-mentoring-program", "calgary-coordinated-mentoring"] }
        #expect(mentoring?["class"] as? String == "twin")
    }

    @Test func tableSaysWhatToDo() throws {
        let output = try CLIRunner.run(["overlap", "Graphs/montreal-inclusif.yaml"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("1. DUPLICATE"))
        #expect(output.stdout.contains("→ Same objective in Parc-Extension at the same time, one service in French and one in English"))
        #expect(output.stdout.contains("Clusters of three or more projects with the same objective:"))
    }

    @Test func thresholdZeroListsMore() throws {
        let all = try Self.json(["overlap", "Graphs/montreal-inclusif.yaml", "--threshold", "0", "--top", "0", "--format", "json"])
        let some = try Self.json(["overlap", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        #expect((all["pairs"] as? [Any])?.count ?? 0 > (some["pairs"] as? [Any])?.count ?? 0)
    }

    @Test func badThresholdAndBadLexicon() throws {
        let usage = try CLIRunner.run(["overlap", "Graphs/montreal-inclusif.yaml", "--threshold", "2"])
        #expect(usage.status == 64)
        let folder = NSTemporaryDirectory() + "partnermap-lexicon-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "food\tfood, groceries\n".write(toFile: folder + "/lexicon.tsv", atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["overlap", "Graphs/montreal-inclusif.yaml", "--lexicon", folder + "/lexicon.tsv"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("\n" + folder + "/lexicon.tsv:1: expected `concept<TAB>English terms<TAB>French terms`, found 2 columns"))
    }
}
