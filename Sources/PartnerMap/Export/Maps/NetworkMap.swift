import Foundation

/// The four maps a council looks at, built from a network and its analyses as ``DOTGraph``s:
///
/// - `partnerships`: organisations coloured by sector, shaped by type, sized by betweenness;
///   councils drawn as boxes around their members (sub-councils nested); tie width by
///   strength; isolated organisations dashed, single points of failure with a double border.
/// - `funding`: money flowing left to right from funders through intermediaries to
///   organisations and projects, edge width and label by amount, totals per funder.
/// - `overlap`: projects joined by their overlap score, duplicates in red, twins dashed,
///   clusters boxed.
/// - `ego:ID`: one organisation and its neighbourhood two steps out.
///
/// On every map, what the file marks illustrative is drawn in purple (organisation and project
/// names, ties, seats, flows) and says so in its tooltip, with a line in the legend.
public enum NetworkMap {
    /// Which map to draw.
    public enum View: Sendable, Hashable {
        case partnerships, funding, overlap
        /// Funders tied by the recipients they share (``CoFunding``): who could coordinate.
        case coFunding
        case ego(String)

        /// `partnerships`, `funding`, `overlap`, `co-funding` or `ego:ID`.
        public init?(parsing text: String) {
            switch text {
            case "partnerships": self = .partnerships
            case "funding": self = .funding
            case "overlap": self = .overlap
            case "co-funding": self = .coFunding
            default:
                guard text.hasPrefix("ego:"), text.count > 4 else { return nil }
                self = .ego(String(text.dropFirst(4)))
            }
        }

        /// The view's name, as `--view` takes it.
        public var name: String {
            switch self {
            case .partnerships: "partnerships"
            case .funding: "funding"
            case .overlap: "overlap"
            case .coFunding: "co-funding"
            case .ego(let id): "ego:" + id
            }
        }
    }

    /// What sizes an organisation on the partnership map: its betweenness (the default), or, for
    /// a survey network, the trust or value its partners gave it (1 to 4; none given: smallest).
    public enum NodeSize: String, Sendable, CaseIterable {
        case betweenness, trust, value
    }

    /// Why a map could not be made.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unknownOrganisation(String, suggestion: String?)
        case noFunding
        case tooFewProjects

        /// The reason, in English.
        public var description: String { description(in: .en) }

