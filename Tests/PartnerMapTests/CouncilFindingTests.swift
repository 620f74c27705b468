import Foundation
import Testing

@testable import PartnerMap

/// Findings a council can stand behind: each says what it rests on, and none claims more than
/// the file holds. One test per way a finding used to mislead.
@Suite struct ProvenanceTests {
    /// A sourced council and a made-up organisation tied to it.
    static let yaml = """
        sources:
          - {id: s, title: Workshop report, publisher: A council, date: "2010", place: London}
        organisations:
          - {id: city, name: City, type: municipal, sources: [s]}
          - {id: agency, name: Agency, sources: [s]}
          - {id: made-up, name: Made Up, illustrative: true}
          - {id: alone, name: Alone, sources: [s]}
        partnerships:
          - {organisations: [city, agency], sources: [s]}
          - {organisations: [agency, made-up], illustrative: true}
        """

    @Test func aGapThatHoldsOnSourcedEntriesAloneIsSourced() throws {
        let network = try NetworkLoader.network(yaml: Self.yaml)
        let gaps = GapFinder(network).gaps
        let flags = FindingProvenance(network).flags(gaps)
        let byKind = Dictionary(uniqueKeysWithValues: zip(gaps, flags).map { ("\($0.0.kind.rawValue) \($0.0.subjects)", $0.1) })
        // Alone is isolated whatever the made-up entries say.
        #expect(byKind["isolated-organisation [\"alone\"]"] == false)
        // Agency is a cut point only because of the made-up tie.
        #expect(byKind["single-point-of-failure [\"agency\"]"] == true)
    }

    @Test func sourcedOnlyLeavesOutIllustrativeEntriesAndWhatNamesThem() throws {
        let network = try NetworkLoader.network(yaml: Self.yaml).sourcedOnly()
        #expect(network.organisations.map(\.id) == ["city", "agency", "alone"])
        #expect(network.partnerships.count == 1)
        #expect(!network.hasIllustrativeEntries)
        #expect(FindingProvenance(network).isEmpty)
    }

