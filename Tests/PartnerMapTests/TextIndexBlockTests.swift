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

        // The same through one prepared search walked by blocks sized by what they find.
        let search = TextIndex.PairSearch(index)
        var walked: [(a: Int, b: Int, similarity: Double)] = []
        var sizes: [Int] = []
        SearchBlocks(smallest: 10, largest: 400, pairsPerBlock: 2_000).walk(2_500) { block in
            sizes.append(block.count)
            let found = search.pairs(threshold: 0.5, sources: block)
            walked += found
            return found.count
        }
        #expect(walked.count == whole.count)
        #expect(zip(whole, walked).allSatisfy { $0.a == $1.a && $0.b == $1.b && $0.similarity == $1.similarity })
        #expect(sizes.first == 10 && Set(sizes).count > 2, "sized by what the blocks find: \(sizes)")
    }

    /// Blocks cover every text once, in order; they double while they find under a quarter of
    /// the pairs a block may hold, halve above it, never leave their bounds, and stop when asked.
    @Test func searchBlocksCoverEveryTextAndFollowWhatTheyFind() {
        var ranges: [Range<Int>] = []
        // Many pairs in the texts from 300 to 600, few elsewhere.
        SearchBlocks(smallest: 4, largest: 64, pairsPerBlock: 100).walk(1_000) { block in
            ranges.append(block)
            return block.overlaps(300..<600) ? 1_000 : 10
        }
        #expect(ranges.first == 0..<4)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.last?.upperBound == 1_000)
        #expect(ranges.allSatisfy { $0.count >= 1 && $0.count <= 64 })
        #expect(ranges.map(\.count).prefix(6) == [4, 8, 16, 32, 64, 64])
        let inside = ranges.filter { $0.lowerBound >= 300 && $0.upperBound <= 600 }
        #expect(inside.last?.count == 4, "shrunk to the smallest where pairs are many: \(inside.map(\.count))")
        var asked = 0
        SearchBlocks(smallest: 4, largest: 64).walk(1_000) { _ in
            asked += 1
            return asked == 3 ? nil : 0
        }
        #expect(asked == 3)
    }

    /// Texts read a round at a time (a national file's million, so that their features as read
    /// are never all held) give the index read at once: the same features, ids and weights.
    @Test func roundsOfTextsMakeTheSameIndex() {
        let texts = (0..<1_200).map { number in
            TextIndex.Text(
                number % 3 == 0
                    ? "Cours de français pour les femmes nouvellement arrivées \(number % 17)"
                    : "Employment mentoring for newcomer youth in place\(number % 53) week\(number % 7)",
                language: number % 3 == 0 ? .fr : .en)
        }
        let whole = TextIndex(texts, options: TextIndex.Options(), textsPerRound: texts.count)
        for round in [1, 97, 256, 1_000] {
            let rounds = TextIndex(texts, options: TextIndex.Options(), textsPerRound: round)
            #expect(rounds.featureNames == whole.featureNames)
            #expect(rounds.documentOffsets == whole.documentOffsets)
            #expect(rounds.documentFeatures == whole.documentFeatures)
            #expect(rounds.documentWeights == whole.documentWeights)
            #expect(rounds.postingDocuments == whole.postingDocuments)
        }
        #expect(whole.featureNames.count > 100)
    }

    /// Above 2,000 texts, 4-grams have no postings; a text's similarity to every indexed text
    /// (a priority's) is then summed document by document, to the same last digit.
    @Test func similaritiesWithoutGramPostingsAreTheSame() {
        let texts = (0..<2_400).map { number in
            TextIndex.Text(
                number % 4 == 0
                    ? "Ateliers d'emploi et mentorat pour nouveaux arrivants \(number % 29)"
                    : "Language classes and employment mentoring for newcomers, group \(number % 61)",
                language: number % 4 == 0 ? .fr : .en)
        }
        let lean = TextIndex(texts)
        let posted = TextIndex(texts, options: TextIndex.Options(), textsPerRound: TextIndex.textsPerRound, postingGrams: true)
        #expect(lean.postingDocuments.count < posted.postingDocuments.count / 2)
        for query in [
            TextIndex.Text("Employment mentoring for newcomer women", language: .en),
            TextIndex.Text("Mentorat et emploi des femmes immigrantes", language: .fr),
        ] {
            let a = lean.similarities(to: query)
            let b = posted.similarities(to: query)
            #expect(a.count == b.count)
            #expect(zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern })
            #expect(a.max()! > 0.1, "\(a.max()!)")
        }
        #expect(lean.featureNames.indices.allSatisfy { lean.documentFrequency(of: $0) == posted.documentFrequency(of: $0) })
    }
}
