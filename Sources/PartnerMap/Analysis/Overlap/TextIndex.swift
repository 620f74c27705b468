import Foundation

/// A TF-IDF index over short texts (project names, objectives and themes), in French and
/// English, with cosine similarity computed through an inverted index: only texts that share
/// a feature are ever compared, and no n×n matrix is built, so 20,000 projects index and pair
/// in about a second with memory growing linearly.
///
/// Each text becomes three blocks of features, each weighted by sublinear TF
/// (1 + ln tf) and smoothed IDF (ln((1+N)/(1+df)) + 1, as scikit-learn's `TfidfVectorizer`):
/// - **words**: stemmed words without stop words (`TextNormalizer`);
/// - **concepts**: the ``DomainLexicon`` concepts the text mentions, which join French and
///   English texts that share no word;
/// - **character 4-grams** of the folded words, which catch spelling variants and shared roots.
/// Each block is scaled to unit length and weighted, and the whole vector to unit length, so the
/// cosine of two texts is the weighted mean of their per-block cosines.
///
/// - Complexity: building, O(total text length); ``pairs(threshold:sources:floor:)``,
///   proportional to the candidate pairs sharing a proposing feature, with the vectors held
///   in O(total features) memory.
public struct TextIndex: Sendable {
    /// What a feature is: a stemmed word, a lexicon concept, or a character 4-gram.
    public enum FeatureKind: Int, Sendable {
        case word, concept, characters
    }

    /// The weight of each block of features in the cosine, and the lexicon of concepts.
    public struct Options: Sendable {
        /// The weight of stemmed words.
        public var wordWeight = 1.0
        /// The weight of lexicon concepts (how a French and an English text meet).
        public var conceptWeight = 1.0
        /// The weight of character 4-grams (spelling variants, compound words).
        public var characterWeight = 0.3
        /// The concepts and the words and phrases that name them, in both languages.
        public var lexicon = DomainLexicon.builtIn

        /// The weights above, the built-in lexicon.
        public init() {}

        /// Plain word TF-IDF, as scikit-learn's `TfidfVectorizer(sublinear_tf=True)` on the same
        /// words: for comparisons and benchmarks.
        public static var wordsOnly: Options {
            var options = Options()
            options.conceptWeight = 0
            options.characterWeight = 0
            return options
        }
    }

    /// A text to index and the language its words are stemmed in.
    public struct Text: Sendable {
        /// The text as written.
        public var text: String
        /// The language its words are stemmed in.
        public var language: Language
        /// A text in a language.
        public init(_ text: String, language: Language) {
            self.text = text
            self.language = language
        }
    }

    /// How many texts the index holds.
    public let count: Int
    /// How it reads them.
    public let options: Options
    /// Feature display names: a word as first seen, `concept:name`, or the 4-gram.
    public let featureNames: [String]
    /// Each feature's kind, by feature id.
    public let featureKinds: [FeatureKind]
    private let featureIDs: [FeatureKey: Int]
    private let idf: [Double]
    /// Documents as sparse unit vectors: features sorted by id.
    let documentOffsets: [Int]
    let documentFeatures: [Int32]
    let documentWeights: [Double]
    /// How many documents hold each feature.
    private let documentFrequencies: [Int]
    /// Whether character 4-grams have postings (a file small enough to compare every pair).
    private let postsCharacterGrams: Bool
    /// Postings: for each feature (but character 4-grams in a large file), the documents
    /// holding it, by document index.
    let postingOffsets: [Int]
    let postingDocuments: [Int32]
    let postingWeights: [Double]

    /// What names a feature: a stemmed word, a lexicon concept, or a character 4-gram (four
    /// ASCII characters packed in an integer, other grams as text), so that the millions of
    /// grams of a national grants file are counted without making a string for each.
    enum FeatureKey: Hashable, Sendable {
        case word(String)
        case concept(String)
        case asciiGram(UInt32)
        case gram(String)

        var kind: FeatureKind {
            switch self {
            case .word: .word
            case .concept: .concept
            case .asciiGram, .gram: .characters
            }
        }

