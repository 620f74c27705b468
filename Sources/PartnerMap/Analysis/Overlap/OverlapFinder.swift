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
/// are not "in the same area"), and placeholder texts (``PlaceholderText``: "Dummy", "general
/// running costs", a text repeated across more than 1% of the projects), which are left out of
/// what is compared.
public struct OverlapFinder: Sendable {
    /// The threshold the evaluation set supports (see docs/measures.md: precision and recall).
    public static let defaultThreshold = 0.53

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

    /// Two projects that overlap, with the evidence.
    public struct Pair: Sendable, Hashable {
        public var projects: [String]
        public var score: Double
        public var textSimilarity: Double
        public var kind: Kind
        /// Words both texts use, strongest first (as written in the first project).
        public var sharedTerms: [String]
        /// Lexicon concepts both mention (how a French and an English text meet).
        public var sharedConcepts: [String]
        public var sharedThemes: [String]
        public var sharedTargetGroups: [String]
        /// The area both work in, when it is the same.
        public var sameArea: String?
        /// Whether their periods overlap; `nil` when a date is missing.
        public var periodsOverlap: Bool?
        public var sharedFunders: [String]
        public var sharedOrganisations: [String]
    }

    public struct Options: Sendable {
        public var threshold = OverlapFinder.defaultThreshold
        public var index = TextIndex.Options()
        /// Share of the score that comes from context (0.25); 0 makes the score the text
        /// similarity alone.
        public var contextWeight = 0.25

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

    public let pairs: [Pair]
    /// Groups of three or more overlapping projects, largest first.
    public let clusters: [[String]]

    public init(_ network: Network, options: Options = Options()) {
        let projects = network.projects
        let placeholders = Placeholders(projects)
        let texts = projects.map { TextIndex.Text(Self.text(of: $0, placeholders: placeholders), language: $0.language) }
        let index = TextIndex(texts, options: options.index)
        var funders: [String: Set<String>] = [:]
        for flow in network.funding { funders[flow.to, default: []].insert(flow.from) }
        let textFloor = max(0, (options.threshold - options.contextWeight) / (1 - options.contextWeight))
        // Each project's folded themes, groups and area once, not once per candidate pair.
        let contexts = projects.map { ProjectContext($0, placeholders: placeholders) }
        var found: [Pair] = []
        for candidate in index.pairs(threshold: textFloor) {
            let a = projects[candidate.a]
            let b = projects[candidate.b]
            guard
                let pair = Self.compare(
                    a, b, contexts: (contexts[candidate.a], contexts[candidate.b]), text: candidate.similarity,
                    index: index, indices: (candidate.a, candidate.b),
                    fundersA: funders[a.id] ?? [], fundersB: funders[b.id] ?? [],
                    contextWeight: options.contextWeight, threshold: options.threshold)
            else { continue }
            found.append(pair)
        }
        found.sort { $0.score != $1.score ? $0.score > $1.score : $0.projects.lexicographicallyPrecedes($1.projects) }
        pairs = found
        clusters = Self.clusters(of: found, order: projects.map(\.id))
    }

    /// What the index reads of a project: name, objectives and themes (hyphens as spaces),
    /// leaving out a name or objectives that are placeholders in this file.
    static func text(of project: Project, placeholders: Placeholders? = nil) -> String {
        var parts: [String] = []
        if placeholders?.names.isPlaceholder(project.name) != true { parts.append(project.name) }
        if placeholders?.objectives.isPlaceholder(project.objectives) != true { parts.append(project.objectives) }
        return (parts + project.themes.map { $0.replacingOccurrences(of: "-", with: " ") }).joined(separator: ". ")
    }

    /// The placeholder names and objectives of a file's projects.
    struct Placeholders: Sendable {
        let names: PlaceholderText
        let objectives: PlaceholderText
        init(_ projects: [Project]) {
            names = PlaceholderText(texts: projects.lazy.map(\.name))
            objectives = PlaceholderText(texts: projects.lazy.map(\.objectives))
        }
    }

    /// A project's themes, target groups and area folded for comparison.
    struct ProjectContext {
        /// Folded and trimmed, as sets; folded only, in the project's order.
        let themes: Set<String>, themeFolds: [String]
        let groups: Set<String>, groupFolds: [String]
        let area: String?
        /// Each stem of the project's text, as the project first writes it: the shared words a
        /// pair's evidence names. Made once per project, not once per pair (thousands of pairs
        /// can reach the threshold in a large network).
        let surface: [String: String]

