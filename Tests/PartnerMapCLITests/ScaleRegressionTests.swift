import Foundation
import Testing

/// The speed-ups for large networks changed how results are computed, never what they are:
/// a seeded 600-organisation network (made by Benchmarks/generate_network.py
/// --organisations 600) gives, byte for byte, the JSON that PartnerMap gave before them
/// (Fixtures/network-600-expected, written by the version of 1 December 2026 before the work
/// on scale).
@Suite struct ScaleRegressionTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    @Test(arguments: [
        ("summary.json", ["summary", "--format", "json"]),
        ("gaps.json", ["gaps", "--format", "json"]),
        ("communities.json", ["communities", "--format", "json"]),
        ("recommend.json", ["recommend", "--top", "50", "--format", "json"]),
        ("overlap.json", ["overlap", "--top", "0", "--threshold", "0.3", "--format", "json"]),
        ("centrality.json", ["centrality", "--format", "json"]),
        ("centrality-samples-50.json", ["centrality", "--samples", "50", "--measures", "betweenness", "--format", "json"]),
    ])
    func sameOutputAsBefore(_ expected: String, _ arguments: [String]) throws {
        let folder = Self.fixtures + "/network-600"
        let run = try CLIRunner.run([arguments[0], folder] + arguments.dropFirst())
        #expect(run.status == 0, "\(run.stderr)")
        let before = try String(contentsOfFile: Self.fixtures + "/network-600-expected/" + expected, encoding: .utf8)
        #expect(run.stdout == before, "\(expected) changed")
    }
}
