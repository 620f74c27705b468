import Foundation
import Testing

/// `partnermap funding` as a program officer runs it: on a grants file as published (no
/// import), in English and in French, as JSON with its documented keys, as a chart, and
/// refusing what it cannot do with the command line's usage status.
@Suite struct FundingCLITests {
    static let grants = "Tests/PartnerMapTests/Fixtures/grants/"
    static let canada = grants + "canada-grants-and-contributions.csv"
    static let oxfordshire = grants + "oxfordshire-community-foundation.json"

    @Test func breakdownsOfAGrantsFileAsPublished() throws {
        let run = try CLIRunner.run(["funding", Self.canada, "--by", "area,recipient-type", "--co-funding"])
        #expect(run.status == 0, "\(run.stderr)")
        for line in [
            "11 grants in the file.", "By area", "British Columbia   $1,250,000       1           1    $1,250,000",
            "Quebec            $750,000.49       5           3       $60,000", "not given              $2,500       1           1        $2,500",
            "Indigenous recipient      $9,999.99", "Recipients by number of funders: 1 funder: 6; 2 funders: 1; 3 funders: 1.",
        ] {
            #expect(run.stdout.contains(line), "\(line)\n\(run.stdout)")
        }
        // Every command reads it directly.
        let summary = try CLIRunner.run(["summary", Self.oxfordshire])
        #expect(summary.status == 0 && summary.stdout.contains("funding flows       156"), "\(summary.stdout)")
    }

    @Test func inFrenchEveryWordIsFrench() throws {
        let run = try CLIRunner.run(["funding", Self.canada, "--by", "year,size,area,recipient-type,programme", "--co-funding", "--newcomers", "--lang", "fr"])
        #expect(run.status == 0)
        for line in [
            "11 subventions dans le fichier.", "Par territoire", "Colombie-Britannique", "1\u{202F}250\u{202F}000\u{00A0}$",
            "non précisé", "bénéficiaire autochtone", "de 10\u{00A0}k à 50\u{00A0}k", "1\u{00A0}M et plus", "Programme d'établissement",
            "Bénéficiaires selon leur nombre de bailleurs de fonds\u{00A0}: 1 bailleur\u{00A0}: 6\u{202F}; 2 bailleurs\u{00A0}: 1",
            "Emploi et Développement social Canada + Immigration, Réfugiés et Citoyenneté Canada",
        ] {
            #expect(run.stdout.contains(line), "\(line)\n\(run.stdout)")
        }
        let words = Set(run.stdout.components(separatedBy: CharacterSet.letters.inverted))
        for english in ["By", "Total grants", "Recipients", "grants", "funder", "funders", "not", "given", "Settlement", "Program", "nonprofit", "Quebec"] {
            #expect(!words.contains(english), "«\(english)»")
        }
    }

    @Test func jsonKeysAreTheDocumentedOnes() throws {
        let run = try CLIRunner.run(["funding", Self.canada, "--by", "year,area", "--co-funding", "--newcomers", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["grants", "groups", "recipients", "distribution", "pairs", "newcomers"])
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.allSatisfy { Set($0.keys) == ["by", "key", "currency", "total", "grants", "recipients", "median"] })
        #expect(groups.contains { $0["by"] as? String == "area" && $0["key"] is NSNull && $0["total"] as? Double == 2500 })
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.first?["shared"] as? Int == 2 && (pairs.first?["funders"] as? [String])?.count == 2)
        let csv = try CLIRunner.run(["funding", Self.canada, "--by", "size", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("by,key,currency,total,grants,recipients,median\nsize,0-10000,CAD,17499.99,3,3,"))
    }

    @Test func aChartOfTheFirstBreakdown() throws {
        let folder = try CLIRunner.scratchFolder("funding-chart")
        let run = try CLIRunner.run(["funding", Self.canada, "--by", "area", "-o", folder + "/areas.svg", "--lang", "fr"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOfFile: folder + "/areas.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg") && svg.contains("Par territoire") && svg.contains(">Colombie-Britannique<"))
        #expect(svg.matches(of: /class="bar"/).count == 5)
        let again = try CLIRunner.run(["funding", Self.canada, "--by", "area", "-o", folder + "/again.svg", "--lang", "fr"])
        #expect(again.status == 0)
        #expect(try String(contentsOfFile: folder + "/again.svg", encoding: .utf8) == svg)
    }

