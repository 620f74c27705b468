/// What the report and its maps read of one network, each worked out once, when first asked:
/// the collaboration view, and its degree, betweenness, constraint, cut points and bridges.
///
/// The report's table, its partnership map (whole or as an overview of the brokers) and its gap
/// checks rank the same organisations by the same numbers: computed once here and handed to each,
/// they cannot drift apart, and a network of 67,000 organisations is not measured twice.
///
/// Betweenness follows one rule: exact up to ``exactBetweennessUpTo`` organisations, then
/// estimated from ``betweennessSamples`` sources drawn as networkx's
/// `betweenness_centrality(k=500, seed=0)` draws them (exact, it was a third of the report's time
/// at 5,000 organisations).
///
/// A reference type so that what one reader works out, the next one finds; not for sharing
/// between threads.
public final class NetworkContext {
    /// Networks up to this many organisations get exact betweenness.
    public static let exactBetweennessUpTo = 2_000
    /// Sources sampled for betweenness above that size.
    public static let betweennessSamples = 500

    /// The network everything here is worked out from.
    public let network: Network

    /// A context for a network; nothing is worked out until asked for.
    public init(_ network: Network) {
        self.network = network
    }

    /// The collaboration view (``CollaborationView``) of the network.
    public private(set) lazy var collaborationGraph: Graph = CollaborationView.graph(of: network)

    /// Degree, betweenness and constraint of the collaboration view, with its cut points and
    /// bridges, betweenness by the rule above.
    public var centrality: CentralityReport {
        if let centralityWorkedOut { return centralityWorkedOut }
        let graph = collaborationGraph
        let samples = graph.nodeCount > Self.exactBetweennessUpTo ? Self.betweennessSamples : nil
        let report = CentralityReport(graph, options: .init(measures: [.degree, .betweenness, .constraint], samples: samples))
        centralityWorkedOut = report
        return report
    }
    private var centralityWorkedOut: CentralityReport?

    /// The collaboration view's cut points and bridges: the centrality report's when it has been
    /// worked out, found alone otherwise (the gap checks need them, not betweenness).
    public var cutPoints: CutPoints {
        if let cutPointsWorkedOut { return cutPointsWorkedOut }
        let found = centralityWorkedOut?.cutPoints ?? CutPoints(collaborationGraph)
        cutPointsWorkedOut = found
        return found
    }
    private var cutPointsWorkedOut: CutPoints?

    /// Each organisation's betweenness in the collaboration view, by node index.
    public var betweenness: [Double] { centrality.values[.betweenness] ?? [] }
}
