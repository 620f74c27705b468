import Foundation
import Testing

/// Small slips a new user met: each output says what the others say, and every message points
/// at its place.
@Suite struct LooseEndsCLITests {
    static func folder() throws -> String { try CLIRunner.scratchFolder("loose") }

    @Test func centralityJSONCarriesEveryNoteTheTableSays() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let edges = out + "/pieces.txt"
        try "a b\nb c\nx y\n".write(toFile: edges, atomically: false, encoding: .utf8)
        let table = try CLIRunner.run(["centrality", edges])
        let json = try CLIRunner.run(["centrality", edges, "--format", "json"])
        #expect(table.status == 0 && json.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let notes = document?["notes"] as? [String] ?? []
        #expect(notes.count == 1, "\(json.stdout)")
        for note in notes { #expect(table.stdout.replacingOccurrences(of: "\n", with: " ").contains(note), "\(note)") }
        // One piece: no note.
        try "a b\nb c\n".write(toFile: edges, atomically: false, encoding: .utf8)
        let whole = try CLIRunner.run(["centrality", edges, "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])?["notes"] as? [String] == [])
    }

    @Test func aTruncatedJSONFileSaysWhereItEnds() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let file = out + "/cut.json"
        try "{\"name\": \"x\",\n \"organisations\": [{\"id\": \"a\",\n  \"name\": \"A\",".write(toFile: file, atomically: false, encoding: .utf8)
        let run = try CLIRunner.run(["validate", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("cut.json:3: not valid JSON: the file ends here (column 15) before its JSON is complete; is it cut short?"), "\(run.stderr)")
    }

    @Test func edgeListQuotedIDsWithDoubledQuotesReadAfterAHeader() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (name, text) in [
            ("comma.csv", "source,target\n\"The \"\"Best\"\" Shelter\",hub\n"), ("weight.csv", "Source,Target,Weight\r\n\"The \"\"Best\"\", Shelter\",hub,2\r\n"),
            ("space.txt", "from to\n\"The \"\"Best\"\" Shelter\" hub\n"), ("tab.tsv", "source\ttarget\n\"The \"\"Best\"\" Shelter\"\thub\n"),
        ] {
            let file = out + "/" + name
            try text.write(toFile: file, atomically: false, encoding: .utf8)
            let run = try CLIRunner.run(["centrality", file, "--format", "csv"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stdout.contains("\"The \"\"Best\"\"") && run.stdout.split(separator: "\n").count == 3, "\(name): \(run.stdout)")
        }
    }

    @Test func figuresThatRestOnIllustrativeEntriesAreTagged() throws {
        // Montréal's grants are illustrative (the source names no recipient): the overview's
        // funding and years say so; what the sourced entries alone give stays untagged.
        let report = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "-o", "-"])
        #expect(report.status == 0)
        let tag = " <span class=\"tag illustrative\">illustrative</span>"
        #expect(report.stdout.contains("<dt>Funding entering the network</dt><dd>$715,000\(tag)</dd>"))
        #expect(report.stdout.contains("<dt>Years covered</dt><dd>2018–2022\(tag)</dd>"))
        #expect(report.stdout.contains("<dt>Connected groups</dt><dd>3</dd>"))
        let sourced = try CLIRunner.run(["report", "Graphs/montreal-inclusif.yaml", "--sourced-only", "-o", "-"])
        let facts = sourced.stdout.components(separatedBy: "<dl class=\"facts\">")[1].components(separatedBy: "</dl>")[0]
        #expect(!facts.contains("illustrative") && facts.contains("<dt>Funding entering the network</dt><dd>—</dd>"), "\(facts)")
    }
}
