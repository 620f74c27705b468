/// Output of `partnermap gaps`, `communities` and `recommend`: tables and sentences for
/// coordinators, JSON and CSV for scripts.
public enum StructureOutput {
    // MARK: gaps

    /// The gaps as JSON: kind, subjects, message, next step, figures and whether each rests on illustrative entries.
    public static func json(_ gaps: [Gap], sentences: FindingSentences) throws -> String {
        let flags = sentences.provenance.flags(gaps)
        let items: [JSONValue] = zip(gaps, flags).map { gap, illustrative in
            var members: [String: JSONValue] = [
                "kind": .string(gap.kind.rawValue),
                "illustrative": .bool(illustrative),
                "subjects": .array(gap.subjects.map(JSONValue.string)),
                "message": .string(sentences.message(gap)),
                "nextStep": .string(sentences.nextStep(gap)),
            ]
            if !gap.sectors.isEmpty { members["sectors"] = .array(gap.sectors.map(JSONValue.string)) }
            if let share = gap.share { members["share"] = .number(share) }
            if let cutOff = gap.cutOff { members["cutOff"] = .integer(cutOff) }
            if let gini = gap.gini { members["gini"] = .number(gini) }
            if let herfindahl = gap.herfindahl { members["herfindahl"] = .number(herfindahl) }
            if let recipients = gap.recipients { members["recipients"] = .integer(recipients) }
            if let complete = gap.membersComplete { members["membersComplete"] = .bool(complete) }
            if let only = gap.onlyFunder { members["onlyFunder"] = .bool(only) }
            if let groups = gap.groupsNotListed { members["groupsNotListed"] = .integer(groups) }
            if let organisations = gap.organisationsNotListed { members["organisationsNotListed"] = .integer(organisations) }
            if let proposed = gap.proposed { members["proposed"] = .bool(proposed) }
            return .object(members)
        }
        var counts: [String: JSONValue] = [:]
        // A file that names no framework is not judged against one: its counts leave out the characteristics.
        let judged = sentences.provenance.network.framework != nil
        for kind in Gap.Kind.allCases where judged || !kind.isAboutCharacteristics {
            counts[kind.rawValue] = .integer(gaps.filter { $0.kind == kind }.count)
        }
        return try JSONOutput.string(JSONValue.object(["gaps": .array(items), "counts": .object(counts)]))
    }

