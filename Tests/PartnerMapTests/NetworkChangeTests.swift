import Foundation
import Testing

@testable import PartnerMap

/// `compare` on hand-built pairs: every change is asserted.
@Suite struct NetworkChangeTests {
    static let old = """
        name: wave 1
        priorities:
          - {id: housing, name: Affordable housing, themes: [housing]}
          - {id: jobs, name: Employment for newcomers, themes: [employment]}
        organisations:
          - {id: hub, name: Hub, type: nonprofit, sectors: [settlement]}
          - {id: a, name: Agency A, type: nonprofit, sectors: [settlement]}
          - {id: b, name: Agency B, type: nonprofit, sectors: [employment]}
          - {id: c, name: Agency C, type: nonprofit, sectors: [settlement]}
          - {id: gone, name: Gone, type: nonprofit, sectors: [settlement]}
          - {id: city, name: City, type: municipal, sectors: [municipal]}
        projects:
          - {id: work, name: Jobs club, organisations: [b], objectives: Employment for newcomers, themes: [employment], start: 2019}
        partnerships:
          - {organisations: [hub, a], weight: 2, since: 2018}
          - {organisations: [hub, b], weight: 3, since: 2018}
          - {organisations: [hub, c], weight: 4, since: 2018}
          - {organisations: [gone, a], weight: 1, since: 2018}
          - {organisations: [city, hub], weight: 2, since: 2018}
        funding:
          - {from: city, to: hub, amount: 100000, year: 2019}
          - {from: city, to: work, amount: 50000, year: 2019}
        """

    static let new = """
        name: wave 2
        priorities:
          - {id: housing, name: Affordable housing, themes: [housing]}
          - {id: jobs, name: Employment for newcomers, themes: [employment]}
        organisations:
          - {id: hub, name: Hub, type: nonprofit, sectors: [settlement]}
          - {id: a, name: Agency A, type: nonprofit, sectors: [settlement]}
          - {id: b, name: Agency B, type: nonprofit, sectors: [employment]}
          - {id: c, name: Agency C, type: nonprofit, sectors: [settlement]}
          - {id: clinic, name: Clinic, type: health, sectors: [health]}
          - {id: city, name: City, type: municipal, sectors: [municipal]}
        projects:
          - {id: work, name: Jobs club, organisations: [b], objectives: Employment for newcomers, themes: [employment], start: 2019}
          - {id: homes, name: Housing help, organisations: [a], objectives: Affordable housing search, themes: [housing], start: 2021}
        partnerships:
          - {organisations: [a, hub], weight: 4, since: 2018}
          - {organisations: [hub, b], weight: 1, since: 2018}
          - {organisations: [hub, c], weight: 4, since: 2018}
          - {organisations: [a, b], weight: 2, since: 2021}
          - {organisations: [clinic, a], weight: 2, since: 2021}
          - {organisations: [city, hub], weight: 2, since: 2018}
        funding:
          - {from: city, to: hub, amount: 80000, year: 2021}
          - {from: city, to: work, amount: 50000, year: 2021}
          - {from: city, to: homes, amount: 70000, year: 2021}
        """

    static func change() throws -> NetworkChange {
        NetworkChange(old: try NetworkLoader.network(yaml: old), new: try NetworkLoader.network(yaml: new))
    }

    @Test func organisationsAndSectors() throws {
        let change = try Self.change()
        #expect(change.joined == ["clinic"])
        #expect(change.left == ["gone"])
        #expect(change.sectorsArrived == ["health"])
        #expect(change.sectorsGone == [])
    }

    @Test func tiesMatchedByTheirPairInEitherOrder() throws {
        let change = try Self.change()
        typealias Pair = NetworkChange.Pair
        #expect(change.gained == [Pair("a", "b"), Pair("a", "clinic")])
        #expect(change.lost == [Pair("a", "gone")])
        #expect(change.stronger == [NetworkChange.Reweighted(pair: Pair("a", "hub"), old: 2, new: 4)])
        #expect(change.weaker == [NetworkChange.Reweighted(pair: Pair("b", "hub"), old: 3, new: 1)])
    }

    @Test func fundingByFunder() throws {
        let change = try Self.change()
        #expect(change.funding == [NetworkChange.FunderChange(funder: "city", currency: "CAD", old: 150_000, new: 200_000)])
    }

    @Test func gapsClosedAndOpened() throws {
        let change = try Self.change()
        // Housing had no project in wave 1; in wave 2 "Housing help" covers it.
        #expect(change.gapsClosed.contains(NetworkChange.GapKey(kind: .uncoveredPriority, subjects: ["housing"], sectors: [])))
        #expect(!change.gapsOpened.contains { $0.kind == .uncoveredPriority })
        #expect(change.scores["priorities-covered"] == NetworkChange.Score(old: 0.5, new: 1))
    }

