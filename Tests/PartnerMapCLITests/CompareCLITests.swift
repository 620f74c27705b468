import Foundation
import Testing

/// `partnermap compare` and `--as-of` as a coordinator runs them, on the shipped waves.
@Suite struct CompareCLITests {
    static let wave2010 = "Examples/time/ontario-lips-2010.yaml"
    static let wave2011 = "Examples/time/ontario-lips-2011.yaml"
    static let timeline = "Examples/time/ontario-lips-timeline.yaml"

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-compare-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func twoWavesAndTwoYearsOfOneFileAgree() throws {
        let files = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "--format", "json"])
        let years = try CLIRunner.run(["compare", Self.timeline, "--years", "2010", "2011", "--format", "json"])
        #expect(files.status == 0 && years.status == 0, "\(files.stderr)\(years.stderr)")
        var a = try #require(try JSONSerialization.jsonObject(with: Data(files.stdout.utf8)) as? [String: Any])
        var b = try #require(try JSONSerialization.jsonObject(with: Data(years.stdout.utf8)) as? [String: Any])
        // The waves are named by what tells their names apart, not by their files.
        #expect(a["old"] as? String == "2010" && b["old"] as? String == "2010")
        for key in ["old", "new"] {
            a[key] = nil
            b[key] = nil
        }
        #expect(NSDictionary(dictionary: a).isEqual(to: b))
        let organisations = try #require(a["organisations"] as? [String: [String]])
        // The sources date nothing to 2011 alone (OCASI is in the 2010 workshop report already):
        // no organisation joins, and what changes is illustrative.
        #expect(organisations == ["joined": [], "left": []])
        let ties = try #require(a["ties"] as? [String: [[String]]])
        #expect(ties["gained"] == [["ottawa-lip", "reseau-est"]])
        #expect(ties["stronger"] == [["reseau-nord", "sudbury-lip"]])
        #expect(ties["lost"] == [] && ties["weaker"] == [])
        let funding = try #require(a["funding"] as? [[String: Any]])
        #expect(funding.count == 1 && funding[0]["funder"] as? String == "mci" && funding[0]["new"] as? Double == 100_000)
    }

    @Test func theTableSpeaksInSentences() throws {
        let run = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011])
        #expect(run.status == 0)
        // The waves by what tells their names apart ("…, 2010", "…, 2011"), not by their files.
        #expect(run.stdout.hasPrefix("From 2010 to 2011:\n"))
        // Every change rests on illustrative entries, and says so as findings do.
        #expect(run.stdout.contains("\nPartnerships: 1 tie formed and 1 grew stronger. [illustrative]\n"))
        #expect(run.stdout.contains("Ontario Ministry of Citizenship and Immigration (mci)'s funding rose from $0 to $100,000. [illustrative]"))
        #expect(run.stdout.contains("Ottawa LIP (ottawa-lip)'s share of shortest paths rose from 10% to 52% (rank 5 → 1). [illustrative]"))
        #expect(run.stdout.contains("\nconnected groups                        3      2\n"))
        let french = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "--lang", "fr"])
        // French typography: a no-break space before the colon.
        #expect(french.stdout.contains("Partenariats\u{00A0}: 1 lien formé et 1 renforcé. [illustratif]"))
        #expect(!french.stdout.contains(" :") && !french.stdout.contains(" ;"))
        // Ranks in words, money as Québec writes it, names introduced when no article is known.
        #expect(
            french.stdout.contains(
                "La part des plus courts chemins qui passent par l’organisme Ottawa LIP (ottawa-lip) est passée de 10\u{202F}% à 52\u{202F}% (du 5e au 1er rang)."))
        #expect(french.stdout.contains("est passé de 0\u{00A0}$ à 100\u{202F}000\u{00A0}$."))
        #expect(french.stdout.hasPrefix("De 2010 à 2011\u{00A0}:"))
    }

    @Test func asOfKeepsWhatWasInPlaceOnEveryCommand() throws {
        let in2010 = try CLIRunner.run(["summary", Self.timeline, "--as-of", "2010", "--format", "json"])
        let in2011 = try CLIRunner.run(["summary", Self.timeline, "--as-of", "2011", "--format", "json"])
        let a = try #require(try JSONSerialization.jsonObject(with: Data(in2010.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(in2011.stdout.utf8)) as? [String: Any])
        #expect(a["organisations"] as? Int == 36 && b["organisations"] as? Int == 36)
        #expect(a["partnerships"] as? Int == 17 && b["partnerships"] as? Int == 18)
        let gaps = try CLIRunner.run(["gaps", Self.timeline, "--as-of", "2010", "--format", "csv"])
        #expect(gaps.status == 0 && gaps.stdout.contains("disconnected-component,cic;mci;wci;ocasi;"))
        // In 2011 the round table joins that group to the main network.
        let later = try CLIRunner.run(["gaps", Self.timeline, "--as-of", "2011", "--format", "csv"])
        #expect(later.status == 0 && !later.stdout.contains("disconnected-component,cic;"))
        let edges = try CLIRunner.run(["summary", "Tests/PartnerMapTests/Fixtures/centrality/karate.edges", "--as-of", "2010"])
        #expect(edges.status == 1 && edges.stderr.contains("--sector, --type, --area and --council need a network file"))
    }

    @Test func changeMapIsDrawnInEitherLanguageTheSameEveryRun() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let svg = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "--lang", "fr", "-o", out + "/carte.svg"])
        #expect(svg.status == 0, "\(svg.stderr)")
        let text = try String(contentsOfFile: out + "/carte.svg", encoding: .utf8)
        #expect(text.contains("<title>ocasi</title>") && text.contains("<title>mci</title>"))
        #expect(text.contains("Légende") && text.contains(">lien formé<"))
        #expect(text.contains("stroke=\"#009e73\"") || text.contains("stroke=\"#009E73\""))
        // Same input, same bytes.
        _ = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "--lang", "fr", "-o", out + "/again.svg"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/again.svg")) == Data(text.utf8))
        let png = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "-o", out + "/map.png"])
        #expect(png.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/map.png")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func hostileNamesStayTextInTheChangeReport() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try """
        organisations:
          - {id: a, name: "A \\"] [label=pwned] <script>alert(1)</script>"}
          - {id: b, name: B}
          - {id: gone, name: "Gone & <b>bold</b>"}
        partnerships:
          - {organisations: [a, b]}
          - {organisations: [a, gone]}
        """.write(toFile: out + "/old.yaml", atomically: true, encoding: .utf8)
        try """
        organisations:
          - {id: a, name: "A \\"] [label=pwned] <script>alert(1)</script>"}
          - {id: b, name: B}
        partnerships:
          - {organisations: [a, b], weight: 3}
        """.write(toFile: out + "/new.yaml", atomically: true, encoding: .utf8)
        let html = try CLIRunner.run(["compare", out + "/old.yaml", out + "/new.yaml", "-o", out + "/c.html"])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOfFile: out + "/c.html", encoding: .utf8)
        #expect(!page.contains("<script>alert(1)") && !page.contains("<b>bold</b>"))
        #expect(page.contains("1 organisation left: Gone &amp; &lt;b&gt;bold&lt;/b&gt; (gone)."))
    }

    @Test func changeReportIsOneSelfContainedPageInEitherLanguage() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let english = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "-o", out + "/change.html"])
        #expect(english.status == 0, "\(english.stderr)")
        let page = try String(contentsOfFile: out + "/change.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<html lang=\"en\">"))
        for section in ["changes", "map", "ties", "gaps", "scores", "brokers"] { #expect(page.contains("<section id=\"\(section)\">")) }
        #expect(page.contains("<svg") && !page.contains("<?xml"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http"))
        let french = try CLIRunner.run(["compare", Self.timeline, "--years", "2010", "2011", "--lang", "fr", "-o", out + "/rapport.html"])
        #expect(french.status == 0)
        let rapport = try String(contentsOfFile: out + "/rapport.html", encoding: .utf8)
        #expect(rapport.contains("<html lang=\"fr\">") && rapport.contains("Ce qui a changé") && rapport.contains("lien formé"))
        // French typography and words in the change report too, and the marks.
        #expect(rapport.contains("Partenariats\u{00A0}: 1 lien formé et 1 renforcé. [illustratif]"))
        // What the sources alone support: nothing changed.
        let sourced = try CLIRunner.run(["compare", Self.timeline, "--years", "2010", "2011", "--sourced-only"])
        #expect(sourced.stdout.contains("Nothing changed: the same organisations, ties, funding and gaps.") && !sourced.stdout.contains("[illustrative]"))
    }

    @Test func wrongUseIsExplained() throws {
        let one = try CLIRunner.run(["compare", Self.wave2010])
        #expect(one.status == 64 && one.stderr.contains("give two files to compare, or one file and --years THEN NOW"))
        let asOf = try CLIRunner.run(["compare", Self.wave2010, Self.wave2011, "--as-of", "2010"])
        #expect(asOf.status == 64 && asOf.stderr.contains("compare takes --years, not --as-of"))
    }
}
