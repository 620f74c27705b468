import Foundation
import Testing

@testable import PartnerMap

/// The welcoming-community framework held against a network: what a file declares, what
/// PartnerMap proposes, the organisations, sectors and funding behind each characteristic, the
/// two gaps, and the file fields that carry it.
@Suite struct FrameworkCoverageTests {
    static let network = """
        name: framework test
        framework: welcoming-communities
        organisations:
          - {id: a, name: Housing help, type: nonprofit, sectors: [housing]}
          - {id: b, name: Bus company, type: other, sectors: [transit]}
          - {id: c, name: Settlement agency, type: nonprofit, sectors: [settlement]}
          - {id: d, name: Clinic, type: health, sectors: [health]}
          - {id: fund, name: Fund, type: funder}
        projects:
          - id: p1
            name: Apartments for families
            organisations: [a]
            objectives: Help large families find rental apartments, and jobs for the parents.
            characteristics: [Housing]
          - id: p2
            name: Free bus passes
            organisations: [b, c]
            objectives: Free monthly bus passes for newcomers in their first three months.
          - id: p3
            name: Clinic and housing navigation
            organisations: [d]
            objectives: Navigation for newcomers.
            characteristics: [housing, health care]
        funding:
          - {from: fund, to: p1, amount: 100.50, currency: CAD, year: 2024}
          - {from: fund, to: p3, amount: 200, currency: CAD, year: 2024}
          - {from: fund, to: a, amount: 1000, currency: CAD, year: 2024}
        """

    static func entry(_ coverage: FrameworkCoverage, _ id: String) throws -> FrameworkCoverage.Entry {
        try #require(coverage.entries.first { $0.characteristic.id == id })
    }

