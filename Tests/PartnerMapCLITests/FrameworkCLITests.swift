import Foundation
import Testing

/// `partnermap framework` and the report's framework section, end to end on the shipped
/// Ontario example, whose sourced projects declare the characteristics their sources support.
@Suite struct FrameworkCLITests {
    static func characteristics(_ json: String) throws -> [[String: Any]] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(document["characteristics"] as? [[String: Any]])
    }

    static func projects(_ characteristic: [String: Any]) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: ((characteristic["projects"] as? [[String: Any]]) ?? []).map { ($0["id"] as? String ?? "", $0["how"] as? String ?? "") })
    }

    @Test func declaredAndProposedOnTheOntarioExample() throws {
        let run = try CLIRunner.run(["framework", "Graphs/ontario-lips.yaml", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let characteristics = try Self.characteristics(run.stdout)
        #expect(characteristics.count == 17)
        let byID = Dictionary(uniqueKeysWithValues: characteristics.map { ($0["id"] as? String ?? "", $0) })
        #expect(Self.projects(byID["police-and-justice"] ?? [:]) == ["policing-newcomers": "declared"])
        #expect(Self.projects(byID["links-between-actors"] ?? [:]) == ["wci-lip-action-research": "declared", "kingston-web-portal": "proposed"])
        #expect(Self.projects(byID["media-coverage"] ?? [:]) == ["north-bay-awareness": "declared"])
        #expect(byID["public-transit"]?["gap"] as? String == "characteristic-not-served")
        #expect(byID["health-care"]?["gap"] as? String == "characteristic-one-organisation")
        #expect(byID["health-care"]?["organisations"] as? [String] == ["wci"])
    }

    @Test func aLexiconAddsWords() throws {
        let folder = NSTemporaryDirectory() + "partnermap-framework-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "municipal-services\tweb portal\tportail web\n".write(toFile: folder + "/words.tsv", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["framework", "Graphs/ontario-lips.yaml", "--format", "json", "--lexicon", folder + "/words.tsv"])
        #expect(run.status == 0, "\(run.stderr)")
        let municipal = try #require(try Self.characteristics(run.stdout).first { $0["id"] as? String == "municipal-services" })
        let projects = try #require(municipal["projects"] as? [[String: Any]])
        #expect(projects.map { $0["id"] as? String } == ["kingston-web-portal"])
        #expect(projects.first?["words"] as? [String] == ["web portal"])
    }

    @Test func frenchTableAndReport() throws {
        let table = try CLIRunner.run(["framework", "Graphs/ontario-lips.yaml", "--lang", "fr"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("Caractéristiques d’une communauté accueillante (Esses et collab., 2010)\n"))
        for heading in ["Caractéristique", "Projets", "Organismes", "Secteur à la table", "Financement de ces projets", "Constat"] {
            #expect(table.stdout.contains(heading), "\(heading)")
        }
        #expect(table.stdout.contains("Relations positives avec la police et le système de justice"))

        let folder = NSTemporaryDirectory() + "partnermap-framework-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try CLIRunner.run(["report", "Graphs/ontario-lips.yaml", "--lang", "fr", "--quiet", "-o", folder + "/rapport.html"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: folder + "/rapport.html", encoding: .utf8)
        let start = try #require(html.range(of: "<section id=\"framework\">"))
        let section = String(html[start.lowerBound...]).components(separatedBy: "</section>")[0]
        #expect(section.contains("<h2>Caractéristiques d’une communauté accueillante (Esses et collab., 2010)</h2>"))
        // The matrix: one ● per declared characteristic (seven in the file), one ○ per proposal.
        let matrix = try #require(section.components(separatedBy: "<table class=\"matrix\">").last)
        #expect(matrix.components(separatedBy: ">●<").count - 1 == 7)
        let proposed = try Self.characteristics(try CLIRunner.run(["framework", "Graphs/ontario-lips.yaml", "--format", "json"]).stdout)
            .flatMap { ($0["projects"] as? [[String: Any]]) ?? [] }.filter { $0["how"] as? String == "proposed" }.count
        #expect(matrix.components(separatedBy: ">○<").count - 1 == proposed)
        #expect(proposed > 0)
        #expect(matrix.contains("<th class=\"mark\" title=\"Sécurité\"><abbr title=\"Sécurité\">15</abbr></th>"))
    }

    @Test func aMisspeltCharacteristicStopsWithoutWriting() throws {
        let folder = NSTemporaryDirectory() + "partnermap-framework-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let network = try String(contentsOfFile: CLIRunner.packageRoot + "/Graphs/ontario-lips.yaml", encoding: .utf8)
            .replacingOccurrences(of: "characteristics: [police-and-justice]", with: "characteristics: [policing]")
        try network.write(toFile: folder + "/network.yaml", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["framework", folder + "/network.yaml", "--format", "json", "-o", folder + "/out.json"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("network.yaml:124: `characteristics` names \"policing\", which is not a characteristic of a welcoming community"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.json"))
    }
}
