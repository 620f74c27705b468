import Foundation

/// Partnerships worth proposing: organisations with no tie yet that share partners
/// (Adamic–Adar: L. A. Adamic and E. Adar, "Friends and neighbors on the Web", Social Networks
/// 25(3), 2003, as networkx's `adamic_adar_index`) or whose projects serve the same objective
/// (the overlap text index over each organisation's projects).
///
/// Score = 0.5 × Adamic–Adar scaled by its largest value + 0.5 × objective similarity. Councils
/// and networks are left out: one joins them by taking a seat, not by a partnership.
///
/// Pairs that already work together in a way the collaboration view does not draw as a tie are
/// never suggested: a funder and an organisation it funds (directly or through a project the
/// organisation delivers), and two organisations that chair or co-chair the same table. A
/// council counts as a body "both sit on" only when both hold a seat on it; a council one of
/// them is tied to by a partnership is a shared partner.
public struct PartnershipRecommender: Sendable {
    public struct Recommendation: Sendable, Hashable {
        public var organisations: [String]
        public var score: Double
        public var adamicAdar: Double
        public var objectiveSimilarity: Double
        /// Organisations both partner with (a seat on a council is not a partnership).
        public var commonPartners: [String]
        /// Councils and networks on which both hold a seat.
        public var commonBodies: [String]
        /// Pairs of projects (one of each) that serve similar objectives.
        public var similarProjects: [String]
        /// For each of `similarProjects`, the start of its objectives when its name is a
        /// placeholder ("Core costs"), since that is what matched; `nil` when the name says it.
        public var similarProjectExcerpts: [String?] = []
    }

    public let recommendations: [Recommendation]

    /// A shared neighbour with more ties than this (a national funder, a country-wide network)
    /// is not counted as something two organisations share: being funded by the same lottery
    /// says nothing about working together, and through such a hub 10,000 recipients would make
    /// fifty million pairs. Below it, Adamic–Adar is networkx's `adamic_adar_index`.
    public static let sharedNeighbourLimit = 1_000

