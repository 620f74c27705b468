import ArgumentParser
import PartnerMap

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: localized("Who holds the network together, who brokers, who is a single point of failure."),
        discussion: localized(
            """
            Computes, for every organisation (or node of an edge list), the measures researchers \
            use, with networkx's conventions so each number can be checked against it:

              degree, strength      ties, and the sum of their strengths
              betweenness           share of shortest paths between others that pass through
                                    it (Brandes; normalised as networkx)
              closeness, harmonic   how near it is to everyone (Wasserman–Faust; Σ 1/distance)
              eigenvector, pagerank, katz
                                    tied to the well-tied (unit length; damping 0.85; α 0.1)
              core-number, clustering
                                    k-core; share of its partners who are partners
              constraint, effective-size, efficiency, hierarchy
                                    Burt's structural holes: does it bridge separate groups?

            Articulation points (single points of failure) and bridges are always reported; on \
            the funding view, Gould–Fernandez brokerage roles by group.

            Weights are tie strengths. Without --weighted every tie counts as 1; with it, \
            strengths weigh PageRank, eigenvector, Katz and structural holes, and distances are \
            1/weight for betweenness, closeness and harmonic. Nodes without ties get NaN \
            where networkx gives NaN, written null in JSON and empty in CSV.

            EXAMPLES:
              partnermap centrality Graphs/ontario-lips.yaml
              partnermap centrality Graphs/montreal-inclusif.yaml --measures betweenness,constraint --top 5
              partnermap centrality Graphs/allies-learning-exchange.yaml --view funding --weighted --format json
              partnermap centrality big.edges --measures betweenness --samples 200 --seed 1
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json), a CSV folder or an edge list."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("collaboration (organisations tied by partnerships, seats and projects) or funding (directed money flows). Ignored for edge lists."))
    var view: ViewChoice = .collaboration

    @Option(
        help: .localized(
            "Comma-separated measures to compute; the first one ranks the table. Default: all.",
            valueName: "a,b,..."))
    var measures: String?

    @Flag(help: .localized("Use tie strengths (distance 1/weight) instead of counting ties."))
    var weighted = false

    @Flag(name: .customLong("edges"), help: .localized("Also compute edge betweenness (JSON `edges`)."))
    var edgeBetweenness = false

    @Option(help: .localized("Rows in the table (0 for all)."))
    var top = 10

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    @Option(help: .localized("Estimate betweenness from K sampled sources (for large graphs); closeness and harmonic are then left out unless named in --measures."))
    var samples: Int?

    @Option(help: .localized("Seed for --samples; the same seed draws the same sources as networkx's betweenness_centrality(k, seed)."))
    var seed: UInt64 = 0

    @Option(help: .localized("Groups for brokerage roles on the funding view: sector, type or council."))
    var groups: GroupChoice = .sector

    @Flag(help: .localized("Read an edge list as directed."))
    var directed = false

    @Flag(help: .localized("Print the time spent loading and computing on standard error."))
    var timings = false

    func validate() throws {
        if let samples, samples < 1 { throw UsageProblem.atLeastOne(option: "--samples").error }
        if top < 0 { throw UsageProblem.zeroOrMore(option: "--top").error }
        _ = try parsedMeasures()
    }

    /// Closeness and harmonic centrality need the distance between every pair of nodes, which
    /// no sample estimates; with --samples they are computed only when asked for by name.
    static let allPairsMeasures: [CentralityReport.Measure] = [.closeness, .harmonic]

    func parsedMeasures() throws -> [CentralityReport.Measure] {
        guard let measures else {
            return samples == nil ? CentralityReport.Measure.allCases : CentralityReport.Measure.allCases.filter { !Self.allPairsMeasures.contains($0) }
        }
        return try measures.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let measure = CentralityReport.Measure(rawValue: trimmed) else {
                throw UsageProblem.unknownMeasure(trimmed, measures: CentralityReport.Measure.allCases.map(\.rawValue)).error
            }
            return measure
        }
    }

    @OptionGroup var lang: LanguageOption

    func run() throws {
        var timer = PhaseTimer(enabled: timings)
        let input = try loadInputOrExit(file, directed: directed, options: loading, language: lang.language)
        let options = CentralityReport.Options(
            measures: try parsedMeasures(), weighted: weighted,
            edgeBetweenness: edgeBetweenness, samples: samples, seed: seed)
        var notes: [CentralityReport.Note] = []
        if samples != nil, measures == nil { notes.append(.closenessLeftOutWithSamples) }
        timer.mark("load")
        let output: CentralityOutput
        switch input {
        case .network(let network):
            output = CentralityOutput(network: network, funding: view == .funding, groups: groups.basis, options: options, language: lang.language, notes: notes)
        case .graph(let plain):
            let graph = Graph(plain)
            // A DOT or GraphML `label` names the node; the id otherwise.
            let labels = Dictionary(zip(plain.nodes, plain.labels.isEmpty ? plain.nodes : plain.labels), uniquingKeysWith: { first, _ in first })
            output = CentralityOutput(
                report: CentralityReport(graph, options: options), names: graph.nodeIDs.map { labels[$0] ?? $0 }, view: "graph", nodeNoun: "nodes",
                language: lang.language, notes: notes)
        }
        timer.mark("compute")
        switch format {
        case .table: printText(lang.language.typeset(output.table(top: top, width: terminalWidth())))
        case .json: print(try output.json())
        case .csv: print(output.csv())
        }
        timer.mark("output")
        timer.report()
    }
}
