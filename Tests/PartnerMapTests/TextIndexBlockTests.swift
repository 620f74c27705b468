import Testing

@testable import PartnerMap

/// Pairs found a block of texts at a time are the pairs found at once, in the same order and
/// with the same similarities: what lets `recommend` walk a national grants file's millions of
/// pairs without holding them.
@Suite struct TextIndexBlockTests {
    @Test func blocksTogetherAreTheWhole() {
        // 2,500 texts: above 2,000, where candidates come from the rarer words only.
        let words = [
            "welcome", "circles", "newcomer", "women", "employment", "mentoring", "housing", "advice", "youth",
            "football", "language", "classes", "legal", "clinic", "family", "learning", "health", "support",
        ]
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        let texts = (0..<2_500).map { _ in
            TextIndex.Text((0..<6).map { _ in words[next() % words.count] }.joined(separator: " ") + " place\(next() % 40)", language: .en)
        }
        let index = TextIndex(texts)
        let whole = index.pairs(threshold: 0.5)
        var blocks: [(a: Int, b: Int, similarity: Double)] = []
        for start in stride(from: 0, to: 2_500, by: 700) { blocks += index.pairs(threshold: 0.5, sources: start..<min(2_500, start + 700)) }
        #expect(whole.count > 1_000, "enough pairs to mean something: \(whole.count)")
        #expect(whole.count == blocks.count)
        #expect(zip(whole, blocks).allSatisfy { $0.a == $1.a && $0.b == $1.b && $0.similarity == $1.similarity })
        #expect(index.pairs(threshold: 0.5, sources: 2_500..<3_000).isEmpty)
    }
}
