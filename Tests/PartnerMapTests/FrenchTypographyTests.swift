import Testing

@testable import PartnerMap

/// French as a francophone sets it: no-break spaces before `:` `;` `?` `!` and inside « ».
@Suite struct FrenchTypographyTests {
    @Test func spacesBeforeDoublePunctuation() {
        #expect(FrenchTypography.apply("réseau : 20 lacunes ; voir ci-dessous") == "réseau\u{00A0}: 20 lacunes\u{202F}; voir ci-dessous")
        #expect(FrenchTypography.apply("réseau: 20") == "réseau\u{00A0}: 20")
        #expect(FrenchTypography.apply("Pourquoi ? Parce que !") == "Pourquoi\u{202F}? Parce que\u{202F}!")
        #expect(FrenchTypography.apply("la priorité « Réduire la discrimination »") == "la priorité «\u{00A0}Réduire la discrimination\u{00A0}»")
        #expect(FrenchTypography.apply("«Réduire»") == "«\u{00A0}Réduire\u{00A0}»")
    }

    @Test func timesLinksAndIdsAreLeftAlone() {
        for text in ["https://www.hireimmigrants.ca", "26/03/2001 00:00", "ego:binam", "a:b"] {
            #expect(FrenchTypography.apply(text) == text)
        }
        #expect(ReportLanguage.en.typeset("network : 20") == "network : 20")
        // What is to be typed into a file stays as it must be typed.
        #expect(FrenchTypography.apply("Marquer l’instance `membersComplete: true` ; puis") == "Marquer l’instance `membersComplete: true`\u{202F}; puis")
    }
}

/// No English left on French maps: sector names in the legend and tooltips are French.
@Suite struct FrenchMapWordsTests {
    @Test func legendAndTooltipsSpeakFrench() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: Centre A, sectors: [settlement, health]}
                  - {id: b, name: B, sectors: [employment]}
                partnerships:
                  - {organisations: [a, b]}
                """)
        let dot = DOTWriter.write(try NetworkMap.dot(network, view: .partnerships, language: .fr))
        #expect(dot.contains("label=établissement") || dot.contains("label=\"établissement\""))
        #expect(dot.contains("secteurs\u{00A0}: établissement, santé"))
        #expect(!dot.contains("label=settlement") && !dot.contains("label=\"settlement\""))
    }
}

/// Names take their article and agree, from the head noun or the file's `article` field.
@Suite struct FrenchArticleTests {
    @Test func theFileArticleWinsAndPronounsAgree() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: ymca, name: YMCA du Québec, article: le}
                  - {id: banque, name: Banque alimentaire de l’Est}
                  - {id: edm, name: Emploi Diversité Montréal}
                  - {id: ville, name: Ville de Montréal}
                  - {id: c, name: Centre C}
                  - {id: d, name: D}
                partnerships:
                  - {organisations: [banque, ymca]}
                  - {organisations: [banque, edm]}
                  - {organisations: [banque, ville]}
                  - {organisations: [ymca, c]}
                  - {organisations: [ymca, d]}
                """)
        #expect(network.organisation("ymca")?.article == .le)
        let words = FindingSentences(language: .fr, network: network)
        let gaps = GapFinder(network).gaps.filter { $0.kind == .singlePointOfFailure }
        let sentences = gaps.map { words.message($0) + " " + words.nextStep($0) }
        #expect(sentences.contains { $0.contains("Si le YMCA du Québec partait") })
        #expect(sentences.contains { $0.contains("autour de la Banque alimentaire de l’Est : un partenariat direct entre les groupes qu’elle relie") }, "\(sentences)")
        #expect(sentences.contains { $0.contains("autour du YMCA du Québec") && $0.contains("qu’il relie") })
        // Written back as read.
        let yaml = NetworkFileWriter.yaml(network)
        #expect(yaml.contains("article: \"le\""))
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.network(yaml: "organisations:\n  - {id: a, name: A, article: der}\n") }
    }
}
