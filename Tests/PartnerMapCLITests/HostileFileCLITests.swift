import Foundation
import Testing

/// Hostile files as a user meets them on the command line: what a file says never acts on the
/// terminal or a spreadsheet, and no output ever destroys an input or leaves a half-written file.
@Suite struct HostileFileCLITests {
    static let example = CLIRunner.packageRoot + "/Graphs/montreal-inclusif.yaml"

    static func folder() throws -> String { try CLIRunner.scratchFolder("hostile") }

    /// Runs partnermap under a shell limit (`ulimit -f 8`, `ulimit -v 300000`): how it ended
    /// and what it said on standard error.
    static func limited(_ limit: String, _ arguments: [String]) throws -> (status: Int32, reason: Process.TerminationReason, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", limit + "; exec \"$0\" \"$@\"", CLIRunner.productsFolder.appendingPathComponent("partnermap").path] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason, message)
    }

    @Test func anOutputThatIsTheInputIsRefusedAndTheInputKept() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let network = out + "/same.yaml"
        try FileManager.default.copyItem(atPath: Self.example, toPath: network)
        let before = try Data(contentsOf: URL(fileURLWithPath: network))
        try FileManager.default.createSymbolicLink(atPath: out + "/link.yaml", withDestinationPath: "same.yaml")
        try FileManager.default.linkItem(atPath: network, toPath: out + "/hard.yaml")
        for (command, target) in [
            (["report", network], network), (["render", network, "--format", "svg"], out + "/link.yaml"), (["export", network, "--format", "dot"], out + "/hard.yaml"),
        ] {
            let run = try CLIRunner.run(command + ["-o", target])
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("\(target): is the file this command reads (\(network)); writing it would destroy your data"), "\(run.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: network)) == before)
        }
        // A file of an input CSV folder is an input too.
        let csv = out + "/csv"
        try FileManager.default.copyItem(atPath: CLIRunner.packageRoot + "/Graphs/london-middlesex-lip", toPath: csv)
        let organisations = try Data(contentsOf: URL(fileURLWithPath: csv + "/organisations.csv"))
        let run = try CLIRunner.run(["export", csv, "--format", "json", "-o", csv + "/organisations.csv"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("c’est le fichier que cette commande lit"), "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv + "/organisations.csv")) == organisations)
        // The same command writing beside its input works.
        #expect(try CLIRunner.run(["export", csv, "--format", "json", "-o", csv + "/network.json"]).status == 0)
    }

    @Test func aSymbolicLinkLoopIsRefusedAndStaysALink() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try FileManager.default.createSymbolicLink(atPath: out + "/a.svg", withDestinationPath: "b.svg")
        try FileManager.default.createSymbolicLink(atPath: out + "/b.svg", withDestinationPath: "a.svg")
        let run = try CLIRunner.run(["render", Self.example, "-o", out + "/a.svg"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("a.svg: cannot be written (Too many levels of symbolic links)"), "\(run.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: out + "/a.svg") == "b.svg")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["a.svg", "b.svg"])
    }

    @Test func aWriteStoppedByTheFileSizeLimitLeavesNoTemporaryFile() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // 8 blocks of 1 KB: far less than a report.
        let run = try Self.limited("ulimit -f 8", ["report", Self.example, "-o", out + "/report.html"])
        #expect(run.reason == .exit && run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("report.html: cannot be written (File too large)"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == [])
    }

    @Test func controlCharactersInNamesAreShownNotObeyed() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // An edge list whose names clear the screen and set the window's title.
        let edges = out + "/edges.txt"
        try "clear\u{1B}[2J hub\nhub title\u{1B}]2\u{07}pwned\u{1B}c\nhub \u{202E}txt.exe\n".write(toFile: edges, atomically: false, encoding: .utf8)
        let table = try CLIRunner.run(["centrality", edges])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(!table.stdout.contains("\u{1B}") && !table.stdout.contains("\u{07}") && !table.stdout.contains("\u{202E}"))
        #expect(table.stdout.contains("clear\\u{1b}[2J") && table.stdout.contains("\\u{202e}txt.exe"))
        // JSON keeps the names exactly (escaped as JSON escapes them).
        let json = try CLIRunner.run(["centrality", edges, "--format", "json"])
        #expect(json.stdout.contains("clear\\u001b[2J"))
        // An error message quoting the file's words (an unknown field and its suggestion).
        let yaml = out + "/n.yaml"
        try "name: N\norganisations:\n  - {id: a, type: nonprofit, \"nam\u{1B}]0;pwned\u{07}e\": A}\n".write(toFile: yaml, atomically: false, encoding: .utf8)
        let problem = try CLIRunner.run(["validate", yaml])
        #expect(problem.status == 1)
        #expect(!problem.stderr.contains("\u{1B}") && !problem.stderr.contains("\u{07}"), "\(problem.stderr)")
        // And the file's own name.
        let named = out + "/x\u{1B}[2J.yaml"
        try "name: N\norganisations: [".write(toFile: named, atomically: false, encoding: .utf8)
        let broken = try CLIRunner.run(["summary", named])
        #expect(broken.status == 1 && !broken.stderr.contains("\u{1B}") && broken.stderr.contains("x\\u{1b}[2J.yaml"), "\(broken.stderr)")
    }

    @Test func csvCellsASpreadsheetWouldRunAreNeutralised() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let edges = out + "/edges.csv"
        try "source,target\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",hub\n@SUM(A1),hub\n-2+3,hub\n\"+1 555\",hub\n".write(toFile: edges, atomically: false, encoding: .utf8)
        let csv = try CLIRunner.run(["centrality", edges, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let cells = csv.stdout.split(separator: "\n").map { String($0.split(separator: ",").first ?? "") }
        #expect(cells.contains("\"'=HYPERLINK(\"\"http://x\"\"") && cells.contains("'@SUM(A1)") && cells.contains("'-2+3") && cells.contains("'+1 555"), "\(cells)")
        // Negative numbers stay numbers; JSON keeps the text exact.
        #expect(!csv.stdout.contains("'-0") && !csv.stdout.contains("'0"))
        let json = try CLIRunner.run(["centrality", edges, "--format", "json"])
        #expect(json.stdout.contains("\"@SUM(A1)\"") && json.stdout.contains("\"=HYPERLINK("))
    }

    @Test func aGraphTooLargeToBecomeANetworkIsSaidNotAnAbort() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        // 600,000 nodes in pairs, under a 300 MB address-space limit: the graph itself fits
        // (summary reads it), the network of organisations gaps needs does not, and gaps says so
        // instead of stopping with signal 6 when an allocation fails.
        let edges = out + "/pairs.txt"
        try (0..<300_000).map { "n\(2 * $0) n\(2 * $0 + 1)" }.joined(separator: "\n").write(toFile: edges, atomically: false, encoding: .utf8)
        let gaps = try Self.limited("ulimit -v 300000", ["gaps", edges])
        #expect(gaps.reason == .exit && gaps.status == 1, "\(gaps.stderr)")
        #expect(gaps.stderr.contains("pairs.txt: this graph of 600,000 nodes needs about 400 MB as a network of organisations, and this process may use"), "\(gaps.stderr)")
        let summary = try Self.limited("ulimit -v 300000", ["summary", edges])
        #expect(summary.reason == .exit && summary.status == 0, "\(summary.stderr)")
    }

    @Test func anImportedTextWithAControlCharacterIsTheInputsProblem() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let fixture = try String(contentsOfFile: CLIRunner.packageRoot + "/Tests/PartnerMapTests/Fixtures/import/360giving.csv", encoding: .utf8)
        let grants = out + "/grants.csv"
        try fixture.replacingOccurrences(of: "Welcome circles", with: "Welcome circles\u{1B}[2J").write(toFile: grants, atomically: false, encoding: .utf8)
        let run = try CLIRunner.run(["import", grants, "-o", out + "/n.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("grants.csv: `name` holds a control character no one can see or type (\"Welcome circles\\u{1b}[2J\")"), "\(run.stderr)")
        #expect(!run.stderr.contains("n.yaml:") && !FileManager.default.fileExists(atPath: out + "/n.yaml"))
    }
}
