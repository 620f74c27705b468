/// Which projects cover each priority, and why: a shared theme, or text about the same thing.
///
/// Text alone misleads here. Every project in a newcomer network says "newcomer", "immigrant"
/// or "families", so "Affordable housing for large newcomer families" would look covered by
/// any project for newcomer families. A project covers a priority by its text only when the
/// two are similar (TF-IDF cosine at least `threshold`) **and** share a distinctive word or
/// concept: one that fewer than half of the projects use (and not one of the words the whole
/// sector uses). A generic concept (a place word such as "local" or "community", which the
/// lexicon folds into "neighbourhood"; "network"; "workshop") is shown as evidence but never
/// covers a priority on its own. The finding names the project and the words.
public struct PriorityCoverage: Sendable {
    /// One project that covers a priority.
    public struct Cover: Sendable, Hashable {
        /// The project's id.
        public var project: String
        /// Themes both list.
        public var sharedThemes: [String]
        /// Distinctive words and concepts both use, strongest first.
        public var sharedWords: [String]
        /// The cosine of the two texts.
        public var similarity: Double
    }

    /// One priority and the projects that cover it.
    public struct Entry: Sendable, Hashable {
        /// The priority's id.
        public var priority: String
        /// The projects that cover it, most similar first.
        public var covers: [Cover]
        /// The most similar project when none covers it, to say how near the network comes.
        public var closest: String?
    }

    /// One entry per priority, in file order.
    public let entries: [Entry]

    /// Words every project of the sector uses: never enough, alone, to cover a priority.
    static let sectorWords: Set<String> = [
        "newcomer", "newcomers", "immigrant", "immigrants", "immigration", "family", "families", "community", "communities",
        "people", "support", "service", "services", "program", "programme", "project", "new", "integration", "nouveaux",
        "arrivants", "immigrante", "immigrantes", "famille", "familles", "communaute", "personnes", "soutien", "projet",
        "local", "locale", "locales", "locaux", "concept:newcomer", "concept:family", "concept:settlement",
    ]

    /// Concepts too general to say two texts are about the same thing: they count as evidence
    /// beside a specific word or concept, never alone.
    static let genericConcepts: Set<String> = ["concept:neighbourhood", "concept:network", "concept:workshop", "concept:volunteer"]

    /// The sector's words as the index names its features (folded, stemmed in both languages).
    static let sectorFeatures: Set<String> = {
        var features = Set<String>()
        for word in sectorWords {
            if word.hasPrefix("concept:") {
                features.insert(word)
                continue
            }
            let folded = TextNormalizer.fold(word)
            features.insert(folded)
            features.insert(TextNormalizer.stem(folded, language: .en))
            features.insert(TextNormalizer.stem(folded, language: .fr))
        }
        return features
    }()

    /// Finds the projects that cover each priority of a network.
    ///
    /// - Parameters:
    ///   - network: the priorities and projects.
    ///   - threshold: the least text similarity a cover by text needs.
    public init(_ network: Network, threshold: Double = 0.2) {
        // Without priorities there is nothing to cover, and no index to build (a national grants
        // file has none, and 200,000 project texts to read).
        guard !network.priorities.isEmpty else {
            entries = []
            return
        }
        let projects = network.projects
        let texts =
            projects.map { TextIndex.Text(OverlapFinder.text(of: $0), language: $0.language) }
            + network.priorities.map { priority in
                TextIndex.Text(
                    ([priority.name] + priority.themes.map { $0.replacingOccurrences(of: "-", with: " ") }).joined(separator: ". "),
                    language: LanguageDetector.detect(priority.name))
            }
        let index = TextIndex(consume texts)
        let n = projects.count
        // Distinctive: used by fewer than half of the projects (the priorities themselves aside).
        func distinctive(_ feature: Int) -> Bool {
            let name = index.featureNames[feature]
            guard index.featureKinds[feature] != .characters, !Self.sectorFeatures.contains(name) else { return false }
            let inProjects = index.documentFrequency(of: feature) - 1
            return n < 3 || Double(inProjects) < Double(n) / 2
        }
        var entries: [Entry] = []
        for (offset, priority) in network.priorities.enumerated() {
            let document = n + offset
            let themes = Set(priority.themes.map(TextNormalizer.fold))
            var covers: [Cover] = []
            var closest: (project: Int, similarity: Double)?
            for (i, project) in projects.enumerated() {
                let similarity = index.similarity(i, document)
                if similarity > (closest?.similarity ?? 0) { closest = (i, similarity) }
                let sharedThemes = project.themes.filter { themes.contains(TextNormalizer.fold($0)) }
                var seen = Set<String>()
                let shared = similarity >= threshold ? index.sharedFeatures(i, document).filter { distinctive($0.feature) } : []
                let specific = shared.contains { !Self.genericConcepts.contains(index.featureNames[$0.feature]) }
                let sharedWords =
                    specific
                    ? shared.map { Self.display(index.featureNames[$0.feature]) }.filter { seen.insert($0).inserted }
                    : []
                guard !sharedThemes.isEmpty || !sharedWords.isEmpty else { continue }
                covers.append(Cover(project: project.id, sharedThemes: sharedThemes, sharedWords: Array(sharedWords.prefix(6)), similarity: similarity))
            }
            entries.append(Entry(priority: priority.id, covers: covers, closest: covers.isEmpty ? closest.map { projects[$0.project].id } : nil))
        }
        self.entries = entries
    }

    private static func display(_ feature: String) -> String {
        feature.hasPrefix("concept:") ? String(feature.dropFirst("concept:".count)) : feature
    }
}
