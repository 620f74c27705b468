import Testing

@testable import PartnerMap

/// A suggested partnership names what matched: when a project's name is a placeholder ("Core
/// costs"), the sentence quotes the start of its objectives instead of the empty name.
@Suite struct RecommendationExcerptTests {
    @Test func aPlaceholderNameGivesWayToTheObjectives() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: Carrefour Nord}
                  - {id: b, name: Table Sud}
                projects:
                  - {id: p, name: Core costs, organisations: [a], objectives: "English conversation circles for newly arrived women in the north end"}
                  - {id: q, name: Conversation circles, organisations: [b], objectives: "English conversation circles for newly arrived women in the south end"}
                """)
        let recommendation = try #require(PartnershipRecommender(network).recommendations.first)
        #expect(recommendation.similarProjects == ["p", "q"])
        #expect(recommendation.similarProjectExcerpts == ["English conversation circles for newly arrived women in the…", nil])
        let english = FindingSentences(language: .en, network: network).reason(recommendation)
        #expect(english.contains("(“English conversation circles for newly arrived women in the…” and Conversation circles)"), "\(english)")
        let french = FindingSentences(language: .fr, network: network).reason(recommendation)
        #expect(french.contains("« English conversation circles for newly arrived women in the… »"), "\(french)")
    }
}
