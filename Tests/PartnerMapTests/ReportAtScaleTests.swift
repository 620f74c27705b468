import Foundation
import Testing

@testable import PartnerMap

/// A report stays a page one can send when a grants file joins many projects in one group of
/// overlapping projects: the largest groups are listed with their first names and a count.
@Suite struct ReportAtScaleTests {
    @Test func aLargeGroupOfOverlappingProjectsIsNamedInPartAndCounted() throws {
        let count = HTMLReport.namesListedPerCluster + 3
        var yaml = "organisations:\n  - {id: fund, name: Fund, type: funder}\n"
        for i in 0..<count { yaml += "  - {id: o\(i), name: Organisation \(i)}\n" }
        yaml += "projects:\n"
        for i in 0..<count {
            yaml +=
                "  - {id: p\(i), name: \"Welcome circles \(i)\", organisations: [o\(i)], objectives: \"Peer support circles that break the isolation of newcomer women in the neighbourhood\"}\n"
        }
        let network = try NetworkLoader.network(yaml: yaml)
        let overlap = OverlapFinder(network)
        try #require(overlap.clusters.first?.count == count, "one group of every project")
        let html = try HTMLReport.render(network, mapSVG: nil, file: "net.yaml", language: .en)
        #expect(html.contains("Welcome circles \(HTMLReport.namesListedPerCluster - 1) · and 3 more"), "the first names, then a count")
        let group = try #require(html.components(separatedBy: "<li>").first { $0.contains("and 3 more") })
        #expect(!group.contains("Welcome circles \(count - 1)"), "the last names are counted, not listed")
        let french = try HTMLReport.render(network, mapSVG: nil, file: "net.yaml", language: .fr)
        #expect(french.contains("et 3\u{A0}autres") || french.contains("et 3 autres"), "in French too")
    }
}