        /// The failure in the reader's language.
        public func description(in language: ReportLanguage) -> String {
            switch self {
            case .unknownOrganisation(let id, let suggestion): CommandMessage.mapUnknownOrganisation(id, suggestion: suggestion).text(in: language)
            case .noFunding: CommandMessage.mapNoFunding.text(in: language)
            case .tooFewProjects: CommandMessage.mapTooFewProjects.text(in: language)
            }
        }
    }

    /// - Parameters:
    ///   - network: the network to draw.
    ///   - view: which map: partnerships, funding, overlap, an organisation's neighbourhood …
    ///   - language: the language of titles, legend and tooltips.
    ///   - fundingRelations: the funding map draws at most this many funder–recipient
    ///     relations, the largest (``MapStyle/largestFundingMap`` by default; the report draws fewer).
    ///   - size: what a node's size shows (betweenness by default).
    ///   - context: what was already worked out of `network` (the report's collaboration view
    ///     and centrality), so that the map draws what the report's table ranks without
    ///     measuring it again.
    public static func dot(
        _ network: Network, view: View, language: ReportLanguage = .en,
        fundingRelations: Int = MapStyle.largestFundingMap, size: NodeSize = .betweenness, context: NetworkContext? = nil
    ) throws(Failure) -> DOTGraph {
        let words = language.mapWords
        switch view {
        case .partnerships: return partnerships(network, focus: nil, words: words, size: size, context: context)
        case .funding: return try funding(network, words: words, limit: fundingRelations)
        case .overlap: return try overlap(network, words: words)
        case .coFunding: return try coFunding(network, words: words)
        case .ego(let id):
            guard network.organisation(id) != nil else {
                throw .unknownOrganisation(id, suggestion: Suggestion.closest(to: id, in: network.organisations.map(\.id)))
            }
            return partnerships(network, focus: id, words: words, size: size, context: context)
        }
    }

    // MARK: partnerships and ego

    static func partnerships(_ network: Network, focus: String?, words: any MapWords, size: NodeSize = .betweenness, context: NetworkContext? = nil) -> DOTGraph {
        let graph = context?.collaborationGraph ?? CollaborationView.graph(of: network)
        if focus == nil, graph.nodeCount > MapStyle.largeGraph {
            return OverviewMap.dot(network, graph: graph, words: words, betweenness: context?.betweenness)
        }
        var include = Set(graph.nodeIDs)
        if let focus, let centre = graph.index(of: focus) {
            // Two steps out from the focus.
            var frontier = [centre]
            var reached: Set<Int> = [centre]
            for _ in 0..<2 {
                var next: [Int] = []
                for u in frontier {
                    for v in graph.neighbours(of: u) where reached.insert(Int(v)).inserted { next.append(Int(v)) }
                }
                frontier = next
            }
            include = Set(reached.map { graph.nodeIDs[$0] })
        }
        let organisations = network.organisations.filter { include.contains($0.id) }
        // Exact betweenness: the context's when it is exact too (up to 2,000 organisations).
        let betweenness =
            context.flatMap { graph.nodeCount <= NetworkContext.exactBetweennessUpTo ? $0.betweenness : nil } ?? BetweennessCentrality(graph).nodes
        let maxBetweenness = betweenness.max() ?? 0
        let cuts = context?.centrality.cutPoints ?? CutPoints(graph)
        let articulation = Set(cuts.articulationPoints.map { graph.nodeIDs[$0] })
        let large = organisations.count > MapStyle.largeGraph
        // Trust or value received, from 1 to 4, read as a share of the scale above its floor.
        var received: [String: Double] = [:]
        if size != .betweenness {
            for item in SurveyScores(network).organisations {
                if let score = size == .trust ? item.trustReceived : item.valueReceived { received[item.id] = (score - 1) / 3 }
            }
        }

        // Bodies with members become clusters; their members go inside the first one.
        var members: [String: [String]] = [:]
        var firstBody: [String: String] = [:]
        for membership in network.memberships where include.contains(membership.organisation) && include.contains(membership.body) {
            members[membership.body, default: []].append(membership.organisation)
            if firstBody[membership.organisation] == nil { firstBody[membership.organisation] = membership.body }
        }
        let clusteredBodies = Set(members.keys)

        // Sector colours from the whole network, so a neighbourhood map matches the full one.
        let palette = SectorPalette(network)
        let shownSectors = Set(organisations.compactMap(\.sectors.first))

        var dot = DOTGraph(name: network.name + (focus.map { " — around " + $0 } ?? ""), directed: false)
        // dot, not fdp: Graphviz 2.42's fdp places clusters differently on every run.
        dot.graphAttributes = MapStyle.layout(nodes: organisations.count, directed: false, preferred: "dot")
        dot.graphAttributes[.label] = .label(network.name + " — " + (focus.map { words.neighbourhood(network.displayName(of: $0)) } ?? words.partnerships))
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        dot.nodeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .style: .keyword("filled"), .margin: .number(0.05)]
        dot.edgeDefaults = [.color: .keyword("#555555")]

        // Label only the most central nodes on large maps.
        let labelled: Set<String>
        if large {
            let ranked = organisations.sorted { (betweenness[graph.index(of: $0.id)!], $1.id) > (betweenness[graph.index(of: $1.id)!], $0.id) }
            labelled = Set(ranked.prefix(40).map(\.id))
        } else {
            labelled = Set(organisations.map(\.id))
        }
        for organisation in organisations where !clusteredBodies.contains(organisation.id) || large {
            let index = graph.index(of: organisation.id)!
            let share = size == .betweenness ? (maxBetweenness > 0 ? betweenness[index] / maxBetweenness : 0) : received[organisation.id] ?? 0
            var attributes: [DOTAttribute: DOTValue] = [
                .label: .label(labelled.contains(organisation.id) ? wrap(organisation.name) : ""),
                .tooltip: .label(tooltip(organisation, betweenness: betweenness[index], words: words)),
                .shape: .keyword(MapStyle.shape(for: organisation.type)),
                .fillcolor: palette.fill(organisation.sectors.first),
                .width: .number(0.5 + 1.5 * share.squareRoot()),
                .height: .number(0.35 + 0.8 * share.squareRoot()),
                .id: .label("node-" + organisation.id),
            ]
            if graph.degree(of: index) == 0 { attributes[.style] = .keyword("filled,dashed") }
            if organisation.illustrative { markIllustrative(&attributes, words: words) }
            if articulation.contains(organisation.id) {
                attributes[.peripheries] = .number(2)
                attributes[.penwidth] = .number(1.5)
            }
            if organisation.id == focus {
                attributes[.penwidth] = .number(3)
                attributes[.color] = .keyword("#D55E00")
            }
            if large, let body = firstBody[organisation.id], let bodyIndex = Array(clusteredBodies).sorted().firstIndex(of: body) {
                // sfdp draws no cluster boxes: the border colour says which council.
                attributes[.color] = MapStyle.strongColour(bodyIndex)
                attributes[.penwidth] = .number(2.5)
            }
            dot.nodes.append(DOTGraph.Node(id: organisation.id, attributes: attributes))
        }
        if !large {
            // Top-level bodies first; nested bodies inside their parent.
            var parent: [String: String] = [:]
            for (body, list) in members { for member in list where clusteredBodies.contains(member) && parent[member] == nil { parent[member] = body } }
            func cluster(_ body: String) -> DOTGraph.Cluster {
                let organisation = network.organisation(body)
                let inner = (members[body] ?? []).filter { parent[$0] == body && clusteredBodies.contains($0) }
                let direct = (members[body] ?? []).filter { !clusteredBodies.contains($0) && firstBody[$0] == body }
                // The body itself, a small point inside its box, so ties to it can be drawn.
                dot.nodes.append(
                    DOTGraph.Node(
                        id: body,
                        attributes: [
                            .shape: .keyword("point"), .width: .number(0.12), .label: .label(""), .fillcolor: .keyword("#888888"),
                            .tooltip: .label(organisation.map { tooltip($0, betweenness: betweenness[graph.index(of: $0.id)!], words: words) } ?? body),
                            .id: .label("node-" + body),
                        ]))
                return DOTGraph.Cluster(
                    key: clusterKey(body),
                    attributes: [
                        .label: .label(organisation?.name ?? body), .style: .keyword("rounded,filled"),
                        .fillcolor: .keyword("#f7f7f7"), .color: .keyword("#888888"), .fontsize: .number(11),
                        .tooltip: .label(organisation.map { tooltip($0, betweenness: betweenness[graph.index(of: $0.id)!], words: words) } ?? body),
                    ],
                    nodes: [body] + direct, clusters: inner.sorted().map(cluster))
            }
            dot.clusters = clusteredBodies.filter { parent[$0] == nil }.sorted().map(cluster)
        }

        // Ties: partnerships (width by strength) and co-delivery (dashed); memberships are drawn
        // as cluster placement, or as thin edges when the body is not drawn as a box.
        var seen = Set<[String]>()
        let maxWeight = network.partnerships.map(\.weight).max() ?? 1
        for partnership in network.partnerships where partnership.organisations.count == 2 {
            let (a, b) = (partnership.organisations[0], partnership.organisations[1])
            guard include.contains(a), include.contains(b) else { continue }
            seen.insert([a, b].sorted())
            var attributes: [DOTAttribute: DOTValue] = [.penwidth: MapStyle.width(partnership.weight, max: maxWeight)]
            if large {
                // Thinned: weak ties faint and fine, so the strong ones show through.
                let weak = partnership.weight < max(2, maxWeight / 2)
                attributes[.penwidth] = .number(weak ? 0.3 : 1.2)
                attributes[.color] = weak ? .keyword("#d0d0d0") : .keyword("#555555")
            }
            let kind = partnership.type.map { words.language.vocabulary.label($0) + ", " } ?? ""
            attributes[.tooltip] = .label(
                "\(network.displayName(of: a)) — \(network.displayName(of: b))\(words.colon)\(kind)\(words.strength) \(words.language.plain(partnership.weight))")
            if partnership.illustrative { markIllustrative(&attributes, words: words, tie: true) }
            dot.edges.append(DOTGraph.Edge(from: a, to: b, attributes: attributes))
        }
        for project in network.projects where !large {
            let partners = project.organisations.filter(include.contains)
            for (i, a) in partners.enumerated() {
                for b in partners.dropFirst(i + 1) where a != b && seen.insert([a, b].sorted()).inserted {
                    var attributes: [DOTAttribute: DOTValue] = [
                        .style: .keyword("dashed"), .color: .keyword("#777777"),
                        .tooltip: .label(words.deliverTogether(network.displayName(of: a), network.displayName(of: b), project.name)),
                    ]
                    if project.illustrative { markIllustrative(&attributes, words: words, tie: true) }
                    dot.edges.append(DOTGraph.Edge(from: a, to: b, attributes: attributes))
                }
            }
        }
        if large {
            // Seats as faint ties to the council's node (sfdp draws no boxes).
            for membership in network.memberships where include.contains(membership.organisation) && include.contains(membership.body) {
                dot.edges.append(
                    DOTGraph.Edge(
                        from: membership.organisation, to: membership.body,
                        attributes: [
                            .color: .keyword("#e0e0e0"), .penwidth: .number(0.3),
                        ]))
            }
        } else {
            // Seats beyond an organisation's first council: a thin dotted tie to a member of that council.
            for membership in network.memberships where include.contains(membership.organisation) && include.contains(membership.body) {
                guard firstBody[membership.organisation] != membership.body, !clusteredBodies.contains(membership.organisation),
                    let anchor = (members[membership.body] ?? []).first(where: { !clusteredBodies.contains($0) && firstBody[$0] == membership.body }),
                    anchor != membership.organisation
                else { continue }
                var attributes: [DOTAttribute: DOTValue] = [
                    .style: .keyword("dotted"), .color: .keyword("#aaaaaa"),
                    .tooltip: .label(words.alsoSitsOn(network.displayName(of: membership.organisation), network.displayName(of: membership.body))),
                ]
                if membership.illustrative { markIllustrative(&attributes, words: words, tie: true) }
                dot.edges.append(DOTGraph.Edge(from: membership.organisation, to: anchor, attributes: attributes))
            }
        }
        if !large {
            let types = OrganisationType.allCases.filter { type in organisations.contains { $0.type == type && !clusteredBodies.contains($0.id) } }
            let (cluster, nodes) = legend(
                palette: palette, present: shownSectors, types: types, words: words,
                illustrative: network.hasIllustrativeEntries)
            dot.clusters.append(cluster)
            dot.nodes += nodes
            // Stack the key in columns of four rather than one long row.
            for (index, node) in nodes.enumerated() where index + 4 < nodes.count {
                dot.edges.append(DOTGraph.Edge(from: node.id, to: nodes[index + 4].id, attributes: [.style: .keyword("invis")]))
            }
        }
        return dot
    }

    // MARK: funding

    static func funding(_ network: Network, words: any MapWords, limit: Int = MapStyle.largestFundingMap) throws(Failure) -> DOTGraph {
        guard !network.funding.isEmpty else { throw .noFunding }
        var dot = DOTGraph(name: network.name + " — funding", directed: true)
        dot.nodeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .style: .keyword("filled"), .fillcolor: .keyword("#ffffff")]
        dot.edgeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(9), .color: .keyword("#0072B2")]
        var given: [String: [String: Double]] = [:]
        var received: [String: [String: Double]] = [:]
        var pairs: [String: (from: String, to: String, amounts: [String: Double])] = [:]
        var pairOrder: [String] = []
        var illustrativePairs = Set<String>()
        for flow in network.funding {
            given[flow.from, default: [:]][flow.currency, default: 0] += flow.amount
            received[flow.to, default: [:]][flow.currency, default: 0] += flow.amount
            let key = flow.from + "\u{0}" + flow.to
            if flow.illustrative { illustrativePairs.insert(key) }
            if pairs[key] == nil {
                pairs[key] = (flow.from, flow.to, [:])
                pairOrder.append(key)
            }
            pairs[key]!.amounts[flow.currency, default: 0] += flow.amount
        }
        // A network with thousands of funding relations gets the largest ones drawn (a map of all
        // of them takes minutes to lay out and cannot be read); the title says how many.
        let allPairs = pairOrder.count
        if allPairs > limit {
            let totals = pairOrder.map { pairs[$0]!.amounts.values.reduce(0, +) }
            let kept = Set(
                pairOrder.indices.sorted { (totals[$1], $0) < (totals[$0], $1) }
                    .prefix(limit).map { pairOrder[$0] })
            pairOrder = pairOrder.filter(kept.contains)
        }
        var ids: [String] = []
        var listed = Set<String>()
        for key in pairOrder {
            for id in [pairs[key]!.from, pairs[key]!.to] where listed.insert(id).inserted { ids.append(id) }
        }
        dot.graphAttributes = MapStyle.layout(nodes: ids.count, directed: true, preferred: "dot")
        dot.graphAttributes[.rankdir] = .keyword("LR")
        dot.graphAttributes[.ranksep] = .number(1.2)
        var title = network.name + " — " + words.whereMoneyGoes
        if pairOrder.count < allPairs { title += "\n" + words.largestFlows(pairOrder.count, of: allPairs) }
        dot.graphAttributes[.label] = .label(title)
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        let maxAmount = pairs.values.flatMap { $0.amounts.values }.max() ?? 1
        let mixed = Set(network.funding.lazy.map(\.currency)).count > 1
        func money(_ amounts: [String: Double]) -> String {
            amounts.sorted { $0.key < $1.key }.map { words.language.amount($0.value, $0.key, mixed: mixed) }.joined(separator: " + ")
        }
        for id in ids {
            let organisation = network.organisation(id)
            let isProject = network.project(id) != nil
            var label = network.displayName(of: id)
            if let out = given[id] { label += "\n" + words.gives + " " + money(out) }
            if let into = received[id], given[id] == nil { label += "\n" + words.receives + " " + money(into) }
            var attributes: [DOTAttribute: DOTValue] = [
                .label: .label(wrap(label, keepingLines: true)),
                .shape: isProject || organisation?.isBody == true ? .keyword("box") : .keyword(MapStyle.shape(for: organisation?.type ?? .other)),
                .tooltip: .label(label),
                .id: .label("node-" + id),
            ]
            if organisation?.illustrative == true || network.project(id)?.illustrative == true { markIllustrative(&attributes, words: words) }
            if isProject {
                attributes[.style] = .keyword("rounded,filled")
                attributes[.fillcolor] = .keyword("#ffffb3")
            } else if received[id] == nil {
                attributes[.fillcolor] = .keyword("#8dd3c7")
            }  // funders
            else if given[id] != nil {
                attributes[.fillcolor] = .keyword("#bebada")
            }  // intermediaries
            dot.nodes.append(DOTGraph.Node(id: id, attributes: attributes))
        }
        for key in pairOrder {
            let pair = pairs[key]!
            let total = pair.amounts.values.reduce(0, +)
            var attributes: [DOTAttribute: DOTValue] = [
                .penwidth: MapStyle.width(total, max: maxAmount), .label: .label(money(pair.amounts)),
                .tooltip: .label("\(network.displayName(of: pair.from)) → \(network.displayName(of: pair.to))\(words.colon)\(money(pair.amounts))"),
            ]
            if illustrativePairs.contains(key) {
                markIllustrative(&attributes, words: words, tie: true)
                attributes[.fontcolor] = .keyword(MapStyle.illustrativeText)
            }
            dot.edges.append(DOTGraph.Edge(from: pair.from, to: pair.to, attributes: attributes))
        }
        return dot
    }

    // MARK: co-funding

    /// Funders as nodes, an edge between two that fund the same recipients, its width and label
    /// the number they share; a funder who shares none stands alone. Drawn with neato, since the
    /// ties have no direction.
    static func coFunding(_ network: Network, words: any MapWords) throws(Failure) -> DOTGraph {
        guard !network.funding.isEmpty else { throw .noFunding }
        let coFunding = CoFunding(network)
        var dot = DOTGraph(name: network.name + " — co-funding", directed: false)
        let funders = Array(Set(network.funding.map(\.from))).sorted()
        dot.graphAttributes = MapStyle.layout(nodes: funders.count, directed: false, preferred: "neato")
        dot.graphAttributes[.label] = .label(network.name + " — " + words.coFundingTitle)
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        dot.nodeDefaults = [
            .fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .style: .keyword("filled"), .fillcolor: .keyword("#8dd3c7"),
        ]
        dot.edgeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(9), .color: .keyword("#0072B2")]
        var recipients: [String: Int] = [:]
        for recipient in coFunding.recipients { for funder in recipient.funders { recipients[funder, default: 0] += 1 } }
        for funder in funders {
            let label = network.displayName(of: funder) + "\n" + words.fundsRecipients(recipients[funder] ?? 0)
            dot.nodes.append(
                DOTGraph.Node(
                    id: funder,
                    attributes: [
                        .label: .label(wrap(label, keepingLines: true)), .tooltip: .label(label), .id: .label("node-" + funder),
                        .shape: .keyword(MapStyle.shape(for: network.organisation(funder)?.type ?? .funder)),
                    ]))
        }
        let most = Double(coFunding.pairs.first?.shared ?? 1)
        for pair in coFunding.pairs {
            let names = pair.funders.map { network.displayName(of: $0) }
            dot.edges.append(
                DOTGraph.Edge(
                    from: pair.funders[0], to: pair.funders[1],
                    attributes: [
                        .penwidth: MapStyle.width(Double(pair.shared), max: most), .label: .label(words.language.number(Double(pair.shared))),
                        .tooltip: .label(names.joined(separator: " + ") + words.colon + words.sharedRecipients(pair.shared)),
                    ]))
        }
        return dot
    }

    // MARK: overlap

    static func overlap(_ network: Network, words: any MapWords) throws(Failure) -> DOTGraph {
        guard network.projects.count >= 2 else { throw .tooFewProjects }
        let finder = OverlapFinder(network)
        var dot = DOTGraph(name: network.name + " — overlap", directed: false)
        let shown =
            network.projects.count > MapStyle.largeGraph
            ? network.projects.filter { project in finder.pairs.contains { $0.projects.contains(project.id) } }
            : network.projects
        dot.graphAttributes = MapStyle.layout(nodes: shown.count, directed: false, preferred: "dot")
        dot.graphAttributes[.nodesep] = .number(0.4)
        dot.graphAttributes[.label] = .label(network.name + " — " + words.overlapTitle)
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        dot.nodeDefaults = [
            .fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .shape: .keyword("box"),
            .style: .keyword("rounded,filled"), .fillcolor: .keyword("#ffffff"),
        ]
        dot.edgeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(9)]
        let inPair = Set(finder.pairs.flatMap(\.projects))
        for project in shown {
            var label = project.name
            if let area = project.area, !project.name.contains(area) { label += "\n" + area }
            var attributes: [DOTAttribute: DOTValue] = [
                .label: .label(wrap(label, keepingLines: true)),
                .tooltip: .label(project.name + (project.objectives.isEmpty ? "" : "\n" + project.objectives)),
                .fillcolor: inPair.contains(project.id) ? .keyword("#fdb462") : .keyword("#ffffff"),
                .id: .label("node-" + project.id),
            ]
            if project.illustrative { markIllustrative(&attributes, words: words) }
            dot.nodes.append(DOTGraph.Node(id: project.id, attributes: attributes))
        }
        for (index, cluster) in finder.clusters.enumerated() {
            dot.clusters.append(
                DOTGraph.Cluster(
                    key: "overlap\(index + 1)",
                    attributes: [
                        .label: .label(words.sameObjective(cluster.count)), .style: .keyword("rounded,dashed"), .color: .keyword("#D55E00"),
                        .fontsize: .number(11),
                    ], nodes: cluster))
        }
        // One door to the words for every pair: it reads the whole network's provenance once.
        let sentences = FindingSentences(language: words.language, network: network)
        for pair in finder.pairs {
            let duplicate = pair.kind != .twin
            dot.edges.append(
                DOTGraph.Edge(
                    from: pair.projects[0], to: pair.projects[1],
                    attributes: [
                        .color: duplicate ? .keyword("#D55E00") : .keyword("#0072B2"),
                        .style: pair.kind == .duplicate ? .keyword("solid") : .keyword("dashed"),
                        .penwidth: .number(1 + 4 * pair.score),
                        .label: .label(words.language.decimal(pair.score, places: 2)),
                        .tooltip: .label(words.pairKind(pair.kind) + words.colon + words.typeset(sentences.action(pair))),
                    ]))
        }
        return dot
    }

    // MARK: helpers

    /// A boxed key: one swatch per sector colour, one shape per organisation type, and the
    /// marks for single points of failure and isolated organisations.
    /// Legend ids hold a `:`, which no network id can, so they never meet an organisation.
    static func legend(
        palette: SectorPalette, present: Set<String>, types: [OrganisationType], words: any MapWords,
        illustrative: Bool = false
    ) -> (DOTGraph.Cluster, [DOTGraph.Node]) {
        var nodes: [DOTGraph.Node] = []
        for (index, sector) in palette.coloured.enumerated() where present.contains(sector) {
            nodes.append(
                DOTGraph.Node(
                    id: "legend:sector-\(index)",
                    attributes: [
                        .label: .label(words.sector(sector)), .shape: .keyword("box"), .fillcolor: palette.fill(sector), .fontsize: .number(9),
                    ]))
        }
        let others = palette.other.filter(present.contains)
        if !others.isEmpty {
            nodes.append(
                DOTGraph.Node(
                    id: "legend:sector-other",
                    attributes: [
                        .label: .label(words.otherSectors(others)), .shape: .keyword("box"), .fillcolor: palette.fill(others[0]), .fontsize: .number(9),
                        .tooltip: .label(others.joined(separator: ", ")),
                    ]))
        }
        for type in types {
            nodes.append(
                DOTGraph.Node(
                    id: "legend:type-" + type.rawValue,
                    attributes: [
                        .label: .label(words.typeLabel(type)), .shape: .keyword(MapStyle.shape(for: type)), .fillcolor: .keyword("#ffffff"), .fontsize: .number(9),
                    ]))
        }
        nodes.append(
            DOTGraph.Node(
                id: "legend:cut-point",
                attributes: [
                    .label: .label(words.singlePoint), .peripheries: .number(2), .fillcolor: .keyword("#ffffff"), .fontsize: .number(9),
                ]))
        nodes.append(
            DOTGraph.Node(
                id: "legend:isolated",
                attributes: [
                    .label: .label(words.noTie), .style: .keyword("filled,dashed"), .fillcolor: .keyword("#ffffff"), .fontsize: .number(9),
                ]))
        if illustrative {
            nodes.append(
                DOTGraph.Node(
                    id: "legend:illustrative",
                    attributes: [
                        .label: .label(words.illustrativeLegend), .fillcolor: .keyword("#ffffff"), .fontsize: .number(9),
                        .fontcolor: .keyword(MapStyle.illustrativeText), .color: .keyword(MapStyle.illustrativeTie),
                    ]))
        }
        let cluster = DOTGraph.Cluster(
            key: "legend",
            attributes: [
                .label: .label(words.legend), .style: .keyword("rounded"), .color: .keyword("#bbbbbb"), .fontsize: .number(10),
            ], nodes: nodes.map(\.id))
        return (cluster, nodes)
    }

    /// Purple text (a node) or a purple line (a tie), and the word in the tooltip.
    static func markIllustrative(_ attributes: inout [DOTAttribute: DOTValue], words: any MapWords, tie: Bool = false) {
        if tie {
            attributes[.color] = .keyword(MapStyle.illustrativeTie)
        } else {
            attributes[.fontcolor] = .keyword(MapStyle.illustrativeText)
        }
        if case .label(let text)? = attributes[.tooltip] { attributes[.tooltip] = .label(text + " (" + words.illustrative + ")") }
    }

    static func clusterKey(_ id: String) -> String {
        "body_" + id.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
    }

    /// Long names broken at spaces, about 22 characters a line.
    static func wrap(_ text: String, width: Int = 22, keepingLines: Bool = false) -> String {
        let paragraphs = keepingLines ? text.components(separatedBy: "\n") : [text.replacingOccurrences(of: "\n", with: " ")]
        return paragraphs.map { paragraph in
            var lines: [String] = []
            var current = ""
            for word in paragraph.split(separator: " ") {
                if !current.isEmpty, current.count + word.count + 1 > width {
                    lines.append(current)
                    current = String(word)
                } else {
                    current += current.isEmpty ? String(word) : " " + word
                }
            }
            if !current.isEmpty { lines.append(current) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func tooltip(_ organisation: Organisation, betweenness: Double, words: any MapWords) -> String {
        var lines = [organisation.name, words.typeLabel(organisation.type)]
        if !organisation.sectors.isEmpty { lines.append(words.sectors + ": " + organisation.sectors.map(words.sector).joined(separator: ", ")) }
        if let area = organisation.area { lines.append(words.area + ": " + area) }
        lines.append(words.betweenness + ": " + words.language.decimal(betweenness, places: 3))
        return words.language.typeset(lines.joined(separator: "\n"))
    }
}
