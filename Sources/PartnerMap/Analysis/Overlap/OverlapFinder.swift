/// Projects that serve the same objective: "some of them serve identical objectives and others
/// could benefit from the initiatives taken by another organisation" (BINAM, 2018). The
/// question a funder asks before the next round.
///
/// Two projects are compared on their objective, through a ``TextIndex`` over their names,
/// objectives and themes (French and English meet through the domain lexicon), and on the
/// context that makes two alike projects redundant: shared themes, the same target group, the
/// same area, overlapping dates, a shared funder. The score is
///
///     score = 0.75 × text similarity + 0.25 × context,
///     context = 0.35 × theme overlap (Jaccard) + 0.25 × same target group + 0.2 × same area
///               + 0.1 × overlapping period + 0.1 × shared funder,
///
/// where a fact the file does not give (no area, no dates) counts one half. Each pair above the
/// threshold is classed:
/// - **duplicate**: same objective in the same area and period: coordinate or merge;
/// - **possible duplicate**: same objective in the same area, but a project's dates are not in
///   the file, so whether they run at the same time is unknown;
/// - **twin**: same objective elsewhere or at another time: learn from each other.
/// Groups of three or more projects joined by such pairs are reported as clusters.
///
/// What is not evidence: an area as wide as a province or a country (two Ontario-wide projects
/// are not "in the same area"), and placeholder texts (`PlaceholderText`: "Dummy", "general
/// running costs", a text repeated across more than 1% of the projects), which are left out of
/// what is compared.
///
/// - Complexity: reading the texts, O(total text length); the search, proportional to the
///   candidate pairs the index proposes (pairs sharing a word used by fewer than 5% of the
///   projects above 2,000 projects, each cut short by its own floor); O(1) per pair kept, its
///   evidence gathered only when read.
public struct OverlapFinder: Sendable {
    /// The threshold the evaluation set supports (see docs/measures.md: precision and recall).
    public static let defaultThreshold = 0.53

    /// What two overlapping projects are to each other (see above): duplicate, possible
    /// duplicate or twin.
    public enum Kind: String, Sendable, Codable {
        case duplicate
        case possibleDuplicate = "possible-duplicate"
        case twin
    }

    /// Areas too wide to say two projects serve the same place: provinces, territories and
    /// the country, as written in English and French (folded).
    public static let wideAreas: Set<String> = [
        "canada", "ontario", "quebec", "british columbia", "colombie-britannique", "alberta", "saskatchewan", "manitoba",
        "nova scotia", "nouvelle-ecosse", "new brunswick", "nouveau-brunswick", "prince edward island",
        "ile-du-prince-edouard", "newfoundland and labrador", "terre-neuve-et-labrador", "yukon", "northwest territories",
        "territoires du nord-ouest", "nunavut", "province of ontario", "province de quebec", "national", "nationwide",
        "pan-canadian", "pancanadien", "england", "scotland", "wales", "northern ireland", "united kingdom", "uk",
    ]

    /// How projects are compared.
    public struct Options: Sendable {
        /// The least score a pair needs to be reported (0 to 1).
        public var threshold = OverlapFinder.defaultThreshold
        /// How texts are read: the weights of words, concepts and character 4-grams, and the lexicon.
        public var index = TextIndex.Options()
        /// Share of the score that comes from context (0.25); 0 makes the score the text
        /// similarity alone.
        public var contextWeight = 0.25

        /// Options; each parameter is the property of the same name.
        public init(
            threshold: Double = OverlapFinder.defaultThreshold, index: TextIndex.Options = TextIndex.Options(),
            contextWeight: Double = 0.25
        ) {
            self.threshold = threshold
            self.index = index
            self.contextWeight = contextWeight
        }

        /// Plain word TF-IDF cosine and nothing else, for comparison with other tools.
        public static func wordsOnly(threshold: Double) -> Options {
            Options(threshold: threshold, index: .wordsOnly, contextWeight: 0)
        }
    }

    /// Every pair that reaches the threshold, highest score first (ties by the projects' ids).
    public let pairs: [Pair]
    /// Groups of three or more overlapping projects, largest first.
    public let clusters: [[String]]
    /// Words and concepts used by so many projects that pairs were not looked for through them
    /// (above 2,000 projects; see ``TextIndex/commonFeaturesLeftOutOfTheSearch``), and how many
    /// projects "so many" is: two projects alike only in such words are not in ``pairs``.
    /// `nil` when every shared word was looked through.
    public let commonWordsLeftOut: (count: Int, usedByMoreThan: Int)?

