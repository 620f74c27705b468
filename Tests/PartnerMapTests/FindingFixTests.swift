import Foundation
import Testing

@testable import PartnerMap

/// Findings a coordinator would have been misled by, each fixed at its cause.
@Suite struct FindingFixTests {
    @Test func twoOngoingProjectsOverlapInTime() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                  - {id: b, name: B}
                projects:
                  - {id: p, name: Jobs club for newcomer women, organisations: [a], objectives: Job search workshops and mentoring for newcomer women, area: Parc-Extension, start: 2019}
                  - {id: q, name: Jobs club for newcomer women, organisations: [b], objectives: Job search workshops and mentoring for newcomer women, area: Parc-Extension, start: 2022}
                  - {id: r, name: Jobs club for newcomer women, organisations: [b], objectives: Job search workshops and mentoring for newcomer women, area: Parc-Extension, start: 2010, end: 2012}
                """)
        let pairs = OverlapFinder(network).pairs
        let ongoing = try #require(pairs.first { Set($0.projects) == ["p", "q"] })
        #expect(ongoing.periodsOverlap == true)
        #expect(ongoing.kind == .duplicate)
        // One that ended before the others started is a twin at another time.
        let ended = try #require(pairs.first { Set($0.projects) == ["p", "r"] })
        #expect(ended.periodsOverlap == false && ended.kind == .twin)
    }
}

/// A priority is covered by what it is about, not by the words every project uses.
@Suite struct PriorityCoverageTests {
    static let network = """
        priorities:
          - {id: housing, name: Affordable housing for large newcomer families}
          - {id: jobs, name: Employment for newcomer families}
          - {id: isolation, name: Break the isolation of newcomer women, themes: [isolation]}
        organisations:
          - {id: a, name: A}
        projects:
          - {id: p1, name: Homework help for newcomer families, organisations: [a], objectives: After-school homework help for the children of newcomer families}
          - {id: p2, name: Job club for newcomer families, organisations: [a], objectives: Job search workshops and employment mentoring for newcomer families}
          - {id: p3, name: Family picnics, organisations: [a], objectives: Summer picnics that welcome newcomer families to the community}
          - {id: p4, name: Women's circle, organisations: [a], objectives: Weekly meetings for immigrant women, themes: [isolation]}
        """

    @Test func commonWordsDoNotCoverAPriority() throws {
        let network = try NetworkLoader.network(yaml: Self.network)
        let coverage = Dictionary(uniqueKeysWithValues: PriorityCoverage(network).entries.map { ($0.priority, $0) })
        #expect(coverage["housing"]?.covers.isEmpty == true)
        let jobs = try #require(coverage["jobs"]?.covers)
        #expect(jobs.map(\.project) == ["p2"])
        #expect(jobs[0].sharedWords.contains("employment"))
        let isolation = try #require(coverage["isolation"]?.covers)
        #expect(isolation.map(\.project) == ["p4"] && isolation[0].sharedThemes == ["isolation"])
        let gaps = GapFinder(network).gaps.filter { $0.kind == .uncoveredPriority }
        #expect(gaps.map(\.subjects) == [["housing"]])
        #expect(FindingSentences(language: .en, network: network).message(gaps[0]).hasPrefix("No project addresses the priority “Affordable housing for large newcomer families”."))
    }
}

/// A seat on a council is not a partnership: a suggestion says "both sit on X".
@Suite struct RecommendationReasonTests {
    @Test func aSharedCouncilIsNamedAsSuch() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: Agency A}
                  - {id: b, name: Agency B}
                  - {id: hub, name: Hub}
                  - {id: lip, name: London LIP, type: council}
                partnerships:
                  - {organisations: [a, hub]}
                  - {organisations: [b, hub]}
                memberships:
                  - {organisation: a, body: lip}
                  - {organisation: b, body: lip}
                """)
        let suggestion = try #require(PartnershipRecommender(network).recommendations.first { $0.organisations == ["a", "b"] })
        #expect(suggestion.commonPartners == ["hub"])
        #expect(suggestion.commonBodies == ["lip"])
        #expect(
            FindingSentences(language: .en, network: network).reason(suggestion)
                == "Agency A and Agency B have no tie yet, but they share 1 partner (Hub) and both sit on London LIP.")
    }
}

