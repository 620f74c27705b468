import Foundation
import Mustache

/// One self-contained HTML page a coordinator can send to a council: what the network holds,
/// the partnership map, who holds it together, overlapping projects, gaps, funding, suggested
/// partnerships and sources, in French or English.
///
/// The page needs no network access and no server: CSS and JavaScript are inline, the map is
/// inline SVG. With JavaScript on, tables sort, a search box filters them and marks nodes, and
/// clicking a node highlights its partners; with it off the page is a complete static document.
/// Every user string goes through the template's HTML escaping (the map's labels were escaped
/// by Graphviz), and the data the script reads is JSON with `<`, `>` and `&` escaped, so no name
/// in a network file can become markup or script. There is no date in it: the same input gives
/// the same bytes.
public enum HTMLReport {
    /// Networks up to this many organisations get exact betweenness in the report and on its
    /// overview map (one rule, ``NetworkContext``'s, so the map draws the brokers the table lists).
    public static let exactBetweennessUpTo = NetworkContext.exactBetweennessUpTo
    /// Sources sampled for betweenness above that size, in the table and on the map.
    public static let betweennessSamples = NetworkContext.betweennessSamples
    /// Overlapping pairs listed in the report, strongest first; the page says how many more
    /// there are (one funder's 2,500 grants can make 18,000 pairs and a page no one can send).
    public static let overlapRowsListed = 200
    /// Groups of overlapping projects listed, largest first, and the names listed in each: a
    /// national grants file can join thousands of projects in one group.
    public static let clustersListed = 50
    /// Names listed per cluster before "and N more".
    public static let namesListedPerCluster = 12
    /// Gaps listed under each heading; the heading gives the count of all of them.
    public static let gapsListedPerKind = 100
    /// Funding flows listed, largest first, and funder–recipient relations drawn on the
    /// report's funding map: a national grants file stays a page one can send.
    public static let flowsListed = 300
    /// Funding relations the report's funding map draws, largest first.
    public static let fundingRelationsDrawn = 300

