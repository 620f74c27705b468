/// The partnership map of a network too large to draw whole (more than
/// ``MapStyle/largeGraph`` organisations): the organisations that broker most, grouped by
/// their community, the ties among them, and a title that says how many organisations and
/// ties were left out. A map of 5,000 dots says nothing; a map of the 120 brokers of 5,000,
/// boxed by community, says who holds each part together and how the parts meet.
enum OverviewMap {
    /// Organisations drawn, all with their names.
    static let shownOrganisations = 120
    /// - Parameter betweenness: the graph's betweenness by ``NetworkContext``'s rule, when the
    ///   caller has it (the report's table); computed by the same rule otherwise.
    static func dot(_ network: Network, graph: Graph, words: any MapWords, betweenness known: [Double]? = nil) -> DOTGraph {
        let n = graph.nodeCount
        // Betweenness ranks the brokers by the rule the report's table follows (exact up to
        // 2,000 organisations, then sampled sources drawn as networkx draws them, seed 0), so the
        // map draws the brokers the table lists.
        var sources: [Int]?
        if known == nil, n > NetworkContext.exactBetweennessUpTo {
            var random = PythonRandom(seed: 0)
            sources = random.sample(n, NetworkContext.betweennessSamples)
        }
        let betweenness = known ?? BetweennessCentrality(graph, sources: sources).nodes
        let communities = CommunityGroups(network, graph: graph)
        var communityOf = [Int](repeating: -1, count: n)
        for (index, community) in communities.louvain.communities.enumerated() { for node in community { communityOf[node] = index } }

        let ranking = (0..<n).sorted {
            (betweenness[$0], graph.degree(of: $0)) != (betweenness[$1], graph.degree(of: $1))
                ? (betweenness[$0], graph.degree(of: $0)) > (betweenness[$1], graph.degree(of: $1))
                : graph.nodeIDs[$0] < graph.nodeIDs[$1]
        }
        let shown = Array(ranking.prefix(shownOrganisations)).sorted()
        let isShown = Set(shown)
        let maxBetweenness = shown.map { betweenness[$0] }.max() ?? 0
        let palette = SectorPalette(network)

        var dot = DOTGraph(name: network.name, directed: false)
        // osage packs the community boxes in rows, where dot would set them side by side in one
        // very long row; it is deterministic and takes well under a second at this size.
        dot.graphAttributes = MapStyle.layout(nodes: shown.count, directed: false, preferred: "osage")
        dot.graphAttributes[.splines] = .keyword("line")
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        dot.nodeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .style: .keyword("filled"), .margin: .number(0.05)]
        dot.edgeDefaults = [.color: .keyword("#555555")]

        var types = Set<OrganisationType>()
        var sectors = Set<String>()
        for node in shown {
            let id = graph.nodeIDs[node]
            let organisation = network.organisation(id)
            let share = maxBetweenness > 0 ? betweenness[node] / maxBetweenness : 0
            if let organisation {
                types.insert(organisation.type)
                if let sector = organisation.sectors.first { sectors.insert(sector) }
            }
            dot.nodes.append(
                DOTGraph.Node(
                    id: id,
                    attributes: [
                        .label: .label(NetworkMap.wrap(organisation?.name ?? id)),
                        .tooltip: .label(organisation.map { NetworkMap.tooltip($0, betweenness: betweenness[node], words: words) } ?? id),
                        .shape: .keyword(MapStyle.shape(for: organisation?.type ?? .other)),
                        .fillcolor: palette.fill(organisation?.sectors.first),
                        .width: .number(0.5 + 1.5 * share.squareRoot()),
                        .height: .number(0.35 + 0.8 * share.squareRoot()),
                        .id: .label("node-" + id),
                    ]))
        }
        // One box per community with two or more of the organisations drawn.
        var byCommunity: [Int: [Int]] = [:]
        for node in shown { byCommunity[communityOf[node], default: []].append(node) }
        for (community, members) in byCommunity.sorted(by: { $0.key < $1.key }) where members.count >= 2 && community >= 0 {
            let group = communities.groups[community]
            dot.clusters.append(
                DOTGraph.Cluster(
                    key: "community_\(community + 1)",
                    attributes: [
                        .label: .label(words.community(group.label(sector: words.sector), shown: members.count, of: group.members.count)),
                        .style: .keyword("rounded,filled"), .fillcolor: .keyword("#f7f7f7"), .color: .keyword("#888888"),
                        .fontsize: .number(11),
                    ],
                    nodes: members.map { graph.nodeIDs[$0] }))
        }
        // Ties among the organisations drawn, width by strength.
        var tiesShown = 0
        let maxWeight = graph.weights.max() ?? 1
        for u in shown {
            for p in graph.offsets[u]..<graph.offsets[u + 1] {
                let v = Int(graph.targets[p])
                guard v > u, isShown.contains(v) else { continue }
                dot.edges.append(
                    DOTGraph.Edge(
                        from: graph.nodeIDs[u], to: graph.nodeIDs[v],
                        attributes: [
                            .penwidth: .number(0.5 + 1.5 * (maxWeight > 0 ? graph.weights[p] / maxWeight : 1).squareRoot()), .color: .keyword("#777777"),
                        ]))
                tiesShown += 1
            }
        }
        dot.graphAttributes[.label] = .label(
            network.name + " — " + words.partnerships + "\n"
                + words.overview(shown: shown.count, of: n, tiesShown: tiesShown, tiesTotal: graph.edgeCount))

        let (legend, legendNodes) = NetworkMap.legend(
            palette: palette, present: sectors,
            types: OrganisationType.allCases.filter(types.contains), words: words)
        dot.clusters.append(legend)
        dot.nodes += legendNodes
        for (index, node) in legendNodes.enumerated() where index + 4 < legendNodes.count {
            dot.edges.append(DOTGraph.Edge(from: node.id, to: legendNodes[index + 4].id, attributes: [.style: .keyword("invis")]))
        }
        return dot
    }
}