    /// Compares every project of a network with every other.
    ///
    /// - Parameters:
    ///   - network: the network whose projects are compared.
    ///   - options: the threshold, the text weights and the context's share of the score.
    public init(_ network: Network, options: Options = Options()) {
        let projects = network.projects
        let placeholders = Placeholders(projects)
        // The texts are let go once indexed (a pair's words read them again when asked for).
        let index = TextIndex(
            DeterministicParallel.map(count: projects.count) {
                TextIndex.Text(Self.text(of: projects[$0], placeholders: placeholders), language: projects[$0].language)
            }, options: options.index)
        commonWordsLeftOut = index.commonFeaturesLeftOutOfTheSearch.map { ($0.count, $0.limit) }
        let funders = network.funding.reduce(into: [String: Set<String>]()) { $0[$1.to, default: []].insert($1.from) }
        let textFloor = max(0, (options.threshold - options.contextWeight) / (1 - options.contextWeight))
        // Each project's folded themes, groups and area once, not once per candidate pair.
        let contexts = DeterministicParallel.map(count: projects.count) { ProjectContext(projects[$0]) }
        // Two projects with nothing else in common need a closer text than the floor above
        // (which assumes a perfect context): each candidate's own floor, from its context's
        // best case, leaves most candidates out before their text is scored in full.
        let keys = ContextKeys(projects, contexts: contexts, funders: funders)
        var floor: (@Sendable (Int, Int) -> Double)?
        if options.contextWeight > 0, options.contextWeight < 1 {
            let (threshold, weight) = (options.threshold, options.contextWeight)
            floor = { a, b in
                let best = keys.bestContext(a, b)
                return (threshold - weight * best) / (1 - weight) - 1e-9
            }
        }
        // Each word feature's name stemmed in both languages once, not once per pair's evidence.
        let wordStems = DeterministicParallel.map(count: index.featureNames.count) { feature -> (en: String, fr: String) in
            guard index.featureKinds[feature] == .word else { return ("", "") }
            let name = index.featureNames[feature]
            return (TextNormalizer.stem(name, language: .en), TextNormalizer.stem(name, language: .fr))
        }
        let evidence = Evidence(
            projects: projects, contexts: contexts, placeholders: placeholders, index: index, wordStems: wordStems, funders: funders)
        // Candidates found for a block of projects at a time (the same pairs in the same order
        // as all at once: ``TextIndex/pairs(threshold:sources:floor:)``), each scored on every
        // core in contiguous blocks kept in order; a million grants propose tens of millions of
        // candidates for a few thousand pairs, never held together. A pair's evidence is
        // gathered only when it is read (two million pairs at 200,000 grants, of which a table
        // shows a few hundred).
        var found: [Pair] = []
        let search = TextIndex.PairSearch(index)
        Self.searchBlocks.walk(projects.count) { sources in
            let candidates = search.pairs(threshold: textFloor, sources: sources, floor: floor)
            let blocks = candidates.count >= 1_024 ? DeterministicParallel.partitions : 1
            found += DeterministicParallel.map(partitions: blocks) { block, count -> [Pair] in
                candidates[(candidates.count * block / count)..<(candidates.count * (block + 1) / count)].compactMap { candidate in
                    Self.compare(
                        candidate.a, candidate.b, text: candidate.similarity, evidence: evidence,
                        contextWeight: options.contextWeight, threshold: options.threshold)
                }
            }.joined()
            return candidates.count
        }
        // Highest score first, then by the two projects' ids (as ranks of the sorted ids, which
        // order them exactly as the strings, without comparing strings millions of times).
        let ids = projects.map(\.id)
        var rank = [Int](repeating: 0, count: ids.count)
        for (position, project) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { rank[project] = position }
        clusters = Self.clusters(of: found.map { ($0.first, $0.second) }, ids: ids)
        pairs = found.sorted { p, q in
            if p.score != q.score { return p.score > q.score }
            let (a, b) = (rank[p.first], rank[q.first])
            return a != b ? a < b : rank[p.second] < rank[q.second]
        }
    }

    /// Projects whose candidate pairs are looked for together: a million grants propose tens of
    /// millions of candidates for a few thousand pairs.
    static let searchBlocks = SearchBlocks(smallest: 1_024, largest: 65_536)

    /// What the index reads of a project: name, objectives and themes (hyphens as spaces),
    /// leaving out a name or objectives that are placeholders in this file.
    static func text(of project: Project, placeholders: Placeholders? = nil) -> String {
        var parts: [String] = []
        if placeholders?.names.isPlaceholder(project.name) != true {
            // A bilingual file's names and objectives in both languages, whatever the output's
            // language: findings do not change with it.
            parts += project.translatedName.texts(shown: project.name)
        }
        if placeholders?.objectives.isPlaceholder(project.objectives) != true { parts += project.translatedObjectives.texts(shown: project.objectives) }
        return (parts + project.themes.map { $0.replacingOccurrences(of: "-", with: " ") }).joined(separator: ". ")
    }

    /// The placeholder names and objectives of a file's projects.
    struct Placeholders: Sendable {
        let names: PlaceholderText
        let objectives: PlaceholderText
        init(_ projects: [Project]) {
            names = PlaceholderText(folded: DeterministicParallel.map(count: projects.count) { PlaceholderText.fold(projects[$0].name) })
            objectives = PlaceholderText(folded: DeterministicParallel.map(count: projects.count) { PlaceholderText.fold(projects[$0].objectives) })
        }
    }

