import Foundation
import PartnerMap
import Testing

/// The `partnermap` executable end to end: exit status, standard output and standard error.
@Suite struct CLITests {
    @Test func validatePassesEveryShippedExample() throws {
        let examples =
            try FileManager.default.contentsOfDirectory(atPath: CLIRunner.packageRoot + "/Graphs")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Graphs/" + $0 } + ["Graphs/london-middlesex-lip"]
        let output = try CLIRunner.run(["validate"] + examples)
        #expect(output.status == 0, "\(output.stderr)")
        // The examples keep organisations without ties, as the sources leave them, to show what `gaps` finds.
        #expect(
            output.stderr == """
                Graphs/allies-learning-exchange.yaml:49: warning: "hireimmigrants-site" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone
                Graphs/london-middlesex-lip.yaml:156: warning: "faith-group" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone
                Graphs/montreal-inclusif.yaml:164: warning: "clinique-droits" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone
                Graphs/london-middlesex-lip/organisations.csv:20: warning: "faith-group" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone

                """)
        #expect(output.stdout.split(separator: "\n").count == examples.count)
        let strict = try CLIRunner.run(["validate", "--strict", "Graphs/montreal-inclusif.yaml"])
        #expect(strict.status == 1)
        #expect(strict.stderr.hasPrefix("Graphs/montreal-inclusif.yaml:164: \"clinique-droits\" is in no partnership"))
        #expect(output.stdout.contains("ok  Graphs/montreal-inclusif.yaml: 15 organisations, 7 projects"))
    }

    @Test func validateReportsEveryProblemAndExitsOne() throws {
        let folder = NSTemporaryDirectory() + "partnermap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bad = folder + "/bad.yaml"
        try """
        organisations:
          - id: a
            name: A
        partnerships:
          - organisations: [a, b]
            weight: 12
        """.write(toFile: bad, atomically: true, encoding: .utf8)
        let good = CLIRunner.packageRoot + "/Graphs/ontario-lips.yaml"
        let output = try CLIRunner.run(["validate", bad, good])
        #expect(output.status == 1)
        #expect(
            output.stderr == """
                \(bad):5: `organisations` names "b", which is not an organisation in this file
                \(bad):6: weight 12 is outside 1 (weak) to 5 (strong)
                1 of 2 files have problems.

                """)
        #expect(output.stdout.hasPrefix("ok  \(good)"))
    }

    @Test func malformedAndBinaryInputsExitOneWithoutCrashing() throws {
        let folder = NSTemporaryDirectory() + "partnermap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cases: [(String, Data, String)] = [
            ("broken.yaml", Data("organisations:\n  - id: a\n   name: A\n".utf8), "broken.yaml:3: not valid YAML"),
            ("broken.json", Data("{\"organisations\": [}".utf8), "broken.json:1: not valid JSON"),
            ("empty.yaml", Data(), "empty.yaml: the file is empty"),
            ("image.yaml", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), "image.yaml: this looks like a binary file"),
            (
                "bomb.yaml",
                Data(
                    ("a: &a [x,x,x,x,x,x,x,x,x,x]\n"
                        + (1...8).map { "a\($0): &a\($0) [" + Array(repeating: $0 == 1 ? "*a" : "*a\($0 - 1)", count: 10).joined(separator: ",") + "]\n" }.joined()).utf8),
                "bomb.yaml:"
            ),
            ("deep.yaml", Data(("x: " + String(repeating: "[", count: 50_000)).utf8), "deep.yaml:1: lists and mappings are nested more than 64 levels"),
        ]
        for (name, data, expected) in cases {
            let path = folder + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            for command in ["validate", "summary"] {
                let output = try CLIRunner.run([command, path])
                #expect(output.status == 1, "\(command) \(name): \(output.stderr)")
                #expect(output.stderr.contains(folder + "/" + expected), "\(command) \(name): \(output.stderr)")
                #expect(output.stdout.isEmpty)
            }
        }
        // A folder given to import, with or without --from, used to trap inside Foundation (signal 4).
        for arguments in [["import", folder, "-o", folder + "/out.yaml"], ["import", folder, "--from", "graphml", "-o", folder + "/out.yaml"]] {
            let output = try CLIRunner.run(arguments)
            #expect(output.status == 1, "\(arguments): \(output.stderr)")
            #expect(output.stderr.contains(folder + ": is a folder; import reads files"))
            #expect(!FileManager.default.fileExists(atPath: folder + "/out.yaml"))
        }
    }

    @Test func summaryTableAndJSON() throws {
        let table = try CLIRunner.run(["summary", "Graphs/montreal-inclusif.yaml"])
        #expect(table.status == 0)
        // The network's English name (`nameEn`) in an English summary.
        #expect(table.stdout.hasPrefix("An inclusive Montréal — newcomer integration network\n"))
        // One meaning of isolated everywhere: no tie of any kind, money included.
        #expect(table.stdout.contains("  isolated            1: clinique-droits  (no partnership, seat, shared project or funding tie)"))
        #expect(table.stdout.contains("  funding only        1: newcomer-women-network  (money given or received, but no partnership, seat or shared project)"))
        // The grants are illustrative, so is the City's total.
        #expect(table.stdout.contains("ville-de-montreal  City of Montréal [illustrative]"))

        let json = try CLIRunner.run(["summary", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["organisations"] as? Int == 15)
        #expect(object["components"] as? Int == 3)
        let funders = try #require(object["funders"] as? [[String: Any]])
        #expect(funders.first?["funder"] as? String == "ville-de-montreal")
        #expect(funders.first?["total"] as? Double == 715_000)
        #expect(funders.first?["illustrative"] as? Bool == true)
        #expect(object["isolated"] as? [String] == ["clinique-droits"])
        let again = try CLIRunner.run(["summary", "Graphs/montreal-inclusif.yaml", "--format", "json"])
        #expect(again.stdout == json.stdout)
    }

    @Test func summaryOfAnEdgeList() throws {
        let folder = NSTemporaryDirectory() + "partnermap-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "a b\nb c\nd\n".write(toFile: folder + "/g.edges", atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["summary", folder + "/g.edges", "--format", "json"])
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["nodes"] as? Int == 4)
        #expect(object["ties"] as? Int == 2)
        #expect(object["isolated"] as? [String] == ["d"])
    }

    @Test func helpReadsLikeAManPage() throws {
        let root = try CLIRunner.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("EXAMPLES:"))
        #expect(root.stdout.contains("validate") && root.stdout.contains("summary"))
        let validate = try CLIRunner.run(["validate", "--help"])
        #expect(validate.stdout.contains("partnermap validate Graphs/*.yaml"))
    }

    @Test func libraryExampleProgramRuns() throws {
        let output = try CLIRunner.run(["Graphs/ontario-lips.yaml"], executable: "LibraryUsage")
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("36 organisations"))
        #expect(output.stdout.contains("most connected: london-lip (5 ties)"), "\(output.stdout)")
        let gaps = GapFinder(try NetworkLoader.loadNetwork(path: CLIRunner.packageRoot + "/Graphs/ontario-lips.yaml")).gaps
        #expect(output.stdout.contains("gaps: \(gaps.filter { $0.kind == gaps[0].kind }.count) \(gaps[0].kind.rawValue)"), "\(output.stdout)")
    }
}
