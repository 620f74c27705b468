import Foundation
import Testing

/// Warnings stay readable on a national file: ten of each kind, then how many more, in the
/// reader's language; `--strict` still lists every one, as a problem.
@Suite struct WarningSummaryCLITests {
    @Test func tenOfEachKindThenACount() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("warnings-\(UUID().uuidString).yaml").path
        var yaml = "organisations:\n  - {id: a, name: A}\n  - {id: b, name: B}\npartnerships:\n  - {organisations: [a, b]}\nprojects:\n"
        for i in 0..<13 { yaml += "  - {id: p\(i), name: Project \(i), organisations: [a]}\n" }
        try yaml.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try CLIRunner.run(["validate", file])
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("has no `objectives` nor `themes`") }.count == 10, "\(run.stderr)")
        #expect(lines.contains("… and 3 more warnings like these (`--strict` lists each of them as a problem)"), "\(run.stderr)")
        let french = try CLIRunner.run(["validate", file, "--lang", "fr"])
        #expect(
            french.stderr.contains("… et 3\u{A0}autres avertissements du même genre") || french.stderr.contains("… et 3 autres avertissements du même genre"), "\(french.stderr)")
        let strict = try CLIRunner.run(["validate", file, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderr.split(separator: "\n").filter { $0.contains("has no `objectives` nor `themes`") }.count == 13)
        // Problems too are said three times, then counted; `--strict` lists every one.
        var broken = "organisations:\n"
        for i in 0..<13 { broken += "  - {id: o\(i), name: O\(i), type: weird}\n" }
        try broken.write(toFile: file, atomically: true, encoding: .utf8)
        let problems = try CLIRunner.run(["validate", file])
        #expect(problems.status == 1)
        #expect(problems.stderr.split(separator: "\n").filter { $0.contains("`type` is \"weird\"") }.count == 3, "\(problems.stderr)")
        #expect(problems.stderr.contains("… and 10 more problems like the three above (lines 5 to 14); `--strict` lists every one"), "\(problems.stderr)")
        let every = try CLIRunner.run(["validate", file, "--strict"])
        #expect(every.stderr.split(separator: "\n").filter { $0.contains("`type` is \"weird\"") }.count == 13)
    }
}
