import Foundation
import PartnerMapGraphviz
import Testing

/// The DOT fuzzer's seeds and every DOT input that ever crashed the reader
/// (`Fuzz/Regressions/FuzzDOT-NAME`): read or refused, never a crash.
@Suite struct DOTFuzzRegressionTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz").path

    static var inputs: [String] {
        let manager = FileManager.default
        let seeds = ((try? manager.contentsOfDirectory(atPath: fuzz + "/Corpus/FuzzDOT")) ?? []).map { "Corpus/FuzzDOT/" + $0 }
        let kept = ((try? manager.contentsOfDirectory(atPath: fuzz + "/Regressions")) ?? []).filter { $0.hasPrefix("FuzzDOT") }.map { "Regressions/" + $0 }
        return (seeds + kept).sorted()
    }

    @Test func thereAreSeeds() {
        #expect(Self.inputs.contains { $0.hasPrefix("Corpus/") })
    }

    /// A seed is valid DOT and must read with its nodes; a kept crash must only be survived
    /// (read or refused with Graphviz's message).
    @Test(arguments: inputs)
    func readerSurvives(_ input: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fuzz + "/" + input))
        let text = try #require(String(data: data, encoding: .utf8), "\(input) is not UTF-8")
        if input.hasPrefix("Corpus/") {
            let graph = try DOTReader.plainGraph(text, name: "fuzz")
            #expect(graph.nodes.count >= 3, "\(input) read \(graph.nodes.count) nodes")
            #expect(!graph.edges.isEmpty)
        } else {
            do {
                _ = try DOTReader.plainGraph(text, name: "fuzz")
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}
