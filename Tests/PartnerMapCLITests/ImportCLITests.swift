import Foundation
import Testing

@testable import PartnerMap

/// `partnermap import` on fixtures written to each published layout, with their traps.
@Suite struct ImportCLITests {
    static let fixtures = "Tests/PartnerMapTests/Fixtures/import/"

    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "partnermap-import-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func imported(_ arguments: [String]) throws -> (Network, String, CLIRunner.Output) {
        let out = try folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try CLIRunner.run(["import"] + arguments + ["-o", out + "/network.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out + "/network.yaml", encoding: .utf8)
        return (try NetworkLoader.network(yaml: text, file: "network.yaml"), text, run)
    }

    @Test func aPartnerSurveyBecomesConfirmedAndOneSidedTies() throws {
        let (network, _, run) = try Self.imported([Self.fixtures + "responses.csv", "--roster", Self.fixtures + "roster.csv"])
        #expect(network.organisations.map(\.responded) == [true, true, true, true, false])
        let ties = Dictionary(uniqueKeysWithValues: network.partnerships.map { ($0.organisations.joined(separator: "+"), $0) })
        let confirmed = try #require(ties["binam+femmes-parc-ex"])
        #expect(confirmed.reported == .both)
        #expect(confirmed.weight == 4)  // monthly 3 and weekly 4: 3.5, rounded half up
        #expect(confirmed.trust == 22.0 / 6)  // openness, reliability, mission of both reports
        #expect(confirmed.value == 17.0 / 6)
        let oneSided = try #require(ties["clinique+femmes-parc-ex"])
        #expect(oneSided.reported == .one && oneSided.weight == 2 && oneSided.trust == 2.5 && oneSided.value == 5.0 / 3)
        let toSilent = try #require(ties["clinique+silent"])
        #expect(toSilent.reported == .one && toSilent.weight == 1)
        #expect(run.stdout.contains("4 of 5 organisations responded (80%)"))
        #expect(run.stdout.contains("3 partnerships, 1 confirmed by both sides (33%)"))
    }

    @Test func badSurveyRowsAreReportedInFrench() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let bad = Self.fixtures + "responses-bad.csv"
        let run = try CLIRunner.run(["import", bad, "--roster", Self.fixtures + "roster.csv", "-o", out + "/network.yaml"], environment: ["LANG": "fr_CA.UTF-8"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(bad), ligne 3\u{00A0}: le partenaire «\u{00A0}femmes-parcex\u{00A0}» n’est pas dans la liste des membres (vouliez-vous dire `femmes-parc-ex`\u{202F}?)\u{202F}; ajoutez-le à la liste ou corrigez l’identifiant
                \(bad), ligne 4\u{00A0}: le répondant «\u{00A0}stranger\u{00A0}» n’est pas dans la liste des membres
                \(bad), ligne 5\u{00A0}: `frequency` vaut «\u{00A0}sometimes\u{00A0}»\u{202F}; attendu\u{00A0}: annuelle, trimestrielle, mensuelle, hebdomadaire ou quotidienne (ou yearly, quarterly, monthly, weekly, daily)
                \(bad), ligne 6\u{00A0}: `openness` vaut «\u{00A0}5\u{00A0}»\u{202F}; attendu\u{00A0}: 1 (pas du tout), 2, 3 ou 4 (beaucoup)
                \(bad), ligne 7\u{00A0}: «\u{00A0}binam\u{00A0}» a déjà évalué «\u{00A0}femmes-parc-ex\u{00A0}» à la ligne 2\u{202F}; gardez une seule réponse par partenaire
                rien n’a été écrit.

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        let good = try CLIRunner.run(["import", Self.fixtures + "responses.csv", "--roster", Self.fixtures + "roster.csv", "-o", out + "/n.yaml", "--lang", "fr"])
        #expect(good.status == 0)
        #expect(good.stdout.contains("4 organismes sur 5 ont répondu (80\u{202F}%)\n3 partenariats, dont 1 confirmé par les deux parties (33\u{202F}%)"))
        let validate = try CLIRunner.run(["validate", out + "/n.yaml", "--lang", "fr"])
        #expect(validate.stdout == "ok  \(out)/n.yaml\u{00A0}: 5 organismes, 0 projet, 3 partenariats, 0 siège, 0 versement\n")
        #expect(validate.stderr.contains(", ligne 26\u{00A0}: avertissement\u{00A0}: «\u{00A0}biblio\u{00A0}» n’a ni partenariat"))
    }

    @Test func badSurveyRowsAreAllReportedAndNothingIsWritten() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let bad = Self.fixtures + "responses-bad.csv"
        let run = try CLIRunner.run(["import", bad, "--roster", Self.fixtures + "roster.csv", "-o", out + "/network.yaml"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(bad):3: partner "femmes-parcex" is not in the roster (did you mean `femmes-parc-ex`?); add it to the roster or correct the id
                \(bad):4: respondent "stranger" is not in the roster
                \(bad):5: `frequency` is "sometimes"; expected yearly, quarterly, monthly, weekly or daily
                \(bad):6: `openness` is "5"; expected 1 (not at all), 2, 3 or 4 (a great deal)
                \(bad):7: "binam" already rated "femmes-parc-ex" on line 2; keep one answer per partner
                nothing was written.

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
        let noRoster = try CLIRunner.run(["import", Self.fixtures + "responses.csv", "-o", out + "/network.yaml"])
        #expect(noRoster.status == 1 && noRoster.stderr.contains("a survey needs its roster; add --roster roster.csv"))
    }

    @Test func canadianGrantsKeepTheLatestAmendmentNeverTheSum() throws {
        let (network, text, run) = try Self.imported([Self.fixtures + "canada-grants.csv"])
        #expect(network.funding.map(\.amount) == [180_000, 60_000, 45_000])
        #expect(network.funding.allSatisfy { $0.currency == "CAD" })
        // The department is the English part of owner_org_title.
        #expect(
            network.organisations.filter { $0.type == .federal }.map(\.name)
                == ["Immigration, Refugees and Citizenship Canada", "Employment and Social Development Canada"])
        // Two spellings of one recipient with the same business number are one organisation;
        // a recipient without one is kept by its name, accents intact.
        let recipients = network.organisations.filter { $0.type == .nonprofit }
        #expect(recipients.map(\.name) == ["Centre d'accueil Saint-Michel", "Femmes du monde à Côte-des-Neiges"])
        #expect(recipients[0].registration == "123456789" && recipients[1].registration == nil)
        #expect(network.projects[0].objectives == "Orientation, referrals and\nlanguage classes for newcomer families")
        #expect(network.projects[0].start == YearMonth(year: 2023, month: 4))
        #expect(network.projects[2].language == .fr)
        #expect(network.sources.first?.title.hasSuffix("canada-grants.csv") == true)
        #expect(network.funding.allSatisfy { $0.sources == ["gc-grants"] })
        #expect(run.stdout.contains("2 earlier amendment rows restate it and were not added"))
        // Same input, same bytes.
        let (_, again, _) = try Self.imported([Self.fixtures + "canada-grants.csv"])
        #expect(again == text)
    }

    @Test func threeSixtyGivingCSVAndJSONMergeOrganisationsByIdentifier() throws {
        let (csv, _, _) = try Self.imported([Self.fixtures + "360giving.csv"])
        #expect(csv.organisations.map(\.id) == ["fondation-du-grand-montreal", "reseau-des-femmes-d-ici-et-d-ailleurs", "club-des-devoirs-cote-des-neiges"])
        #expect(csv.organisations[1].registration == "CA-CRA_ACR-111111111")
        #expect(csv.funding.map(\.amount) == [25_000, 30_000, 12_500.5])
        #expect(csv.funding.map(\.to) == ["grant-360g-fdn-001", "grant-360g-fdn-002", "grant-360g-fdn-003"])
        #expect(csv.projects.map(\.language) == [.en, .fr, .en])
        // The two grants for the same objective, one in English and one in French, meet in overlap.
        let pairs = OverlapFinder(csv, options: .init(threshold: 0.4)).pairs
        #expect(pairs.contains { Set($0.projects) == ["grant-360g-fdn-001", "grant-360g-fdn-002"] })
        let (json, _, _) = try Self.imported([Self.fixtures + "360giving.json"])
        #expect(json.funding.map(\.amount) == [25_000, 12_500.5])
        #expect(json.organisations.map(\.name) == ["Fondation du Grand Montréal", "Réseau des femmes d'ici et d'ailleurs", "Club des devoirs Côte-des-Neiges"])
        #expect(json.projects[0].start == YearMonth(year: 2023, month: 6) && json.projects[0].end == YearMonth(year: 2024, month: 5))
    }

    @Test func aBadGrantInJSONIsReportedAtItsLine() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try """
        {"grants": [
          {"id": "g1", "title": "A", "currency": "CAD", "amountAwarded": 10,
           "recipientOrganization": [{"name": "R"}], "fundingOrganization": [{"name": "F"}]},
          {"id": "g2", "title": "B", "amountAwarded": "1,500",
           "recipientOrganization": [{"name": "R"}], "fundingOrganization": [{"name": "F"}]}
        ]}
        """.write(toFile: out + "/grants.json", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["import", out + "/grants.json", "-o", out + "/network.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(out + "/grants.json:4: grant \"g2\": the amount \"1,500\" is not an amount PartnerMap reads"))
        #expect(!FileManager.default.fileExists(atPath: out + "/network.yaml"))
    }

    @Test func mergingIntoANetworkMatchesByIDThenRegistrationThenName() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        try """
        name: Existing
        organisations:
          - {id: fgm, name: Fondation du Grand Montréal, type: funder, registration: CA-CRA_ACR-999999999}
          - {id: rfia, name: "Réseau des Femmes d'Ici et d'Ailleurs inc."}
        """.write(toFile: out + "/existing.yaml", atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["import", Self.fixtures + "360giving.csv", "--merge", out + "/existing.yaml", "-o", out + "/merged.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("matched 1 organisations by registration number"))
        #expect(run.stdout.contains("matched 1 organisations by name only; check them:\n  Réseau des femmes d'ici et d'ailleurs → rfia"))
        let merged = try NetworkLoader.loadNetwork(path: out + "/merged.yaml")
        #expect(merged.organisations.map(\.id) == ["fgm", "rfia", "club-des-devoirs-cote-des-neiges"])
        #expect(merged.funding.allSatisfy { $0.from == "fgm" })
        #expect(merged.projects[0].organisations == ["rfia"])
    }

    @Test func formatsAreToldApartByContent() {
        #expect(ImportFormat.detect(path: Self.fixturePath("canada-grants.csv")) == .canadaGrants)
        #expect(ImportFormat.detect(path: Self.fixturePath("360giving.csv")) == .threeSixtyGivingCSV)
        #expect(ImportFormat.detect(path: Self.fixturePath("360giving.json")) == .threeSixtyGivingJSON)
        #expect(ImportFormat.detect(path: Self.fixturePath("responses.csv")) == .survey)
        #expect(ImportFormat.detect(path: Self.fixturePath("roster.csv")) == nil)
        #expect(ImportFormat.detect(path: Self.fixturePath("kumu.json")) == .kumuJSON)
        #expect(ImportFormat.detect(path: Self.fixturePath("kumu-elements.csv")) == .kumuElements)
        #expect(ImportFormat.detect(path: Self.fixturePath("kumu-connections.csv")) == .kumuConnections)
        #expect(ImportFormat.detect(path: CLIRunner.packageRoot + "/Tests/PartnerMapTests/Fixtures/graphml/partners.graphml") == .graphML)
    }

    @Test func summaryReportAndConfirmedUseTheSurvey() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let imported = try CLIRunner.run(["import", Self.fixtures + "responses.csv", "--roster", Self.fixtures + "roster.csv", "-o", out + "/survey.yaml"])
        #expect(imported.status == 0)
        let summary = try CLIRunner.run(["summary", out + "/survey.yaml"])
        #expect(summary.stdout.contains("survey responses    4 of 5 (80%); not responded: silent"))
        #expect(summary.stdout.contains("ties confirmed      1 of 3 (33%) named by both sides"))
        #expect(summary.stdout.contains("mean trust          2.61"))
        let json = try CLIRunner.run(["summary", out + "/survey.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let survey = try #require(object["survey"] as? [String: Any])
        #expect(survey["responded"] as? Int == 4 && survey["confirmedTies"] as? Int == 1 && survey["notResponded"] as? [String] == ["silent"])
        // --confirmed keeps the one tie both sides named.
        let confirmed = try CLIRunner.run(["centrality", out + "/survey.yaml", "--confirmed", "--format", "json"])
        let centrality = try #require(try JSONSerialization.jsonObject(with: Data(confirmed.stdout.utf8)) as? [String: Any])
        let nodes = try #require(centrality["nodes"] as? [[String: Any]])
        #expect(nodes.filter { ($0["degree"] as? Double ?? 0) > 0 }.compactMap { $0["id"] as? String }.sorted() == ["binam", "femmes-parc-ex"])
        let report = try CLIRunner.run(["report", out + "/survey.yaml", "--lang", "fr", "-o", out + "/rapport.html"])
        #expect(report.status == 0)
        let page = try String(contentsOfFile: out + "/rapport.html", encoding: .utf8)
        // Survey results come first, in their own section: who answered, every member's scores.
        #expect(page.contains("<h2>Résultats du sondage auprès des partenaires</h2>"))
        #expect(
            page.contains("Répondants\u{00A0}: 4 sur 5 (80\u{202F}%)\u{202F}; n’ont pas répondu\u{00A0}: Organisme qui n&#39;a pas répondu")
                || page.contains("Répondants\u{00A0}: 4 sur 5 (80\u{202F}%)\u{202F}; n’ont pas répondu\u{00A0}: Organisme qui n&#x27;a pas répondu"))
        #expect(page.contains("<dt>Réciprocité</dt>"))
        #expect(page.contains("<span class=\"tag lost\">n’a pas répondu</span>"))
        // Nothing to show, nothing shown: no projects, no funding.
        #expect(!page.contains("<section id=\"overlap\">") && !page.contains("<section id=\"funding\">"))
        // A second wave in which the clinic answers and confirms its tie: compare says so.
        try String(contentsOfFile: CLIRunner.packageRoot + "/" + Self.fixtures + "responses.csv", encoding: .utf8)
            .appending("clinique,femmes-parc-ex,monthly,3,3,3,2,2,2\n").write(toFile: out + "/wave2.csv", atomically: true, encoding: .utf8)
        _ = try CLIRunner.run(["import", out + "/wave2.csv", "--roster", Self.fixtures + "roster.csv", "-o", out + "/wave2.yaml"])
        let compare = try CLIRunner.run(["compare", out + "/survey.yaml", out + "/wave2.yaml", "--format", "json"])
        let change = try #require(try JSONSerialization.jsonObject(with: Data(compare.stdout.utf8)) as? [String: Any])
        let measures = try #require(change["measures"] as? [String: [String: Any]])
        #expect(measures["confirmed-ties"]?["old"] as? Double == 1.0 / 3 && measures["confirmed-ties"]?["new"] as? Double == 2.0 / 3)
        #expect(measures["response-rate"]?["old"] as? Double == 0.8 && measures["response-rate"]?["new"] as? Double == 0.8)
    }

    @Test func kumuBlueprintAndSpreadsheetBecomeOrganisationsAndPartnerships() throws {
        let (json, _, _) = try Self.imported([Self.fixtures + "kumu.json"])
        #expect(json.organisations.map(\.name) == ["Maison d'Haïti", "Ville de Montréal", "Fondation \"Soleil\""])
        #expect(json.organisations.map(\.type) == [.nonprofit, .municipal, .funder])
        #expect(json.organisations[0].sectors == ["settlement", "youth"])
        #expect(json.partnerships.map(\.organisations) == [["maison-d-haiti", "ville-de-montreal"], ["fondation-soleil", "maison-d-haiti"]])
        #expect(json.partnerships.map(\.weight) == [4, 1] && json.partnerships[0].type == "agreement")
        let (sheets, _, _) = try Self.imported([Self.fixtures + "kumu-elements.csv", Self.fixtures + "kumu-connections.csv"])
        #expect(sheets.organisations.map(\.id) == ["maison-d-haiti", "ville-de-montreal", "bibliotheque"])
        #expect(sheets.partnerships.map(\.weight) == [4, 2])
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let bad = try CLIRunner.run(["import", Self.fixtures + "kumu-elements.csv", Self.fixtures + "kumu-connections-bad.csv", "-o", out + "/k.yaml"])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix(Self.fixtures + "kumu-connections-bad.csv:3: `to` names \"Maison d'Haiti\", which is not an element (did you mean `Maison d'Haïti`?)"))
        let alone = try CLIRunner.run(["import", Self.fixtures + "kumu-elements.csv", "-o", out + "/k.yaml"])
        #expect(alone.status == 1 && alone.stderr.contains("needs its Connections sheet"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).isEmpty)
    }

    @Test func graphMLImportsAndRendersAsANetwork() throws {
        let (network, _, run) = try Self.imported(["Tests/PartnerMapTests/Fixtures/graphml/partners.graphml"])
        #expect(network.organisations.count == 5 && network.partnerships.count == 4)
        #expect(run.stdout.contains("read 5 nodes and 4 edges"))
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let render = try CLIRunner.run(["render", "Tests/PartnerMapTests/Fixtures/graphml/partners.gexf", "-o", out + "/map.svg"])
        #expect(render.status == 0, "\(render.stderr)")
        let svg = try String(contentsOfFile: out + "/map.svg", encoding: .utf8)
        #expect(svg.contains("Clinique &lt;Saint&#45;Michel&gt; &amp; co") || svg.contains("Clinique &lt;Saint-Michel&gt; &amp; co"))
    }

    static func fixturePath(_ name: String) -> String { CLIRunner.packageRoot + "/" + fixtures + name }
}