    /// - Parameter graph: the collaboration view of `network`, when the caller has built it already.
    public init(_ network: Network, top: Int = 10, graph: Graph? = nil) {
        let graph = graph ?? CollaborationView.graph(of: network)
        let organisations = network.organisations
        let candidates = organisations.indices.filter { !organisations[$0].isBody }
        // Objective text per organisation: its projects' texts.
        let placeholders = OverlapFinder.Placeholders(network.projects)
        var projectsOf: [String: [Project]] = [:]
        for project in network.projects { for id in Set(project.organisations) { projectsOf[id, default: []].append(project) } }
        let texts = candidates.map { index -> TextIndex.Text in
            let projects = projectsOf[organisations[index].id] ?? []
            let text = projects.map { OverlapFinder.text(of: $0, placeholders: placeholders) }.joined(separator: ". ")
            return TextIndex.Text(text, language: projects.first?.language ?? .en)
        }
        let index = TextIndex(texts)
        // Objective similarities are found a block of organisations at a time, never all held: a
        // national grants file has tens of millions of pairs above 0.2.
        let objectiveBlock = 2_048
        var candidatePosition = [Int](repeating: -1, count: organisations.count)
        for (position, organisation) in candidates.enumerated() { candidatePosition[organisation] = position }
        let logDegree = (0..<graph.nodeCount).map { log(Double(max(graph.degree(of: $0), 1))) }
        let excluded = Self.alreadyWorkingTogether(network)
        let isCandidate = Set(candidates)
        // Every pair of organisations with no tie that share a neighbour or similar objectives,
        // with what they share, in a fixed order. Walked twice: once for the largest Adamic–Adar
        // (the scale of the scores), once to keep the best pairs. Pairs are never all held: at
        // 100,000 organisations, councils of a hundred seats make tens of millions of them.
        // Without `objectives`, only pairs that share a neighbour: enough for the largest
        // Adamic–Adar, which a pair alike only in its objectives does not reach.
        func eachPair(objectives: Bool, _ body: (_ u: Int, _ v: Int, _ adamicAdar: Double, _ shared: [Int], _ objective: Double) -> Void) {
            var objectivePairs: [(a: Int, b: Int, similarity: Double)] = []
            var firstObjectivePair: [Int] = []
            var block = -1
            for u in candidates {
                var common: [Int: [Int]] = [:]
                for w in graph.neighbours(of: u) where graph.degree(of: Int(w)) <= Self.sharedNeighbourLimit {
                    for v in graph.neighbours(of: Int(w)) where Int(v) > u && isCandidate.contains(Int(v)) {
                        common[Int(v), default: []].append(Int(w))
                    }
                }
                let position = candidatePosition[u]
                var objective: [Int: Double] = [:]
                if objectives {
                    if position / objectiveBlock != block {
                        block = position / objectiveBlock
                        let range = block * objectiveBlock..<min(candidates.count, (block + 1) * objectiveBlock)
                        objectivePairs = index.pairs(threshold: 0.2, sources: range)
                        firstObjectivePair = [Int](repeating: 0, count: range.count + 1)
                        for pair in objectivePairs { firstObjectivePair[pair.a - range.lowerBound + 1] += 1 }
                        for offset in 0..<range.count { firstObjectivePair[offset + 1] += firstObjectivePair[offset] }
                    }
                    let offset = position - block * objectiveBlock
                    for pair in objectivePairs[firstObjectivePair[offset]..<firstObjectivePair[offset + 1]] {
                        objective[candidates[pair.b]] = pair.similarity
                    }
                }
                var partners = Set(common.keys)
                partners.formUnion(objective.keys)
                for v in partners.sorted()
                where graph.weight(from: u, to: v) == nil
                    && !excluded.contains(Self.key(organisations[u].id, organisations[v].id))
                {
                    let shared = common[v] ?? []
                    let adamicAdar = shared.reduce(0) { $0 + (logDegree[$1] > 0 ? 1 / logDegree[$1] : 0) }
                    body(u, v, adamicAdar, shared, objective[v] ?? 0)
                }
            }
        }
        var maxAdamicAdar = 0.0
        eachPair(objectives: false) { _, _, adamicAdar, _, _ in maxAdamicAdar = max(maxAdamicAdar, adamicAdar) }
        // Highest score first, then by the two ids.
        func precedes(_ x: Candidate, _ y: Candidate) -> Bool {
            if x.score != y.score { return x.score > y.score }
            return [organisations[x.u].id, organisations[x.v].id].lexicographicallyPrecedes([organisations[y.u].id, organisations[y.v].id])
        }
        // The best `top` pairs (all of them when `top` is 0), kept in order as they come.
        var scored: [Candidate] = []
        eachPair(objectives: true) { u, v, adamicAdar, shared, objective in
            let score = 0.5 * (maxAdamicAdar > 0 ? adamicAdar / maxAdamicAdar : 0) + 0.5 * objective
            guard score > 0 else { return }
            let candidate = Candidate(u: u, v: v, adamicAdar: adamicAdar, shared: shared, objective: objective, score: score)
            if top > 0, scored.count == top {
                guard precedes(candidate, scored[top - 1]) else { return }
                scored.removeLast()
            }
            guard top > 0 else { return scored.append(candidate) }
            // The first kept pair the new one precedes (the kept pairs are in order).
            var low = 0
            var high = scored.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(candidate, scored[middle]) { high = middle } else { low = middle + 1 }
            }
            scored.insert(candidate, at: low)
        }
        if top == 0 { scored.sort(by: precedes) }
        // Adamic–Adar counts every shared neighbour of the collaboration view, as networkx does;
        // the recommendation tells partners and the councils both sit on apart.
        let bodies = Set(organisations.filter(\.isBody).map(\.id))
        var seated = Set<String>()
        for membership in network.memberships { seated.insert(Self.key(membership.organisation, membership.body)) }
        recommendations = scored.map { item in
            let a = organisations[item.u]
            let b = organisations[item.v]
            let sharedIDs = item.shared.map { graph.nodeIDs[$0] }
            func bothSeated(_ body: String) -> Bool {
                bodies.contains(body) && seated.contains(Self.key(a.id, body)) && seated.contains(Self.key(b.id, body))
            }
            var similar: [String] = []
            var excerpts: [String?] = []
            if item.objective > 0, let best = Self.closestProjects(projectsOf[a.id] ?? [], projectsOf[b.id] ?? []) {
                similar = [best.0.id, best.1.id]
                excerpts = [best.0, best.1].map { project in
                    placeholders.names.isPlaceholder(project.name) ? Self.excerpt(project.objectives) : nil
                }
            }
            return Recommendation(
                organisations: [a.id, b.id], score: item.score, adamicAdar: item.adamicAdar, objectiveSimilarity: item.objective,
                commonPartners: sharedIDs.filter { !bothSeated($0) }, commonBodies: sharedIDs.filter(bothSeated),
                similarProjects: similar, similarProjectExcerpts: excerpts)
        }
    }

    /// Two organisations with no tie, what they share, and (once scored) their score.
    private struct Candidate {
        var u: Int, v: Int
        var adamicAdar: Double
        var shared: [Int]
        var objective: Double
        var score = 0.0
    }

    /// An unordered pair of ids as one key.
    private static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }

    /// Pairs that already work together without a tie in the collaboration view: funder and
    /// recipient (the project's organisations, for money to a project), and two chairs or
    /// co-chairs of the same table.
    private static func alreadyWorkingTogether(_ network: Network) -> Set<String> {
        var pairs = Set<String>()
        for flow in network.funding {
            for recipient in network.project(flow.to)?.organisations ?? [flow.to] where recipient != flow.from {
                pairs.insert(key(flow.from, recipient))
            }
        }
        var chairs: [String: [String]] = [:]
        for membership in network.memberships where membership.role == .chair || membership.role == .coChair {
            chairs[membership.body, default: []].append(membership.organisation)
        }
        for members in chairs.values {
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] where a != b { pairs.insert(key(a, b)) } }
        }
        return pairs
    }

    /// The first words of a text, up to about 60 characters; `nil` for an empty text.
    static func excerpt(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return nil }
        var result = ""
        for word in words {
            if !result.isEmpty, result.count + word.count + 1 > 60 { return result + "…" }
            result += (result.isEmpty ? "" : " ") + word
        }
        return result
    }

    private static func closestProjects(_ a: [Project], _ b: [Project]) -> (Project, Project)? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let all = a + b
        let index = TextIndex(all.map { TextIndex.Text(OverlapFinder.text(of: $0), language: $0.language) })
        var best: (Int, Int, Double)?
        for i in a.indices {
            for j in b.indices {
                let value = index.similarity(i, a.count + j)
                if value > (best?.2 ?? 0) { best = (i, j, value) }
            }
        }
        return best.map { (a[$0.0], b[$0.1]) }
    }
}
