import Foundation

/// Partnerships worth proposing: organisations with no tie yet that share partners
/// (Adamic–Adar: L. A. Adamic and E. Adar, "Friends and neighbors on the Web", Social Networks
/// 25(3), 2003, as networkx's `adamic_adar_index`) or whose projects serve the same objective
/// (the overlap text index over each organisation's projects).
///
/// Score = 0.5 × Adamic–Adar scaled by its largest value + 0.5 × objective similarity. Councils
/// and networks are left out: one joins them by taking a seat, not by a partnership.
public struct PartnershipRecommender: Sendable {
    public struct Recommendation: Sendable, Hashable {
        public var organisations: [String]
        public var score: Double
        public var adamicAdar: Double
        public var objectiveSimilarity: Double
        /// Organisations both partner with (a seat on a council is not a partnership).
        public var commonPartners: [String]
        /// Councils and networks both sit on.
        public var commonBodies: [String]
        /// Pairs of projects (one of each) that serve similar objectives.
        public var similarProjects: [String]
        public var reason: String
    }

    public let recommendations: [Recommendation]

    public init(_ network: Network, top: Int = 10) {
        let graph = CollaborationView.graph(of: network)
        let organisations = network.organisations
        let candidates = organisations.indices.filter { !organisations[$0].isBody }
        // Objective text per organisation: its projects' texts.
        var projectsOf: [String: [Project]] = [:]
        for project in network.projects { for id in Set(project.organisations) { projectsOf[id, default: []].append(project) } }
        let texts = candidates.map { index -> TextIndex.Text in
            let projects = projectsOf[organisations[index].id] ?? []
            let text = projects.map(OverlapFinder.text(of:)).joined(separator: ". ")
            return TextIndex.Text(text, language: projects.first?.language ?? .en)
        }
        let index = TextIndex(texts)
        var similarity: [Int: [Int: Double]] = [:]
        for pair in index.pairs(threshold: 0.2) {
            similarity[candidates[pair.a], default: [:]][candidates[pair.b]] = pair.similarity
        }
        let logDegree = (0..<graph.nodeCount).map { log(Double(max(graph.degree(of: $0), 1))) }
        var found: [Recommendation] = []
        var raw: [(Int, Int, Double, [Int], Double)] = []
        let isCandidate = Set(candidates)
        for u in candidates {
            var common: [Int: [Int]] = [:]
            for w in graph.neighbours(of: u) {
                for v in graph.neighbours(of: Int(w)) where Int(v) > u && isCandidate.contains(Int(v)) {
                    common[Int(v), default: []].append(Int(w))
                }
            }
            var partners = Set(common.keys)
            partners.formUnion((similarity[u] ?? [:]).keys)
            for v in partners.sorted() where graph.weight(from: u, to: v) == nil {
                let shared = common[v] ?? []
                let adamicAdar = shared.reduce(0) { $0 + (logDegree[$1] > 0 ? 1 / logDegree[$1] : 0) }
                raw.append((u, v, adamicAdar, shared, similarity[u]?[v] ?? 0))
            }
        }
        let maxAdamicAdar = raw.map(\.2).max() ?? 0
        for (u, v, adamicAdar, shared, objective) in raw {
            let score = 0.5 * (maxAdamicAdar > 0 ? adamicAdar / maxAdamicAdar : 0) + 0.5 * objective
            guard score > 0 else { continue }
            let a = organisations[u]
            let b = organisations[v]
            // Adamic–Adar counts every shared neighbour of the collaboration view, as networkx
            // does; the reason tells partners and the councils both sit on apart.
            let bodies = Set(network.organisations.filter(\.isBody).map(\.id))
            let partnerIDs = shared.map { graph.nodeIDs[$0] }.filter { !bodies.contains($0) }
            let bodyIDs = shared.map { graph.nodeIDs[$0] }.filter { bodies.contains($0) }
            var similar: [String] = []
            if objective > 0 {
                let best = Self.closestProjects(projectsOf[a.id] ?? [], projectsOf[b.id] ?? [])
                if let best { similar = [best.0.id, best.1.id] }
            }
            var reasons: [String] = []
            if !partnerIDs.isEmpty {
                let names = partnerIDs.prefix(3).map(network.displayName(of:))
                reasons.append("they share \(partnerIDs.count) partner\(partnerIDs.count == 1 ? "" : "s") (\(names.joined(separator: ", "))\(partnerIDs.count > 3 ? ", …" : ""))")
            }
            if !bodyIDs.isEmpty {
                let names = bodyIDs.prefix(3).map(network.displayName(of:))
                reasons.append("both sit on \(names.joined(separator: ", "))\(bodyIDs.count > 3 ? ", …" : "")")
            }
            if similar.count == 2 {
                reasons.append("their projects serve similar objectives (\(network.displayName(of: similar[0])) and \(network.displayName(of: similar[1])))")
            }
            found.append(Recommendation(
                organisations: [a.id, b.id], score: score, adamicAdar: adamicAdar, objectiveSimilarity: objective,
                commonPartners: partnerIDs, commonBodies: bodyIDs, similarProjects: similar,
                reason: "\(a.name) and \(b.name) have no tie yet, but " + reasons.joined(separator: " and ") + "."))
        }
        found.sort { $0.score != $1.score ? $0.score > $1.score : $0.organisations.lexicographicallyPrecedes($1.organisations) }
        recommendations = top > 0 ? Array(found.prefix(top)) : found
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
