/// The measures a coordinator or researcher asks for, computed together on one graph.
///
/// This is what `partnermap centrality` prints; library users can also call each measure
/// (``BetweennessCentrality``, ``PageRank`` ...) on its own.
public struct CentralityReport: Sendable {
    /// Every node measure, with the key it has in JSON and CSV output.
    public enum Measure: String, Sendable, CaseIterable, Codable {
        case degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, katz
        case coreNumber = "core-number"
        case clustering, constraint
        case effectiveSize = "effective-size"
        case efficiency, hierarchy
    }

    /// What to compute and how.
    public struct Options: Sendable {
        /// The measures to compute.
        public var measures: [Measure] = Measure.allCases
        /// Use tie strengths (distances 1/weight where a distance is needed).
        public var weighted = false
        /// Also compute each tie's betweenness.
        public var edgeBetweenness = false
        /// Estimate betweenness from this many sources, drawn as networkx draws them.
        public var samples: Int?
        /// The seed of the sources drawn for ``samples`` (networkx's `seed`).
        public var seed: UInt64 = 0
        /// Group of each node for brokerage roles (directed graphs only).
        public var groups: [Int]?

        /// Options; each parameter is the property of the same name.
        public init(
            measures: [Measure] = Measure.allCases, weighted: Bool = false, edgeBetweenness: Bool = false,
            samples: Int? = nil, seed: UInt64 = 0, groups: [Int]? = nil
        ) {
            self.measures = measures
            self.weighted = weighted
            self.edgeBetweenness = edgeBetweenness
            self.samples = samples
            self.seed = seed
            self.groups = groups
        }
    }

    /// The graph measured.
    public let graph: Graph
    /// What was asked for.
    public let options: Options
    /// Each measure computed, one value per node index.
    public let values: [Measure: [Double]]
    /// The graph's cut points and bridges (its single points of failure).
    public let cutPoints: CutPoints
    /// Gould–Fernandez brokerage roles, for a directed graph with groups.
    public let brokerage: BrokerageRoles?
    /// Each tie's betweenness, when asked for.
    public let edgeBetweenness: [BetweennessCentrality.EdgeValue]?
    /// Sources swept when betweenness is an estimate.
    public let sampledSources: [Int]?
    /// Things the reader must know about the numbers (a measure that could not be computed ...),
    /// worded by the output in the reader's language.
    public let notes: [Note]

    /// Something the reader must know about the numbers.
    public enum Note: Sendable, Hashable {
        /// Eigenvector centrality stopped before converging: its values are approximate.
        case eigenvectorDidNotConverge
        /// Katz centrality's α = 0.1 is not below 1/λ_max on this graph; its values are left empty.
        case katzAlphaTooLarge(maximumAlpha: Double)
        /// On a directed graph, clustering and structural holes read ties as undirected.
        case directedTiesReadAsUndirected
        /// Betweenness estimated from `samples` of `sources` sources, drawn with `seed` as networkx draws them.
        case betweennessSampled(samples: Int, sources: Int, seed: UInt64)
        /// Closeness and harmonic centrality left out because betweenness was sampled.
        case closenessLeftOutWithSamples
    }

    /// Measures a graph.
    ///
    /// - Parameters:
    ///   - graph: the collaboration view, the funding view or any plain graph.
    ///   - options: the measures and how to compute them.
    public init(_ graph: Graph, options: Options = Options()) {
        self.graph = graph
        self.options = options
        let wanted = Set(options.measures)
        let weighted = options.weighted
        var values: [Measure: [Double]] = [:]
        var notes: [Note] = []
        if !wanted.isDisjoint(with: [.degree, .strength]) {
            let degree = DegreeCentrality(graph)
            values[.degree] = degree.degree
            values[.strength] = degree.strength
        }
        var sampled: [Int]?
        var closenessFromSweep: ClosenessCentrality?
        if wanted.contains(.betweenness) || options.edgeBetweenness {
            if let samples = options.samples, samples < graph.nodeCount {
                var random = PythonRandom(seed: options.seed)
                sampled = random.sample(graph.nodeCount, max(1, samples))
            }
            let betweenness = BetweennessCentrality(
                graph, weighted: weighted, includeEdges: options.edgeBetweenness, sources: sampled,
                alsoCloseness: !wanted.isDisjoint(with: [.closeness, .harmonic]))
            values[.betweenness] = betweenness.nodes
            edgeBetweenness = betweenness.edges
            closenessFromSweep = betweenness.closeness
        } else {
            edgeBetweenness = nil
        }
        sampledSources = sampled
        if !wanted.isDisjoint(with: [.closeness, .harmonic]) {
            let closeness = closenessFromSweep ?? ClosenessCentrality(graph, weighted: weighted)
            values[.closeness] = closeness.closeness
            values[.harmonic] = closeness.harmonic
        }
        var largestEigenvalue: Double?
        if wanted.contains(.eigenvector) {
            let eigenvector = EigenvectorCentrality(graph, weighted: weighted)
            values[.eigenvector] = eigenvector.scores
            largestEigenvalue = eigenvector.largestEigenvalue
            if !eigenvector.converged { notes.append(.eigenvectorDidNotConverge) }
        }
        if wanted.contains(.pagerank) { values[.pagerank] = PageRank(graph, weighted: weighted).scores }
        if wanted.contains(.katz) {
            let katz = KatzCentrality(graph, weighted: weighted, largestEigenvalue: largestEigenvalue)
            values[.katz] = katz.scores
            if !katz.converged, graph.nodeCount > 0 {
                notes.append(.katzAlphaTooLarge(maximumAlpha: katz.maximumAlpha))
            }
        }
        if wanted.contains(.coreNumber) { values[.coreNumber] = CoreNumber(graph).cores.map(Double.init) }
        if wanted.contains(.clustering) { values[.clustering] = ClusteringCoefficient(graph).coefficients }
        if !wanted.isDisjoint(with: [.constraint, .effectiveSize, .efficiency, .hierarchy]) {
            let holes = StructuralHoles(graph, weighted: weighted)
            values[.constraint] = holes.constraint
            values[.effectiveSize] = holes.effectiveSize
            values[.efficiency] = holes.efficiency
            values[.hierarchy] = holes.hierarchy
        }
        self.values = values.filter { wanted.contains($0.key) }
        cutPoints = CutPoints(graph)
        if graph.isDirected, let groups = options.groups {
            brokerage = BrokerageRoles(graph, groups: groups)
        } else {
            brokerage = nil
        }
        if graph.isDirected, !wanted.isDisjoint(with: [.clustering, .constraint, .effectiveSize, .efficiency, .hierarchy, .coreNumber]) {
            notes.append(.directedTiesReadAsUndirected)
        }
        if let sampled {
            notes.append(.betweennessSampled(samples: sampled.count, sources: graph.nodeCount, seed: options.seed))
        }
        self.notes = notes
    }

    /// Node indices ranked by a measure, highest first; NaN last; ties by index.
    public func ranking(by measure: Measure) -> [Int] {
        guard let scores = values[measure] else { return Array(0..<graph.nodeCount) }
        return (0..<graph.nodeCount).sorted { a, b in
            let (x, y) = (scores[a], scores[b])
            if x.isNaN != y.isNaN { return !x.isNaN }
            if x != y, !x.isNaN { return x > y }
            return a < b
        }
    }
}
