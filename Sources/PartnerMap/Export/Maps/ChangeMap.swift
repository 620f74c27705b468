/// The change map of `partnermap compare`: both moments drawn on one layout.
///
/// Every organisation and partnership of either moment is placed once (the layout is computed
/// on their union, so nothing moves between the years); what joined or formed stands out in
/// bold green, what left or ended is faint and dashed, ties that grew stronger or weaker are
/// marked, and everything unchanged is neutral grey. A legend says which is which, in English
/// or French. Names stay quoted text, as on every map.
public enum ChangeMap {
    /// The change map of two moments of a network as a DOT graph.
    public static func dot(
        old: Network, new: Network, change: NetworkChange, oldLabel: String, newLabel: String,
        language: ReportLanguage = .en
    ) -> DOTGraph {
        let words = language.changeMapWords
        let joined = Set(change.joined)
        let left = Set(change.left)
        var organisations = new.organisations
        organisations += old.organisations.filter { left.contains($0.id) }

        var dot = DOTGraph(name: new.name, directed: false)
        // dot, as the partnership map: it boxes the legend and lays out the same way on every run.
        dot.graphAttributes = MapStyle.layout(nodes: organisations.count, directed: false, preferred: "dot")
        dot.graphAttributes[.label] = .label("\(new.name) — \(words.title(oldLabel, newLabel))")
        dot.graphAttributes[.labelloc] = .keyword("t")
        dot.graphAttributes[.fontsize] = .number(16)
        dot.nodeDefaults = [.fontname: .keyword(MapStyle.fontName), .fontsize: .number(10), .style: .keyword("filled"), .margin: .number(0.05)]
        dot.edgeDefaults = [.fontname: .keyword(MapStyle.fontName)]

        for organisation in organisations {
            var attributes: [DOTAttribute: DOTValue] = [
                .label: .label(organisation.name),
                .shape: .keyword(MapStyle.shape(for: organisation.type)),
                .id: .label("node-" + organisation.id),
            ]
            if joined.contains(organisation.id) {
                attributes[.fillcolor] = .keyword(Colour.joinedFill)
                attributes[.color] = .keyword(Colour.gained)
                attributes[.penwidth] = .number(2.5)
                attributes[.tooltip] = .label("\(organisation.name)\(words.colon)\(words.joined)")
            } else if left.contains(organisation.id) {
                attributes[.fillcolor] = .keyword("#ffffff")
                attributes[.color] = .keyword(Colour.lost)
                attributes[.fontcolor] = .keyword(Colour.lost)
                attributes[.style] = .keyword("filled,dashed")
                attributes[.tooltip] = .label("\(organisation.name)\(words.colon)\(words.left)")
            } else {
                attributes[.fillcolor] = .keyword(Colour.neutralFill)
                attributes[.color] = .keyword(Colour.neutral)
                attributes[.tooltip] = .label(organisation.name)
            }
            dot.nodes.append(DOTGraph.Node(id: organisation.id, attributes: attributes))
        }

        // Every tie of either moment's collaboration view (partnerships, seats, co-delivery),
        // so the map shows the whole network; partnership changes carry their own style.
        let gained = Set(change.gained)
        let lost = Set(change.lost)
        let stronger = Set(change.stronger.map(\.pair))
        let weaker = Set(change.weaker.map(\.pair))
        let before = Set(Self.pairs(CollaborationView.graph(of: old)))
        let after = Set(Self.pairs(CollaborationView.graph(of: new)))
        for pair in before.union(after).sorted() {
            let tip = "\(name(pair.a, old, new)) — \(name(pair.b, old, new))"
            var attributes: [DOTAttribute: DOTValue]
            if gained.contains(pair) || !before.contains(pair) {
                attributes = [.color: .keyword(Colour.gained), .penwidth: .number(3), .tooltip: .label("\(tip)\(words.colon)\(words.formed)")]
            } else if lost.contains(pair) || !after.contains(pair) {
                attributes = [.color: .keyword(Colour.lost), .penwidth: .number(1.2), .style: .keyword("dashed"), .tooltip: .label("\(tip)\(words.colon)\(words.ended)")]
            } else if stronger.contains(pair) {
                attributes = [.color: .keyword(Colour.stronger), .penwidth: .number(2.5), .tooltip: .label("\(tip)\(words.colon)\(words.stronger)")]
            } else if weaker.contains(pair) {
                attributes = [.color: .keyword(Colour.weaker), .penwidth: .number(1.2), .style: .keyword("dotted"), .tooltip: .label("\(tip)\(words.colon)\(words.weaker)")]
            } else {
                attributes = [.color: .keyword(Colour.neutral), .penwidth: .number(1), .tooltip: .label(tip)]
            }
            dot.edges.append(DOTGraph.Edge(from: pair.a, to: pair.b, attributes: attributes))
        }
        addLegend(to: &dot, words)
        return dot
    }

