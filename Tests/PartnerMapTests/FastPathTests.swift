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
        for text in ["Intégration des NOUVEAUX arrivants à Montréal", "Œuvre CŒUR Æsop Straße", "İstanbul", "Ça va — « oui »",
                     "Ελληνικά ΣΟΦΙΑ", "日本語 テキスト", "naïve façade", "", "L’isolement des aînées"] {
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