        init(_ project: Project, placeholders: Placeholders? = nil) {
            themeFolds = project.themes.map(TextNormalizer.fold)
            themes = Set(themeFolds.map { $0.trimmingCharacters(in: .whitespaces) })
            groupFolds = project.targetGroups.map(TextNormalizer.fold)
            groups = Set(groupFolds.map { $0.trimmingCharacters(in: .whitespaces) })
            area = project.area.map(TextNormalizer.fold).flatMap { OverlapFinder.wideAreas.contains($0) ? nil : $0 }
            var surface: [String: String] = [:]
            for word in TextNormalizer.words(OverlapFinder.text(of: project, placeholders: placeholders)) where !TextNormalizer.stopWords.contains(word) {
                let stem = TextNormalizer.stem(word, language: project.language)
                if surface[stem] == nil { surface[stem] = word }
            }
            self.surface = surface
        }
    }

    /// The pair, when its score reaches `threshold`; the evidence is gathered only then.
    static func compare(
        _ a: Project, _ b: Project, contexts: (ProjectContext, ProjectContext), text: Double, index: TextIndex,
        indices: (Int, Int), fundersA: Set<String>, fundersB: Set<String>, contextWeight: Double,
        threshold: Double
    ) -> Pair? {
        let (contextA, contextB) = contexts
        let themesA = contextA.themes
        let themesB = contextB.themes
        let union = themesA.union(themesB).count
        let themeOverlap = union == 0 ? 0.5 : Double(themesA.intersection(themesB).count) / Double(union)

        let sharedGroups = zip(a.targetGroups, contextA.groupFolds).filter { contextB.groups.contains($0.1) }.map(\.0)
        let groupScore = a.targetGroups.isEmpty || b.targetGroups.isEmpty ? 0.5 : (sharedGroups.isEmpty ? 0 : 1)

        var sameArea: String?
        var areaScore = 0.5
        if let areaA = a.area, b.area != nil, let foldedA = contextA.area, let foldedB = contextB.area {
            let same = foldedA == foldedB
            areaScore = same ? 1 : 0
            if same { sameArea = areaA }
        }

        var overlap: Bool?
        var periodScore = 0.5
        // A project with a start and no end is still running; one with only an end ran
        // from an unknown time until then.
        if a.start != nil || a.end != nil, b.start != nil || b.end != nil {
            let startA = a.start?.monthIndex() ?? .min
            let endA = a.end?.monthIndex(defaultMonth: 12) ?? .max
            let startB = b.start?.monthIndex() ?? .min
            let endB = b.end?.monthIndex(defaultMonth: 12) ?? .max
            let value = startA <= endB && startB <= endA
            overlap = value
            periodScore = value ? 1 : 0
        }

        let sharedFunders = fundersA.intersection(fundersB).sorted()
        let funderScore = sharedFunders.isEmpty ? 0.0 : 1.0
        let context = 0.35 * themeOverlap + 0.25 * groupScore + 0.2 * areaScore + 0.1 * periodScore + 0.1 * funderScore
        let score = min(1, (1 - contextWeight) * text + contextWeight * context)
        guard score >= threshold else { return nil }
        let sharedThemes = zip(a.themes, contextA.themeFolds).filter { themesB.contains($0.1) }.map(\.0)

        // Shared words as project a writes them.
        let surface = contextA.surface
        var terms: [String] = []
        var concepts: [String] = []
        for shared in index.sharedFeatures(indices.0, indices.1) {
            let name = index.featureNames[shared.feature]
            switch index.featureKinds[shared.feature] {
            case .word where terms.count < 8:
                terms.append(surface[TextNormalizer.stem(name, language: a.language)] ?? name)
            case .concept: concepts.append(String(name.dropFirst("concept:".count)))
            default: break
            }
        }
        let organisationsB = Set(b.organisations)
        let kind: Kind = sameArea == nil || overlap == false ? .twin : (overlap == true ? .duplicate : .possibleDuplicate)
        return Pair(
            projects: [a.id, b.id], score: score, textSimilarity: text, kind: kind,
            sharedTerms: terms, sharedConcepts: concepts.sorted(), sharedThemes: sharedThemes, sharedTargetGroups: sharedGroups,
            sameArea: sameArea, periodsOverlap: overlap, sharedFunders: sharedFunders,
            sharedOrganisations: a.organisations.filter(organisationsB.contains))
    }

    /// Connected groups of three or more projects, members in file order, largest first.
    static func clusters(of pairs: [Pair], order: [String]) -> [[String]] {
        var parent: [String: String] = [:]
        func root(_ x: String) -> String {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for pair in pairs {
            for id in pair.projects where parent[id] == nil { parent[id] = id }
            let (ra, rb) = (root(pair.projects[0]), root(pair.projects[1]))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var groups: [String: [String]] = [:]
        for id in order where parent[id] != nil { groups[root(id), default: []].append(id) }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return groups.values.filter { $0.count >= 3 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : position[$0[0]]! < position[$1[0]]! }
    }
}
