import ArgumentParser
import PartnerMap

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: localized("Groups of organisations that work more with each other than with the rest (Louvain)."),
        discussion: localized(
            """
            Finds communities in the collaboration view by the Louvain method, maximising \
            modularity as networkx's louvain_communities does (resolution 1, threshold 1e-7, \
            tie strengths as weights). The seed fixes the visiting order, so the same seed gives \
            the same groups. Each group is named by the sector more than half of its members \
            work in (or its two most frequent sectors). The modularity is compared with random \
            networks in which every organisation keeps its number of ties (--chance): groups \
            that are no clearer than chance are said to be so.

            EXAMPLES:
              partnermap communities Graphs/ontario-lips.yaml
              partnermap communities Graphs/ontario-lips.yaml --seed 7 --format json
            """)
    )

    @Argument(help: .localized("A network file (.yaml, .json), a CSV folder or an edge list."))
    var file: String

    @OptionGroup var loading: LoadingOptions

    @Option(help: .localized("Seed for the visiting order."))
    var seed: UInt64 = 0

    @Option(help: .localized("Resolution: above 1 gives more, smaller groups."))
    var resolution: Double = 1

    @Option(
        help: .localized(
            "Random networks with the same degrees to compare the modularity with (0 to skip; default 20, 5 above 20,000 ties, 0 above 200,000).",
            valueName: "n"))
    var chance: Int?

    @Flag(help: .localized("Print the time spent loading and computing on standard error."))
    var timings = false

    @OptionGroup var lang: LanguageOption

    @Option(help: .localized("table, json or csv."))
    var format: ReportFormat = .table

    func validate() throws {
        guard resolution > 0 else { throw UsageProblem.positive(option: "--resolution").error }
        if let chance, chance < 0 { throw UsageProblem.zeroOrMore(option: "--chance").error }
    }

    func run() throws {
        var timer = PhaseTimer(enabled: timings)
        let input = try loadInputOrExit(file, options: loading, language: lang.language)
        timer.mark("load")
        let groups: CommunityGroups
        let network: Network
        let graph: Graph
        switch input {
        case .network(let loaded):
            network = loaded
            graph = CollaborationView.graph(of: network)
            groups = CommunityGroups(network, graph: graph, seed: seed, resolution: resolution)
        case .graph(let plain):
            network = Network(name: plain.name)
            let plainGraph = Graph(plain)
            timer.mark("graph")
            groups = CommunityGroups(plainGraph, seed: seed, resolution: resolution)
            graph = plainGraph.undirected()
        }
        timer.mark("louvain")
        let samples = chance ?? ModularityBaseline.defaultSamples(ties: graph.edgeCount)
        let baseline = ModularityBaseline(graph, samples: samples, resolution: resolution, seed: seed)
        timer.mark("chance")
        switch format {
        case .table:
            let sentences = FindingSentences(language: lang.language, network: network)
            printText(lang.language.typeset(StructureOutput.table(groups, network: network, sentences: sentences, width: terminalWidth(), baseline: baseline)))
        case .json: print(try StructureOutput.json(groups, baseline: baseline))
        case .csv: print(StructureOutput.csv(groups))
        }
        timer.mark("output")
        timer.report()
    }
}