    @Test func refusals() throws {
        let wrongBy = try CLIRunner.run(["funding", Self.canada, "--by", "colour"])
        #expect(wrongBy.status == 64 && wrongBy.stderr.contains("--by takes one of year, size, area, recipient-type, funder, programme"))
        let bands = try CLIRunner.run(["funding", Self.canada, "--bands", "10,5"])
        #expect(bands.status == 64 && bands.stderr.contains("--bands takes amounts in increasing order from 0"))
        let funder = try CLIRunner.run(["funding", Self.canada, "--funder", "nobody"])
        #expect(funder.status == 1 && funder.stderr.contains("no organisation has the id `nobody`; the funders are"))
        #expect(funder.stdout.isEmpty)
    }

    /// A grants file records funding, not how organisations work together: one finding says so
    /// and the funding findings follow, instead of 1,227 recipients "cut off from the network".
    @Test func aGrantsFileGetsTheFindingsThatFitIt() throws {
        let dulverton = Self.grants + "dulverton-trust.json"
        let gaps = try CLIRunner.run(["gaps", dulverton, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(gaps.stdout.utf8)) as? [String: Any])
        let kinds = (json["gaps"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String }
        #expect(kinds == ["ties-not-recorded", "funding-dependency", "funding-concentration"])
        let text = try CLIRunner.run(["gaps", dulverton])
        #expect(text.stdout.contains("This file records funding only (1,860 grants to 1,227 recipients)"))
        let french = try CLIRunner.run(["gaps", dulverton, "--lang", "fr"])
        #expect(french.stdout.contains("Ce fichier ne consigne que du financement (1\u{202F}860 subventions à 1\u{202F}227 bénéficiaires)"))
        // Long lists are cut to a few names and a count.
        let summary = try CLIRunner.run(["summary", dulverton])
        let line = try #require(summary.stdout.split(separator: "\n").first { $0.contains("funding only") })
        #expect(line.count < 700 && line.contains("and 1,218 more"))
    }

    /// The network of funders who fund the same recipients, as a map.
    @Test func theCoFundingMap() throws {
        let run = try CLIRunner.run(["export", Self.canada, "--view", "co-funding", "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        let edges = run.stdout.split(separator: "\n").filter { $0.contains(" -- ") }
        #expect(edges.count == 3)
        let labels = edges.compactMap { $0.firstMatch(of: /label="(\d+)"/).map { String($0.1) } }.sorted()
        #expect(labels == ["1", "1", "2"])
        #expect(run.stdout.contains("tooltip=\"Immigration, Refugees and Citizenship Canada\\n4 recipients\""))
        let wrong = try CLIRunner.run(["render", Self.canada, "--view", "cofunding", "-o", "/tmp/x.svg"])
        #expect(wrong.status == 64 && wrong.stderr.contains("views are partnerships, funding, overlap, co-funding and ego:ID"))
    }

    /// The same network for Gephi or networkx: funders, and their shared recipients as weights.
    @Test func theCoFundingNetworkAsGraphML() throws {
        let run = try CLIRunner.run(["export", Self.canada, "--view", "co-funding", "--format", "graphml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.components(separatedBy: "<node id=").count - 1 == 3)
        #expect(run.stdout.components(separatedBy: "<edge ").count - 1 == 3)
        let weights = run.stdout.matches(of: #/<data key="weight">(\d+)</data>/#).map { Int($0.1)! }.sorted()
        #expect(weights == [1, 1, 2], "\(run.stdout.prefix(2000))")
    }

    /// The report on a grants file draws the funders who share recipients, in its language.
    @Test func theReportShowsTheCoFundingMap() throws {
        let folder = try CLIRunner.scratchFolder("funding-report")
        let run = try CLIRunner.run(["report", Self.canada, "--lang", "fr", "-o", folder + "/rapport.html"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: folder + "/rapport.html", encoding: .utf8)
        #expect(html.contains("<h3>Bailleurs de fonds qui financent les mêmes organismes</h3>"))
        #expect(html.contains("id=\"pm-co-funding-map\""))
        #expect(html.contains("<caption>Par territoire</caption>") && html.contains("<caption>Principaux bénéficiaires</caption>"))
    }
}