    @Test func scoresSideBySide() throws {
        let change = try Self.change()
        #expect(change.scores["organisations"] == NetworkChange.Score(old: 6, new: 6))
        #expect(change.scores["ties"] == NetworkChange.Score(old: 5, new: 6))
        #expect(change.scores["density"] == NetworkChange.Score(old: 5.0 / 15, new: 6.0 / 15))
        #expect(change.scores["components"] == NetworkChange.Score(old: 1, new: 1))
        // Freeman: wave 1 is a star around the hub with one more leaf (gone–a): degrees 4,2,1,1,1,1,
        // so Σ(4 − d) = 0 + 2 + 4 × 3 = 14 over (n − 1)(n − 2) = 20.
        #expect(change.scores["degree-centralisation"]?.old == 14.0 / 20)
        // Wave 2: hub 4 (a, b, c, city), a 3 (hub, b, clinic), b 2, c 1, clinic 1, city 1.
        #expect(change.scores["degree-centralisation"]?.new == Double(0 + 1 + 2 + 3 + 3 + 3) / 20)
    }

    @Test func brokersPresentInBothWithTheirRank() throws {
        let change = try Self.change()
        let hub = try #require(change.brokers.first { $0.id == "hub" })
        #expect(hub.oldRank == 1 && hub.newRank == 1)
        // Wave 1: the hub lies on every shortest path between its 4 neighbours' sides except gone–a.
        // Betweenness by hand, n = 6, normalised by (n-1)(n-2)/2 = 10 unordered pairs.
        // hub: pairs among {a or gone side, b, c, city}: a-b, a-c, a-city, b-c, b-city, c-city, gone-b, gone-c, gone-city = 9.
        #expect(hub.old == 0.9)
        let a = try #require(change.brokers.first { $0.id == "a" })
        #expect(a.old == 0.4)  // gone to hub, b, c, city
        #expect(!change.brokers.contains { $0.id == "gone" || $0.id == "clinic" })
    }

    @Test func nothingChangedIsSaid() throws {
        let network = try NetworkLoader.network(yaml: Self.old)
        let change = NetworkChange(old: network, new: network)
        #expect(change.isEmpty)
        #expect(ChangeOutput.table(change, old: network, new: network, oldLabel: "a", newLabel: "b").contains("Nothing changed"))
    }

