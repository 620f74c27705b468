import Testing

@testable import PartnerMap

/// The fast paths added for large networks give exactly what the plain ones gave.
@Suite struct FastPathTests {
    @Test func foldingScalarByScalarEqualsFoundationsFolding() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "z"
            #expect(TextNormalizer.fold(text) == TextNormalizer.foldedSlowly(text), "U+\(String(value, radix: 16))")
        }
        for text in [
            "Intégration des NOUVEAUX arrivants à Montréal", "Œuvre CŒUR Æsop Straße", "İstanbul", "Ça va — « oui »",
            "Ελληνικά ΣΟΦΙΑ", "日本語 テキスト", "naïve façade", "", "L’isolement des aînées",
        ] {
            #expect(TextNormalizer.fold(text) == TextNormalizer.foldedSlowly(text), "\(text)")
        }
    }

    @Test func lookupsFollowEveryChangeOfTheLists() {
        var network = Network(name: "n", organisations: [Organisation(id: "a", name: "A"), Organisation(id: "a", name: "A again")])
        #expect(network.organisation("a")?.name == "A")  // the first, as before
        #expect(network.organisation("b") == nil)
        network.organisations.append(Organisation(id: "b", name: "B"))
        #expect(network.organisation("b")?.name == "B")
        network.organisations[0].name = "Renamed"
        #expect(network.displayName(of: "a") == "Renamed")
        let copy = network
        network.organisations.removeAll()
        #expect(network.organisation("a") == nil)
        #expect(copy.organisation("a")?.name == "Renamed")
        network.projects = [Project(id: "p", name: "P", organisations: ["a"], objectives: "x")]
        #expect(network.displayName(of: "p") == "P")
        #expect(copy == copy && copy != network)
    }
}

/// Above 2,000 organisations the report estimates betweenness from a seeded sample and says so.
@Suite struct LargeReportTests {
    static func ring(_ n: Int) -> Network {
        let organisations = (0..<n).map { Organisation(id: "o\($0)", name: "Organisation \($0)") }
        let partnerships = (0..<n).map { Partnership("o\($0)", "o\(($0 + 1) % n)") }
        return Network(name: "Ring", organisations: organisations, partnerships: partnerships)
    }

    @Test func largeReportsSayBetweennessIsEstimated() throws {
        let large = try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .en)
        #expect(large.contains("Betweenness is estimated from 500 of the 2,100 organisations"))
        let french = try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .fr)
        #expect(french.contains("estimée à partir de 500 des 2\u{202F}100 organismes"))
        #expect(try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .en) == large)
        let small = try HTMLReport.render(Self.ring(300), mapSVG: nil, file: "ring.csv", language: .en)
        #expect(!small.contains("Betweenness is estimated"))
    }
}
