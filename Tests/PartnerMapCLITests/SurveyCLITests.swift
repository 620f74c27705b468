import Foundation
import Testing

/// `partnermap survey` end to end, on the shipped two-wave example.
@Suite struct SurveyCLITests {
    static let wave = "Examples/survey/waves/lakeside-2011.yaml"

    @Test func jsonHasTheDocumentedKeys() throws {
        let run = try CLIRunner.run(["survey", Self.wave, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["invited", "responded", "notResponded", "network", "organisations", "oneSided"])
        #expect(object["notResponded"] as? [String] == ["library", "chamber", "foodbank"])
        let network = try #require(object["network"] as? [String: Any])
        #expect(Set(network.keys).isSuperset(of: ["density", "degreeCentralization", "reciprocity", "trust", "value", "trustPercent", "valuePercent"]))
        let members = try #require(object["organisations"] as? [[String: Any]])
        let chamber = try #require(members.first { $0["id"] as? String == "chamber" })
        #expect(chamber["names"] is NSNull && chamber["namedBy"] as? Int == 1 && chamber["responded"] as? Bool == false)
        let oneSided = try #require(object["oneSided"] as? [[String: Any]])
        #expect(oneSided.contains { $0["from"] as? String == "employment" && $0["to"] as? String == "chamber" && $0["otherResponded"] as? Bool == false })
        let csv = try CLIRunner.run(["survey", Self.wave, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,name,responded,named_by,names,trust_received,value_received"))
        #expect(csv.stdout.split(separator: "\n").count == 13)
    }

    @Test func oneMemberAndMistakes() throws {
        let lip = try CLIRunner.run(["survey", Self.wave, "--organisation", "lip", "--lang", "fr"])
        #expect(lip.status == 0)
        #expect(lip.stdout.hasPrefix("Comment les partenaires voient Lakeside Local Immigration Partnership"))
        let unknown = try CLIRunner.run(["survey", Self.wave, "--organisation", "citty"])
        #expect(unknown.status == 1 && unknown.stderr.contains("citty is not a member of the survey (did you mean `city`?)"))
        let wrongSort = try CLIRunner.run(["survey", Self.wave, "--sort", "popularity"])
        #expect(wrongSort.status == 64 && wrongSort.stderr.contains("--sort takes one of"))
        let noSurvey = try CLIRunner.run(["survey", "Graphs/ontario-lips.yaml"])
        #expect(noSurvey.status == 1 && noSurvey.stderr.contains("holds no survey answers"))
    }

    @Test func theReportTakesATitle() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("survey-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["report", Self.wave, "--title", "Lakeside council, members' survey", "-q", "-o", out + "/r.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOfFile: out + "/r.html", encoding: .utf8)
        #expect(page.contains("<h1>Lakeside council, members&#39; survey</h1>") || page.contains("<h1>Lakeside council, members&#x27; survey</h1>"))
        #expect(page.contains("<td class=\"number low\" data-value=\"2.3333333333333335\">2.33</td>"))
    }
}