    @Test func suggestionsAndPairsRestOnWhatTheyName() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                  - {id: b, name: B}
                  - {id: hub, name: Hub}
                  - {id: c, name: C}
                partnerships:
                  - {organisations: [a, hub]}
                  - {organisations: [b, hub], illustrative: true}
                  - {organisations: [c, hub]}
                """)
        let provenance = FindingProvenance(network)
        let suggestions = PartnershipRecommender(network, top: 0).recommendations
        let ab = try #require(suggestions.first { Set($0.organisations) == ["a", "b"] })
        let ac = try #require(suggestions.first { Set($0.organisations) == ["a", "c"] })
        #expect(provenance.isIllustrative(ab))
        #expect(!provenance.isIllustrative(ac))
        #expect(provenance.organisationRestsOnIllustrative("hub"))
        #expect(!provenance.organisationRestsOnIllustrative("a"))
    }

    @Test func everyFindingInJSONAndCSVSaysWhetherItIsIllustrative() throws {
        let network = try NetworkLoader.network(yaml: Self.yaml)
        let sentences = FindingSentences(language: .en, network: network)
        let gaps = GapFinder(network).gaps
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try StructureOutput.json(gaps, sentences: sentences).utf8)) as? [String: Any])
        let items = try #require(json["gaps"] as? [[String: Any]])
        #expect(!items.isEmpty && items.allSatisfy { $0["illustrative"] is Bool })
        let csv = StructureOutput.csv(gaps, sentences: sentences).split(separator: "\n")
        #expect(csv[0].hasSuffix(",illustrative"))
        #expect(csv.dropFirst().allSatisfy { $0.hasSuffix(",true") || $0.hasSuffix(",false") })
        let table = StructureOutput.table(gaps, network: network, sentences: sentences)
        #expect(table.contains("If Agency left, 1 organisation would lose its only path to the rest of the network. [illustrative]"))
        #expect(table.contains("Alone has no partnership, no seat on a council, no project with another organisation and no funding tie.\n"))
        let french = FindingSentences(language: .fr, network: network)
        #expect(StructureOutput.table(gaps, network: network, sentences: french).contains("[illustratif]"))
    }

    @Test func mapsDrawIllustrativeEntriesInPurpleWithALegend() throws {
        let network = try NetworkLoader.network(yaml: Self.yaml)
        let dot = DOTWriter.write(try NetworkMap.dot(network, view: .partnerships))
        #expect(dot.contains("fontcolor=\"#6a3d9a\""))
        #expect(dot.contains("color=\"#a584c9\""))
        #expect(dot.contains("legend:illustrative"))
        let sourced = DOTWriter.write(try NetworkMap.dot(network.sourcedOnly(), view: .partnerships))
        #expect(!sourced.contains("#6a3d9a") && !sourced.contains("legend:illustrative"))
    }
}

@Suite struct MisleadingFindingTests {
    @Test func aBodyCanExpectItsOwnSectors() throws {
        let network = try NetworkLoader.network(
            yaml: """
                expectedSectors: [health, justice]
                organisations:
                  - {id: table, name: Health table, type: council, expectedSectors: [health]}
                  - {id: clinic, name: Clinic, type: health}
                memberships:
                  - {organisation: clinic, body: table}
                """)
        #expect(!GapFinder(network).gaps.contains { $0.kind == .missingSector })
    }

    @Test func bothSitOnOnlyWithTwoSeats() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: table, name: Table, type: council}
                  - {id: a, name: A}
                  - {id: b, name: B}
                  - {id: c, name: C}
                memberships:
                  - {organisation: a, body: table}
                  - {organisation: b, body: table}
                partnerships:
                  - {organisations: [c, table]}
                """)
        let suggestions = PartnershipRecommender(network, top: 0).recommendations
        let ab = try #require(suggestions.first { Set($0.organisations) == ["a", "b"] })
        #expect(ab.commonBodies == ["table"])
        // C is tied to the table by a partnership, not a seat: the table is a shared partner.
        let ac = try #require(suggestions.first { Set($0.organisations) == ["a", "c"] })
        #expect(ac.commonBodies.isEmpty && ac.commonPartners == ["table"])
        #expect(!FindingSentences(language: .en, network: network).reason(ac).contains("both sit on"))
    }

    @Test func coChairsAndFunderAndRecipientAreNeverSuggested() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: table, name: Table, type: council}
                  - {id: city, name: City, type: municipal}
                  - {id: fund, name: Fund, type: funder}
                  - {id: agency, name: Agency}
                  - {id: other, name: Other}
                memberships:
                  - {organisation: city, body: table, role: co-chair}
                  - {organisation: fund, body: table, role: co-chair}
                  - {organisation: agency, body: table}
                  - {organisation: other, body: table}
                projects:
                  - {id: p, name: P, organisations: [agency]}
                funding:
                  - {from: fund, to: p, amount: 100, year: 2020}
                """)
        let pairs = Set(PartnershipRecommender(network, top: 0).recommendations.map { Set($0.organisations) })
        #expect(!pairs.contains(["city", "fund"]))
        #expect(!pairs.contains(["fund", "agency"]))
        #expect(pairs.contains(["agency", "other"]))
    }

    @Test func anOfficeOfItsGovernmentIsNotDependentAndOneFunderIsSaidOnce() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: city, name: City, type: municipal}
                  - {id: office, name: Newcomer office, type: municipal, partOf: city}
                  - {id: a, name: A}
                  - {id: b, name: B}
                funding:
                  - {from: city, to: office, amount: 1000, year: 2020}
                  - {from: office, to: a, amount: 100, year: 2020}
                  - {from: office, to: b, amount: 100, year: 2020}
                """)
        let dependency = GapFinder(network).gaps.filter { $0.kind == .fundingDependency }
        #expect(dependency.count == 1)
        #expect(dependency[0].subjects == ["city"] && dependency[0].onlyFunder == true && dependency[0].recipients == 2)
        #expect(
            FindingSentences(language: .en, network: network).message(dependency[0])
                == "Every grant in this file comes from City (2 recipients): the file cannot show whether any recipient depends on it alone.")
        // A second funder: recipients are judged one by one, the office never.
        let two = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: city, name: City, type: municipal}
                  - {id: office, name: Newcomer office, type: municipal, partOf: city}
                  - {id: fdn, name: Foundation, type: funder}
                  - {id: a, name: A}
                  - {id: b, name: B}
                funding:
                  - {from: city, to: office, amount: 1000, year: 2020}
                  - {from: office, to: a, amount: 100, year: 2020}
                  - {from: fdn, to: b, amount: 100, year: 2020}
                  - {from: office, to: b, amount: 100, year: 2020}
                """)
        #expect(GapFinder(two).gaps.filter { $0.kind == .fundingDependency }.map(\.subjects) == [["a", "office"]])
    }

    @Test func equalGrantsAreNeverConcentratedAndTheLargestIsNamed() throws {
        func network(_ amounts: [Int]) throws -> Network {
            let names = amounts.indices.map { "r\($0)" }
            return try NetworkLoader.network(
                yaml: """
                    organisations:
                      - {id: fund, name: Fund, type: funder}
                      - {id: other, name: Other, type: funder}
                    \(names.map { "  - {id: \($0), name: \($0.uppercased())}" }.joined(separator: "\n"))
                    funding:
                    \(zip(names, amounts).map { "  - {from: \($0.0 == "r0" ? "other" : "fund"), to: \($0.0), amount: \($0.1), year: 2020}" }.joined(separator: "\n"))
                    """)
        }
        #expect(!GapFinder(try network([100, 100, 100, 100, 100, 100])).gaps.contains { $0.kind == .fundingConcentration })
        let skewed = try network([10, 10, 10, 10, 5000, 10])
        let gap = try #require(GapFinder(skewed).gaps.first { $0.kind == .fundingConcentration })
        #expect(gap.subjects.first == "r4")
        let message = FindingSentences(language: .en, network: skewed).message(gap)
        #expect(message.hasPrefix("Funding is concentrated: the largest recipient, R4, receives 99% of what reaches the 6 recipients (Gini 0.82, Herfindahl 0.98)."))
    }

    @Test func placeholderTextsAndProvincesAreNoEvidence() throws {
        var projects: [String] = []
        for index in 0..<6 {
            // One funder's grants: the same title and a placeholder description, six recipients.
            projects.append(
                "  - {id: g\(index), name: Main grants programme, organisations: [a], objectives: Dummy, area: \(["Ottawa", "Guelph", "Sudbury", "Timmins", "Durham", "Kingston"][index]), start: 2020, end: 2021}"
            )
        }
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                projects:
                \(projects.joined(separator: "\n"))
                """)
        #expect(OverlapFinder(network).pairs.isEmpty, "\(OverlapFinder(network).pairs.map(\.projects))")
        let text = OverlapFinder.text(of: network.projects[0], placeholders: OverlapFinder.Placeholders(network.projects))
        #expect(!text.contains("Dummy"))
        #expect(PlaceholderText(texts: ["general running costs."]).isPlaceholder("General running costs."))
        // In a national file 1% is thousands of grants: a title more than 20 projects write word
        // for word is a programme's label, not evidence (2,500 texts: 1% would be 25).
        let others = (0..<2_479).map { "Project number \($0)" }
        #expect(PlaceholderText(texts: others + Array(repeating: "Welcome circles", count: 21)).isPlaceholder("Welcome circles"))
        #expect(!PlaceholderText(texts: others + Array(repeating: "Welcome circles", count: 20)).isPlaceholder("Welcome circles"))
        // Two real twins across Ontario are not "in the same area".
        let twins = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                projects:
                  - {id: p, name: Antiracism observatory, organisations: [a], objectives: Observe and report racism and discrimination against immigrants, area: Ontario, start: 2010, end: 2011}
                  - {id: q, name: Antiracism observatory, organisations: [a], objectives: Observe and report racism and discrimination against immigrants, area: Ontario, start: 2010, end: 2011}
                """)
        let pair = try #require(OverlapFinder(twins).pairs.first)
        #expect(pair.sameArea == nil && pair.kind == .twin)
        #expect(FindingSentences(language: .en, network: twins).action(pair).hasPrefix("Same objective across Ontario, too wide an area"))
    }

    @Test func aGenericConceptNeverCoversAPriorityAlone() throws {
        let network = try NetworkLoader.network(
            yaml: """
                priorities:
                  - {id: local, name: Local community hubs for newcomers}
                organisations:
                  - {id: a, name: A}
                projects:
                  - {id: p, name: Neighbourhood sports league, organisations: [a], objectives: A community sports league in the neighbourhood}
                  - {id: q, name: Job club, organisations: [a], objectives: Job search workshops}
                """)
        let entry = try #require(PriorityCoverage(network).entries.first)
        #expect(entry.covers.isEmpty, "\(entry.covers)")
    }

    @Test func communitiesAreComparedWithChanceAndNamedByAMajority() throws {
        // Two cliques of five joined by one tie: clearly grouped.
        var edges: [String] = []
        for group in [0, 5] {
            for i in 0..<5 { for j in (i + 1)..<5 { edges.append("n\(group + i) n\(group + j)") } }
        }
        edges.append("n0 n5")
        let cliques = Graph(try EdgeListReader.read(edges.joined(separator: "\n"), file: "g", name: "g", directed: false).get())
        let louvain = LouvainCommunities(cliques)
        let baseline = ModularityBaseline(cliques, samples: 20)
        #expect(baseline.isClearer(than: louvain.modularity) == true)
        // A ring: every grouping Louvain finds is what rewiring gives as well.
        let ring = Graph(try EdgeListReader.read((0..<12).map { "r\($0) r\(($0 + 1) % 12)" }.joined(separator: "\n"), file: "g", name: "g", directed: false).get())
        let ringBaseline = ModularityBaseline(ring, samples: 20)
        #expect(ringBaseline.modularities.count == 20)
        #expect(ModularityBaseline(ring, samples: 20) == ringBaseline, "the same seed draws the same networks")
        // Naming: a majority names a group; a tie names both, in the members' order.
        #expect(CommunityGroups.dominant(["settlement", "settlement", "health"], members: 3) == "settlement")
        #expect(CommunityGroups.dominant(["youth", "employment"], members: 2) == "youth / employment")
        #expect(CommunityGroups.dominant(["health", "employment", "employment", "health", "youth"], members: 5) == "health / employment")
    }

    @Test func centralitySaysWhenTheNetworkIsInPiecesAndRoundsItsSentences() throws {
        let graph = Graph(try EdgeListReader.read("a b\nb c\nx y\n", file: "g", name: "g", directed: false).get())
        let output = CentralityOutput(report: CentralityReport(graph), names: graph.nodeIDs, view: "graph", nodeNoun: "nodes")
        #expect(output.explanations().contains { $0.hasPrefix("The network is in 2 separate pieces") })
        #expect(NumberFormat.significant(0.4286) == "0.43")
        #expect(NumberFormat.significant(0.0412) == "0.041")
        #expect(NumberFormat.significant(4_465_000) == "4,500,000")
        #expect(NumberFormat.significant(0) == "0")
        #expect(CentralityOutput.format(4_465_000) == "4,465,000")
    }

    /// The notes under a table are in the table's language: a French reader never gets an
    /// English sentence about how the numbers were made.
    @Test func centralityNotesAreInTheReadersLanguage() throws {
        let graph = Graph(try EdgeListReader.read("a b\nb c\nc d\nd e\n", file: "g", name: "g", directed: true).get())
        let report = CentralityReport(graph, options: .init(measures: [.betweenness, .clustering], samples: 2))
        #expect(report.notes == [.directedTiesReadAsUndirected, .betweennessSampled(samples: 2, sources: 5, seed: 0)])
        let french = CentralityOutput(
            report: report, names: graph.nodeIDs, view: "graph", nodeNoun: "nodes", language: .fr, notes: [.closenessLeftOutWithSamples])
        let table = french.table(top: 5, width: 200)
        #expect(table.contains("Remarque : l’intermédiarité est estimée à partir de 2 des 5 sources (graine 0)"))
        #expect(table.contains("Remarque : la proximité et la centralité harmonique sont laissées de côté avec --samples"))
        #expect(!table.contains("is estimated") && !table.contains("read as undirected"))
        let english = CentralityOutput(report: report, names: graph.nodeIDs, view: "graph", nodeNoun: "nodes")
        #expect(english.table(top: 5, width: 200).contains("Note: betweenness is estimated from 2 of 5 sources (seed 0)"))
        #expect(try french.json().contains("\"l’intermédiarité est estimée à partir de 2 des 5 sources (graine 0)"))
    }

    @Test func councilsAreNeverNamedAsBrokers() throws {
        let graph = Graph(try EdgeListReader.read("a table\nb table\nc table\nc d\n", file: "g", name: "g", directed: false).get())
        let seats: [Int?] = graph.nodeIDs.map { $0 == "table" ? 3 : nil }
        let output = CentralityOutput(
            report: CentralityReport(graph), names: graph.nodeIDs, view: "collaboration",
            nodeNoun: "organisations", seats: seats)
        let sentences = output.explanations()
        #expect(sentences.contains { $0.hasPrefix("Who brokers: c lies on") })
        #expect(sentences.contains("Councils and networks are tables, not brokers, and are ranked apart: table (3 seats)."))
    }
}
