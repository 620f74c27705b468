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
///
/// - Complexity: shared partners, O(Σ d²) over organisations of degree d up to the
///   shared-neighbour limit; objectives, a text-index search whose candidates grow with how
///   many organisations share words (only pairs that could still enter the top N are scored).
/// - DOI: 10.1016/S0378-8733(03)00009-1 (Adamic and Adar 2003, "Friends and neighbors on the Web").
public struct PartnershipRecommender: Sendable {
    /// A suggested partnership and why.
    public struct Recommendation: Sendable, Hashable {
        /// The two organisations.
        public var organisations: [String]
        /// The combined score the list is ranked by.
        public var score: Double
        /// How much their shared partners say (Adamic–Adar).
        public var adamicAdar: Double
        /// How alike their projects' objectives are (cosine).
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

    /// The suggestions, best first.
    public let recommendations: [Recommendation]

    /// A shared neighbour with more ties than this (a national funder, a country-wide network)
    /// is not counted as something two organisations share: being funded by the same lottery
    /// says nothing about working together, and through such a hub 10,000 recipients would make
    /// fifty million pairs. Below it, Adamic–Adar is networkx's `adamic_adar_index`.
    public static let sharedNeighbourLimit = 1_000

    /// The organisations whose objective pairs are searched at once: the first blocks are
    /// small, since until the kept pairs raise the threshold texts written alike are alike to
    /// nearly every other.
    static let objectiveBlocks = SearchBlocks(smallest: 16, largest: 2_048)

