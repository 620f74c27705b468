/// `partnermap centrality` output: exact JSON and CSV for researchers, and a ranked table with
/// sentences for coordinators.
public struct CentralityOutput: Sendable {
    /// The measures to show.
    public let report: CentralityReport
    /// Display name of each node (organisation or project name; the id for edge lists).
    public let names: [String]
    /// `collaboration`, `funding` or `graph`.
    public let view: String
    /// What the nodes are, in the plural ("organisations", "organisations and projects", "nodes").
    public let nodeNoun: String
    /// The language of the table's sentences; JSON and CSV do not change with it.
    public let language: ReportLanguage
    /// What the command adds to the report's own notes (measures it left out, and why).
    public let notes: [CentralityReport.Note]
    /// Seats on each node when it is a council or network (`nil` for other nodes; empty for
    /// plain graphs): tables are ranked apart, never named as brokers.
    public let seats: [Int?]
    /// Whether what is said of each node rests on an illustrative entry (empty when the file
    /// marks none, or for plain graphs).
    public let illustrative: [Bool]

    /// An output of a centrality report; each parameter is the property of the same name.
    public init(
        report: CentralityReport, names: [String], view: String, nodeNoun: String, language: ReportLanguage = .en,
        notes: [CentralityReport.Note] = [], seats: [Int?] = [], illustrative: [Bool] = []
    ) {
        self.seats = seats
        self.illustrative = illustrative
        self.report = report
        self.notes = report.notes + notes
        self.names = names
        self.view = view
        self.nodeNoun = nodeNoun
        self.language = language
    }

    private var words: CentralityWords { FindingSentences.words(language).centrality }

    private var measures: [CentralityReport.Measure] {
        CentralityReport.Measure.allCases.filter { report.values[$0] != nil }
    }

    // MARK: JSON

    /// Every node's measures, the notes and the view, as JSON.
    public func json() throws -> String {
        let graph = report.graph
        var nodes: [JSONValue] = []
        for node in 0..<graph.nodeCount {
            var members: [String: JSONValue] = ["id": .string(graph.nodeIDs[node]), "name": .string(names[node])]
            if !illustrative.isEmpty { members["illustrative"] = .bool(illustrative[node]) }
            for measure in measures { members[measure.rawValue] = .number(report.values[measure]![node]) }
            if let brokerage = report.brokerage?.counts[node] {
                members["brokerage"] = .object([
                    "coordinator": .integer(brokerage.coordinator), "itinerant": .integer(brokerage.itinerant),
                    "representative": .integer(brokerage.representative), "gatekeeper": .integer(brokerage.gatekeeper),
                    "liaison": .integer(brokerage.liaison),
                ])
            }
            nodes.append(.object(members))
        }
        var document: [String: JSONValue] = [
            "view": .string(view),
            "weighted": .bool(report.options.weighted),
            "directed": .bool(graph.isDirected),
            "nodes": .array(nodes),
            "articulationPoints": .array(
                report.cutPoints.articulationPoints.map {
                    .object(["id": .string(graph.nodeIDs[$0]), "cutOff": .integer(report.cutPoints.cutOff[$0] ?? 0)])
                }),
            "bridges": .array(
                zip(report.cutPoints.bridges, report.cutPoints.bridgeCutOff).map { bridge, cutOff in
                    .object(["between": .array([.string(graph.nodeIDs[bridge.0]), .string(graph.nodeIDs[bridge.1])]), "cutOff": .integer(cutOff)])
                }),
            // Every note the table says: the report's and the command's, and that the network is
            // in several pieces when closeness or eigenvector centrality are read within each.
            "notes": .array(notes.map { .string(words.noteText($0)) } + (piecesMeasured.map { [.string(words.severalPieces($0))] } ?? [])),
        ]
        if let edges = report.edgeBetweenness {
            document["edges"] = .array(
                edges.map {
                    .object(["source": .string(graph.nodeIDs[$0.source]), "target": .string(graph.nodeIDs[$0.target]), "betweenness": .number($0.value)])
                })
        }
        if let sources = report.sampledSources {
            document["sampledSources"] = .array(sources.map { .string(graph.nodeIDs[$0]) })
        }
        return try JSONOutput.string(JSONValue.object(document))
    }

    // MARK: CSV

