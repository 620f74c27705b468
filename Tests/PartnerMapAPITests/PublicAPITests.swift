import Foundation
import PartnerMap
import PartnerMapGraphviz
import Testing

/// What a program using PartnerMap as a library can do, through its public API only (no
/// `@testable`): the path `Examples/LibraryUsage` walks, and what a coordinator's own tool
/// would add to it. A declaration this target needs cannot be made internal by mistake.
@Suite struct PublicAPITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test func loadSummariseFindGapsAndWalkTheGraph() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.root + "/Graphs/ontario-lips.yaml")
        let summary = NetworkSummary(network)
        #expect(summary.organisations == 36)
        let graph = CollaborationView.graph(of: network)
        let busiest = (0..<graph.nodeCount).max { (graph.degree(of: $0), $1) < (graph.degree(of: $1), $0) }
        #expect(busiest.map { graph.nodeIDs[$0] } == "london-lip")
        let gaps = GapFinder(network).gaps
        #expect(!gaps.isEmpty && gaps.allSatisfy { Gap.Kind.allCases.contains($0.kind) })
    }

    @Test func aWorkbookAndItsCSVFolderAreTheSameNetwork() throws {
        let folder = try NetworkLoader.loadNetwork(path: Self.root + "/Graphs/london-middlesex-lip")
        let workbook = try NetworkLoader.loadNetwork(path: Self.root + "/Tests/PartnerMapTests/Fixtures/workbooks/london-middlesex-lip.xlsx")
        #expect(workbook == folder)
        // A workbook's sheets, as a program reads them for its own purposes.
        let sheets = try Workbook.read(path: Self.root + "/Tests/PartnerMapTests/Fixtures/workbooks/360giving.xlsx").get()
        #expect(sheets.sheets.map(\.name) == ["Readme", "grants"])
        #expect(sheets.sheet(named: "grants")?.rows.first?.cells.first == "Identifier")
    }

    @Test func surveyScoresAndTheFormForTheNextWave() throws {
        let wave = try NetworkLoader.loadNetwork(path: Self.root + "/Examples/survey/waves/lakeside-2011.yaml")
        let scores = SurveyScores(wave)
        #expect(scores.organisations.count == wave.organisations.count)
        #expect(scores.organisations.contains { $0.trustReceived != nil })
        let members = wave.organisations.map { SurveyForm.Member(id: $0.id, name: $0.name) }
        let form = try WorkbookWriter.data(SurveyForm.sheets(members: members, languages: .both))
        let read = try Workbook.read(data: form, file: "form.xlsx").get()
        #expect(read.sheets.map(\.name) == ["survey", "choices", "settings"])
        #expect(read.sheet(named: "choices")?.rows.filter { $0.cells.first == "members" }.count == members.count)
    }

    @Test func overlapPairsReadTheirEvidence() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.root + "/Graphs/allies-learning-exchange.yaml")
        let pairs = OverlapFinder(network).pairs
        let first = try #require(pairs.first)
        // The evidence is read when asked for, the same whichever way it is asked.
        let (terms, concepts) = first.sharedWordsAndConcepts
        #expect(terms == first.sharedTerms && concepts == first.sharedConcepts)
        #expect(!terms.isEmpty || !concepts.isEmpty)
        #expect(first.projects.allSatisfy { id in network.projects.contains { $0.id == id } })
        #expect(pairs == OverlapFinder(network).pairs)
    }

    @Test func twoWavesComparedAndAMapRendered() throws {
        let old = try NetworkLoader.loadNetwork(path: Self.root + "/Examples/survey/waves/lakeside-2010.yaml")
        let new = try NetworkLoader.loadNetwork(path: Self.root + "/Examples/survey/waves/lakeside-2011.yaml")
        let change = NetworkChange(old: old, new: new)
        #expect(Set(change.joined).isDisjoint(with: old.organisations.map(\.id)))
        let dot = try NetworkMap.dot(new, view: .partnerships)
        let svg = try GraphvizRenderer.shared().render(dot: DOTWriter.write(dot), format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
}
