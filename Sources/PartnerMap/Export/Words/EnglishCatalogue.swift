/// The English sentences of every finding. See ``FindingCatalogue``.
struct EnglishCatalogue: FindingCatalogue {
    let network: Network
    var language: ReportLanguage { .en }

    var illustrativeMark: String { "[illustrative]" }

    private func plural(_ count: Int, _ word: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? word : plural ?? word + "s")
    }

    /// `1,860 grants`: a count with its thousands separated.
    private func counted(_ count: Int, _ word: String) -> String { language.number(Double(count)) + " " + (count == 1 ? word : word + "s") }

    /// "City's", "Regroupement des entreprises inclusives'".
    private func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

    // MARK: gaps

    func heading(_ kind: Gap.Kind) -> String {
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
        case .tiesNotRecorded: "How organisations work together"
        case .characteristicNotServed: "Characteristics of a welcoming community no project serves"
        case .characteristicOneOrganisation: "Characteristics only one organisation works on"
        }
    }

    func message(_ gap: Gap) -> String {
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "\(name(s[0])) has no partnership, no seat on a council, no project with another organisation and no funding tie."
        case .disconnectedComponent:
            if let groups = gap.groupsNotListed {
                let organisations = gap.organisationsNotListed ?? 0
                return
                    "\(language.number(Double(groups))) more groups (\(language.number(Double(organisations))) organisations) have no path to the main network either; the \(language.number(Double(DisconnectedComponentCheck.listed))) largest are listed above, these are not listed one by one."
            }
            if s.count == 1 {
                return "\(name(s[0])) has funding but no working tie (partnership, seat or shared project) with the rest of the network."
            }
            return "\(s.count) organisations work together but have no path to the main network: \(names(s, more: { "\($0) more" }))."
        case .singlePointOfFailure:
            let count = gap.cutOff ?? 0
            if s.count == 2 {
                return "The tie between \(name(s[0])) and \(name(s[1])) is the only link between two groups; \(count) organisations would be cut off without it."
            }
            return "If \(name(s[0])) left, \(plural(count, "organisation")) would lose \(count == 1 ? "its" : "their") only path to the rest of the network."
        case .missingSector:
            if gap.membersComplete == true { return "No member of \(name(s[0])) works in \(ReportLanguage.en.list(gap.sectors))." }
            return "None of the members of \(name(s[0])) recorded in this file works in \(ReportLanguage.en.list(gap.sectors)); the file does not say it lists every member."
        case .uncoveredPriority:
            let hint =
                gap.closestProject.flatMap { id in
                    network.project(id).map { " The closest project is \($0.name) (\(id)), which does not share what the priority is about." }
                } ?? ""
            return "No project addresses the priority “\(priorityName(s[0]))”." + hint
        case .unfundedProject:
            return "\(name(s[0])) has no funding recorded."
        case .fundingDependency:
            if gap.onlyFunder == true {
                return
                    "Every grant in this file comes from \(name(s[0])) (\(plural(gap.recipients ?? 0, "recipient"))): the file cannot show whether any recipient depends on it alone."
            }
            return "\(name(s[0])) receives \(ReportLanguage.en.percent(gap.share ?? 0)) of its funding recorded in this file from \(name(s[1]))."
        case .fundingConcentration:
            return
                "Funding is concentrated: the largest recipient, \(name(s[0])), receives \(ReportLanguage.en.percent(gap.share ?? 0)) of what reaches the \(gap.recipients ?? s.count) recipients (Gini \(language.significant(gap.gini ?? 0)), Herfindahl \(language.significant(gap.herfindahl ?? 0)))."
        case .tiesNotRecorded:
            return
                "This file records funding only (\(counted(network.funding.count, "grant")) to \(counted(gap.recipients ?? 0, "recipient"))) and no partnership, seat or shared project, so who works with whom, who is cut off and who holds the network together are not judged here; the findings below are about the money."
        case .characteristicNotServed:
            if gap.proposed == true {
                return
                    "No project serves “\(characteristicName(s[0]))”: none declares it, and the texts of the projects that declare no characteristics do not indicate it."
            }
            return "No project declares “\(characteristicName(s[0]))”; every project in the file lists its characteristics."
        case .characteristicOneOrganisation:
            if gap.proposed == true {
                return
                    "Only \(possessive(name(s[1]))) projects serve “\(characteristicName(s[0]))”, as PartnerMap reads their text (the file does not declare it): the plan's work on it would rest on one organisation."
            }
            return "Only \(possessive(name(s[1]))) projects serve “\(characteristicName(s[0]))”: the plan's work on it rests on one organisation."
        case .siloedOrganisation:
            return
                "All of \(possessive(name(s[0]))) \(gap.ties ?? 0) ties are with organisations working in exactly its sectors (\(gap.sectors.joined(separator: ", "))): none brings another sector's view."
        }
    }

    func nextStep(_ gap: Gap) -> String {
        let s = gap.subjects
        switch gap.kind {
        case .isolatedOrganisation:
            return "Invite \(name(s[0])) to a partnership table, or pair it with an organisation that works on the same themes."
        case .disconnectedComponent:
            if gap.groupsNotListed != nil {
                return "Check whether so many small groups are real or entries whose ties are missing from the file; connect the largest groups first."
            }
            return s.count == 1
                ? "Connect \(name(s[0])) to the main network through a partnership or a seat on a council."
                : "Build one tie between this group and the main network: a partnership, or a seat on a council for one of its members."
        case .singlePointOfFailure:
            return s.count == 2
                ? "Add a second tie between these two groups so the link does not rest on one relationship."
                : "Create a second link around \(name(s[0])): a direct partnership between the groups it connects, or a co-chair."
        case .missingSector:
            let who =
                gap.sectors.count == 1
                ? ("aeiou".contains(gap.sectors[0].prefix(1).lowercased()) ? "an " : "a ") + "\(gap.sectors[0]) organisation"
                : "organisations from these sectors"
            if gap.membersComplete == true { return "Invite \(who) to sit on \(name(s[0]))." }
            return "Check the membership of \(name(s[0])); if no such member sits on it, invite \(who). Mark the body `membersComplete: true` once the file lists every member."
        case .fundingDependency where gap.onlyFunder == true:
            return "Add the other funders' grants to the file to see who depends on one funder."
        case .uncoveredPriority:
            return "Call for projects on this priority, or ask the organisations working nearest to it to take it up."
        case .unfundedProject:
            return "Look for funding for \(name(s[0])), or add its funding to the file if it is missing."
        case .fundingDependency:
            return "Help \(name(s[0])) find a second funder, so one decision cannot stop its work."
        case .fundingConcentration:
            return "Check whether the spread matches the priorities; open the next call to organisations that receive little or nothing."
        case .tiesNotRecorded:
            return "To see the network's structure, add the partnerships and council seats you know of, or run a partner survey (`partnermap survey form`)."
        case .characteristicNotServed:
            let sectors = neededSectors(s[0])
            let who = sectors.isEmpty ? "" : ", or invite an organisation from the sector\(sectors.count == 1 ? "" : "s") it needs (\(language.list(sectors)))"
            return "Find out whether a partner already works on it outside the projects in this file; if not, call for projects on it\(who)."
        case .characteristicOneOrganisation:
            if gap.proposed == true {
                return "Check the reading with \(name(s[1])) first; if it holds, find a second organisation to share this work, so it does not rest on one."
            }
            return "Find a second organisation to share this work with \(name(s[1])), so it does not rest on one."
        case .siloedOrganisation:
            return "Pair \(name(s[0])) with an organisation from another sector that serves the same people."
        }
    }

    func gapsFound(_ count: Int) -> String { count == 0 ? "no gaps found." : "\(plural(count, "gap")) found." }
    func moreGaps(_ count: Int) -> String { "… and \(count) more (all of them with `--format json` or `--format csv`)" }

    // MARK: overlap

    func evidenceLabels() -> EvidenceLabels {
        EvidenceLabels(
            words: "words: ", concepts: "concepts: ", themes: "themes: ", forGroups: "for: ", bothIn: "both in ",
            samePeriod: "same period", sameFunder: "same funder: ", why: "why: ", text: "text")
    }

    func action(_ pair: OverlapFinder.Pair) -> String {
        let a = network.project(pair.projects[0])
        let b = network.project(pair.projects[1])
        let funders = pair.sharedFunders.map(name)
        let funding = funders.isEmpty ? "" : "; \(funders.joined(separator: " and ")) fund\(funders.count == 1 ? "s" : "") both"
        switch pair.kind {
        case .duplicate:
            let when = pair.periodsOverlap == true ? " at the same time" : ""
            if let a, let b, a.languageOfService != b.languageOfService {
                // Official-language minority services are meant to exist side by side.
                return "Same objective in \(pair.sameArea ?? "the same area")\(when), one service in French and one in English: "
                    + "services in each official language usually exist side by side on purpose; coordinate (referrals, shared outreach), do not merge\(funding)."
            }
            return "Same objective in \(pair.sameArea ?? "the same area")\(when): coordinate or merge\(funding)."
        case .possibleDuplicate:
            let unknown = "Same objective in \(pair.sameArea ?? "the same area"); the file gives no dates for one of them, so whether they run at the same time is unknown"
            if let a, let b, a.languageOfService != b.languageOfService {
                return unknown + ". One service is in French and one in English: services in each official language usually exist side by side on purpose; "
                    + "check their dates, then coordinate (referrals, shared outreach), do not merge\(funding)."
            }
            return unknown + ": check their dates before coordinating or merging\(funding)."
        case .twin:
            let whereText: String
            if let area = pair.sameArea {
                whereText = "in \(area) at different times"
            } else if let areaA = a?.area, let areaB = b?.area, TextNormalizer.fold(areaA) == TextNormalizer.fold(areaB) {
                whereText = "across \(areaA), too wide an area to call them neighbours"
            } else {
                whereText = "in \(a?.area ?? "one place") and \(b?.area ?? "another")"
            }
            return "Same objective \(whereText): share what works and learn from each other\(funding)."
        }
    }

    func pairKind(_ kind: OverlapFinder.Kind) -> String {
        switch kind {
        case .duplicate: "duplicate"
        case .possibleDuplicate: "possible duplicate, dates unknown"
        case .twin: "twin"
        }
    }

    func overlapSummary(projects: Int, pairs: Int, duplicates: Int, possible: Int, threshold: Double) -> String {
        "\(projects) projects compared; \(pairs) pair\(pairs == 1 ? " serves" : "s serve") the same objective "
            + "(score ≥ \(NumberFormat.decimal(threshold, places: 2))): \(plural(duplicates, "duplicate")), "
            + (possible > 0 ? "\(plural(possible, "possible duplicate")) (dates unknown), " : "") + "\(plural(pairs - duplicates - possible, "twin"))."
    }

    func commonWordsLeftOut(_ count: Int, usedByMoreThan limit: Int, projects: Int) -> String {
        "To compare \(language.number(Double(projects))) projects in reasonable time, pairs were looked for through the less common words: "
            + "the \(language.number(Double(count))) words and concepts used by more than \(language.number(Double(limit))) projects each still count in every pair's score, "
            + "but two projects alike only in such common words are not listed."
    }

    func topByScore(_ count: Int) -> String { "Top \(count) by score:" }
    var clustersHeading: String { "Clusters of three or more projects with the same objective:" }
    var noOverlap: String { "No two projects serve the same objective at this threshold; try `--threshold 0.2` to see weaker resemblances." }

    // MARK: recommendations

    func reason(_ item: PartnershipRecommender.Recommendation) -> String {
        var reasons: [String] = []
        if !item.commonPartners.isEmpty {
            let names = item.commonPartners.prefix(3).map(name)
            reasons.append("they share \(plural(item.commonPartners.count, "partner")) (\(names.joined(separator: ", "))\(item.commonPartners.count > 3 ? ", …" : ""))")
        }
        if !item.commonBodies.isEmpty {
            let names = item.commonBodies.prefix(3).map(name)
            reasons.append("both sit on \(names.joined(separator: ", "))\(item.commonBodies.count > 3 ? ", …" : "")")
        }
        if item.similarProjects.count == 2 {
            let labels = (0..<2).map { i in
                (i < item.similarProjectExcerpts.count ? item.similarProjectExcerpts[i] : nil).map { "“\($0)”" } ?? name(item.similarProjects[i])
            }
            reasons.append("their projects serve similar objectives (\(labels[0]) and \(labels[1]))")
        }
        return "\(name(item.organisations[0])) and \(name(item.organisations[1])) have no tie yet, but " + reasons.joined(separator: " and ") + "."
    }

    func suggestions(_ count: Int) -> String {
        count == 0 ? "no partnership to suggest." : "\(plural(count, "suggested partnership"))."
    }

    // MARK: communities

    func communities(_ count: Int, modularity: Double) -> String {
        "\(plural(count, "community", "communities")) (modularity \(NumberFormat.decimal(modularity, places: 3)))."
    }

    func chance(clearer: Bool, samples: Int, mean: Double, maximum: Double) -> String {
        let baseline = "\(samples) random networks with the same ties per organisation reach \(language.significant(mean)) on average, \(language.significant(maximum)) at most"
        return clearer ? "Clearer than chance: \(baseline)." : "No clearer than chance: \(baseline); these groups may be no more than the shape of any network this size."
    }

    func organisations(_ count: Int) -> String { plural(count, "organisation") }

    // MARK: summary

    var summary: SummaryWords {
        SummaryWords(
            organisations: "organisations", projects: "projects", partnerships: "partnerships", seats: "council seats",
            flows: "funding flows", priorities: "priorities", sources: "sources cited", ties: "collaboration ties",
            tiesGloss: "(partnerships, seats and co-delivered projects, per pair)", density: "density",
            densityGloss: "(share of possible ties that exist)", groups: "connected groups",
            largest: { "(largest: \($0) organisations)" }, isolated: "isolated", none: "none",
            isolatedGloss: "(no partnership, seat, shared project or funding tie)", fundingOnly: "funding only",
            fundingOnlyGloss: "(money given or received, but no partnership, seat or shared project)",
            years: "years", responses: "survey responses", confirmed: "ties confirmed", trust: "mean trust", value: "mean value",
            scaleGloss: "(1 not at all … 4 a great deal)",
            respondedOf: { "\($0) of \($1) (\($2))" }, notResponded: "not responded: ",
            confirmedOf: { "\($0) of \($1) (\($2)) named by both sides" },
            fundingByFunder: "Funding by funder", funderColumns: ["funder", "name", "total", "flows"])
    }

    // MARK: survey

    var survey: SurveyWords {
        let columns = [
            "trustReceived": "trust received", "valueReceived": "value received", "namedBy": "named by", "names": "names",
            "trustGiven": "trust given", "valueGiven": "value given", "relativeConnectivity": "relative connectivity", "id": "id",
        ]
        return SurveyWords(
            title: { "\($0): partner survey" },
            invited: "invited", responded: "responded", notResponded: "not responded: ", density: "density",
            densityGloss: "(pairs where at least one named the other, of all possible pairs)", centralization: "centralization",
            centralizationGloss: "(Freeman degree centralization: 1 when one member is tied to all and the others only to it, 0 when all have as many partners)",
            reciprocity: "reciprocity", reciprocityGloss: "(pairs where each named the other, of the pairs where both responded)",
            trust: "trust", value: "value", levels: "relationship levels", contributions: "contributions",
            respondedOf: { "\($0) of \($1) (\($2))" },
            level: Vocabulary(.en).level, contribution: Vocabulary(.en).label,
            sortedBy: { "Members, highest \($0) first (ratings received below 2.5 marked !):" },
            column: { columns[$0] ?? $0 },
            name: "name", namedByHeader: "named by", namesHeader: "names", trustReceivedHeader: "trust received",
            valueReceivedHeader: "value received", trustGivenHeader: "trust given", valueGivenHeader: "value given",
            connectivityHeader: "connectivity", noAnswer: "–", noLowRatings: "No member's trust or value received is below 2.5.",
            lowRatings: { "Trust or value received below 2.5 (\"not at all\" to \"a little\"): \($0)." },
            oneSided: { count, unconfirmable in
                count == 0
                    ? "Every tie named was named by both sides."
                    : "\(plural(count, "tie")) named by one side only; \(unconfirmable) of them cannot be confirmed, because the partner named did not respond."
            },
            definitions:
                "Trust is the mean of openness, reliability and mission; value the mean of power, resources and involvement; each from 1 (not at all) to 4 (a great deal), a blank answer left out. Received: the mean over the answers naming the member; given: over its own answers. Relative connectivity: times named × the mean of trust and value received, as a share of the member with the most.",
            howPartnersSee: { "How partners see \($0)" },
            namedByOf: { "Named by \($0) of the \($1) other respondents." },
            indicator: Vocabulary(.en).indicator,
            rater: "named by", frequency: "how often", trustHeader: "trust", valueHeader: "value", levelHeader: "level",
            frequencyWord: Vocabulary(.en).frequency,
            namedWithoutNaming: { "Named it, but were not named by it: \($0)." },
            namesWithoutBeingNamed: { "It named, but was not named back by: \($0)." },
            notConfirmable: { "It named, and cannot be confirmed because they did not respond: \($0)." },
            didNotRespond: { "\($0) did not respond: what it gives is unknown." })
    }

    // MARK: centrality

    var centrality: CentralityWords {
        let list = { (items: [String]) in ReportLanguage.en.list(items) }
        return CentralityWords(
            header: { view, nodes, noun, ties, weighted in
                "\(view.capitalized) view: \(nodes) \(noun), \(ties) ties; "
                    + (weighted ? "tie strengths used (distances 1/weight)." : "ties counted, strengths ignored (add `--weighted` to use them).")
            },
            rankedBy: { measure, top, total in "Ranked by \(measure)" + (top.map { ", top \($0) of \(total):" } ?? ":") },
            whoBrokers: { first, share, noun, others in
                "Who brokers: \(first) lies on \(share) of the shortest paths between two other \(noun), on average"
                    + (others.isEmpty ? "." : "; then " + list(others) + ".")
            },
            noSinglePoint: "No single point of failure: no one's departure would split the network.",
            singlePoints: { first, cutOff, noun, others, more in
                "Single points of failure: if \(first) left, \(cutOff) of the \(noun) would lose their only path to the rest"
                    + (others.isEmpty ? "" : "; then " + list(others)) + (more > 0 ? "; \(more) more in the JSON output" : "") + "."
            },
            noTie: { names, more in "No tie in this view: " + list(names + (more > 0 ? ["\(more) more"] : [])) + "." },
            brokerage: { who, pairs, roles in
                "Brokerage: \(who) stands between \(pairs) unconnected pairs — " + roles.map { "\($0.role) \($0.count)×" }.joined(separator: ", ") + "."
            },
            tables: { bodies, more in
                "Councils and networks are tables, not brokers, and are ranked apart: "
                    + list(bodies.map { "\($0.name) (\($0.seats) seat\($0.seats == 1 ? "" : "s"))" } + (more > 0 ? ["\(more) more"] : [])) + "."
            },
            severalPieces: { pieces in
                "The network is in \(pieces) separate pieces: closeness counts only who can be reached, and eigenvector values are near zero outside the largest piece, so compare them within one piece."
            },
            note: "Note: ",
            noteText: { note in
                switch note {
                case .eigenvectorDidNotConverge: "eigenvector centrality did not converge; its values are approximate"
                case .katzAlphaTooLarge(let maximum):
                    "Katz centrality needs α = 0.1 below 1/λ_max = \(NumberFormat.decimal(maximum, places: 4)) on this graph; it is left empty (null)"
                case .directedTiesReadAsUndirected:
                    "clustering and structural holes are computed with ties read as undirected; core numbers count ties in both directions"
                case .betweennessSampled(let samples, let sources, let seed):
                    "betweenness is estimated from \(samples) of \(sources) sources (seed \(seed)), drawn as networkx's betweenness_centrality(k=\(samples), seed=\(seed)) draws them"
                case .closenessLeftOutWithSamples:
                    "closeness and harmonic centrality are left out with --samples: they need the distance between every pair, which a sample does not estimate; ask for them with --measures"
                }
            })
    }

    // MARK: brokers

    func brokers(_ first: String, _ share: Double, then rest: [String]) -> String {
        "\(first) lies on \(language.percent(share)) of the shortest paths between two other organisations, on average"
            + (rest.isEmpty ? "." : "; then \(language.list(rest)).")
    }

    func singlePoints(_ first: String, _ cutOff: Int, others rest: [String]) -> String {
        "If \(first) left, \(cutOff) organisation\(cutOff == 1 ? " would lose its" : "s would lose their") only path to the rest of the network"
            + (rest.isEmpty ? "." : "; other single points of failure: \(language.list(rest)).")
    }

    var noSinglePoint: String { "No single point of failure: no one's departure would split the network." }
}
