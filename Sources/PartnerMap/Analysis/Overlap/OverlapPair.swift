import Foundation

extension OverlapFinder {
    /// Two projects that overlap, with the evidence.
    ///
    /// The score, the class and whether the two share an area and a period are worked out when
    /// the pair is found; the lists of what the two share (words, concepts, themes, groups,
    /// funders, organisations) are gathered from the network each time they are read. A
    /// national grants file yields millions of pairs, of which a table shows a few hundred:
    /// holding every pair's lists cost seconds and gigabytes for nothing. Read a list once
    /// per pair where it is needed more than once (``sharedWordsAndConcepts`` gives both
    /// word lists in one reading).
    public struct Pair: Sendable, Hashable {
        /// The two projects' ids, in file order.
        public var projects: [String] { [evidence.projects[first].id, evidence.projects[second].id] }
        /// 0.75 × text similarity + 0.25 × context, at most 1.
        public let score: Double
        /// The cosine of the two texts in the index, 0 to 1.
        public let textSimilarity: Double
        /// Duplicate, possible duplicate or twin.
        public let kind: Kind
        /// Whether their periods overlap; `nil` when a date is missing.
        public let periodsOverlap: Bool?

        /// The area both work in (as the first project writes it), when it is the same.
        public var sameArea: String? { inSameArea ? evidence.projects[first].area : nil }
        /// Words both texts use, strongest first (as written in the first project).
        public var sharedTerms: [String] { sharedWordsAndConcepts.terms }
        /// Lexicon concepts both mention (how a French and an English text meet).
        public var sharedConcepts: [String] { sharedWordsAndConcepts.concepts }
        /// ``sharedTerms`` and ``sharedConcepts``, gathered together.
        public var sharedWordsAndConcepts: (terms: [String], concepts: [String]) { evidence.wordsAndConcepts(first, second) }
        /// The first project's themes that the second has too.
        public var sharedThemes: [String] { evidence.themes(first, second) }
        /// The first project's target groups that the second has too.
        public var sharedTargetGroups: [String] { evidence.targetGroups(first, second) }
        /// The funders of both, sorted.
        public var sharedFunders: [String] { evidence.funders(first, second) }
        /// The first project's organisations that lead the second too.
        public var sharedOrganisations: [String] {
            let others = Set(evidence.projects[second].organisations)
            return evidence.projects[first].organisations.filter(others.contains)
        }

        /// What the lists are gathered from, and the two projects' positions in it.
        private let evidence: Evidence
        let first: Int
        let second: Int
        private let inSameArea: Bool

        init(evidence: Evidence, first: Int, second: Int, score: Double, textSimilarity: Double, kind: Kind, inSameArea: Bool, periodsOverlap: Bool?) {
            self.evidence = evidence
            self.first = first
            self.second = second
            self.score = score
            self.textSimilarity = textSimilarity
            self.kind = kind
            self.inSameArea = inSameArea
            self.periodsOverlap = periodsOverlap
        }

        /// Equal when everything a reader sees is equal, evidence included.
        public static func == (lhs: Pair, rhs: Pair) -> Bool {
            lhs.projects == rhs.projects && lhs.score == rhs.score && lhs.textSimilarity == rhs.textSimilarity
                && lhs.kind == rhs.kind && lhs.periodsOverlap == rhs.periodsOverlap && lhs.sameArea == rhs.sameArea
                && lhs.sharedWordsAndConcepts == rhs.sharedWordsAndConcepts && lhs.sharedThemes == rhs.sharedThemes
                && lhs.sharedTargetGroups == rhs.sharedTargetGroups && lhs.sharedFunders == rhs.sharedFunders
                && lhs.sharedOrganisations == rhs.sharedOrganisations
        }

        /// Hashes the projects, score and class (pairs equal in everything else hash alike).
        public func hash(into hasher: inout Hasher) {
            hasher.combine(projects)
            hasher.combine(score)
            hasher.combine(kind)
        }
    }

    /// What a pair's evidence is gathered from: the projects, their folded contexts, the text
    /// index and the funders, kept by the pairs that need them.
    final class Evidence: Sendable {
        let projects: [Project]
        let contexts: [ProjectContext]
        /// What the index read of each project is read again from these for a pair's words.
        let placeholders: Placeholders
        let index: TextIndex
        /// Each word feature's name stemmed in English and in French.
        let wordStems: [(en: String, fr: String)]
        /// Each project's funders, by project id.
        let funders: [String: Set<String>]

        /// The surfaces of the projects whose pairs were read, each made once.
        private let surfaces = Surfaces()

        init(
            projects: [Project], contexts: [ProjectContext], placeholders: Placeholders, index: TextIndex, wordStems: [(en: String, fr: String)],
            funders: [String: Set<String>]
        ) {
            self.projects = projects
            self.contexts = contexts
            self.placeholders = placeholders
            self.index = index
            self.wordStems = wordStems
            self.funders = funders
        }

        func shareFunder(_ a: Int, _ b: Int) -> Bool {
            guard let fundersA = funders[projects[a].id], let fundersB = funders[projects[b].id] else { return false }
            return !fundersA.isDisjoint(with: fundersB)
        }

        func funders(_ a: Int, _ b: Int) -> [String] {
            (funders[projects[a].id] ?? []).intersection(funders[projects[b].id] ?? []).sorted()
        }

        func themes(_ a: Int, _ b: Int) -> [String] {
            zip(projects[a].themes, contexts[a].themeFolds).filter { contexts[b].themes.contains($0.1) }.map(\.0)
        }

        func targetGroups(_ a: Int, _ b: Int) -> [String] {
            zip(projects[a].targetGroups, contexts[a].groupFolds).filter { contexts[b].groups.contains($0.1) }.map(\.0)
        }

        /// Up to eight shared words, strongest first, as project `a` writes them, and the shared
        /// lexicon concepts, sorted.
        func wordsAndConcepts(_ a: Int, _ b: Int) -> (terms: [String], concepts: [String]) {
            let surface = surfaces.surface(of: a) {
                ProjectContext.surface(of: projects[a], text: OverlapFinder.text(of: projects[a], placeholders: placeholders))
            }
            let french = projects[a].language == .fr
            var terms: [String] = []
            var concepts: [String] = []
            for shared in index.sharedFeatures(a, b, wordsAndConcepts: true) {
                let name = index.featureNames[shared.feature]
                switch index.featureKinds[shared.feature] {
                case .word where terms.count < 8:
                    let stem = french ? wordStems[shared.feature].fr : wordStems[shared.feature].en
                    terms.append(surface[stem] ?? name)
                case .concept: concepts.append(String(name.dropFirst("concept:".count)))
                default: break
                }
            }
            return (terms, concepts.sorted())
        }
    }

    /// Each project's surface (``ProjectContext/surface(of:text:)``) made when first asked for and
    /// kept; asked from every core when pairs are written.
    final class Surfaces: @unchecked Sendable {
        private var made: [Int: [String: String]] = [:]
        private let lock = NSLock()

        func surface(of project: Int, making: () -> [String: String]) -> [String: String] {
            lock.lock()
            if let known = made[project] {
                lock.unlock()
                return known
            }
            lock.unlock()
            let surface = making()
            lock.lock()
            made[project] = surface
            lock.unlock()
            return surface
        }
    }
}
