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

    @Test(arguments: inputs)
    func readerSurvives(_ input: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fuzz + "/" + input))
        guard let text = String(data: data, encoding: .utf8) else { return }
        _ = try? DOTReader.plainGraph(text, name: "fuzz")
    }
}