/// French sentences elide and contract: never "de Immigration", "de Le Centre", "à Les Amis".
@Suite struct FrenchSentenceTests {
    @Test func elisionAndContractions() {
        #expect(FrenchGrammar.de("Immigration Canada") == "d’Immigration Canada")
        #expect(FrenchGrammar.de("Hôpital général") == "d’Hôpital général")
        #expect(FrenchGrammar.de("Le Centre Saint-Michel") == "du Centre Saint-Michel")
        #expect(FrenchGrammar.de("Les Amis du quartier") == "des Amis du quartier")
        #expect(FrenchGrammar.de("La Maison d’Haïti") == "de la Maison d’Haïti")
        #expect(FrenchGrammar.de("L’Hirondelle") == "de l’Hirondelle")
        // A name takes the article of its first noun: "de la Ville de Montréal", "du Bureau", "à la Table".
        #expect(FrenchGrammar.de("Ville de Montréal") == "de la Ville de Montréal")
        #expect(FrenchGrammar.de("Bureau d'intégration des nouveaux arrivants") == "du Bureau d'intégration des nouveaux arrivants")
        #expect(FrenchGrammar.à("Table de concertation de Parc-Extension") == "à la Table de concertation de Parc-Extension")
        #expect(FrenchGrammar.à("Partenariat local en immigration") == "au Partenariat local en immigration")
        #expect(FrenchGrammar.de("Association des femmes") == "de l’Association des femmes")
        #expect(FrenchGrammar.subject("Banque alimentaire du quartier") == "La Banque alimentaire du quartier")
        // Names the lexicon does not know, and areas, keep no article.
        #expect(FrenchGrammar.de("Emploi Diversité Montréal") == "d’Emploi Diversité Montréal")
        #expect(FrenchGrammar.à("Ville-Marie") == "à Ville-Marie")
        #expect(FrenchGrammar.subject("City of Lakeside") == "City of Lakeside")
        #expect(FrenchGrammar.à("Le Plateau") == "au Plateau")
        #expect(FrenchGrammar.à("Les Amis du quartier") == "aux Amis du quartier")
        #expect(FrenchGrammar.à("Montréal") == "à Montréal")
    }