    /// Why the report could not be made.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        case templateMissing
        /// The reason, in English.
        public var description: String { "the report template compiled into PartnerMap does not parse" }
    }

    /// - Parameters:
    ///   - network: the network the report is about.
    ///   - mapSVG: the partnership map as SVG (from the Graphviz renderer), or `nil` with `mapError`.
    ///   - mapError: why the map could not be drawn, shown in its place.
    ///   - fundingSVG: the funding map as SVG, shown in the funding section when the file records funding.
    ///   - coFundingSVG: the map of funders who share recipients, shown under it when two do.
    ///   - file: the input file's name, for the footer.
    ///   - command: the command line that made the report, so a reader can make it again.
    ///   - language: the reader's language (every sentence, table heading and number).
    ///   - progress: told the name of each section as it is computed (the CLI shows it unless `-q`).
    ///   - networkContext: what was already worked out of `network` (the maps' collaboration view and
    ///     centrality), so that the table ranks what the maps drew without measuring it again.
    public static func render(
        _ network: Network, mapSVG: String?, mapError: String? = nil, fundingSVG: String? = nil, coFundingSVG: String? = nil,
        file: String, command: String? = nil,
        language: ReportLanguage, progress: (String) -> Void = { _ in }, context networkContext: NetworkContext? = nil
    ) throws(Failure) -> String {
        guard let template = try? MustacheTemplate(string: EmbeddedResources.reportTemplate) else { throw .templateMissing }
        let strings = language.reportWords
        let sentences = FindingSentences(language: language, network: network)
        // The collaboration view and its centrality, shared with the maps when the caller drew
        // them from the same context. Above a few thousand organisations, betweenness is
        // estimated from a seeded sample of sources (as `centrality --samples`), and the page
        // says so.
        let shared = networkContext ?? NetworkContext(network)
        let graph = shared.collaborationGraph
        progress(CommandMessage.progress(.measuringCentrality).text(in: language))
        let report = shared.centrality
        let samples = report.sampledSources?.count
        // One collaboration view for every section: the summary, the gaps (with the table's cut
        // points) and the suggested partnerships read the graph the table ranks.
        let summary = NetworkSummary(shared)

        var context: [String: Any] = [
            "strings": stringsContext(strings),
            "style": EmbeddedResources.reportStyle,
            "name": network.name,
            "file": file,
        ]
        if let samples { context["estimateNote"] = strings.estimated(samples, of: graph.nodeCount) }
        if let command { context["command"] = command }
        // Entries the file marks `illustrative` (not from a cited source) carry a tag wherever
        // they appear, and so does every finding that rests on one (FindingProvenance).
        let provenance = sentences.provenance
        func flagged(_ ids: [String]) -> Bool { ids.contains(where: provenance.isIllustrative) }
        let illustrativeCount =
            network.organisations.filter(\.illustrative).count + network.projects.filter(\.illustrative).count
            + network.partnerships.filter(\.illustrative).count
            + network.memberships.filter(\.illustrative).count + network.funding.filter(\.illustrative).count
        if illustrativeCount > 0 { context["illustrativeNote"] = strings.illustrativeNote(illustrativeCount) }
        context["method"] = strings.method(
            sampled: samples, of: graph.nodeCount, illustrative: illustrativeCount > 0,
            funding: !network.funding.isEmpty, survey: network.partnerships.contains { $0.reported != nil })
        let bodies = Set(network.organisations.filter(\.isBody).map(\.id))
        // What the network holds.
        // Each figure is tagged as findings are when the file's sourced entries alone
        // (`--sourced-only`) give another value: it rests on an illustrative entry.
        let figures = Self.figures(network, summary: summary, language: language)
        let sourcedFigures = network.hasIllustrativeEntries ? Self.figures(network.sourcedOnly(), summary: nil, language: language) : figures
        var facts: [[String: Any]] = figures.map { key, value in
            ["label": strings.factLabel(key), "value": value, "illustrative": sourcedFigures.first { $0.key == key }?.value != value]
        }
        if let years = figures.first(where: { $0.key == "years" })?.value {
            context["dataDate"] = strings.dataOf(years)
        } else {
            context["dataDate"] = strings.undated
        }
        // A network with every answer kept gets its own section (the same scores once, computed
        // over the answers); one whose ties alone came from a survey shows them here.
        if let survey = summary.survey, network.responses.isEmpty {
            facts.append(["label": strings.factLabel("responses"), "value": "\(survey.responded) / \(survey.invited) (\(language.percent(survey.responseRate)))"])
            if !survey.notResponded.isEmpty {
                facts.append(["label": strings.factLabel("notResponded"), "value": language.list(survey.notResponded.map(network.displayName(of:)))])
            }
            facts.append(["label": strings.factLabel("confirmed"), "value": "\(survey.confirmedTies) / \(survey.reportedTies) (\(language.percent(survey.confirmedShare)))"])
            if let trust = survey.meanTrust { facts.append(["label": strings.factLabel("trust"), "value": language.decimal(trust, places: 2)]) }
            if let value = survey.meanValue { facts.append(["label": strings.factLabel("value"), "value": language.decimal(value, places: 2)]) }
        }
        context["facts"] = facts
        context["hasProjects"] = !network.projects.isEmpty
        if !network.responses.isEmpty { context["survey"] = surveyContext(network, language: language, strings: strings) }
        if let mapSVG { context["map"] = stripXMLProlog(mapSVG) } else { context["mapError"] = mapError ?? "" }
        if let fundingSVG, !network.funding.isEmpty { context["fundingMap"] = stripXMLProlog(fundingSVG) }
        if let coFundingSVG, !network.funding.isEmpty { context["coFundingMap"] = stripXMLProlog(coFundingSVG) }

        // Who holds it together.
        let betweenness = report.values[.betweenness] ?? []
        // Councils and networks are tables, not brokers: organisations are ranked, and the
        // tables are named apart with their seats.
        let ranking = report.ranking(by: .betweenness).filter { !bodies.contains(graph.nodeIDs[$0]) }
        let brokers = ranking.prefix(3).map { (id: graph.nodeIDs[$0], share: betweenness[$0]) }
        context["brokerSentence"] = sentences.brokers(brokers) ?? ""
        context["brokerIllustrative"] = brokers.filter { $0.share > 0 }.contains { provenance.organisationRestsOnIllustrative($0.id) }
        var seatCount: [String: Int] = [:]
        for membership in network.memberships { seatCount[membership.body, default: 0] += 1 }
        let tables = network.organisations.filter(\.isBody).map { (id: $0.id, seats: seatCount[$0.id] ?? 0) }.filter { $0.seats > 0 }
            .sorted { ($1.seats, $0.id) < ($0.seats, $1.id) }
        if summary.components > 1 { context["piecesNote"] = sentences.catalogue.centrality.severalPieces(summary.components) }
        if !tables.isEmpty {
            context["tablesSentence"] = sentences.catalogue.centrality.tables(
                tables.prefix(5).map { (network.displayName(of: $0.id), $0.seats) }, max(0, tables.count - 5))
        }
        let points = report.cutPoints.articulationPoints
            .map { (id: graph.nodeIDs[$0], cutOff: report.cutPoints.cutOff[$0] ?? 0) }
            .sorted { ($1.cutOff, $0.id) < ($0.cutOff, $1.id) }
        context["pointsSentence"] = sentences.singlePoints(points)
        context["pointsIllustrative"] = points.prefix(5).contains { provenance.organisationRestsOnIllustrative($0.id) }
        let organisations = Dictionary(uniqueKeysWithValues: network.organisations.map { ($0.id, $0) })
        // Closeness only for the organisations listed: for every node it needs a search from
        // every node (a quarter of an hour at 100,000 organisations).
        let listed = Array(ranking.prefix(25))
        context["centrality"] = zip(listed, ClosenessCentrality.closeness(of: listed, in: graph)).map { node, closeness -> [String: Any] in
            let organisation = organisations[graph.nodeIDs[node]]
            let constraint = report.values[.constraint]![node]
            return [
                "name": organisation?.name ?? graph.nodeIDs[node],
                "type": organisation.map { language.vocabulary.type($0.type) } ?? "",
                "sector": organisation?.sectors.first.map(sentences.sector) ?? "",
                "degree": "\(Int(report.values[.degree]![node]))",
                "betweenness": language.decimal(betweenness[node], places: 3), "betweennessValue": "\(betweenness[node])",
                "closeness": language.decimal(closeness, places: 3), "closenessValue": "\(closeness)",
                "constraint": constraint.isFinite ? language.decimal(constraint, places: 3) : "—",
                "constraintValue": constraint.isFinite ? "\(constraint)" : "",
                // The entry itself made up, or its figures resting on made-up ties.
                "illustrative": provenance.isIllustrative(graph.nodeIDs[node]),
                "illustrativeTies": !provenance.isIllustrative(graph.nodeIDs[node]) && provenance.organisationRestsOnIllustrative(graph.nodeIDs[node]),
            ]
        }

        // Overlap.
        progress(CommandMessage.progress(.comparingProjects).text(in: language))
        // In a block of its own: the pairs keep the text index they read their evidence from, let
        // go here rather than held through the rest of the report (1.6 GB at a million grants).
        // What the map and the measures freed goes back to the system first: the index is the
        // report's largest allocation. (Only for a large file: giving memory back locks the
        // allocator while it walks the heap.)
        if network.projects.count > TextIndex.textsPerRound { MemoryBudget.giveBackFreedMemory() }
        do {
            let overlap = OverlapFinder(network)
            // A report stays sendable: the strongest pairs are listed, the rest counted.
            let listedPairs = overlap.pairs.prefix(Self.overlapRowsListed)
            if overlap.pairs.count > listedPairs.count { context["overlapMore"] = strings.overlapMore(listedPairs.count, of: overlap.pairs.count) }
            if let common = overlap.commonWordsLeftOut {
                context["overlapCommonWords"] = sentences.catalogue.commonWordsLeftOut(
                    common.count, usedByMoreThan: common.usedByMoreThan, projects: network.projects.count)
            }
            context["overlap"] = listedPairs.map { pair -> [String: Any] in
                [
                    "illustrative": provenance.isIllustrative(pair),
                    "a": network.displayName(of: pair.projects[0]), "b": network.displayName(of: pair.projects[1]),
                    "aIllustrative": flagged([pair.projects[0]]), "bIllustrative": flagged([pair.projects[1]]),
                    "kind": sentences.pairKind(pair.kind), "kindClass": pair.kind.rawValue,
                    "score": language.decimal(pair.score), "scoreValue": "\(pair.score)",
                    "evidence": sentences.evidence(pair), "action": sentences.action(pair),
                ]
            }
            context["hasOverlap"] = !overlap.pairs.isEmpty
            context["clusters"] = overlap.clusters.prefix(Self.clustersListed).map { cluster -> String in
                let names = cluster.prefix(Self.namesListedPerCluster).map(network.displayName(of:)).joined(separator: " · ")
                return cluster.count > Self.namesListedPerCluster ? names + " · " + strings.clusterMore(cluster.count - Self.namesListedPerCluster) : names
            }
            if overlap.clusters.count > Self.clustersListed { context["clustersMore"] = strings.clustersMore(Self.clustersListed, of: overlap.clusters.count) }
            context["hasClusters"] = !overlap.clusters.isEmpty
        }

        // Gaps.
        progress(CommandMessage.progress(.lookingForGaps).text(in: language))
        let gaps = GapFinder(shared).gaps
        let gapFlags = provenance.flags(gaps)
        context["gapGroups"] = Gap.Kind.allCases.compactMap { kind -> [String: Any]? in
            let ofKind = zip(gaps, gapFlags).filter { $0.0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return [
                "heading": sentences.heading(kind), "count": "\(ofKind.count)",
                "items": ofKind.prefix(Self.gapsListedPerKind).map {
                    ["message": sentences.message($0.0), "next": sentences.nextStep($0.0), "illustrative": $0.1] as [String: Any]
                },
            ]
        }

        // Funding.
        context["hasFunding"] = !network.funding.isEmpty
        let mixedCurrencies = Set(summary.funders.map(\.currency)).count > 1
        context["funders"] = summary.funders.map { funder -> [String: Any] in
            [
                "name": funder.name, "total": language.amount(funder.total, funder.currency, mixed: mixedCurrencies), "totalValue": "\(funder.total)", "flows": "\(funder.flows)",
                "illustrative": provenance.funderTotalIsIllustrative(funder.funder),
            ]
        }
        // Largest first past the limit; in file order below it, as the coordinator wrote them.
        let listedFlows =
            network.funding.count > Self.flowsListed
            ? network.funding.indices.sorted { (network.funding[$1].amount, $0) < (network.funding[$0].amount, $1) }.prefix(Self.flowsListed).map { network.funding[$0] }
            : network.funding
        if listedFlows.count < network.funding.count { context["flowsMore"] = strings.flowsMore(listedFlows.count, of: network.funding.count) }
        context["flows"] = listedFlows.map { flow -> [String: Any] in
            var period = flow.year.map(String.init) ?? ""
            if period.isEmpty, let start = flow.start { period = language.period(start, flow.end) }
            return [
                "from": network.displayName(of: flow.from), "to": network.displayName(of: flow.to),
                "amount": language.amount(flow.amount, flow.currency, mixed: mixedCurrencies), "amountValue": "\(flow.amount)",
                "period": period, "programme": flow.programme ?? "",
                "illustrative": provenance.isIllustrative(flow),
            ]
        }
        // The charts count every flow: marked illustrative when any of them is.
        let chartsIllustrative = network.funding.contains { provenance.isIllustrative($0) }
        context["fundingCharts"] = Self.fundingCharts(network, language: language).map { chart in
            chart.merging(["illustrative": chartsIllustrative]) { first, _ in first }
        }
        context["fundingSentences"] = zip(gaps, gapFlags).filter { $0.0.kind == .fundingConcentration || $0.0.kind == .fundingDependency }
            .prefix(Self.gapsListedPerKind).map { ["text": sentences.message($0.0), "illustrative": $0.1] as [String: Any] }

        // Priorities and what covers them, with the reason (PriorityCoverage, as `gaps` decides).
        context["hasPriorities"] = !network.priorities.isEmpty
        context["priorities"] = PriorityCoverage(network).entries.map { entry -> [String: Any] in
            let name = network.priorities.first { $0.id == entry.priority }?.name ?? entry.priority
            let covers = entry.covers.map { cover -> [String: Any] in
                var reasons: [String] = []
                if !cover.sharedThemes.isEmpty { reasons.append(strings.sharedThemes(language.vocabulary.labels(cover.sharedThemes).joined(separator: ", "))) }
                if !cover.sharedWords.isEmpty { reasons.append(strings.sharedWords(cover.sharedWords.joined(separator: ", "))) }
                return [
                    "project": network.displayName(of: cover.project), "why": reasons.joined(separator: "; "),
                    "illustrative": flagged([cover.project]),
                ]
            }
            return ["name": name, "covers": covers]
        }

        // The framework the file names, characteristic by characteristic, and the matrix of
        // projects × characteristics.
        if network.framework != nil {
            context["framework"] = Self.frameworkContext(network, language: language)
        }

        // Suggested partnerships and sources.
        progress(CommandMessage.progress(.suggestingPartnerships).text(in: language))
        context["recommendations"] = PartnershipRecommender(shared, top: 8).recommendations.map {
            ["text": sentences.reason($0), "illustrative": provenance.isIllustrative($0)] as [String: Any]
        }
        context["sources"] = network.sources.map { ["citation": $0.citation(in: language)] as [String: Any] }

        // Data for the page's script: details and neighbours of the organisations the map draws
        // (an overview of a national file draws a few hundred of 67,000: the others' data made
        // 10 of the page's 12 MB).
        let drawn = Self.drawnNodes(in: mapSVG ?? "")
        var nodes: [String: [String: String]] = [:]
        var neighbours: [String: [String]] = [:]
        for node in 0..<graph.nodeCount where drawn.contains(graph.nodeIDs[node]) {
            let id = graph.nodeIDs[node]
            let organisation = organisations[id]
            var parts: [String] = []
            if let organisation { parts.append(language.vocabulary.type(organisation.type)) }
            if let sectors = organisation?.sectors, !sectors.isEmpty { parts.append(sectors.map(sentences.sector).joined(separator: ", ")) }
            if let area = organisation?.area { parts.append(area) }
            parts.append("\(strings.ties): \(graph.degree(of: node))")
            parts.append("\(strings.betweenness): \(language.decimal(betweenness[node], places: 3))")
            nodes[id] = ["name": organisation?.name ?? id, "summary": language.typeset(parts.joined(separator: " · "))]
            neighbours[id] = graph.neighbours(of: node).map { graph.nodeIDs[Int($0)] }.filter(drawn.contains)
        }
        context["data"] = scriptJSON(nodes: nodes, neighbours: neighbours)
        progress(CommandMessage.progress(.writingPage).text(in: language))
        return template.render(typeset(context, language: language) as! [String: Any])
    }

    /// The survey's results, first in a report on a survey network: every member's scores in a
    /// sortable table, the six indicators, the ties one side named, and what each score means.
    private static func surveyContext(_ network: Network, language: ReportLanguage, strings: any ReportWords) -> [String: Any] {
        let scores = SurveyScores(network)
        let words = FindingSentences.words(language).survey
        func cell(_ value: Double?, flag: Bool = true) -> [String: Any] {
            [
                "text": value.map { language.decimal($0, places: 2) } ?? "–", "value": value.map { "\($0)" } ?? "",
                "low": flag && (value ?? 4) < SurveyScores.lowRating,
            ]
        }
        let output = SurveyOutput(scores, network: network, language: language)
        let sentence =
            words.responded.prefix(1).uppercased() + words.responded.dropFirst() + (language == .fr ? "\u{00A0}: " : ": ")
            + output.responseRate
        let facts = output.networkFacts(glosses: false).map { fact -> [String: String] in
            ["label": fact.label.prefix(1).uppercased() + fact.label.dropFirst(), "value": fact.value]
        }
        let byTrust = output.sorted(by: "trustReceived")
        let members = byTrust.map { item -> [String: Any] in
            let count = { (value: Int?) -> [String: Any] in ["text": value.map(String.init) ?? "–", "value": value.map(String.init) ?? "", "low": false] }
            return [
                "name": network.displayName(of: item.id), "responded": item.responded,
                "cells": [
                    count(item.namedBy), count(item.names), cell(item.trustReceived), cell(item.valueReceived),
                    cell(item.trustGiven, flag: false), cell(item.valueGiven, flag: false),
                    [
                        "text": item.relativeConnectivity.map { language.percent($0) } ?? "–",
                        "value": item.relativeConnectivity.map { "\($0)" } ?? "", "low": false,
                    ],
                ],
            ]
        }
        let columns = [
            words.name, words.namedByHeader, words.namesHeader, words.trustReceivedHeader, words.valueReceivedHeader,
            words.trustGivenHeader, words.valueGivenHeader, words.connectivityHeader,
        ]
        .enumerated().map { ["label": $0.element, "number": $0.offset > 0] as [String: Any] }
        let indicatorColumns = ([words.name] + SurveyResponse.indicators.map(words.indicator))
            .enumerated().map { ["label": $0.element, "number": $0.offset > 0] as [String: Any] }
        let indicatorRows = byTrust.filter { $0.namedBy > 0 }.map { item -> [String: Any] in
            ["name": network.displayName(of: item.id), "cells": SurveyResponse.indicators.map { cell(item.indicatorsReceived[$0] ?? nil) }]
        }
        let unconfirmable = scores.oneSided.filter { !$0.otherResponded }.count
        return [
            "responseSentence": sentence, "facts": facts, "lowHint": strings.lowHint(language.decimal(SurveyScores.lowRating, places: 1)),
            "columns": columns, "members": members, "indicatorColumns": indicatorColumns, "indicatorRows": indicatorRows,
            "oneSidedSentence": words.oneSided(scores.oneSided.count, unconfirmable),
            "hasOneSided": !scores.oneSided.isEmpty,
            "oneSided": scores.oneSided.map {
                [
                    "from": network.displayName(of: $0.from), "to": network.displayName(of: $0.to),
                    "otherResponded": $0.otherResponded,
                ] as [String: Any]
            },
            "definitions": words.definitions,
        ]
    }

    /// The funding section's charts, each with its numbers in a table beside it (what a screen
    /// reader reads): amounts by year, by size of grant, by province or region when the file
    /// says where recipients are, and the largest recipients.
    /// Projects shown in the report's matrix; the CSV has every one.
    static let matrixRows = 300

    /// The framework section: a summary row per characteristic and the matrix of projects ×
    /// characteristics (● declared, ○ proposed, the words in the cell's title).
    static func frameworkContext(_ network: Network, language: ReportLanguage) -> [String: Any] {
        let coverage = FrameworkCoverage(network, framework: FrameworkCoverage.framework(of: network))
        let output = FrameworkOutput(coverage, network: network, language: language)
        let words = language.frameworkWords
        let provenance = FindingProvenance(network)
        var served: [String: [String: FrameworkCoverage.Service]] = [:]
        for entry in coverage.entries {
            for service in entry.services { served[service.project, default: [:]][entry.characteristic.id] = service }
        }
        let rows = coverage.entries.enumerated().map { index, entry -> [String: Any] in
            let shown = entry.services.prefix(8).map { service -> [String: Any] in
                [
                    "name": network.displayName(of: service.project), "proposed": service.how == .proposed,
                    "proposedMark": words.proposed(service.words),
                ]
            }
            var row: [String: Any] = [
                "number": index + 1, "name": output.name(entry), "projects": shown, "organisations": language.number(Double(entry.organisations.count)),
                "sector": output.sectorText(entry), "funding": output.fundingText(entry), "illustrative": output.isIllustrative(entry),
            ]
            if let gap = entry.gap { row["gap"] = words.gap(gap) }
            if entry.services.isEmpty { row["none"] = words.none }
            if entry.services.count > shown.count { row["projectsMore"] = words.more(entry.services.count - shown.count) }
            return row
        }
        let listed = network.projects.prefix(matrixRows)
        let matrix = listed.map { project -> [String: Any] in
            let cells = coverage.entries.map { entry -> [String: Any] in
                guard let service = served[project.id]?[entry.characteristic.id] else { return ["mark": ""] }
                return service.how == .declared ? ["mark": "●"] : ["mark": "○", "words": service.words.joined(separator: ", ")]
            }
            return ["name": network.displayName(of: project.id), "cells": cells, "illustrative": provenance.isIllustrative(project.id)]
        }
        var context: [String: Any] = [
            "heading": words.heading(coverage.framework), "basis": words.basis(declaring: coverage.declaringProjects, proposed: coverage.proposedProjects),
            "summaryCaption": words.summaryCaption, "characteristic": words.characteristic, "projectsHeader": words.projects,
            "organisationsHeader": words.organisations, "sectorHeader": words.sectorAtTable, "fundingHeader": words.funding,
            "findingHeader": words.finding, "rows": rows, "matrixCaption": words.matrixCaption, "projectHeader": words.project,
            "columns": coverage.entries.enumerated().map { ["number": $0.offset + 1, "name": output.name($0.element)] as [String: Any] },
            "hasMatrix": !matrix.isEmpty, "matrixRows": matrix, "legend": words.legend, "reference": words.reference(coverage.framework),
        ]
        if network.projects.count > listed.count { context["matrixMore"] = words.matrixMore(listed.count, of: network.projects.count) }
        return context
    }

    static func fundingCharts(_ network: Network, language: ReportLanguage) -> [[String: Any]] {
        guard !network.funding.isEmpty else { return [] }
        var options = FundingBreakdown.Options()
        options.by = [.year, .size, .area]
        let breakdown = FundingBreakdown(network, options: options)
        let output = FundingOutput(breakdown, network: network, language: language)
        var charts: [BarChart] = []
        for dimension in options.by {
            let groups = breakdown.groups(by: dimension)
            // A breakdown says something when its groups tell grants apart.
            guard groups.count > 1 || (groups.first?.key != nil && dimension != .area) else { continue }
            if dimension == .area, groups.allSatisfy({ $0.key == nil }) { continue }
            charts.append(output.chart(dimension, top: 15))
        }
        charts.append(output.recipientsChart())
        return charts.map { chart in
            [
                "chart": chart.svg(), "title": chart.title, "rows": chart.bars.map { ["label": $0.label, "value": $0.valueText] },
            ]
        }
    }

    /// Every text of the page set as its language sets it (French spaces before `:` and `;`),
    /// leaving alone what is not prose: the style sheet, the maps' SVG and the script's data.
    static func typeset(_ value: Any, language: ReportLanguage, key: String? = nil) -> Any {
        guard language == .fr else { return value }
        if let key, ["style", "map", "fundingMap", "coFundingMap", "chart", "data", "file", "files", "command"].contains(key) { return value }
        switch value {
        case let text as String: return language.typeset(text)
        case let dictionary as [String: Any]: return Dictionary(uniqueKeysWithValues: dictionary.map { ($0.key, typeset($0.value, language: language, key: $0.key)) })
        case let dictionary as [String: String]: return dictionary.mapValues(language.typeset)
        case let list as [[String: Any]]: return list.map { typeset($0, language: language) as! [String: Any] }
        case let list as [[String: String]]: return list.map { $0.mapValues(language.typeset) }
        case let list as [String]: return list.map(language.typeset)
        default: return value
        }
    }

    private static func stringsContext(_ strings: any ReportWords) -> [String: String] {
        return [
            "htmlLanguage": strings.htmlLanguage, "subtitle": strings.subtitle, "madeWith": strings.madeWith,
            "contents": strings.contents, "holdsHeading": strings.holdsHeading, "mapHeading": strings.mapHeading,
            "mapHelp": strings.mapHelp, "search": strings.search, "brokersHeading": strings.brokersHeading,
            "overlapHeading": strings.overlapHeading, "gapsHeading": strings.gapsHeading, "fundingHeading": strings.fundingHeading,
            "recommendHeading": strings.recommendHeading, "prioritiesHeading": strings.prioritiesHeading,
            "priority": strings.priority, "coveredBy": strings.coveredBy, "why": strings.why, "noProject": strings.noProject, "sourcesHeading": strings.sourcesHeading,
            "noSources": strings.noSources,
            "organisation": strings.organisation, "type": strings.type, "sector": strings.sector, "ties": strings.ties,
            "betweenness": strings.betweenness, "closeness": strings.closeness, "constraint": strings.constraint,
            "pair": strings.pair, "score": strings.score, "kind": strings.kind, "evidence": strings.evidence, "action": strings.action,
            "from": strings.from, "to": strings.to, "amount": strings.amount, "period": strings.period, "programme": strings.programme,
            "funder": strings.funder, "total": strings.total, "flows": strings.flows, "noOverlap": strings.noOverlap,
            "noGaps": strings.noGaps, "noFunding": strings.noFunding, "noRecommendation": strings.noRecommendation,
            "clusters": strings.clusters, "sortHint": strings.sortHint, "mapMissing": strings.mapMissing,
            "detailsPrompt": strings.detailsPrompt, "methodHeading": strings.methodHeading, "illustrativeTies": strings.illustrativeTies, "surveyHeading": strings.surveyHeading,
            "noAnswer": strings.noAnswer,
            "indicatorsHeading": strings.indicatorsHeading, "notConfirmable": strings.notConfirmable, "illustrativeGrants": strings.illustrativeGrants,
            "illustrative": strings.illustrative, "madeBy": strings.madeBy,
            "fundingMapHeading": strings.fundingMapHeading, "coFundingMapHeading": strings.coFundingMapHeading, "zoomIn": strings.zoomIn, "zoomOut": strings.zoomOut,
            "fit": strings.fit,
        ]
    }

    /// What the network holds, as the overview shows it: each figure's key and its value in the
    /// reader's language (the summary is worked out when not given).
    static func figures(_ network: Network, summary: NetworkSummary?, language: ReportLanguage) -> [(key: String, value: String)] {
        let summary = summary ?? NetworkSummary(network)
        // Money entering the network: flows from funders that receive nothing themselves, so a
        // programme envelope passed on by an intermediary is not counted twice.
        let recipients = Set(network.funding.map(\.to))
        var totals: [String: Double] = [:]
        for flow in network.funding where !recipients.contains(flow.from) { totals[flow.currency, default: 0] += flow.amount }
        var figures: [(key: String, value: String)] = [
            ("organisations", "\(summary.organisations)"), ("projects", "\(summary.projects)"), ("partnerships", "\(summary.partnerships)"),
            ("seats", "\(summary.memberships)"),
            ("funding", totals.isEmpty ? "—" : totals.sorted { $0.key < $1.key }.map { language.amount($0.value, $0.key, mixed: totals.count > 1) }.joined(separator: " + ")),
            ("density", language.decimal(summary.density, places: 3)), ("groups", "\(summary.components)"), ("isolated", "\(summary.isolated.count)"),
        ]
        if let first = summary.firstYear, let last = summary.lastYear { figures.append(("years", language.years(first, last))) }
        return figures
    }

    /// The SVG element alone, without the XML prolog and DOCTYPE that cannot appear inside HTML.
    static func stripXMLProlog(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }

    /// The page script's data as JSON safe inside a `<script>` element: keys sorted, `<`, `>`
    /// and `&` as Unicode escapes, so no name can close the element. Written directly: on
    /// 5,000 organisations Foundation's serialiser took a fifth of the report's time.
    /// The ids of the nodes a map draws: its `<g id="node-ID" class="node">` groups, the id as
    /// Graphviz escapes it (`node&#45;binam`) read back.
    static func drawnNodes(in svg: String) -> Set<String> {
        var ids = Set<String>()
        for match in svg.matches(of: /<g id="([^"]*)" class="node"/) {
            let id = unescapedXML(String(match.output.1))
            if id.hasPrefix("node-") { ids.insert(String(id.dropFirst(5))) }
        }
        return ids
    }

    /// XML text with its character references (`&#45;`, `&#x2D;`) and the five named entities read.
    static func unescapedXML(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let name = rest[rest.index(after: amp)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let value = named[String(name)] {
                out += value
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    static func scriptJSON(nodes: [String: [String: String]], neighbours: [String: [String]]) -> String {
        var out = "{\"neighbours\":{"
        for (index, key) in neighbours.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            out += jsonString(key) + ":[" + neighbours[key]!.map(jsonString).joined(separator: ",") + "]"
        }
        out += "},\"nodes\":{"
        for (index, key) in nodes.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            let fields = nodes[key]!
            out += jsonString(key) + ":{" + fields.keys.sorted().map { jsonString($0) + ":" + jsonString(fields[$0]!) }.joined(separator: ",") + "}"
        }
        return out + "}}"
    }

    /// A JSON string literal for the page's `<script>` (``Escaping/scriptJSON(_:)``).
    static func jsonString(_ text: String) -> String { Escaping.scriptJSON(text) }
}