    @Test func asOfKeepsWhatWasInPlace() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                  - {id: b, name: B}
                  - {id: late, name: Late, since: 2021}
                  - {id: f, name: F, type: funder}
                  - {id: lip, name: LIP, type: council}
                projects:
                  - {id: p, name: P, organisations: [a, late], start: 2019}
                  - {id: q, name: Q, organisations: [b], start: 2015, end: 2018}
                  - {id: r, name: R, organisations: [b]}
                partnerships:
                  - {organisations: [a, b], since: 2018, until: 2020}
                  - {organisations: [a, late], since: 2021}
                  - {organisations: [b, f]}
                memberships:
                  - {organisation: a, body: lip, since: 2020}
                funding:
                  - {from: f, to: p, amount: 10, year: 2019}
                  - {from: f, to: a, amount: 20, year: 2020-21}
                  - {from: f, to: b, amount: 30}
                """)
        let in2019 = network.asOf(year: 2019)
        #expect(in2019.organisations.map(\.id) == ["a", "b", "f", "lip"])
        #expect(in2019.projects.map(\.id) == ["p", "r"])
        #expect(in2019.projects[0].organisations == ["a"])
        #expect(in2019.partnerships.map(\.organisations) == [["a", "b"], ["b", "f"]])
        #expect(in2019.memberships.isEmpty)
        #expect(in2019.funding.map(\.amount) == [10, 30])
        let in2021 = network.asOf(year: 2021)
        #expect(in2021.organisations.map(\.id) == ["a", "b", "late", "f", "lip"])
        #expect(in2021.partnerships.map(\.organisations) == [["a", "late"], ["b", "f"]])
        #expect(in2021.memberships.count == 1)
        #expect(in2021.funding.map(\.amount) == [20, 30])  // fiscal 2020-21 runs April 2020 to March 2021
        let change = NetworkChange(old: in2019, new: in2021)
        #expect(change.joined == ["late"])
        #expect(change.gained == [NetworkChange.Pair("a", "late")])
        #expect(change.lost == [NetworkChange.Pair("a", "b")])
    }

    @Test func jsonHasTheContractsKeys() throws {
        let change = try Self.change()
        let text = try ChangeOutput.json(change, old: "w1.yaml", new: "w2.yaml")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["old"] as? String == "w1.yaml" && object["new"] as? String == "w2.yaml")
        let organisations = try #require(object["organisations"] as? [String: [String]])
        #expect(organisations == ["joined": ["clinic"], "left": ["gone"]])
        let ties = try #require(object["ties"] as? [String: [[String]]])
        #expect(ties["gained"] == [["a", "b"], ["a", "clinic"]])
        #expect(ties["lost"] == [["a", "gone"]])
        #expect(ties["stronger"] == [["a", "hub"]])
        #expect(ties["weaker"] == [["b", "hub"]])
        let funding = try #require(object["funding"] as? [[String: Any]])
        #expect(
            funding.count == 1 && funding[0]["funder"] as? String == "city" && funding[0]["old"] as? Double == 150_000
                && funding[0]["new"] as? Double == 200_000 && funding[0]["currency"] as? String == "CAD")
        let gaps = try #require(object["gaps"] as? [String: [[String: Any]]])
        #expect(gaps["closed"]?.contains { $0["kind"] as? String == "uncovered-priority" && $0["subjects"] as? [String] == ["housing"] } == true)
        let measures = try #require(object["measures"] as? [String: [String: Any]])
        #expect(measures["density"]?["old"] as? Double == 5.0 / 15)
        #expect(measures["components"]?["new"] as? Double == 1)
        // Same input, same bytes.
        #expect(try ChangeOutput.json(try Self.change(), old: "w1.yaml", new: "w2.yaml") == text)
    }
}

/// The change map's styles, read off the DOT graph it builds.
@Suite struct ChangeMapTests {
    @Test func everyKindOfChangeHasItsStyleAndNamesStayText() throws {
        let hostile = "A \"] [label=pwned] <script>"
        let old = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: "A \\"] [label=pwned] <script>"}
                  - {id: b, name: B}
                  - {id: c, name: C}
                  - {id: gone, name: Gone}
                partnerships:
                  - {organisations: [a, b], weight: 2}
                  - {organisations: [a, gone]}
                  - {organisations: [b, c], weight: 4}
                """)
        let new = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: "A \\"] [label=pwned] <script>"}
                  - {id: b, name: B}
                  - {id: c, name: C}
                  - {id: new, name: New}
                partnerships:
                  - {organisations: [a, b], weight: 5}
                  - {organisations: [b, c], weight: 1}
                  - {organisations: [new, c]}
                """)
        let change = NetworkChange(old: old, new: new)
        let dot = ChangeMap.dot(old: old, new: new, change: change, oldLabel: "2019", newLabel: "2022", language: .en)
        func node(_ id: String) throws -> [DOTAttribute: DOTValue] { try #require(dot.nodes.first { $0.id == id }).attributes }
        func edge(_ a: String, _ b: String) throws -> [DOTAttribute: DOTValue] {
            try #require(dot.edges.first { ($0.from, $0.to) == (a, b) }).attributes
        }
        #expect(try node("new")[.color] == .keyword("#009E73"))
        #expect(try node("gone")[.style] == .keyword("filled,dashed"))
        #expect(try node("b")[.color] == .keyword("#707070"))
        #expect(try node("a")[.label] == .label(hostile))
        #expect(try edge("c", "new")[.color] == .keyword("#009E73"))
        #expect(try edge("a", "gone")[.style] == .keyword("dashed"))
        #expect(try edge("a", "b")[.color] == .keyword("#0072B2"))
        #expect(try edge("b", "c")[.style] == .keyword("dotted"))
        #expect(dot.clusters.map(\.key) == ["legend"])
        // Legend samples cannot meet a network id: theirs hold a colon.
        #expect(dot.nodes.filter { $0.id.hasPrefix("legend:") }.count == 4)
        let text = DOTWriter.write(dot)
        #expect(text.contains(#"label="A \"] [label=pwned] <script>""#))
    }
}

/// A wave with one funder could not show who depended on it: a second funder appearing opens no
/// dependency that was already there, and closes no gap.
@Suite struct OneFunderWaveTests {
    @Test func dependenciesSeenOnceASecondFunderComesAreNotNew() throws {
        let old = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: cic, name: CIC, type: federal}
                  - {id: a, name: A}
                  - {id: b, name: B}
                funding:
                  - {from: cic, to: a, amount: 100, year: 2010}
                  - {from: cic, to: b, amount: 100, year: 2010}
                """)
        let new = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: cic, name: CIC, type: federal}
                  - {id: mci, name: MCI, type: provincial}
                  - {id: a, name: A}
                  - {id: b, name: B}
                  - {id: c, name: C}
                funding:
                  - {from: cic, to: a, amount: 100, year: 2011}
                  - {from: cic, to: b, amount: 100, year: 2011}
                  - {from: mci, to: c, amount: 100, year: 2011}
                """)
        #expect(GapFinder(old).gaps.contains { $0.onlyFunder == true })
        let change = NetworkChange(old: old, new: new)
        #expect(change.gapsClosed.isEmpty, "\(change.gapsClosed)")
        // C's dependency on MCI is new; A's and B's on CIC were there all along.
        #expect(change.gapsOpened.filter { $0.kind == .fundingDependency }.map(\.subjects) == [["c", "mci"]])
    }
}