    /// One row per node: id, name, every measure at full precision (empty for NaN).
    public func csv() -> String {
        var header = ["id", "name"] + measures.map(\.rawValue)
        if report.brokerage != nil { header += ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"] }
        var lines = [header.map(Escaping.csvField).joined(separator: ",")]
        for node in 0..<report.graph.nodeCount {
            var row = [report.graph.nodeIDs[node], names[node]]
            for measure in measures {
                let value = report.values[measure]![node]
                row.append(value.isFinite ? "\(value)" : "")
            }
            if let counts = report.brokerage?.counts[node] {
                row += [counts.coordinator, counts.itinerant, counts.representative, counts.gatekeeper, counts.liaison].map(String.init)
            }
            lines.append(row.map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Table

    /// The top nodes by the first measure asked for, then what the numbers mean.
    public func table(top: Int, width: Int? = nil) -> String {
        let graph = report.graph
        let primary = report.options.measures.first { report.values[$0] != nil } ?? .degree
        let ranking = report.ranking(by: primary)
        let shown = top > 0 ? Array(ranking.prefix(top)) : ranking
        var lines: [String] = []
        let words = self.words
        lines += TextWrap.lines(words.header(view, graph.nodeCount, nodeNoun, graph.edgeCount, report.options.weighted), width: width, first: "", rest: "")
        lines.append(words.rankedBy(words.measure(primary.rawValue), top > 0 && ranking.count > top ? top : nil, ranking.count))
        lines.append("")
        var table = TextTable(["#", "id", words.nameHeader] + measures.map { words.measure($0.rawValue) }, alignments: [.right, .left, .left] + measures.map { _ in .right })
        for (position, node) in shown.enumerated() {
            var row = ["\(position + 1)", graph.nodeIDs[node], Self.shorten(names[node], to: 36)]
            for measure in measures {
                let value = report.values[measure]![node]
                row.append(measure == .degree || measure == .coreNumber ? (value.isFinite ? String(Int(value)) : "–") : localised(Self.format(value)))
            }
            table.append(row)
        }
        lines.append(table.render(width: width))
        let sentences = explanations()
        if !sentences.isEmpty {
            lines.append("")
            lines += sentences.flatMap { TextWrap.lines($0, width: width, first: "", rest: "") }
        }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.flatMap { TextWrap.lines(words.note + words.noteText($0) + ".", width: width, first: "", rest: "") }
        }
        return lines.joined(separator: "\n")
    }

    /// What a coordinator should take from the numbers, in sentences.
    public func explanations() -> [String] {
        let graph = report.graph
        let words = self.words
        var sentences: [String] = []
        func label(_ node: Int) -> String {
            names[node] == graph.nodeIDs[node] ? names[node] : "\(names[node]) (\(graph.nodeIDs[node]))"
        }
        func isTable(_ node: Int) -> Bool { !seats.isEmpty && seats[node] != nil }
        func marked(_ sentence: String, _ nodes: [Int]) -> String {
            guard !illustrative.isEmpty, nodes.contains(where: { illustrative[$0] }) else { return sentence }
            return sentence + " " + FindingSentences.words(language).illustrativeMark
        }
        if let betweenness = report.values[.betweenness] {
            let brokers = Array(report.ranking(by: .betweenness).lazy.filter { !isTable($0) && betweenness[$0] > 0 }.prefix(3))
            if let first = brokers.first {
                let others = brokers.dropFirst().map { "\(label($0)), \(percent(betweenness[$0]))" }
                sentences.append(marked(words.whoBrokers(label(first), percent(betweenness[first]), nodeNoun, others), brokers))
            }
        }
        let tables = (0..<graph.nodeCount).filter { isTable($0) && seats[$0]! > 0 }.sorted { (seats[$1]!, $0) < (seats[$0]!, $1) }
        if !tables.isEmpty {
            sentences.append(words.tables(tables.prefix(5).map { (names[$0], seats[$0]!) }, max(0, tables.count - 5)))
        }
        let points = report.cutPoints.articulationPoints.sorted { (report.cutPoints.cutOff[$1] ?? 0, $0) < (report.cutPoints.cutOff[$0] ?? 0, $1) }
        if points.isEmpty {
            sentences.append(words.noSinglePoint)
        } else {
            let others = points.dropFirst().prefix(4).map { "\(label($0)), \(report.cutPoints.cutOff[$0] ?? 0)" }
            sentences.append(
                marked(
                    words.singlePoints(label(points[0]), report.cutPoints.cutOff[points[0]] ?? 0, nodeNoun, others, max(0, points.count - 5)),
                    Array(points.prefix(5))))
        }
        let isolated = (0..<graph.nodeCount).filter { graph.degree(of: $0) == 0 && graph.inOffsets[$0 + 1] == graph.inOffsets[$0] }
        if !isolated.isEmpty {
            sentences.append(words.noTie(isolated.prefix(8).map(label), max(0, isolated.count - 8)))
        }
        if let pieces = piecesMeasured { sentences.append(words.severalPieces(pieces)) }
        if let brokerage = report.brokerage {
            let ranked = (0..<graph.nodeCount).filter { brokerage.counts[$0].total > 0 }
                .sorted { (brokerage.counts[$1].total, $0) < (brokerage.counts[$0].total, $1) }
            for node in ranked.prefix(3) {
                let counts = brokerage.counts[node]
                let roles = [
                    ("gatekeeper", counts.gatekeeper), ("representative", counts.representative), ("liaison", counts.liaison),
                    ("itinerant", counts.itinerant), ("coordinator", counts.coordinator),
                ].filter { $0.1 > 0 }
                    .map { (role: $0.0, count: $0.1) }
                sentences.append(words.brokerage(label(node), counts.total, roles))
            }
        }
        return sentences
    }

    /// The number of pieces of an undirected network in several, when closeness or eigenvector
    /// centrality were measured (each is then read within its piece, which the output says).
    private var piecesMeasured: Int? {
        let graph = report.graph
        guard !graph.isDirected, report.values[.closeness] != nil || report.values[.eigenvector] != nil else { return nil }
        let pieces = ConnectedComponents(graph).count
        return pieces > 1 ? pieces : nil
    }

    /// A share as a whole percentage, `<1%` for small non-zero ones.
    func percent(_ fraction: Double) -> String {
        let value = fraction * 100
        if value < 1 && value > 0 { return language == .fr ? "<1\u{202F}%" : "<1%" }
        return language.percent(fraction)
    }

    /// A figure as the table's language writes it: `0,401` and `4 465 000` in French.
    private func localised(_ figure: String) -> String {
        guard language == .fr else { return figure }
        return figure.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value != 0, abs(value) < 0.0005 { return "<0.001" }
        // Strengths of funding ties are amounts: 4,465,000, not 4465000.0.
        if abs(value) >= 1000 { return NumberFormat.amount(value.rounded()) }
        return NumberFormat.decimal(value, places: abs(value) >= 100 ? 1 : 3)
    }

    static func shorten(_ text: String, to length: Int) -> String {
        let single = text.replacingOccurrences(of: "\n", with: " ")
        return single.count <= length ? single : String(single.prefix(length - 1)) + "…"
    }
}

extension CentralityOutput {
    /// The centrality of a network's collaboration view (or, with `funding`, of its funding view
    /// with brokerage groups by `groups`), each organisation named, councils' seats counted and
    /// findings resting on illustrative entries marked: what `partnermap centrality` prints for
    /// a network file and the workspace page shows.
    public init(
        network: Network, funding: Bool = false, groups: NodeGroups.Basis = .sector, options: CentralityReport.Options,
        language: ReportLanguage = .en, notes: [CentralityReport.Note] = []
    ) {
        var options = options
        let graph = funding ? FundingView.graph(of: network) : CollaborationView.graph(of: network)
        if funding { options.groups = NodeGroups.groups(of: graph, in: network, by: groups).labels }
        var seatCount: [String: Int] = [:]
        for membership in network.memberships { seatCount[membership.body, default: 0] += 1 }
        let seats = graph.nodeIDs.map { id in network.organisation(id)?.isBody == true ? seatCount[id] ?? 0 : nil }
        let provenance = FindingProvenance(network)
        let illustrative = provenance.isEmpty ? [] : graph.nodeIDs.map(provenance.organisationRestsOnIllustrative)
        self.init(
            report: CentralityReport(graph, options: options), names: graph.nodeIDs.map(network.displayName(of:)),
            view: funding ? "funding" : "collaboration", nodeNoun: funding ? "organisations and projects" : "organisations",
            language: language, notes: notes, seats: seats, illustrative: illustrative)
    }
}