    private static func pairs(_ graph: Graph) -> [NetworkChange.Pair] {
        var pairs: [NetworkChange.Pair] = []
        for u in 0..<graph.nodeCount {
            for v in graph.neighbours(of: u) where Int(v) > u { pairs.append(NetworkChange.Pair(graph.nodeIDs[u], graph.nodeIDs[Int(v)])) }
        }
        return pairs
    }

    private static func name(_ id: String, _ old: Network, _ new: Network) -> String {
        new.organisation(id)?.name ?? old.organisation(id)?.name ?? id
    }

    enum Colour {
        static let gained: DOTValue.StaticKeyword = "#009E73"
        static let joinedFill: DOTValue.StaticKeyword = "#c7ead9"
        static let lost: DOTValue.StaticKeyword = "#b0b0b0"
        static let stronger: DOTValue.StaticKeyword = "#0072B2"
        static let weaker: DOTValue.StaticKeyword = "#E69F00"
        static let neutral: DOTValue.StaticKeyword = "#707070"
        static let neutralFill: DOTValue.StaticKeyword = "#f2f2f2"
    }

    /// A boxed key: one sample node per kind of organisation and one sample tie per kind of
    /// change. Their ids hold a `:`, which no network id can, so they never meet a real node.
    private static func addLegend(to dot: inout DOTGraph, _ words: ChangeMapWords) {
        func sample(_ id: String, _ label: String, _ attributes: [DOTAttribute: DOTValue]) {
            var all = attributes
            all[.label] = .label(label)
            all[.shape] = .keyword("box")
            all[.fontsize] = .number(9)
            dot.nodes.append(DOTGraph.Node(id: id, attributes: all))
        }
        sample("legend:joined", words.joined, [.fillcolor: .keyword(Colour.joinedFill), .color: .keyword(Colour.gained), .penwidth: .number(2.5)])
        sample("legend:left", words.left, [.fillcolor: .keyword("#ffffff"), .color: .keyword(Colour.lost), .fontcolor: .keyword(Colour.lost), .style: .keyword("filled,dashed")])
        sample("legend:same", words.unchanged, [.fillcolor: .keyword(Colour.neutralFill), .color: .keyword(Colour.neutral)])
        sample("legend:a", " ", [.fillcolor: .keyword("#ffffff"), .color: .keyword("#ffffff")])
        func tie(_ from: String, _ to: String, _ label: String, _ attributes: [DOTAttribute: DOTValue]) {
            var all = attributes
            all[.label] = .label(label)
            all[.fontsize] = .number(9)
            dot.edges.append(DOTGraph.Edge(from: from, to: to, attributes: all))
        }
        tie("legend:joined", "legend:left", words.formed, [.color: .keyword(Colour.gained), .penwidth: .number(3)])
        tie("legend:left", "legend:same", words.ended, [.color: .keyword(Colour.lost), .style: .keyword("dashed")])
        tie("legend:same", "legend:a", words.stronger, [.color: .keyword(Colour.stronger), .penwidth: .number(2.5)])
        tie("legend:a", "legend:joined", words.weaker, [.color: .keyword(Colour.weaker), .style: .keyword("dotted")])
        dot.clusters.append(
            DOTGraph.Cluster(
                key: "legend",
                attributes: [
                    .label: .label(words.legend), .style: .keyword("rounded"), .color: .keyword("#888888"), .fontsize: .number(11),
                ], nodes: ["legend:joined", "legend:left", "legend:same", "legend:a"]))
    }
}
