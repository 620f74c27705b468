import Foundation
import Testing

@testable import PartnerMap

/// The shortcuts that make overlap and recommend fast on national grants files leave out only
/// what could not be reported: a candidate pair whose text cannot reach its own floor (overlap),
/// a pair that cannot beat the lowest kept suggestion (recommend). Checked on a seeded network
/// large enough (2,400 projects) for the text index to take its shortcuts, with themes, target
/// groups, areas, dates and funders varied so that the floors differ from pair to pair.
@Suite struct PruningTests {
    /// 2,400 projects of 800 organisations funded by 40 funders; objectives of six words drawn
    /// from 90, so that many pairs are alike.
    static func network(organisations: Int = 800, projects: Int = 2_400) throws -> Network {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = (0..<90).map { "word\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\(String(UnicodeScalar(UInt8(97 + $0 / 26))))" }
        let themes = ["housing", "employment", "language", "health", "youth"]
        let areas = ["Hamilton", "London", "Ontario", "Windsor"]
        var yaml = "organisations:\n"
        for f in 0..<40 { yaml += "  - {id: funder-\(f), name: Funder \(f), type: funder}\n" }
        for o in 0..<organisations { yaml += "  - {id: org-\(o), name: Organisation \(o)}\n" }
        yaml += "projects:\n"
        var funding = "funding:\n"
        var partnerships = "partnerships:\n"
        for p in 0..<projects {
            let objectives = (0..<6).map { _ in words[next(words.count)] }.joined(separator: " ")
            yaml += "  - id: project-\(p)\n    name: Project \(p)\n    organisations: [org-\(next(organisations))]\n    objectives: \(objectives)\n    language: en\n"
            if next(3) > 0 { yaml += "    themes: [\(themes[next(5)]), \(themes[next(5)])]\n" }
            if next(2) == 0 { yaml += "    targetGroups: [\(["women", "youth", "seniors"][next(3)])]\n" }
            if next(2) == 0 { yaml += "    area: \(areas[next(areas.count)])\n" }
            if next(3) > 0 {
                let start = 2015 + next(6)
                yaml += "    start: \(start)\n    end: \(start + next(4))\n"
            }
            funding += "  - {from: funder-\(next(40)), to: project-\(p), amount: 1000, year: 2020}\n"
        }
        var tied = Set<[Int]>()
        while tied.count < organisations * 3 / 4 {
            let pair = [next(organisations / 2), organisations / 2 + next(organisations / 2)]
            if tied.insert(pair).inserted { partnerships += "  - {organisations: [org-\(pair[0]), org-\(pair[1])]}\n" }
        }
        return try NetworkLoader.network(yaml: yaml + funding + partnerships)
    }

    @Test func overlapKeepsEveryPairTheIndexWouldHaveFoundWithoutFloors() throws {
        let network = try Self.network()
        let finder = OverlapFinder(network)
        // Without floors: every pair whose text reaches the floor of a perfect context, compared in full.
        let projects = network.projects
        let placeholders = OverlapFinder.Placeholders(projects)
        let texts = projects.map { TextIndex.Text(OverlapFinder.text(of: $0, placeholders: placeholders), language: $0.language) }
        let index = TextIndex(texts)
        var funders: [String: Set<String>] = [:]
        for flow in network.funding { funders[flow.to, default: []].insert(flow.from) }
        let contexts = projects.map { OverlapFinder.ProjectContext($0) }
        let wordStems = index.featureNames.map { (TextNormalizer.stem($0, language: .en), TextNormalizer.stem($0, language: .fr)) }
        let evidence = OverlapFinder.Evidence(
            projects: projects, contexts: contexts, placeholders: placeholders, index: index, wordStems: wordStems, funders: funders)
        let threshold = OverlapFinder.defaultThreshold
        let expected = index.pairs(threshold: (threshold - 0.25) / 0.75).compactMap { candidate in
            OverlapFinder.compare(candidate.a, candidate.b, text: candidate.similarity, evidence: evidence, contextWeight: 0.25, threshold: threshold)
        }
        #expect(expected.count > 100, "the network makes enough overlapping pairs to test")
        let missing = Set(expected).subtracting(finder.pairs).map(\.projects).sorted { $0.lexicographicallyPrecedes($1) }
        #expect(missing.isEmpty, "\(missing.count) pairs left out, first \(missing.prefix(3))")
        #expect(finder.pairs.count == expected.count)
    }

    /// Above 2,000 projects the search skips the most common words; the outputs say so, in the
    /// reader's language, and say nothing of the kind for a small file.
    @Test func overlapSaysWhenCommonWordsWereNotSearched() throws {
        let network = try Self.network()
        let finder = OverlapFinder(network)
        let common = try #require(finder.commonWordsLeftOut)
        #expect(common.usedByMoreThan == 200)
        #expect(common.count > 0)
        let english = OverlapOutput(finder: finder, network: network, threshold: OverlapFinder.defaultThreshold).table(top: 1)
        #expect(english.contains("words and concepts used by more than 200 projects each still count in every pair's score"))
        let french = OverlapOutput(finder: finder, network: network, threshold: OverlapFinder.defaultThreshold, language: .fr).table(top: 1)
        #expect(french.contains("employés par plus de 200 projets chacun"))
        let json = try OverlapOutput(finder: finder, network: network, threshold: OverlapFinder.defaultThreshold).json(top: 1)
        #expect(json.contains("\"commonWordsLeftOut\""))
        let small = try Self.network(organisations: 200, projects: 500)
        #expect(OverlapFinder(small).commonWordsLeftOut == nil)
    }

    @Test func recommendKeepsWhatTheFullListStartsWith() throws {
        // Smaller: the full list is every pair with a shared partner or a similar objective.
        let network = try Self.network(organisations: 200, projects: 500)
        let all = PartnershipRecommender(network, top: 0).recommendations
        #expect(all.count > 200)
        #expect(all.contains { $0.adamicAdar > 0 } && all.contains { $0.adamicAdar == 0 })
        // When as many are asked for as there are pairs sharing a partner above a score, those
        // pairs fill the list first and its lowest score decides which pairs alike only in
        // their objectives are asked of the index: those just above it must still come in.
        let bestAlikeOnly = try #require(all.first { $0.adamicAdar == 0 }).score
        let levels = [0.8, 0.9, 0.95, 1.0].map { share in all.filter { $0.adamicAdar > 0 && $0.score >= bestAlikeOnly * share }.count }
        for top in [1, 10, 60] + levels {
            let kept = PartnershipRecommender(network, top: top).recommendations
            let same = kept == Array(all.prefix(top))
            #expect(same, "top \(top): \(zip(kept, all).filter { $0.0 != $0.1 }.count) of \(kept.count) differ from the full list's")
        }
    }
}
