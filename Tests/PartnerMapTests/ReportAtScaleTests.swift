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

    @Test func thePagesScriptCarriesOnlyTheOrganisationsTheMapDraws() throws {
        // An overview map of a national file draws a few hundred organisations; the data of the
        // 67,000 others made 10 of the report's 12 MB.
        let svg = """
            <svg><g id="graph0" class="graph"><g id="node&#45;o1" class="node"><title>o1</title></g>
            <g id="node&#45;o&#45;2" class="node"><title>o-2</title></g><g id="edge1" class="edge"><title>o1&#45;&#45;o&#45;2</title></g></g></svg>
            """
        #expect(HTMLReport.drawnNodes(in: svg) == ["o1", "o-2"])
        #expect(HTMLReport.unescapedXML("a&#45;b&#x2D;c&amp;&lt;d&gt;&unknown;") == "a-b-c&<d>&unknown;")
        var yaml = "organisations:\n"
        for id in ["o1", "o-2", "o3"] { yaml += "  - {id: \(id), name: Organisation \(id)}\n" }
        yaml += "partnerships:\n  - {organisations: [o1, o-2]}\n  - {organisations: [o1, o3]}\n"
        let html = try HTMLReport.render(try NetworkLoader.network(yaml: yaml), mapSVG: svg, file: "net.yaml", language: .en)
        let data = try #require(html.components(separatedBy: "id=\"pm-data\">").last?.components(separatedBy: "</script>").first)
        #expect(data.contains("\"o1\":[\"o-2\"]") && data.contains("\"o-2\":[\"o1\"]"), "\(data)")
        #expect(!data.contains("o3"), "o3 is not on the map: \(data)")
    }
}