        /// The display name of a concept or a gram (a word's is the word as first written).
        var display: String {
            switch self {
            case .word(let stem): stem
            case .concept(let name): "concept:" + name
            case .gram(let gram): gram
            case .asciiGram(let packed):
                String(decoding: [UInt8(packed >> 24), UInt8((packed >> 16) & 0xFF), UInt8((packed >> 8) & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self)
            }
        }
    }

    /// Reads texts into features, remembering each word's stems: a file's texts share most of
    /// their words, and stemming is most of the reading otherwise.
    struct FeatureReader {
        let options: Options
        private var stems: [String: (en: String, fr: String)] = [:]

        init(options: Options) { self.options = options }

        private mutating func stems(of word: String) -> (en: String, fr: String) {
            if let known = stems[word] { return known }
            let new = (TextNormalizer.stem(word, language: .en), TextNormalizer.stem(word, language: .fr))
            stems[word] = new
            return new
        }

        /// Feature keys and counts of one text in the order first met, with each word feature's
        /// word as written.
        mutating func features(of text: Text) -> [(key: FeatureKey, count: Int, word: String?)] {
            var position: [FeatureKey: Int] = [:]
            var entries: [(key: FeatureKey, count: Int, word: String?)] = []
            func add(_ key: FeatureKey, _ count: Int = 1, word: String? = nil) {
                if let index = position[key] {
                    entries[index].count += count
                } else {
                    position[key] = entries.count
                    entries.append((key, count, word))
                }
            }
            let folded = TextNormalizer.words(text.text).filter { !TextNormalizer.stopWords.contains($0) }
            let stemmed = folded.map { stems(of: $0) }
            if options.wordWeight > 0 {
                for (word, stem) in zip(folded, stemmed) { add(.word(text.language == .fr ? stem.fr : stem.en), word: word) }
            }
            if options.conceptWeight > 0 {
                let bag = Set(stemmed.map(\.en) + stemmed.map(\.fr))
                for (name, matches) in options.lexicon.concepts(in: bag) { add(.concept(name), matches) }
            }
            if options.characterWeight > 0 {
                for word in folded {
                    if word.utf8.allSatisfy({ $0 < 0x80 }) {
                        // ASCII: one byte a character.
                        guard word.utf8.count >= 3 else { continue }
                        var packed: UInt32 = 0x20
                        var filled = 1
                        for byte in word.utf8 {
                            packed = packed << 8 | UInt32(byte)
                            filled += 1
                            if filled >= 4 { add(.asciiGram(packed)) }
                        }
                        add(.asciiGram(packed << 8 | 0x20))
                    } else {
                        guard word.count >= 3 else { continue }
                        let padded = Array(" " + word + " ")
                        for start in 0...(padded.count - 4) {
                            let gram = padded[start..<start + 4]
                            if gram.allSatisfy({ $0.isASCII && $0.utf8.count == 1 }) {
                                add(.asciiGram(gram.reduce(0) { $0 << 8 | UInt32($1.asciiValue!) }))
                            } else {
                                add(.gram(String(gram)))
                            }
                        }
                    }
                }
            }
            return entries
        }
    }

    /// Sublinear TF times IDF, unit length per block, block weights, unit length overall.
    static func vector(_ entries: [(feature: Int?, kind: FeatureKind, count: Int, idf: Double)], options: Options) -> [(Int?, Double)] {
        var values = entries.map { (1 + log(Double($0.count))) * $0.idf }
        var blockNorms: [FeatureKind: Double] = [:]
        for (index, entry) in entries.enumerated() { blockNorms[entry.kind, default: 0] += values[index] * values[index] }
        let weights: [FeatureKind: Double] = [.word: options.wordWeight, .concept: options.conceptWeight, .characters: options.characterWeight]
        var total = 0.0
        for (index, entry) in entries.enumerated() {
            values[index] = values[index] / blockNorms[entry.kind]!.squareRoot() * weights[entry.kind]!
            total += values[index] * values[index]
        }
        let norm = total.squareRoot()
        return entries.enumerated().map { ($0.element.feature, norm > 0 ? values[$0.offset] / norm : 0) }
    }

    /// Indexes texts, in order: text `i` is document `i` of every query.
    ///
    /// - Parameters:
    ///   - texts: the texts and their languages.
    ///   - options: the weights and the lexicon.
    public init(_ texts: consuming [Text], options: Options = Options()) {
        self.init(texts, options: options, textsPerRound: Self.textsPerRound)
    }

    /// The same, reading `textsPerRound` texts at a time (the index is the same for any);
    /// `postingGrams` makes the 4-grams' postings whatever the number of texts (for tests).
    init(_ texts: consuming [Text], options: Options, textsPerRound: Int, postingGrams: Bool? = nil) {
        self.options = options
        let textCount = texts.count
        count = textCount
        // Each round's texts are let go once read: a million texts are a few hundred megabytes.
        var unread = consume texts
        var featureIDs: [FeatureKey: Int] = [:]
        var names: [String] = []
        var kinds: [FeatureKind] = []
        // Each text's features by id and count, sorted by id, all texts in three flat arrays.
        var rawOffsets = [0]
        var rawFeatures: [Int32] = []
        var rawCounts: [Int32] = []
        rawOffsets.reserveCapacity(textCount + 1)
        // Reading the texts (folding, stemming, 4-grams) is most of the work and independent
        // per text: done on every core, in contiguous blocks; ids are then given in text order,
        // exactly as one pass would give them. A round of texts at a time, so that the features
        // read as keys (a few kilobytes a text) are never held for a million texts at once.
        var roundStart = 0
        while roundStart < textCount {
            let size = min(textsPerRound, textCount - roundStart)
            let round = Array(unread[roundStart..<roundStart + size])
            for position in roundStart..<roundStart + size { unread[position] = Text("", language: .en) }
            let blocks = size >= 256 ? DeterministicParallel.partitions : 1
            let extracted = DeterministicParallel.map(partitions: blocks) { block, count in
                var reader = FeatureReader(options: options)
                return ((size * block / count)..<(size * (block + 1) / count)).map { reader.features(of: round[$0]) }
            }
            for entries in extracted.joined() {
                var document: [(Int32, Int32)] = []
                document.reserveCapacity(entries.count)
                for entry in entries {
                    let id: Int
                    if let known = featureIDs[entry.key] {
                        id = known
                    } else {
                        id = names.count
                        featureIDs[entry.key] = id
                        names.append(entry.word ?? entry.key.display)
                        kinds.append(entry.key.kind)
                    }
                    document.append((Int32(id), Int32(entry.count)))
                }
                document.sort { $0.0 < $1.0 }
                for (feature, count) in document {
                    rawFeatures.append(feature)
                    rawCounts.append(count)
                }
                rawOffsets.append(rawFeatures.count)
            }
            roundStart += size
        }
        unread = []
        // The texts were many small strings: their pages go back to the system before the
        // index's large arrays are made, rather than staying under them.
        if textCount > textsPerRound { MemoryBudget.giveBackFreedMemory() }
        featureNames = names
        featureKinds = kinds
        self.featureIDs = featureIDs
        let featureCount = names.count
        var documentFrequency = [Int](repeating: 0, count: featureCount)
        for feature in rawFeatures { documentFrequency[Int(feature)] += 1 }
        let n = Double(textCount)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        self.idf = idf

        var offsets = [0]
        offsets.reserveCapacity(textCount + 1)
        var weights: [Double] = []
        weights.reserveCapacity(rawFeatures.count)
        // Each text's vector is written over the features it was read with (never ahead of them:
        // a text keeps at most those), so that a million texts' ids are not held twice.
        var written = 0
        for d in 0..<textCount {
            let range = rawOffsets[d]..<rawOffsets[d + 1]
            let vector = Self.vector(
                range.map { (Int(rawFeatures[$0]), kinds[Int(rawFeatures[$0])], Int(rawCounts[$0]), idf[Int(rawFeatures[$0])]) }, options: options)
            for (feature, weight) in vector where weight > 0 {
                rawFeatures[written] = Int32(feature!)
                written += 1
                weights.append(weight)
            }
            offsets.append(written)
        }
        rawCounts = []
        rawFeatures.removeLast(rawFeatures.count - written)
        let features = rawFeatures
        rawFeatures = []
        documentOffsets = offsets
        documentFeatures = features
        documentWeights = weights

        var frequencies = [Int](repeating: 0, count: featureCount)
        for feature in features { frequencies[Int(feature)] += 1 }
        documentFrequencies = frequencies
        // Character 4-grams propose pairs only when every pair is compared (a small file); in a
        // larger one they only score the pairs words propose, through the documents' vectors,
        // and their postings (four in five of all) are not made.
        let postsCharacters = postingGrams ?? (textCount <= Self.exhaustiveLimit)
        postsCharacterGrams = postsCharacters
        var postingStart = [Int](repeating: 0, count: featureCount + 1)
        for f in 0..<featureCount where postsCharacters || kinds[f] != .characters { postingStart[f + 1] = frequencies[f] }
        for f in 0..<featureCount { postingStart[f + 1] += postingStart[f] }
        var cursor = postingStart
        var postingDocuments = [Int32](repeating: 0, count: postingStart[featureCount])
        var postingWeights = [Double](repeating: 0, count: postingStart[featureCount])
        for d in 0..<textCount {
            for p in offsets[d]..<offsets[d + 1] {
                let f = Int(features[p])
                guard postsCharacters || kinds[f] != .characters else { continue }
                postingDocuments[cursor[f]] = Int32(d)
                postingWeights[cursor[f]] = weights[p]
                cursor[f] += 1
            }
        }
        postingOffsets = postingStart
        self.postingDocuments = postingDocuments
        self.postingWeights = postingWeights
    }

    /// Texts read together on all cores before their features are given ids.
    static let textsPerRound = 32_768

    /// Up to this many texts, every pair sharing any feature is compared.
    static let exhaustiveLimit = 2000

    /// Number of documents holding a feature.
    public func documentFrequency(of feature: Int) -> Int { documentFrequencies[feature] }

    /// Cosine similarity of two indexed texts.
    public func similarity(_ a: Int, _ b: Int) -> Double {
        // The sum of `sharedFeatures(a, b)`'s contributions in the same order, without the array:
        // this is asked of every candidate pair, millions in a national grants file.
        Self.sparseDot(documentFeatures, documentWeights, documentOffsets[a]..<documentOffsets[a + 1], documentOffsets[b]..<documentOffsets[b + 1])
    }

    /// The dot product of two sparse vectors kept in the same arrays, each a range of features
    /// in ascending order with their weights: the shared features' products, summed in order.
    @inline(__always)
    static func sparseDot(_ features: [Int32], _ weights: [Double], _ a: Range<Int>, _ b: Range<Int>) -> Double {
        features.withUnsafeBufferPointer { features in
            weights.withUnsafeBufferPointer { weights in
                var sum = 0.0
                var i = a.lowerBound
                var j = b.lowerBound
                while i < a.upperBound, j < b.upperBound {
                    let fa = features[i]
                    let fb = features[j]
                    if fa == fb {
                        sum += weights[i] * weights[j]
                        i += 1
                        j += 1
                    } else if fa < fb {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return sum
            }
        }
    }

    /// The features two texts share with their contribution to the cosine, largest first.
    ///
    /// - Parameters:
    ///   - a: one indexed text.
    ///   - b: the other.
    ///   - sorted: largest contribution first (ties by feature id); in feature order when false.
    ///   - wordsAndConcepts: leave out character 4-grams (what a reader is shown of a pair is its
    ///     words and concepts; a pair shares dozens of 4-grams).
    public func sharedFeatures(_ a: Int, _ b: Int, sorted: Bool = true, wordsAndConcepts: Bool = false) -> [(feature: Int, contribution: Double)] {
        var shared: [(feature: Int, contribution: Double)] = []
        var i = documentOffsets[a]
        var j = documentOffsets[b]
        while i < documentOffsets[a + 1], j < documentOffsets[b + 1] {
            let fa = documentFeatures[i]
            let fb = documentFeatures[j]
            if fa == fb {
                if !wordsAndConcepts || featureKinds[Int(fa)] != .characters { shared.append((Int(fa), documentWeights[i] * documentWeights[j])) }
                i += 1
                j += 1
            } else if fa < fb {
                i += 1
            } else {
                j += 1
            }
        }
        guard sorted else { return shared }
        return shared.sorted { $0.contribution != $1.contribution ? $0.contribution > $1.contribution : $0.feature < $1.feature }
    }

    /// Every pair (a < b) whose cosine is at least `threshold`, by inverted index.
    ///
    /// Candidate pairs come from shared features. On indexes of more than 2,000 texts, character
    /// 4-grams and features held by more than `max(200, min(count/20, 2500))` texts (words nearly
    /// everyone uses) do not propose candidates, since alone they cannot make two texts similar;
    /// the candidates are then scored exactly on all features, after two upper bounds have left
    /// out those that cannot reach the threshold. Up to 2,000 texts every shared
    /// feature counts, so a threshold of 0 lists every pair with any similarity.
    ///
    /// - Parameters:
    ///   - threshold: the least cosine a pair needs (0 lists every pair with any similarity, up
    ///     to 2,000 texts).
    ///   - sources: only pairs whose first text is in this range (all when `nil`), so that a
    ///     caller can walk millions of pairs a block at a time without holding them all.
    ///   - floor: a pair's own least similarity, when the caller knows one above `threshold`
    ///     (overlap knows that two projects with nothing else in common need a closer text):
    ///     pairs below it are left out before they are scored, and never held.
    public func pairs(
        threshold: Double, sources: Range<Int>? = nil, floor: (@Sendable (_ a: Int, _ b: Int) -> Double)? = nil
    ) -> [(a: Int, b: Int, similarity: Double)] {
        PairSearch(self).pairs(threshold: threshold, sources: sources, floor: floor)
    }

    /// A search for similar pairs, prepared once for a caller that asks block after block:
    /// the bounds ``pairs(threshold:sources:floor:)`` prunes with are worked out over the whole
    /// index, which at a million texts takes as long as searching a small block.
    public struct PairSearch: Sendable {
        let index: TextIndex
        let exhaustive: Bool
        let proposes: [Bool]
        let restNorm: [Double]
        let gramNorm: [Double]
        let frequentOffsets: [Int]
        let frequentFeatures: [Int32]
        let frequentWeights: [Double]

        /// The search of `index`.
        public init(_ index: TextIndex) {
            self.index = index
            let n = index.count
            let (featureKinds, documentOffsets, documentFeatures, documentWeights) =
                (index.featureKinds, index.documentOffsets, index.documentFeatures, index.documentWeights)
            let exhaustive = n <= TextIndex.exhaustiveLimit
            self.exhaustive = exhaustive
            let cap = TextIndex.proposingLimit(texts: n) ?? n
            let proposes = featureKinds.indices.map { f in
                exhaustive || (featureKinds[f] != .characters && index.documentFrequency(of: f) <= cap)
            }
            // Length of each text's vector on the features that do not propose candidates: by
            // Cauchy–Schwarz those features add at most restNorm[a]·restNorm[b] to a pair's cosine,
            // so a candidate whose partial sum cannot reach the threshold is never scored in full.
            // Tighter, and still cheap: the frequent words' part of the cosine exactly (a few words
            // a text, merged), and the bound on the character 4-grams' part alone.
            self.proposes = proposes
            (restNorm, gramNorm, frequentOffsets, frequentFeatures, frequentWeights) = { () -> ([Double], [Double], [Int], [Int32], [Double]) in
                var restNorm = [Double](repeating: 0, count: n)
                var gramNorm = [Double](repeating: 0, count: n)
                var frequentOffsets = [0]
                var frequentFeatures: [Int32] = []
                var frequentWeights: [Double] = []
                if !exhaustive {
                    frequentOffsets.reserveCapacity(n + 1)
                    for d in 0..<n {
                        var rest = 0.0
                        var grams = 0.0
                        for p in documentOffsets[d]..<documentOffsets[d + 1] {
                            let f = Int(documentFeatures[p])
                            guard !proposes[f] else { continue }
                            let weight = documentWeights[p]
                            rest += weight * weight
                            if featureKinds[f] == .characters {
                                grams += weight * weight
                            } else {
                                frequentFeatures.append(documentFeatures[p])
                                frequentWeights.append(weight)
                            }
                        }
                        restNorm[d] = rest.squareRoot()
                        gramNorm[d] = grams.squareRoot()
                        frequentOffsets.append(frequentFeatures.count)
                    }
                }
                return (restNorm, gramNorm, frequentOffsets, frequentFeatures, frequentWeights)
            }()
        }

        /// Every pair (a < b) whose cosine is at least `threshold`: see
        /// ``TextIndex/pairs(threshold:sources:floor:)``.
        public func pairs(
            threshold: Double, sources: Range<Int>? = nil, floor: (@Sendable (_ a: Int, _ b: Int) -> Double)? = nil
        ) -> [(a: Int, b: Int, similarity: Double)] {
            let n = index.count
            guard n > 1 else { return [] }
            let sources = (sources ?? 0..<n).clamped(to: 0..<n)
            guard !sources.isEmpty else { return [] }
            let (documentOffsets, documentFeatures, documentWeights) = (index.documentOffsets, index.documentFeatures, index.documentWeights)
            let (postingOffsets, postingDocuments, postingWeights) = (index.postingOffsets, index.postingDocuments, index.postingWeights)
            let (exhaustive, proposes, restNorm, gramNorm) = (exhaustive, proposes, restNorm, gramNorm)
            let (frequentOffsets, frequentFeatures, frequentWeights) = (frequentOffsets, frequentFeatures, frequentWeights)
            let hasFloor = floor != nil
            // (Unwrapped by hand: `??` would wrap the closure in two conversion thunks per call.)
            let pairFloor: @Sendable (Int, Int) -> Double
            if let floor { pairFloor = floor } else { pairFloor = { _, _ in threshold } }
            let partitions = min(DeterministicParallel.partitions, sources.count)
            let parts = DeterministicParallel.map(partitions: partitions) { partition, partitionCount in
                var accumulator = [Double](repeating: 0, count: n)
                var touched: [Int32] = []
                var found: [(a: Int, b: Int, similarity: Double)] = []
                // Text a's weights by feature, so that a candidate's cosine is one pass over its own
                // features (the same products, summed in the same order, as `similarity(a, b)`).
                var dense = [Double](repeating: 0, count: exhaustive ? 0 : index.featureKinds.count)
                var a = sources.lowerBound + partition
                while a < sources.upperBound {
                    if !exhaustive {
                        for p in documentOffsets[a]..<documentOffsets[a + 1] { dense[Int(documentFeatures[p])] = documentWeights[p] }
                    }
                    for p in documentOffsets[a]..<documentOffsets[a + 1] {
                        let f = Int(documentFeatures[p])
                        guard proposes[f] else { continue }
                        let weight = documentWeights[p]
                        // Postings are sorted by document: walk back over the later ones only.
                        var q = postingOffsets[f + 1] - 1
                        while q >= postingOffsets[f] {
                            let b = Int(postingDocuments[q])
                            if b <= a { break }
                            if accumulator[b] == 0 { touched.append(Int32(b)) }
                            accumulator[b] += weight * postingWeights[q]
                            q -= 1
                        }
                    }
                    for b32 in touched {
                        let b = Int(b32)
                        let partial = accumulator[b]
                        accumulator[b] = 0
                        // Exhaustive: every shared feature was summed, so the partial sum is the cosine.
                        if exhaustive {
                            if partial >= threshold, partial > 0, !hasFloor || partial >= pairFloor(a, b) { found.append((a, b, partial)) }
                            continue
                        }
                        guard partial + restNorm[a] * restNorm[b] >= threshold else { continue }
                        let least = hasFloor ? max(threshold, pairFloor(a, b)) : threshold
                        guard partial + restNorm[a] * restNorm[b] >= least else { continue }
                        // Text a's weights are at hand by feature: b's frequent words are looked up, not
                        // merged (a feature a lacks adds 0, so the sum is the merge's).
                        var frequent = 0.0
                        for q in frequentOffsets[b]..<frequentOffsets[b + 1] { frequent += dense[Int(frequentFeatures[q])] * frequentWeights[q] }
                        // (A margin for rounding: the bound is summed in another order than the cosine.)
                        guard partial + frequent + gramNorm[a] * gramNorm[b] + 1e-9 >= least else { continue }
                        var value = 0.0
                        for q in documentOffsets[b]..<documentOffsets[b + 1] {
                            value += dense[Int(documentFeatures[q])] * documentWeights[q]
                        }
                        if value >= least, value > 0 { found.append((a, b, value)) }
                    }
                    if !exhaustive {
                        for p in documentOffsets[a]..<documentOffsets[a + 1] { dense[Int(documentFeatures[p])] = 0 }
                    }
                    touched.removeAll(keepingCapacity: true)
                    a += partitionCount
                }
                return found
            }
            var all = parts.flatMap { $0 }
            all.sort { ($0.a, $0.b) < ($1.a, $1.b) }
            return all
        }
    }

    /// The most texts a word or concept may be held by and still propose candidate pairs to
    /// ``pairs(threshold:sources:floor:)``; `nil` up to 2,000 texts, where every shared feature
    /// proposes. A feature held by more than one text in twenty (never more than 2,500 texts) is
    /// too common: counted for every pair of its texts, a word in 10,000 of 200,000 grants alone
    /// would propose fifty million pairs. It still counts in every pair's similarity.
    static func proposingLimit(texts n: Int) -> Int? {
        n <= 2000 ? nil : max(200, min(n / 20, 2_500))
    }

    /// How many words and concepts are too common to propose candidate pairs (see
    /// ``pairs(threshold:sources:floor:)``), and the limit; `nil` when every shared feature does.
    /// Two texts alike only in such common words are not found: a caller says so.
    public var commonFeaturesLeftOutOfTheSearch: (count: Int, limit: Int)? {
        guard let limit = Self.proposingLimit(texts: count) else { return nil }
        let common = featureKinds.indices.filter { featureKinds[$0] != .characters && documentFrequency(of: $0) > limit }.count
        return common > 0 ? (common, limit) : nil
    }

    /// Cosine similarity of another text (a funder's priority, say) to every indexed text,
    /// weighted with this index's IDF.
    public func similarities(to text: Text) -> [Double] {
        var reader = FeatureReader(options: options)
        let entries = reader.features(of: text).map { entry -> (feature: Int?, kind: FeatureKind, count: Int, idf: Double) in
            let id = featureIDs[entry.key]
            // A feature no indexed text holds gets the IDF of a feature seen once.
            return (id, entry.key.kind, entry.count, id.map { idf[$0] } ?? log((1 + Double(count)) / 2) + 1)
        }
        var result = [Double](repeating: 0, count: count)
        let vector = Self.vector(entries, options: options)
        guard postsCharacterGrams else {
            // No postings for 4-grams: each document's shared features, summed in the order the
            // postings would have added them (the text's features in turn), for the same sums.
            var position = [Int32](repeating: -1, count: featureKinds.count)
            var weights: [Double] = []
            for (feature, weight) in vector {
                guard let feature else { continue }
                position[feature] = Int32(weights.count)
                weights.append(weight)
            }
            var shared: [(position: Int32, product: Double)] = []
            for d in 0..<count {
                shared.removeAll(keepingCapacity: true)
                for p in documentOffsets[d]..<documentOffsets[d + 1] where position[Int(documentFeatures[p])] >= 0 {
                    let at = position[Int(documentFeatures[p])]
                    shared.append((at, weights[Int(at)] * documentWeights[p]))
                }
                shared.sort { $0.position < $1.position }
                for term in shared { result[d] += term.product }
            }
            return result
        }
        for (feature, weight) in vector {
            guard let feature else { continue }
            for q in postingOffsets[feature]..<postingOffsets[feature + 1] {
                result[Int(postingDocuments[q])] += weight * postingWeights[q]
            }
        }
        return result
    }
}
