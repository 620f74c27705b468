/// `partnermap overlap` output: the pairs with their evidence and what to do, as a table a
/// coordinator reads, JSON or CSV.
public struct OverlapOutput: Sendable {
    /// The pairs found.
    public let finder: OverlapFinder
    /// The network they were found in, for names.
    public let network: Network
    /// The threshold they were found at, as the output says it.
    public let threshold: Double
    /// The sentences, in the reader's language.
    public let sentences: FindingSentences

    /// The output of a finder's pairs.
    ///
    /// - Parameters:
    ///   - finder: the pairs and clusters found.
    ///   - network: the network searched.
    ///   - threshold: the threshold used.
    ///   - language: the reader's language.
    public init(finder: OverlapFinder, network: Network, threshold: Double, language: ReportLanguage = .en) {
        self.finder = finder
        self.network = network
        self.threshold = threshold
        sentences = FindingSentences(language: language, network: network)
    }

    private func limited(_ top: Int) -> [OverlapFinder.Pair] {
        top > 0 ? Array(finder.pairs.prefix(top)) : finder.pairs
    }

    /// Every pair with its evidence and action, the clusters, and what the search left out, as JSON.
    ///
    /// - Parameter top: the strongest pairs to keep; 0 keeps them all.
    public func json(top: Int = 0) throws -> String {
        let pairs: [JSONValue] = limited(top).map { pair in
            let (terms, concepts) = pair.sharedWordsAndConcepts
            var members: [String: JSONValue] = [
                "projects": .array(pair.projects.map(JSONValue.string)),
                "illustrative": .bool(sentences.provenance.isIllustrative(pair)),
                "score": .number(pair.score),
                "textSimilarity": .number(pair.textSimilarity),
                "class": .string(pair.kind.rawValue),
                "shared": .array((terms + concepts.map { "concept:" + $0 }).map(JSONValue.string)),
                "sharedTerms": .array(terms.map(JSONValue.string)),
                "sharedConcepts": .array(concepts.map(JSONValue.string)),
                "sharedThemes": .array(pair.sharedThemes.map(JSONValue.string)),
                "sharedTargetGroups": .array(pair.sharedTargetGroups.map(JSONValue.string)),
                "sharedFunders": .array(pair.sharedFunders.map(JSONValue.string)),
                "sharedOrganisations": .array(pair.sharedOrganisations.map(JSONValue.string)),
                "action": .string(sentences.action(pair)),
            ]
            members["sameArea"] = pair.sameArea.map(JSONValue.string) ?? .null
            members["periodsOverlap"] = pair.periodsOverlap.map(JSONValue.bool) ?? .null
            return .object(members)
        }
        var document: [String: JSONValue] = [
            "threshold": .number(threshold),
            "pairs": .array(pairs),
            "clusters": .array(finder.clusters.map { .array($0.map(JSONValue.string)) }),
        ]
        // Pairs were not looked for through words this common (a file of thousands of projects).
        if let common = finder.commonWordsLeftOut {
            document["commonWordsLeftOut"] = .object(["count": .number(Double(common.count)), "usedByMoreThan": .number(Double(common.usedByMoreThan))])
        }
        return try JSONOutput.string(JSONValue.object(document))
    }

    /// One row per pair, as CSV.
    ///
    /// - Parameter top: the strongest pairs to keep; 0 keeps them all.
    public func csv(top: Int = 0) -> String {
        var lines = [
            ["project_a", "project_b", "score", "text_similarity", "class", "shared", "same_area", "periods_overlap", "shared_funders", "action", "illustrative"].joined(
                separator: ",")
        ]
        for pair in limited(top) {
            let (terms, concepts) = pair.sharedWordsAndConcepts
            let row = [
                pair.projects[0], pair.projects[1], "\(pair.score)", "\(pair.textSimilarity)", pair.kind.rawValue,
                (terms + concepts.map { "concept:" + $0 }).joined(separator: ";"),
                pair.sameArea ?? "", pair.periodsOverlap.map { $0 ? "true" : "false" } ?? "",
                pair.sharedFunders.joined(separator: ";"), sentences.action(pair),
                sentences.provenance.isIllustrative(pair) ? "true" : "false",
            ]
            lines.append(row.map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// The table a coordinator reads: a summary, then each pair with its evidence and action.
    ///
    /// - Parameters:
    ///   - top: how many pairs to list.
    ///   - width: the terminal's width for wrapping; `nil` does not wrap.
    public func table(top: Int, width: Int? = nil) -> String {
        let words = sentences.catalogue
        let shown = limited(top)
        var lines: [String] = []
        let duplicates = finder.pairs.filter { $0.kind == .duplicate }.count
        let possible = finder.pairs.filter { $0.kind == .possibleDuplicate }.count
        lines.append(
            contentsOf: TextWrap.lines(
                words.overlapSummary(projects: network.projects.count, pairs: finder.pairs.count, duplicates: duplicates, possible: possible, threshold: threshold),
                width: width, first: "", rest: ""))
        if let common = finder.commonWordsLeftOut {
            lines += TextWrap.lines(
                words.commonWordsLeftOut(common.count, usedByMoreThan: common.usedByMoreThan, projects: network.projects.count), width: width, first: "",
                rest: "")
        }
        if shown.count < finder.pairs.count { lines.append(words.topByScore(shown.count)) }
        let label = words.evidenceLabels()
        for (position, pair) in shown.enumerated() {
            let a = network.displayName(of: pair.projects[0])
            let b = network.displayName(of: pair.projects[1])
            lines.append("")
            let language = sentences.language
            lines.append(
                "\(position + 1). \(words.pairKind(pair.kind).uppercased())  score \(language.decimal(pair.score, places: 2))  (\(label.text) \(language.decimal(pair.textSimilarity, places: 2)))"
            )
            lines += TextWrap.lines("\(a) (\(pair.projects[0]))", width: width, first: "   ", rest: "     ")
            lines += TextWrap.lines("\(b) (\(pair.projects[1]))", width: width, first: "   ", rest: "     ")
            // The action already names shared funders.
            let evidence = sentences.evidence(pair, funders: false)
            if !evidence.isEmpty { lines += TextWrap.lines(label.why + evidence, width: width, first: "   ", rest: "        ") }
            lines += TextWrap.lines(
                sentences.marked(sentences.action(pair), illustrative: sentences.provenance.isIllustrative(pair)),
                width: width, first: "   → ", rest: "     ")
        }
        if !finder.clusters.isEmpty {
            lines.append("")
            lines.append(words.clustersHeading)
            for cluster in finder.clusters {
                lines += TextWrap.lines(cluster.map { "\(network.displayName(of: $0)) (\($0))" }.joined(separator: ", "), width: width, first: "  - ", rest: "    ")
            }
        }
        if finder.pairs.isEmpty { lines.append(words.noOverlap) }
        return lines.joined(separator: "\n")
    }
}
