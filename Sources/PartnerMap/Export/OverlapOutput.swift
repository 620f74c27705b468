/// `partnermap overlap` output: the pairs with their evidence and what to do, as a table a
/// coordinator reads, JSON or CSV.
public struct OverlapOutput: Sendable {
    public let finder: OverlapFinder
    public let network: Network
    public let threshold: Double

    public init(finder: OverlapFinder, network: Network, threshold: Double) {
        self.finder = finder
        self.network = network
        self.threshold = threshold
    }

    private func limited(_ top: Int) -> [OverlapFinder.Pair] {
        top > 0 ? Array(finder.pairs.prefix(top)) : finder.pairs
    }

    public func json(top: Int = 0) throws -> String {
        let pairs: [JSONValue] = limited(top).map { pair in
            var members: [String: JSONValue] = [
                "projects": .array(pair.projects.map(JSONValue.string)),
                "score": .number(pair.score),
                "textSimilarity": .number(pair.textSimilarity),
                "class": .string(pair.kind.rawValue),
                "shared": .array((pair.sharedTerms + pair.sharedConcepts.map { "concept:" + $0 }).map(JSONValue.string)),
                "sharedTerms": .array(pair.sharedTerms.map(JSONValue.string)),
                "sharedConcepts": .array(pair.sharedConcepts.map(JSONValue.string)),
                "sharedThemes": .array(pair.sharedThemes.map(JSONValue.string)),
                "sharedTargetGroups": .array(pair.sharedTargetGroups.map(JSONValue.string)),
                "sharedFunders": .array(pair.sharedFunders.map(JSONValue.string)),
                "sharedOrganisations": .array(pair.sharedOrganisations.map(JSONValue.string)),
                "action": .string(pair.action),
            ]
            members["sameArea"] = pair.sameArea.map(JSONValue.string) ?? .null
            members["periodsOverlap"] = pair.periodsOverlap.map(JSONValue.bool) ?? .null
            return .object(members)
        }
        let document: [String: JSONValue] = [
            "threshold": .number(threshold),
            "pairs": .array(pairs),
            "clusters": .array(finder.clusters.map { .array($0.map(JSONValue.string)) }),
        ]
        return try JSONOutput.string(JSONValue.object(document))
    }

    public func csv(top: Int = 0) -> String {
        var lines = [["project_a", "project_b", "score", "text_similarity", "class", "shared", "same_area", "periods_overlap", "shared_funders", "action"].joined(separator: ",")]
        for pair in limited(top) {
            let row = [
                pair.projects[0], pair.projects[1], "\(pair.score)", "\(pair.textSimilarity)", pair.kind.rawValue,
                (pair.sharedTerms + pair.sharedConcepts.map { "concept:" + $0 }).joined(separator: ";"),
                pair.sameArea ?? "", pair.periodsOverlap.map { $0 ? "true" : "false" } ?? "",
                pair.sharedFunders.joined(separator: ";"), pair.action,
            ]
            lines.append(row.map(CSVField.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    public func table(top: Int) -> String {
        let shown = limited(top)
        var lines: [String] = []
        let duplicates = finder.pairs.filter { $0.kind == .duplicate }.count
        let count = finder.pairs.count
        lines.append("\(network.projects.count) projects compared; \(count) pair\(count == 1 ? " serves" : "s serve") the same objective "
                     + "(score ≥ \(NumberFormat.decimal(threshold, places: 2))): \(duplicates) duplicate\(duplicates == 1 ? "" : "s"), "
                     + "\(finder.pairs.count - duplicates) twin\(finder.pairs.count - duplicates == 1 ? "" : "s").")
        if shown.count < finder.pairs.count { lines.append("Top \(shown.count) by score:") }
        for (position, pair) in shown.enumerated() {
            let a = network.displayName(of: pair.projects[0])
            let b = network.displayName(of: pair.projects[1])
            lines.append("")
            lines.append("\(position + 1). \(pair.kind.rawValue.uppercased())  score \(NumberFormat.decimal(pair.score, places: 2))  (text \(NumberFormat.decimal(pair.textSimilarity, places: 2)))")
            lines.append("   \(a) (\(pair.projects[0]))")
            lines.append("   \(b) (\(pair.projects[1]))")
            var evidence: [String] = []
            if !pair.sharedTerms.isEmpty { evidence.append("words: " + pair.sharedTerms.prefix(6).joined(separator: ", ")) }
            if !pair.sharedConcepts.isEmpty { evidence.append("concepts: " + pair.sharedConcepts.joined(separator: ", ")) }
            if !pair.sharedThemes.isEmpty { evidence.append("themes: " + pair.sharedThemes.joined(separator: ", ")) }
            if !pair.sharedTargetGroups.isEmpty { evidence.append("for: " + pair.sharedTargetGroups.joined(separator: ", ")) }
            if let area = pair.sameArea { evidence.append("both in " + area) }
            if pair.periodsOverlap == true { evidence.append("same period") }
            if !evidence.isEmpty { lines.append("   why: " + evidence.joined(separator: "; ")) }
            lines.append("   → " + pair.action)
        }
        if !finder.clusters.isEmpty {
            lines.append("")
            lines.append("Clusters of three or more projects with the same objective:")
            for cluster in finder.clusters {
                lines.append("  - " + cluster.map { "\(network.displayName(of: $0)) (\($0))" }.joined(separator: ", "))
            }
        }
        if finder.pairs.isEmpty {
            lines.append("No two projects serve the same objective at this threshold; try --threshold 0.2 to see weaker resemblances.")
        }
        return lines.joined(separator: "\n")
    }
}