    /// A project's themes, target groups and area folded for comparison.
    struct ProjectContext {
        /// Folded and trimmed, as sets; folded only, in the project's order.
        let themes: Set<String>, themeFolds: [String]
        let groups: Set<String>, groupFolds: [String]
        let area: String?

        init(_ project: Project) {
            themeFolds = project.themes.map(TextNormalizer.fold)
            themes = Set(themeFolds.map { $0.trimmingCharacters(in: .whitespaces) })
            groupFolds = project.targetGroups.map(TextNormalizer.fold)
            groups = Set(groupFolds.map { $0.trimmingCharacters(in: .whitespaces) })
            area = project.area.map(TextNormalizer.fold).flatMap { OverlapFinder.wideAreas.contains($0) ? nil : $0 }
        }

        /// Each stem of a project's text, as the project first writes it: the shared words a
        /// pair's evidence names. Made for a project when a pair of it is read (``Evidence``), not
        /// for every project: a million grants would hold a million of them for a few pairs.
        ///
        /// - Parameter text: what the index reads of the project (``OverlapFinder/text(of:placeholders:)``).
        static func surface(of project: Project, text: String) -> [String: String] {
            var surface: [String: String] = [:]
            for word in TextNormalizer.words(text) where !TextNormalizer.stopWords.contains(word) {
                let stem = TextNormalizer.stem(word, language: project.language)
                if surface[stem] == nil { surface[stem] = word }
            }
            return surface
        }
    }

    /// The pair of the projects at positions `a` and `b`, when its score reaches `threshold`.
    static func compare(_ a: Int, _ b: Int, text: Double, evidence: Evidence, contextWeight: Double, threshold: Double) -> Pair? {
        let (contextA, contextB) = (evidence.contexts[a], evidence.contexts[b])
        let (projectA, projectB) = (evidence.projects[a], evidence.projects[b])
        let themesA = contextA.themes
        let themesB = contextB.themes
        let union = themesA.union(themesB).count
        let themeOverlap = union == 0 ? 0.5 : Double(themesA.intersection(themesB).count) / Double(union)

        let shareGroup = contextA.groupFolds.contains(where: contextB.groups.contains)
        let groupScore = projectA.targetGroups.isEmpty || projectB.targetGroups.isEmpty ? 0.5 : (shareGroup ? 1 : 0)

        var sameArea = false
        var areaScore = 0.5
        if projectA.area != nil, projectB.area != nil, let foldedA = contextA.area, let foldedB = contextB.area {
            sameArea = foldedA == foldedB
            areaScore = sameArea ? 1 : 0
        }

        var overlap: Bool?
        var periodScore = 0.5
        // A project with a start and no end is still running; one with only an end ran
        // from an unknown time until then.
        if projectA.start != nil || projectA.end != nil, projectB.start != nil || projectB.end != nil {
            let startA = projectA.start?.monthIndex() ?? .min
            let endA = projectA.end?.monthIndex(defaultMonth: 12) ?? .max
            let startB = projectB.start?.monthIndex() ?? .min
            let endB = projectB.end?.monthIndex(defaultMonth: 12) ?? .max
            let value = startA <= endB && startB <= endA
            overlap = value
            periodScore = value ? 1 : 0
        }

        let funderScore = evidence.shareFunder(a, b) ? 1.0 : 0.0
        let context = Self.context(themes: themeOverlap, group: groupScore, area: areaScore, period: periodScore, funder: funderScore)
        let score = min(1, (1 - contextWeight) * text + contextWeight * context)
        guard score >= threshold else { return nil }
        let kind: Kind = !sameArea || overlap == false ? .twin : (overlap == true ? .duplicate : .possibleDuplicate)
        return Pair(evidence: evidence, first: a, second: b, score: score, textSimilarity: text, kind: kind, inSameArea: sameArea, periodsOverlap: overlap)
    }

    /// The context part of a score, from each fact's score (1 shared, 0 not, 0.5 unknown).
    @inline(__always)
    static func context(themes: Double, group: Double, area: Double, period: Double, funder: Double) -> Double {
        0.35 * themes + 0.25 * group + 0.2 * area + 0.1 * period + 0.1 * funder
    }

    /// Connected groups of three or more projects (given by their positions in `ids`), members
    /// in file order, largest first.
    static func clusters(of pairs: [(a: Int, b: Int)], ids: [String]) -> [[String]] {
        var parent = Array(ids.indices)
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var paired = [Bool](repeating: false, count: ids.count)
        for (a, b) in pairs {
            paired[a] = true
            paired[b] = true
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        // Each group's root is its first member in file order, since the smaller root wins.
        var members: [Int: [Int]] = [:]
        for x in ids.indices where paired[x] { members[root(x), default: []].append(x) }
        return members.values.filter { $0.count >= 3 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
            .map { $0.map { ids[$0] } }
    }
}