    @Test func everyFrenchFindingReadsRightWithVowelInitialAndPluralNames() throws {
        let network = try NetworkLoader.network(
            yaml: """
                priorities:
                  - {id: housing, name: Logement abordable}
                organisations:
                  - {id: ircc, name: Immigration Canada, type: funder, sectors: [federal]}
                  - {id: amis, name: Les Amis du quartier, sectors: [settlement]}
                  - {id: centre, name: Le Centre Saint-Michel, sectors: [settlement]}
                  - {id: hopital, name: Hôpital général, type: health, sectors: [health]}
                  - {id: seul, name: Organisme seul}
                  - {id: table, name: Les Tables de quartier, type: council}
                  - {id: conseil, name: Accueil Conseil, type: council}
                  - {id: x, name: Agence X, sectors: [settlement]}
                projects:
                  - {id: p, name: Accueil, organisations: [amis], objectives: Accueil des familles, area: Le Plateau, start: 2020}
                  - {id: q, name: Accueil, organisations: [centre], objectives: Accueil des familles, area: Le Plateau, start: 2021}
                partnerships:
                  - {organisations: [amis, centre]}
                  - {organisations: [amis, x]}
                  - {organisations: [centre, hopital]}
                memberships:
                  - {organisation: amis, body: table}
                  - {organisation: centre, body: table}
                  - {organisation: x, body: conseil}
                funding:
                  - {from: ircc, to: amis, amount: 1000, year: 2020}
                  - {from: ircc, to: centre, amount: 1000, year: 2020}
                """)
        let sentences = FindingSentences(language: .fr, network: network)
        var texts: [String] = []
        for gap in GapFinder(network).gaps { texts += [sentences.message(gap), sentences.nextStep(gap)] }
        texts += PartnershipRecommender(network).recommendations.map(sentences.reason)
        texts += OverlapFinder(network).pairs.map { sentences.action($0) }
        #expect(texts.count > 8)
        let wrong = try Regex(#"\b(de|De) [AEIOUYHÉÈÊÀÂÎÔaeiouyhéèêàâîô]|\b(de|à) (Le|Les|La) "#)
        for text in texts { #expect(text.firstMatch(of: wrong) == nil, "\(text)") }
    }
}

/// A French-language and an English-language service for the same objective in the same place
/// are meant to exist side by side.
@Suite struct LanguageOfServiceTests {
    /// The pair and the English advice about it.
    static func pair(serviceLanguages: (String, String)?, dates: Bool = false) throws -> (pair: OverlapFinder.Pair, action: String) {
        var extra = serviceLanguages.map { (", serviceLanguage: \($0.0)", ", serviceLanguage: \($0.1)") } ?? ("", "")
        if dates { extra = (extra.0 + ", start: 2019-01, end: 2021-12", extra.1 + ", start: 2019-06, end: 2021-06") }
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                  - {id: b, name: B}
                projects:
                  - {id: fr, name: Briser l'isolement des femmes immigrantes, organisations: [a], objectives: Briser l'isolement des femmes immigrantes et favoriser leur autonomie financière, area: Parc-Extension, language: fr\(extra.0)}
                  - {id: en, name: Break the isolation of immigrant women, organisations: [b], objectives: Break the isolation of immigrant women and foster their financial independence, area: Parc-Extension, language: en\(extra.1)}
                """)
        let pair = try #require(OverlapFinder(network).pairs.first)
        return (pair, FindingSentences(language: .en, network: network).action(pair))
    }

    @Test func officialLanguageServicesAreNotToBeMerged() throws {
        let pair = try Self.pair(serviceLanguages: nil, dates: true)
        #expect(pair.pair.kind == .duplicate)
        #expect(pair.action.contains("one service in French and one in English"))
        #expect(pair.action.contains("do not merge"))
        // Both served in French (one described in English): the usual advice.
        let same = try Self.pair(serviceLanguages: ("fr", "fr"), dates: true)
        #expect(same.action.hasSuffix(": coordinate or merge."))
    }

    /// Without dates, two projects in one place are possible duplicates, never duplicates.
    @Test func projectsWithoutDatesArePossibleDuplicates() throws {
        let pair = try Self.pair(serviceLanguages: ("fr", "fr"))
        #expect(pair.pair.kind == .possibleDuplicate)
        #expect(pair.pair.periodsOverlap == nil)
        #expect(pair.action.hasSuffix("whether they run at the same time is unknown: check their dates before coordinating or merging."))
        let french = try Self.pair(serviceLanguages: nil)
        #expect(french.pair.kind == .possibleDuplicate)
        #expect(french.action.contains("do not merge"))
    }
}

/// One colour per sector on every map; past the palette, the rarest sectors are "other".
@Suite struct SectorColourTests {
    static func network(sectors: Int) throws -> Network {
        var yaml = "organisations:\n"
        for i in 0..<sectors {
            // Sector i is the first sector of sectors − i organisations, so the ranking is fixed.
            for j in 0..<(sectors - i) { yaml += "  - {id: o\(i)-\(j), name: O\(i)-\(j), sectors: [s\(String(format: "%02d", i))]}\n" }
        }
        yaml += "  - {id: legend-isolated, name: Named like a legend entry}\npartnerships:\n"
        for i in 0..<sectors { yaml += "  - {organisations: [o\(i)-0, o\((i + 1) % sectors)-0]}\n" }
        return try NetworkLoader.network(yaml: yaml)
    }

    @Test func sixteenSectorsGetElevenColoursAndOther() throws {
        let network = try Self.network(sectors: 16)
        let palette = SectorPalette(network)
        #expect(palette.coloured == (0..<11).map { "s" + String(format: "%02d", $0) })
        #expect(palette.other == (11..<16).map { "s" + String(format: "%02d", $0) })
        let fills = palette.coloured.map { palette.fill($0) }
        #expect(Set(fills).count == 11)
        #expect(!fills.contains(palette.fill("s15")))
        let map = try NetworkMap.dot(network, view: .partnerships, language: .en)
        let legend = try #require(map.clusters.first { $0.key == "legend" })
        #expect(legend.nodes.contains("legend:sector-other"))
        #expect(map.nodes.first { $0.id == "legend:sector-other" }?.attributes[.label] == .label("other sectors (5)"))
        // An organisation whose id reads like a legend entry stays an organisation.
        #expect(map.nodes.first { $0.id == "legend-isolated" }?.attributes[.label] == .label("Named like a legend\nentry"))
    }

    @Test func aSectorHasTheSameColourOnEveryMap() throws {
        let network = try Self.network(sectors: 6)
        let full = try NetworkMap.dot(network, view: .partnerships, language: .en)
        let ego = try NetworkMap.dot(network, view: .ego("o5-0"), language: .en)
        for node in ego.nodes where node.id.hasPrefix("o") {
            #expect(node.attributes[.fillcolor] == full.nodes.first { $0.id == node.id }?.attributes[.fillcolor], "\(node.id)")
        }
    }
}
