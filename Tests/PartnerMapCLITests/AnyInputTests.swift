import Foundation
import Testing

/// Every command reads every graph format: DOT and edge lists become networks (nodes as
/// organisations, ties as partnerships) for the commands that need one, as GraphML does.
@Suite struct AnyInputTests {
    @Test func everyCommandReadsDOTAndEdgeLists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("any-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "graph G {\n  a [label=\"Agency A\"]\n  a -- b -- c\n  c -- d\n}\n".write(toFile: folder + "/g.dot", atomically: true, encoding: .utf8)
        try "source,target\na,b\nb,c\nc,d\n".write(toFile: folder + "/g.csv", atomically: true, encoding: .utf8)
        for file in ["g.dot", "g.csv"] {
            let path = folder + "/" + file
            for arguments in [
                ["gaps", path], ["recommend", path], ["overlap", path], ["export", path, "--format", "graphml"],
                ["render", path, "-o", folder + "/m-\(file).svg"], ["report", path, "-q", "-o", folder + "/r-\(file).html"],
            ] {
                let run = try CLIRunner.run(arguments)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
                #expect(!run.stderr.contains("edge list, and this command needs"), "\(arguments)")
            }
            let gaps = try CLIRunner.run(["gaps", path, "--format", "json"])
            #expect(gaps.stdout.contains("single-point-of-failure"), "\(file)")
        }
        // The DOT label is the organisation's name.
        let report = try String(contentsOfFile: folder + "/r-g.dot.html", encoding: .utf8)
        #expect(report.contains("Agency A"))
        let compare = try CLIRunner.run(["compare", folder + "/g.dot", folder + "/g.csv"])
        #expect(compare.status == 0, "\(compare.stderr)")
    }
}
