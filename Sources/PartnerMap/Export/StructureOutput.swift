/// Output of `partnermap gaps`, `communities` and `recommend`: tables and sentences for
/// coordinators, JSON and CSV for scripts.
public enum StructureOutput {
    // MARK: gaps

    public static func json(_ gaps: [Gap]) throws -> String {
        let items: [JSONValue] = gaps.map { gap in
            var members: [String: JSONValue] = [
                "kind": .string(gap.kind.rawValue),
                "subjects": .array(gap.subjects.map(JSONValue.string)),
                "message": .string(gap.message),
                "nextStep": .string(gap.nextStep),
            ]
            if !gap.sectors.isEmpty { members["sectors"] = .array(gap.sectors.map(JSONValue.string)) }
            if let share = gap.share { members["share"] = .number(share) }
            if let cutOff = gap.cutOff { members["cutOff"] = .integer(cutOff) }
            if let gini = gap.gini { members["gini"] = .number(gini) }
            if let herfindahl = gap.herfindahl { members["herfindahl"] = .number(herfindahl) }
            return .object(members)
        }
        var counts: [String: JSONValue] = [:]
        for kind in Gap.Kind.allCases { counts[kind.rawValue] = .integer(gaps.filter { $0.kind == kind }.count) }
        return try JSONOutput.string(JSONValue.object(["gaps": .array(items), "counts": .object(counts)]))
    }

    public static func csv(_ gaps: [Gap]) -> String {
        var lines = ["kind,subjects,message,next_step"]
        for gap in gaps {
            lines.append([gap.kind.rawValue, gap.subjects.joined(separator: ";"), gap.message, gap.nextStep].map(CSVField.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    public static func table(_ gaps: [Gap], network: Network) -> String {
        guard !gaps.isEmpty else { return "\(network.name): no gaps found." }
        var lines = ["\(network.name): \(gaps.count) gap\(gaps.count == 1 ? "" : "s") found."]
        for kind in Gap.Kind.allCases {
            let ofKind = gaps.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            lines.append("")
            lines.append("\(Self.heading(kind)) (\(ofKind.count))")
            for gap in ofKind.prefix(8) {
                lines.append("  - " + gap.message)
                lines.append("    → " + gap.nextStep)
            }
            if ofKind.count > 8 { lines.append("  … and \(ofKind.count - 8) more (all of them with --format json or csv)") }
        }
        return lines.joined(separator: "\n")
    }

    static func heading(_ kind: Gap.Kind) -> String {
        switch kind {
        case .isolatedOrganisation: "Isolated organisations"
        case .disconnectedComponent: "Groups cut off from the main network"
        case .singlePointOfFailure: "Single points of failure"
        case .missingSector: "Sectors missing from the table"
        case .uncoveredPriority: "Priorities no project covers"
        case .unfundedProject: "Projects without funding"
        case .fundingDependency: "Organisations depending on one funder"
        case .fundingConcentration: "Where the money is concentrated"
        case .siloedOrganisation: "Organisations that only work within their sector"
        }
    }

    // MARK: communities

    public static func json(_ groups: CommunityGroups) throws -> String {
        let items: [JSONValue] = groups.groups.map {
            .object(["name": .string($0.name), "size": .integer($0.members.count), "members": .array($0.members.map(JSONValue.string))])
        }
        return try JSONOutput.string(JSONValue.object([
            "modularity": .number(groups.louvain.modularity), "levels": .integer(groups.louvain.levels), "communities": .array(items),
        ]))
    }

    public static func csv(_ groups: CommunityGroups) -> String {
        var lines = ["id,community,community_name"]
        for (index, group) in groups.groups.enumerated() {
            for member in group.members { lines.append([member, "\(index + 1)", group.name].map(CSVField.escape).joined(separator: ",")) }
        }
        return lines.joined(separator: "\n")
    }

    public static func table(_ groups: CommunityGroups, network: Network) -> String {
        var lines = ["\(network.name): \(groups.groups.count) communit\(groups.groups.count == 1 ? "y" : "ies") (modularity \(NumberFormat.decimal(groups.louvain.modularity, places: 3)); above 0.3 means clear groups)."]
        for (index, group) in groups.groups.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(group.name) — \(group.members.count) organisation\(group.members.count == 1 ? "" : "s")")
            lines.append("   " + group.members.map(network.displayName(of:)).joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: recommendations

    public static func json(_ recommendations: [PartnershipRecommender.Recommendation]) throws -> String {
        let items: [JSONValue] = recommendations.map {
            .object([
                "organisations": .array($0.organisations.map(JSONValue.string)), "score": .number($0.score),
                "adamicAdar": .number($0.adamicAdar), "objectiveSimilarity": .number($0.objectiveSimilarity),
                "commonPartners": .array($0.commonPartners.map(JSONValue.string)),
                "commonBodies": .array($0.commonBodies.map(JSONValue.string)),
                "similarProjects": .array($0.similarProjects.map(JSONValue.string)), "reason": .string($0.reason),
            ])
        }
        return try JSONOutput.string(JSONValue.object(["recommendations": .array(items)]))
    }

    public static func csv(_ recommendations: [PartnershipRecommender.Recommendation]) -> String {
        var lines = ["organisation_a,organisation_b,score,adamic_adar,objective_similarity,reason"]
        for item in recommendations {
            lines.append([item.organisations[0], item.organisations[1], "\(item.score)", "\(item.adamicAdar)", "\(item.objectiveSimilarity)", item.reason]
                .map(CSVField.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    public static func table(_ recommendations: [PartnershipRecommender.Recommendation], network: Network) -> String {
        guard !recommendations.isEmpty else { return "\(network.name): no partnership to suggest." }
        var lines = ["\(network.name): \(recommendations.count) suggested partnership\(recommendations.count == 1 ? "" : "s")."]
        for (index, item) in recommendations.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(network.displayName(of: item.organisations[0])) + \(network.displayName(of: item.organisations[1]))  (score \(NumberFormat.decimal(item.score, places: 2)))")
            lines.append("   " + item.reason)
        }
        return lines.joined(separator: "\n")
    }
}
