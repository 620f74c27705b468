import Foundation
import Testing

/// The work on national grants files (a faster YAML reader, a faster import, the overlap's
/// candidate check) changes how results are computed, never what they are: a seeded 5,000-grant
/// 360Giving file (Fixtures/grants-5000/grants.csv, made by `python3 Benchmarks/generate_grants.py
/// grants.csv --grants 5000 --seed 1`) imports to the same network file and gives the same
/// analyses, byte for byte, as recorded in Fixtures/grants-5000/expected.txt (each output's size
/// and FNV-1a digest; the outputs themselves are megabytes).
///
/// `PARTNERMAP_RECORD=1 swift test --filter GrantsScaleRegressionTests` records today's outputs,
/// for a change meant to alter them.
@Suite struct GrantsScaleRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/grants-5000").path

    /// FNV-1a, 64 bits: enough to tell that an output changed, and the same on every platform.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    @Test func importAndAnalysesGiveTheSameBytes() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("grants-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let network = scratch + "/grants.yaml"
        let imported = try CLIRunner.run(["import", Self.folder + "/grants.csv", "-o", network])
        #expect(imported.status == 0, "\(imported.stderr)")
        var outputs: [(String, String)] = [("import.yaml", try String(contentsOfFile: network, encoding: .utf8))]
        for arguments in [["summary"], ["gaps"], ["communities"], ["recommend", "--top", "50"], ["overlap", "--top", "0"]] {
            let run = try CLIRunner.run([arguments[0], network] + arguments.dropFirst() + ["--format", "json"])
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
            outputs.append((arguments[0] + ".json", run.stdout))
        }
        let now = outputs.map { "\($0.0) \($0.1.utf8.count) \(Self.digest($0.1))" }.joined(separator: "\n") + "\n"
        let expectedPath = Self.folder + "/expected.txt"
        if ProcessInfo.processInfo.environment["PARTNERMAP_RECORD"] == "1" {
            try now.write(toFile: expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(now == expected, "outputs changed; if on purpose, re-record with PARTNERMAP_RECORD=1")
        // The file is what a national file is made of: placeholder titles, copied descriptions.
        #expect(outputs[0].1.contains("grant-360g-"), "grants became projects")
    }
}