    /// - Parameters:
    ///   - network: the network whose organisations are paired.
    ///   - top: how many suggestions to keep, the best first; 0 for every pair with a score.
    ///   - graph: the collaboration view of `network`, when the caller has built it already.
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
        let index = TextIndex(consume texts)
        var candidatePosition = [Int](repeating: -1, count: organisations.count)
        for (position, organisation) in candidates.enumerated() { candidatePosition[organisation] = position }
        let logDegree = (0..<graph.nodeCount).map { log(Double(max(graph.degree(of: $0), 1))) }
        let excluded = Self.alreadyWorkingTogether(network, graph: graph)
        func eligible(_ u: Int, _ v: Int) -> Bool { graph.weight(from: u, to: v) == nil && !excluded.contains(u * organisations.count + v) }
        // Every pair u < v of organisations with no tie that share a neighbour (one with no more
        // than `sharedNeighbourLimit` ties), with its Adamic–Adar summed over the shared
        // neighbours in u's order, as networkx sums it. Pairs are never all held: at 100,000
        // organisations, councils of a hundred seats make tens of millions of them.
        var accumulated = [Double](repeating: 0, count: organisations.count)
        var sharing = [Bool](repeating: false, count: organisations.count)
        var touched: [Int] = []
        func eachSharingPair(_ body: (_ u: Int, _ v: Int, _ adamicAdar: Double) -> Void) {
            for u in candidates {
                for w in graph.neighbours(of: u) where graph.degree(of: Int(w)) <= Self.sharedNeighbourLimit {
                    let share = logDegree[Int(w)] > 0 ? 1 / logDegree[Int(w)] : 0
                    for v32 in graph.neighbours(of: Int(w)) {
                        let v = Int(v32)
                        guard v > u, v < candidatePosition.count, candidatePosition[v] >= 0 else { continue }
                        if !sharing[v] {
                            sharing[v] = true
                            touched.append(v)
                        }
                        accumulated[v] += share
                    }
                }
                touched.sort()
                for v in touched where eligible(u, v) { body(u, v, accumulated[v]) }
                for v in touched {
                    accumulated[v] = 0
                    sharing[v] = false
                }
                touched.removeAll(keepingCapacity: true)
            }
        }
        var maxAdamicAdar = 0.0
        eachSharingPair { _, _, adamicAdar in maxAdamicAdar = max(maxAdamicAdar, adamicAdar) }
        // Highest score first, then by the two ids.
        func precedes(_ x: Candidate, _ y: Candidate) -> Bool {
            if x.score != y.score { return x.score > y.score }
            return [organisations[x.u].id, organisations[x.v].id].lexicographicallyPrecedes([organisations[y.u].id, organisations[y.v].id])
        }
        // The best `top` pairs (all of them when `top` is 0), kept in order as they come.
        var scored: [Candidate] = []
        func keep(_ u: Int, _ v: Int, adamicAdar: Double, objective: Double) {
            let score = 0.5 * (maxAdamicAdar > 0 ? adamicAdar / maxAdamicAdar : 0) + 0.5 * objective
            guard score > 0 else { return }
            let candidate = Candidate(u: u, v: v, adamicAdar: adamicAdar, objective: objective, score: score)
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
        // The score the last kept pair has, once `top` are kept: a pair that cannot reach it is
        // never scored in full.
        func lowestKept() -> Double? { top > 0 && scored.count == top ? scored[top - 1].score : nil }
        // Objective similarities count from 0.2.
        let objectiveFloor = 0.2
        // Pairs that share a neighbour: their objective similarity is computed only when the
        // pair could still be kept with the best one possible (1, and a margin for rounding).
        eachSharingPair { u, v, adamicAdar in
            if let lowest = lowestKept(), 0.5 * (maxAdamicAdar > 0 ? adamicAdar / maxAdamicAdar : 0) + 0.5 + 1e-9 < lowest { return }
            let similarity = index.similarity(candidatePosition[u], candidatePosition[v])
            keep(u, v, adamicAdar: adamicAdar, objective: similarity >= objectiveFloor ? similarity : 0)
        }
        // Pairs alike only in their objectives, found a block of organisations at a time (a
        // national grants file has tens of millions of pairs above 0.2), each block asking only
        // for the similarity that could still be kept (twice the lowest kept score).
        let search = TextIndex.PairSearch(index)
        Self.objectiveBlocks.walk(candidates.count) { block in
            let threshold = max(objectiveFloor, lowestKept().map { 2 * $0 - 1e-9 } ?? 0)
            guard threshold <= 1 + 1e-9 else { return nil }
            let pairs = search.pairs(threshold: threshold, sources: block)
            for pair in pairs {
                let (u, v) = (candidates[pair.a], candidates[pair.b])
                guard Self.sharedNeighbours(u, v, in: graph).first == nil, eligible(u, v) else { continue }
                keep(u, v, adamicAdar: 0, objective: pair.similarity)
            }
            return pairs.count
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
            let sharedIDs = Array(Self.sharedNeighbours(item.u, item.v, in: graph).map { graph.nodeIDs[$0] })
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

    /// The suggestions for a context's network, from the collaboration view it holds.
    ///
    /// - Parameters:
    ///   - context: the network and what has been worked out of it.
    ///   - top: how many suggestions to keep.
    public init(_ context: NetworkContext, top: Int = 10) {
        self.init(context.network, top: top, graph: context.collaborationGraph)
    }

    /// Two organisations with no tie and their score.
    private struct Candidate {
        var u: Int, v: Int
        var adamicAdar: Double
        var objective: Double
        var score = 0.0
    }

    /// An unordered pair of ids as one key.
    private static func key(_ a: String, _ b: String) -> String { a < b ? a + "\u{0}" + b : b + "\u{0}" + a }

    /// The neighbours u and v share that count for Adamic–Adar (no more than
    /// ``sharedNeighbourLimit`` ties), in u's order, found as they are asked for.
    private static func sharedNeighbours(_ u: Int, _ v: Int, in graph: Graph) -> LazyFilterSequence<LazyMapSequence<ArraySlice<Int32>, Int>> {
        graph.neighbours(of: u).lazy.map(Int.init).filter { graph.degree(of: $0) <= sharedNeighbourLimit && graph.weight(from: $0, to: v) != nil }
    }

    /// Pairs that already work together without a tie in the collaboration view: funder and
    /// recipient (the project's organisations, for money to a project), and two chairs or
    /// co-chairs of the same table; each pair of organisation positions u < v as u × count + v.
    private static func alreadyWorkingTogether(_ network: Network, graph: Graph) -> Set<Int> {
        var pairs = Set<Int>()
        let count = network.organisations.count
        func insert(_ a: String, _ b: String) {
            guard let x = graph.index(of: a), let y = graph.index(of: b), x != y else { return }
            pairs.insert(min(x, y) * count + max(x, y))
        }
        for flow in network.funding {
            for recipient in network.project(flow.to)?.organisations ?? [flow.to] where recipient != flow.from {
                insert(flow.from, recipient)
            }
        }
        var chairs: [String: [String]] = [:]
        for membership in network.memberships where membership.role == .chair || membership.role == .coChair {
            chairs[membership.body, default: []].append(membership.organisation)
        }
        for members in chairs.values {
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] where a != b { insert(a, b) } }
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
