import Foundation
import Testing

@testable import PartnerMap
@testable import PartnerMapGraphviz

/// A network too large to draw whole gets a map of its brokers, boxed by community, with a
/// title that says what was left out; the map renders, and the same file gives the same bytes.
@Suite struct OverviewMapTests {
    /// 12 rings of 50 organisations, ring k tied to ring k+1 through one hub: 600 organisations.
    static func largeNetwork() throws -> Network {
        var organisations = "organisations:\n"
        var partnerships = "partnerships:\n"
        let sectors = ["health", "education", "employment", "settlement"]
        for ring in 0..<12 {
            for member in 0..<50 {
                organisations += "  - {id: r\(ring)-\(member), name: Ring \(ring) member \(member), sectors: [\(sectors[ring % 4])]}\n"
                partnerships += "  - {organisations: [r\(ring)-\(member), r\(ring)-\((member + 1) % 50)]}\n"
                if member % 10 == 0, member > 0 { partnerships += "  - {organisations: [r\(ring)-0, r\(ring)-\(member)]}\n" }
            }
            if ring < 11 { partnerships += "  - {organisations: [r\(ring)-0, r\(ring + 1)-0]}\n" }
        }
        return try NetworkLoader.network(yaml: "name: Rings\n" + organisations + partnerships)
    }

    @Test func theMapDrawsTheBrokersTheReportsTableLists() throws {
        // One rule for the table and the map (exact betweenness up to 2,000 organisations): the
        // 120 drawn are the 120 the table ranks first (ties in betweenness aside).
        let network = try Self.largeNetwork()
        let graph = CollaborationView.graph(of: network)
        let table = CentralityReport(graph, options: .init(measures: [.betweenness])).values[.betweenness]!
        let drawn = Set(try NetworkMap.dot(network, view: .partnerships).nodes.map(\.id).filter { !$0.hasPrefix("legend:") })
        let cutOff = table.sorted(by: >)[OverviewMap.shownOrganisations - 1]
        for node in 0..<graph.nodeCount where table[node] > cutOff {
            #expect(drawn.contains(graph.nodeIDs[node]), "\(graph.nodeIDs[node]) ranks above the last drawn broker")
        }
    }

    @Test func brokersGroupedByCommunityAndWhatIsLeftOut() throws {
        let network = try Self.largeNetwork()
        let dot = try NetworkMap.dot(network, view: .partnerships)
        let organisations = dot.nodes.filter { !$0.id.hasPrefix("legend:") }
        #expect(organisations.count == OverviewMap.shownOrganisations)
        // The hubs that join the rings broker most: every one is drawn.
        for ring in 0..<12 { #expect(organisations.contains { $0.id == "r\(ring)-0" }, "r\(ring)-0") }
        guard case .label(let title)? = dot.graphAttributes[.label] else {
            Issue.record("no title")
            return
        }
        #expect(title.contains("the 120 organisations that broker most, of 600, grouped by community; 480 organisations and"))
        #expect(title.contains("ties are not drawn"))
        let communities = dot.clusters.filter { $0.key.hasPrefix("community_") }
        #expect(communities.count >= 6)
        for cluster in communities {
            guard case .label(let label)? = cluster.attributes[.label] else { continue }
            #expect(label.contains(" of ") && label.hasSuffix(" organisations"), "\(label)")
        }
        // Every edge joins two drawn organisations (or two legend keys).
        let ids = Set(dot.nodes.map(\.id))
        #expect(dot.edges.allSatisfy { ids.contains($0.from) && ids.contains($0.to) })
        #expect(dot.graphAttributes[.layout] == .keyword("osage"))
    }

    @Test func rendersTheSameBytesTwiceAndInFrench() throws {
        let network = try Self.largeNetwork()
        let renderer = try GraphvizRenderer.shared()
        let text = DOTWriter.write(try NetworkMap.dot(network, view: .partnerships))
        let svg = try renderer.render(dot: text, format: .svg)
        #expect(try renderer.render(dot: text, format: .svg) == svg)
        let document = String(decoding: svg, as: UTF8.self)
        #expect(document.contains("Ring 3 member 0"))
        let french = DOTWriter.write(try NetworkMap.dot(network, view: .partnerships, language: .fr))
        #expect(french.contains("les 120 organismes qui font le plus le lien, sur 600"))
    }
}

/// A funding map of thousands of funder–recipient relations draws the largest, and says so.
@Suite struct LargeFundingMapTests {
    @Test func largestRelationsDrawnAndTitleSaysHowMany() throws {
        let count = MapStyle.largestFundingMap + 100
        var yaml = "name: Grants\norganisations:\n  - {id: funder, name: Funder, type: funder}\n"
        for k in 0..<count { yaml += "  - {id: g\(k), name: Grantee \(k)}\n" }
        yaml += "funding:\n"
        // Grant k is k + 1 dollars: the 100 smallest are left out.
        for k in 0..<count { yaml += "  - {from: funder, to: g\(k), amount: \(k + 1), year: 2024}\n" }
        let network = try NetworkLoader.network(yaml: yaml)
        let dot = try NetworkMap.dot(network, view: .funding)
        #expect(dot.edges.count == MapStyle.largestFundingMap)
        #expect(!dot.edges.contains { $0.to == "g99" } && dot.edges.contains { $0.to == "g100" })
        #expect(dot.edges.map(\.to) == (100..<count).map { "g\($0)" }, "the kept relations stay in file order")
        guard case .label(let title)? = dot.graphAttributes[.label] else {
            Issue.record("no title")
            return
        }
        #expect(title.contains("the 2,000 largest funding relations of 2,100"), "\(title)")
        #expect(dot.graphAttributes[.labelloc] == .keyword("t") && dot.graphAttributes[.rankdir] == .keyword("LR"))
        let french = try NetworkMap.dot(network, view: .funding, language: .fr)
        guard case .label(let titre)? = french.graphAttributes[.label] else {
            Issue.record("no title")
            return
        }
        #expect(titre.contains("les 2\u{202F}000 relations de financement les plus importantes, sur 2\u{202F}100"), "\(titre)")
    }
}
