import Foundation
import Testing

@testable import PartnerMap

/// Precision and recall of the characteristics PartnerMap proposes from a project's text,
/// against 102 project descriptions in English and French labelled by hand
/// (Fixtures/framework/descriptions.tsv). Benchmarks/README.md reports these figures.
@Suite struct CharacteristicProposalTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/framework/descriptions.tsv").path

    struct Described {
        var id: String
        var language: Language
        var labels: Set<String>
        var project: Project
        /// Written after the words file was revised (ids n01…), never used to tune it.
        var heldOut: Bool
    }

    static func described() throws -> [Described] {
        try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let language = Language(rawValue: c[1]) ?? .en
            return Described(
                id: c[0], language: language, labels: Set(c[2].split(separator: ",").map(String.init)),
                project: Project(id: c[0], name: c[3], organisations: ["o"], objectives: c[4], language: language),
                heldOut: c[0].hasPrefix("n"))
        }
    }

    struct Score: CustomStringConvertible {
        var truePositives = 0
        var proposed = 0
        var labelled = 0
        var precision: Double { proposed == 0 ? 1 : Double(truePositives) / Double(proposed) }
        var recall: Double { labelled == 0 ? 1 : Double(truePositives) / Double(labelled) }
        var description: String {
            String(format: "precision %.3f (%d/%d), recall %.3f (%d/%d)", precision, truePositives, proposed, recall, truePositives, labelled)
        }
    }

    static func score(_ items: [Described], misses: inout [String]) -> Score {
        let proposer = CharacteristicProposer()
        var score = Score()
        for item in items {
            let proposals = proposer.proposals(for: item.project)
            let proposed = Set(proposals.map(\.characteristic))
            score.truePositives += proposed.intersection(item.labels).count
            score.proposed += proposed.count
            score.labelled += item.labels.count
            for wrong in proposed.subtracting(item.labels) {
                misses.append("\(item.id) false +\(wrong) \(proposals.first { $0.characteristic == wrong }?.words ?? [])")
            }
            for missed in item.labels.subtracting(proposed) { misses.append("\(item.id) missed \(missed)") }
        }
        return score
    }

    @Test func theSetIsAsLargeAsPromised() throws {
        let items = try Self.described()
        #expect(items.count >= 60)
        #expect(items.filter { $0.language == .fr }.count >= 30)
        #expect(items.filter { $0.language == .en }.count >= 30)
        let framework = Framework.welcomingCommunities
        let labels = Set(items.flatMap(\.labels))
        #expect(labels.isSubset(of: Set(framework.characteristics.map(\.id))))
        // Every characteristic is labelled at least twice.
        for characteristic in framework.characteristics {
            #expect(items.filter { $0.labels.contains(characteristic.id) }.count >= 2, "\(characteristic.id)")
        }
    }

    @Test func proposalsMeetTheAims() throws {
        let items = try Self.described()
        var misses: [String] = []
        let all = Self.score(items, misses: &misses)
        var ignored: [String] = []
        let heldOut = Self.score(items.filter(\.heldOut), misses: &ignored)
        let french = Self.score(items.filter { $0.language == .fr }, misses: &ignored)
        let english = Self.score(items.filter { $0.language == .en }, misses: &ignored)
        print("characteristic proposals: all \(all); held out \(heldOut); French \(french); English \(english)")
        for miss in misses { print("  " + miss) }
        #expect(all.precision >= 0.85)
        #expect(all.recall >= 0.75)
    }
}