    @Test func theFrameworkHasItsSeventeenCharacteristicsInBothLanguages() {
        let framework = Framework.welcomingCommunities
        #expect(framework.id == "welcoming-communities")
        #expect(
            framework.characteristics.map(\.id) == [
                "employment-opportunities", "social-capital", "housing", "positive-attitudes", "newcomer-serving-agencies",
                "links-between-actors", "municipal-services", "education", "health-care", "public-transit", "religious-organizations",
                "social-engagement", "political-participation", "police-and-justice", "safety", "public-space-and-recreation",
                "media-coverage",
            ])
        for characteristic in framework.characteristics {
            #expect(characteristic.name.en?.isEmpty == false && characteristic.name.fr?.isEmpty == false, "\(characteristic.id)")
            #expect(characteristic.description.en?.isEmpty == false && characteristic.description.fr?.isEmpty == false, "\(characteristic.id)")
            // Every characteristic has words in both languages.
            let phrases = FrameworkLexicon.builtIn.concepts.first { $0.name == characteristic.id }?.phrases ?? []
            #expect(phrases.contains { $0.language == .en } && phrases.contains { $0.language == .fr }, "\(characteristic.id)")
        }
        #expect(framework.reference.en?.contains("Esses") == true && framework.reference.fr?.contains("Esses") == true)
    }

    @Test func declaredProposedOrganisationsSectorsAndFunding() throws {
        let network = try NetworkLoader.network(yaml: Self.network)
        #expect(network.framework == "welcoming-communities")
        #expect(network.project("p3")?.characteristics == ["housing", "health-care"])
        let coverage = FrameworkCoverage(network)
        #expect(coverage.declaringProjects == 2 && coverage.proposedProjects == 1)

        let housing = try Self.entry(coverage, "housing")
        #expect(housing.services.map(\.project) == ["p1", "p3"])
        #expect(housing.services.allSatisfy { $0.how == .declared && $0.words.isEmpty })
        #expect(housing.organisations == ["a", "d"])
        #expect(housing.sectors == ["housing", "health"])
        // The flows to p1 and p3; the 1,000 to organisation a is not counted (it cannot be told apart between its projects).
        #expect(housing.funding == [FrameworkCoverage.Total(currency: "CAD", cents: 30050)])
        #expect(housing.gap == nil && housing.sectorAtTable == true && housing.sectorOrganisations == ["a"])

        let transit = try Self.entry(coverage, "public-transit")
        #expect(transit.services.map(\.project) == ["p2"] && transit.services[0].how == .proposed)
        // "bus passes" stems as "bus pass" does: one term.
        #expect(transit.services[0].words == ["bus", "bus pass"])
        #expect(transit.organisations == ["b", "c"] && transit.gap == nil && transit.restsOnProposals)
        // `transit` is the transport sector.
        #expect(transit.sectorAtTable == true && transit.sectorOrganisations == ["b"])

        let health = try Self.entry(coverage, "health-care")
        #expect(health.organisations == ["d"] && health.gap == .characteristicOneOrganisation && !health.restsOnProposals)

        // p1's text speaks of jobs, but it declares its characteristics: its text adds none.
        let employment = try Self.entry(coverage, "employment-opportunities")
        #expect(employment.services.isEmpty && employment.gap == .characteristicNotServed && employment.sectorAtTable == false)
        #expect(try Self.entry(coverage, "social-capital").sectorAtTable == nil)
    }

    @Test func gapsForAFileThatNamesTheFrameworkOnly() throws {
        let network = try NetworkLoader.network(yaml: Self.network)
        let gaps = GapFinder(network).gaps
        let notServed = gaps.filter { $0.kind == .characteristicNotServed }
        #expect(notServed.count == 14)
        #expect(notServed.allSatisfy { $0.proposed == true })
        let one = gaps.filter { $0.kind == .characteristicOneOrganisation }
        #expect(one.map(\.subjects) == [["health-care", "d"]])
        let english = FindingSentences(language: .en, network: network)
        #expect(english.message(one[0]) == "Only Clinic's projects serve “Accessible and suitable health care”: the plan's work on it rests on one organisation.")
        let housingGap = try #require(notServed.first { $0.subjects == ["media-coverage"] })
        #expect(
            english.nextStep(housingGap)
                == "Find out whether a partner already works on it outside the projects in this file; if not, call for projects on it, or invite an organisation from the sector it needs (media)."
        )
        let french = FindingSentences(language: .fr, network: network.inLanguage(.fr))
        #expect(
            french.message(try #require(notServed.first { $0.subjects == ["employment-opportunities"] }))
                == "Aucun projet ne sert la caractéristique « Possibilités d’emploi » : aucun ne la déclare, et le texte des projets qui ne déclarent aucune caractéristique ne l’indique pas."
        )

        // Without `framework:` and without declared characteristics, no characteristic is judged.
        let plain = try NetworkLoader.network(
            yaml: Self.network.replacingOccurrences(of: "framework: welcoming-communities\n", with: "")
                .replacingOccurrences(of: "    characteristics: [Housing]\n", with: "")
                .replacingOccurrences(of: "    characteristics: [housing, health care]\n", with: ""))
        #expect(plain.framework == nil)
        #expect(!GapFinder(plain).gaps.contains { $0.kind.isAboutCharacteristics })
        // Declared characteristics name the framework, as `framework:` does.
        let declared = try NetworkLoader.network(yaml: Self.network.replacingOccurrences(of: "framework: welcoming-communities\n", with: ""))
        #expect(declared.framework == "welcoming-communities")
    }

    @Test func aMisspeltCharacteristicOrFrameworkIsAProblemOnItsLine() {
        let misspelt = Self.network.replacingOccurrences(of: "[housing, health care]", with: "[housing, helth-care]")
        #expect(
            ValidationTests.problems(misspelt) == [
                "net.yaml:23: `characteristics` names \"helth-care\", which is not a characteristic of a welcoming community (employment-opportunities, social-capital, housing, positive-attitudes, newcomer-serving-agencies, links-between-actors, municipal-services, education, health-care, public-transit, religious-organizations, social-engagement, political-participation, police-and-justice, safety, public-space-and-recreation, media-coverage) (did you mean `health-care`?)"
            ])
        let framework = Self.network.replacingOccurrences(of: "framework: welcoming-communities", with: "framework: welcoming")
        #expect(ValidationTests.problems(framework) == ["net.yaml:2: `framework` is \"welcoming\"; expected one of welcoming-communities"])
    }

    @Test func theFileFieldsRoundTrip() throws {
        let network = try NetworkLoader.network(yaml: Self.network)
        let written = NetworkFileWriter.yaml(network)
        #expect(written.contains("framework: \"welcoming-communities\"\n"))
        #expect(written.contains("characteristics: [\"housing\", \"health-care\"]"))
        #expect(try NetworkLoader.network(yaml: written) == network)
        let json = try JSONEncoder().encode(network)
        #expect(try JSONDecoder().decode(Network.self, from: json) == network)
    }

    @Test func outputsInBothLanguages() throws {
        let network = try NetworkLoader.network(yaml: Self.network)
        let coverage = FrameworkCoverage(network)
        let json = try FrameworkOutput(coverage, network: network, language: .en).json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let characteristics = try #require(document["characteristics"] as? [[String: Any]])
        #expect(characteristics.count == 17)
        let transit = try #require(characteristics.first { $0["id"] as? String == "public-transit" })
        #expect(
            Set(transit.keys) == [
                "id", "name", "projects", "organisations", "sectors", "neededSectors", "sectorAtTable", "sectorOrganisations", "funding", "gap",
                "restsOnProposals", "illustrative",
            ])
        let projects = try #require(transit["projects"] as? [[String: Any]])
        #expect(projects.first?["how"] as? String == "proposed")
        #expect(transit["gap"] is NSNull)
        let housing = try #require(characteristics.first { $0["id"] as? String == "housing" })
        #expect((housing["funding"] as? [[String: Any]])?.first?["total"] as? Double == 300.5)
        #expect(characteristics.first { $0["id"] as? String == "safety" }?["gap"] as? String == "characteristic-not-served")

        let csv = FrameworkOutput(coverage, network: network, language: .en).csv().split(separator: "\n")
        #expect(csv[0] == "characteristic,project,how,words,organisations,gap")
        #expect(csv.contains("public-transit,p2,proposed,bus;bus pass,b;c,"))
        #expect(csv.contains("safety,,,,,characteristic-not-served"))

        let french = FrameworkOutput(coverage, network: network.inLanguage(.fr), language: .fr).table()
        #expect(french.contains("Logement abordable et convenable"))
        #expect(french.contains("Free bus passes (proposé\u{00A0}: bus, bus pass)"))
        #expect(french.contains("2 déclarent les caractéristiques qu’ils servent") && french.contains("pour celui qui n’en déclare aucune"))
        #expect(french.contains("aucun projet ne la sert"))
        #expect(!french.contains("Characteristic"))
    }
}