    /// The gaps as CSV, one row each.
    public static func csv(_ gaps: [Gap], sentences: FindingSentences) -> String {
        var lines = ["kind,subjects,message,next_step,illustrative"]
        for (gap, illustrative) in zip(gaps, sentences.provenance.flags(gaps)) {
            lines.append(
                [gap.kind.rawValue, gap.subjects.joined(separator: ";"), sentences.message(gap), sentences.nextStep(gap), illustrative ? "true" : "false"]
                    .map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// The gaps as a coordinator reads them: by kind, each with its next step.
    public static func table(_ gaps: [Gap], network: Network, sentences: FindingSentences, width: Int? = nil) -> String {
        var lines = ["\(network.name): " + sentences.catalogue.gapsFound(gaps.count)]
        let flags = sentences.provenance.flags(gaps)
        let flagged = zip(gaps, flags).map { (gap: $0, illustrative: $1) }
        for kind in Gap.Kind.allCases {
            let ofKind = flagged.filter { $0.gap.kind == kind }
            guard !ofKind.isEmpty else { continue }
            lines.append("")
            lines.append("\(sentences.heading(kind)) (\(ofKind.count))")
            for (gap, illustrative) in ofKind.prefix(8) {
                lines += TextWrap.lines(sentences.marked(sentences.message(gap), illustrative: illustrative), width: width, first: "  - ", rest: "    ")
                lines += TextWrap.lines(sentences.nextStep(gap), width: width, first: "    → ", rest: "      ")
            }
            if ofKind.count > 8 { lines.append("  " + sentences.catalogue.moreGaps(ofKind.count - 8)) }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: communities

    /// The communities as JSON: each group's members and name, the modularity, and the comparison with chance.
    public static func json(_ groups: CommunityGroups, baseline: ModularityBaseline? = nil) throws -> String {
        let items: [JSONValue] = groups.groups.map {
            .object(["name": .string($0.name), "size": .integer($0.members.count), "members": .array($0.members.map(JSONValue.string))])
        }
        var document: [String: JSONValue] = [
            "modularity": .number(groups.louvain.modularity), "levels": .integer(groups.louvain.levels), "communities": .array(items),
        ]
        if let baseline, let clearer = baseline.isClearer(than: groups.louvain.modularity) {
            document["chance"] = .object([
                "samples": .integer(baseline.samples), "mean": .number(baseline.mean), "max": .number(baseline.maximum),
                "modularities": .array(baseline.modularities.map(JSONValue.number)), "clearerThanChance": .bool(clearer),
            ])
        }
        return try JSONOutput.string(JSONValue.object(document))
    }

    /// One row per member: its id, its group's number and name.
    public static func csv(_ groups: CommunityGroups) -> String {
        var lines = ["id,community,community_name"]
        for (index, group) in groups.groups.enumerated() {
            for member in group.members { lines.append([member, "\(index + 1)", group.name].map(Escaping.csvField).joined(separator: ",")) }
        }
        return lines.joined(separator: "\n")
    }

    /// The communities as a coordinator reads them.
    public static func table(
        _ groups: CommunityGroups, network: Network, sentences: FindingSentences, width: Int? = nil,
        baseline: ModularityBaseline? = nil
    ) -> String {
        let words = sentences.catalogue
        var lines = ["\(network.name): " + words.communities(groups.groups.count, modularity: groups.louvain.modularity)]
        if let baseline, let clearer = baseline.isClearer(than: groups.louvain.modularity) {
            lines += TextWrap.lines(
                words.chance(clearer: clearer, samples: baseline.samples, mean: baseline.mean, maximum: baseline.maximum),
                width: width, first: "", rest: "")
        }
        for (index, group) in groups.groups.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(group.label(sentences)) — " + words.organisations(group.members.count))
            lines += TextWrap.lines(group.members.map(network.displayName(of:)).joined(separator: "; "), width: width, first: "   ", rest: "   ")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: recommendations

    /// The suggested partnerships as JSON, each with its reasons.
    public static func json(_ recommendations: [PartnershipRecommender.Recommendation], sentences: FindingSentences) throws -> String {
        let items: [JSONValue] = recommendations.map {
            .object([
                "illustrative": .bool(sentences.provenance.isIllustrative($0)),
                "organisations": .array($0.organisations.map(JSONValue.string)), "score": .number($0.score),
                "adamicAdar": .number($0.adamicAdar), "objectiveSimilarity": .number($0.objectiveSimilarity),
                "commonPartners": .array($0.commonPartners.map(JSONValue.string)),
                "commonBodies": .array($0.commonBodies.map(JSONValue.string)),
                "similarProjects": .array($0.similarProjects.map(JSONValue.string)), "reason": .string(sentences.reason($0)),
            ])
        }
        return try JSONOutput.string(JSONValue.object(["recommendations": .array(items)]))
    }

    /// One row per suggested partnership.
    public static func csv(_ recommendations: [PartnershipRecommender.Recommendation], sentences: FindingSentences) -> String {
        var lines = ["organisation_a,organisation_b,score,adamic_adar,objective_similarity,reason,illustrative"]
        for item in recommendations {
            lines.append(
                [
                    item.organisations[0], item.organisations[1], "\(item.score)", "\(item.adamicAdar)", "\(item.objectiveSimilarity)", sentences.reason(item),
                    sentences.provenance.isIllustrative(item) ? "true" : "false",
                ]
                .map(Escaping.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    /// The suggested partnerships as a coordinator reads them, each with why.
    public static func table(
        _ recommendations: [PartnershipRecommender.Recommendation], network: Network,
        sentences: FindingSentences, width: Int? = nil
    ) -> String {
        var lines = ["\(network.name): " + sentences.catalogue.suggestions(recommendations.count)]
        for (index, item) in recommendations.enumerated() {
            lines.append("")
            lines.append(
                "\(index + 1). \(network.displayName(of: item.organisations[0])) + \(network.displayName(of: item.organisations[1]))  (score \(sentences.language.decimal(item.score, places: 2)))"
            )
            lines += TextWrap.lines(
                sentences.marked(sentences.reason(item), illustrative: sentences.provenance.isIllustrative(item)),
                width: width, first: "   ", rest: "   ")
        }
        return lines.joined(separator: "\n")
    }
}
