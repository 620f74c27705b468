import Foundation
import Testing

@testable import PartnerMap

/// Precision and recall of `partnermap overlap` on the labelled evaluation set
/// (Fixtures/overlap): 40 projects, 14 pairs with the same objective (6 across French and
/// English), 12 near misses. docs/measures.md reports these figures.
@Suite struct OverlapEvaluationTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/overlap").path

    struct Label {
        var pair: Set<String>
        var label: String
        var languages: String
    }

    static func labels() throws -> [Label] {
        try String(contentsOfFile: folder + "/labels.tsv", encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let columns = line.split(separator: "\t").map(String.init)
                return Label(pair: [columns[0], columns[1]], label: columns[2], languages: columns[3])
            }
    }

    struct Evaluation {
        var precision: Double
        var recall: Double
        var crossLanguageRecall: Double
        var classAccuracy: Double
        var falsePositives: [Set<String>]
        var missed: [Set<String>]
    }

    static func evaluate(threshold: Double) throws -> Evaluation {
        let network = try NetworkLoader.loadNetwork(path: folder + "/evaluation.yaml")
        let finder = OverlapFinder(network, options: .init(threshold: threshold))
        let labels = try labels()
        let positives = labels.filter { $0.label != "near-miss" }
        let reported = Dictionary(finder.pairs.map { (Set($0.projects), $0) }, uniquingKeysWith: { a, _ in a })
        let positiveSet = Set(positives.map(\.pair))
        let truePositives = reported.keys.filter(positiveSet.contains)
        let crossLanguage = positives.filter { $0.languages == "fr-en" }
        let rightClass = positives.filter { reported[$0.pair]?.kind.rawValue == $0.label }
        return Evaluation(
            precision: reported.isEmpty ? 1 : Double(truePositives.count) / Double(reported.count),
            recall: Double(truePositives.count) / Double(positives.count),
            crossLanguageRecall: Double(crossLanguage.filter { reported[$0.pair] != nil }.count) / Double(crossLanguage.count),
            classAccuracy: Double(rightClass.count) / Double(max(1, truePositives.count)),
            falsePositives: reported.keys.filter { !positiveSet.contains($0) },
            missed: positives.map(\.pair).filter { reported[$0] == nil })
    }

    @Test func theSetIsAsLargeAsPromised() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.folder + "/evaluation.yaml")
        let labels = try Self.labels()
        #expect(network.projects.count >= 40)
        #expect(labels.filter { $0.label != "near-miss" }.count >= 12)
        #expect(labels.filter { $0.label != "near-miss" && $0.languages == "fr-en" }.count >= 4)
        #expect(labels.filter { $0.label == "near-miss" }.count >= 8)
        let ids = Set(network.projects.map(\.id))
        for label in labels { #expect(label.pair.isSubset(of: ids), "\(label.pair)") }
    }

    @Test func precisionAndRecallAtTheDefaultThreshold() throws {
        let result = try Self.evaluate(threshold: OverlapFinder.defaultThreshold)
        print(
            "overlap evaluation at \(OverlapFinder.defaultThreshold): precision \(result.precision), recall \(result.recall), "
                + "French-English recall \(result.crossLanguageRecall), class accuracy \(result.classAccuracy)")
        #expect(result.precision >= 0.9, "false positives: \(result.falsePositives)")
        #expect(result.recall >= 0.9, "missed: \(result.missed)")
        #expect(result.crossLanguageRecall >= 0.8, "missed: \(result.missed)")
        #expect(result.classAccuracy >= 0.9)
    }

    @Test func thresholdZeroListsEveryPairWithAnySimilarity() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.folder + "/evaluation.yaml")
        let all = OverlapFinder(network, options: .init(threshold: 0))
        let strict = OverlapFinder(network, options: .init(threshold: OverlapFinder.defaultThreshold))
        #expect(all.pairs.count > strict.pairs.count * 5)
        #expect(all.pairs.allSatisfy { $0.textSimilarity > 0 })
        #expect(zip(all.pairs, all.pairs.dropFirst()).allSatisfy { $0.score >= $1.score })
    }
}
