import Foundation
import PartnerMap
import PartnerMapGraphviz

/// What the page asks about the network under a filter: the commands' JSON (summary, gaps,
/// centrality, overlap, suggestions, survey, change), the maps, an organisation's card, and
/// the exports, each made by the library code the commands use.
struct WorkspaceFindings {
    /// The network under the filter.
    let network: Network
    /// The whole network (the filter's menus and an export's name come from it).
    let whole: Network
    let filter: NetworkFilter
    let compared: Network?
    let language: ReportLanguage
    let fileName: String

    private var words: WorkspacePageWords { WorkspacePageWords(language) }

    func answer(_ path: String, query: [String: String]) -> HTTPAnswer {
        do {
            switch path {
            case "/api/summary": return .json(try JSONOutput.string(NetworkSummary(network)))
            case "/api/gaps": return .json(try StructureOutput.json(GapFinder(network).gaps, sentences: sentences))
            case "/api/centrality": return try centrality(query)
            case "/api/overlap": return try overlap(query)
            case "/api/recommend":
                let top = try count(query, "top", default: 10)
                return .json(try StructureOutput.json(PartnershipRecommender(network, top: top).recommendations, sentences: sentences))
            case "/api/survey":
                guard SurveyScores.hasAnswers(network) else { return .problem(404, words.noSurvey) }
                return .json(try SurveyOutput(SurveyScores(network), network: network, language: language).json())
            case "/api/compare":
                guard let compared else { return .problem(404, words.noCompare) }
                let old = filter.apply(to: compared)
                return .json(try ChangeOutput.json(NetworkChange(old: old, new: network), old: words.labels["before"] ?? "before", new: words.labels["now"] ?? "now"))
            case "/api/organisations": return organisations()
            case "/api/card": return card(query)
            case "/api/map": return try map(query)
            case "/api/export": return try export(query)
            case "/api/report":
                let command = (["partnermap", "report", fileName] + filter.arguments + (language == .fr ? ["--lang", "fr"] : [])).map(Self.shellWord).joined(separator: " ")
                let html = try ReportMaker.html(network, file: fileName, command: command, language: language)
                return .download(Data(html.utf8), contentType: "text/html; charset=utf-8", filename: exportName("report", "html"))
            default: return .problem(404, words.notFound(path))
            }
        } catch let refusal as QueryRefusal {
            return refusal.answer
        } catch let error as CustomStringConvertible & Error {
            return .problem(500, error.description)
        } catch {
            return .problem(500, String(describing: error))
        }
    }

    private var sentences: FindingSentences { FindingSentences(language: language, network: network) }

    /// A bad query value, answered with 400 and what the value may be.
    struct QueryRefusal: Error {
        var answer: HTTPAnswer
    }

    private func count(_ query: [String: String], _ key: String, default value: Int) throws -> Int {
        guard let text = query[key] else { return value }
        guard let number = Int(text), (0...100_000).contains(number) else { throw QueryRefusal(answer: .problem(400, words.badCount(key, text))) }
        return number
    }

    private func choice<T>(_ query: [String: String], _ key: String, _ choices: [(String, T)], default value: T) throws -> T {
        guard let text = query[key] else { return value }
        guard let found = choices.first(where: { $0.0 == text }) else { throw QueryRefusal(answer: .problem(400, words.badValue(key, text, choices.map(\.0)))) }
        return found.1
    }

    // MARK: Centrality and overlap

    /// The page's centrality: degree, betweenness, closeness and constraint unless `measures`
    /// names others (as `--measures` does). Above 2,000 organisations, as the report does,
    /// betweenness is estimated from 500 seeded sources and closeness left out, and the notes say so.
    private func centrality(_ query: [String: String]) throws -> HTTPAnswer {
        var measures: [CentralityReport.Measure] = [.degree, .betweenness, .closeness, .constraint]
        var samples: Int?
        var notes: [CentralityReport.Note] = []
        if query["measures"] == nil, network.organisations.count > NetworkContext.exactBetweennessUpTo {
            measures = [.degree, .betweenness, .constraint]
            samples = NetworkContext.betweennessSamples
            notes.append(.closenessLeftOutWithSamples)
        }
        if let text = query["measures"] {
            measures = try text.split(separator: ",").map { name in
                guard let measure = CentralityReport.Measure(rawValue: String(name)) else {
                    throw QueryRefusal(answer: .problem(400, words.badValue("measures", String(name), CentralityReport.Measure.allCases.map(\.rawValue))))
                }
                return measure
            }
        }
        let funding = try choice(query, "view", [("collaboration", false), ("funding", true)], default: false)
        let csv = try choice(query, "format", [("json", false), ("csv", true)], default: false)
        let output = CentralityOutput(
            network: network, funding: funding, options: CentralityReport.Options(measures: measures, samples: samples), language: language, notes: notes)
        if csv { return .download(Data(output.csv().utf8), contentType: "text/csv; charset=utf-8", filename: exportName("centrality", "csv")) }
        return .json(try output.json())
    }

    private func overlap(_ query: [String: String]) throws -> HTTPAnswer {
        var threshold = OverlapFinder.defaultThreshold
        if let text = query["threshold"] {
            guard let value = Double(text), (0...1).contains(value) else { throw QueryRefusal(answer: .problem(400, words.badThreshold(text))) }
            threshold = value
        }
        let top = try count(query, "top", default: 20)
        let output = OverlapOutput(finder: OverlapFinder(network, options: .init(threshold: threshold)), network: network, threshold: threshold, language: language)
        return .json(try output.json(top: top))
    }

    // MARK: Organisations and cards

    /// Every organisation under the filter with its ties and betweenness: the map as a table.
    private func organisations() -> HTTPAnswer {
        let context = NetworkContext(network)
        let graph = context.collaborationGraph
        let betweenness = context.betweenness
        let provenance = FindingProvenance(network)
        let rows: [JSONValue] = network.organisations.map { organisation in
            let node = graph.index(of: organisation.id)
            return .object([
                "id": .string(organisation.id), "name": .string(organisation.name), "type": .string(organisation.type.rawValue),
                "typeName": .string(words.typeName(organisation.type)),
                "sectors": .array(organisation.sectors.map(JSONValue.string)), "area": organisation.area.map(JSONValue.string) ?? .null,
                "ties": .integer(node.map { graph.neighbours(of: $0).count } ?? 0),
                "betweenness": node.map { .number(betweenness.indices.contains($0) ? betweenness[$0] : 0) } ?? .null,
                "illustrative": .bool(!provenance.isEmpty && provenance.organisationRestsOnIllustrative(organisation.id)),
            ])
        }
        // Projects and priorities by name, for findings that name them (overlapping projects,
        // unfunded projects, uncovered priorities).
        var others: [String: JSONValue] = [:]
        for project in network.projects { others[project.id] = .string(project.name) }
        for priority in network.priorities { others[priority.id] = .string(priority.name) }
        return .json(.object(["organisations": .array(rows), "names": .object(others)]))
    }

    private func card(_ query: [String: String]) -> HTTPAnswer {
        guard let id = query["id"], !id.isEmpty else { return .problem(400, words.badValue("id", "", [])) }
        guard let card = OrganisationCard(id: id, network: network, whole: whole, language: language) else {
            return .problem(404, words.noOrganisation(id, suggestion: Suggestion.closest(to: id, in: network.organisations.map(\.id))))
        }
        return .json(card.json)
    }

    // MARK: Maps and exports

    private func mapDOT(_ query: [String: String]) throws -> DOTGraph {
        let viewText = query["view"] ?? "partnerships"
        guard let view = NetworkMap.View(parsing: viewText) else {
            throw QueryRefusal(answer: .problem(400, words.badValue("view", viewText, ["partnerships", "funding", "overlap", "ego:ID"])))
        }
        do {
            var graph = try NetworkMap.dot(network, view: view, language: language)
            if let line = language.editWords.filter(filter, in: whole) {
                // The filter is part of what is drawn: the map says it under its title.
                switch graph.graphAttributes[.label] {
                case .label(let title), .text(let title): graph.graphAttributes[.label] = .label(title + "\n" + line)
                default: graph.graphAttributes[.label] = .label(line)
                }
            }
            return graph
        } catch {
            throw QueryRefusal(answer: .problem(422, error.description(in: language)))
        }
    }

    private func map(_ query: [String: String]) throws -> HTTPAnswer {
        let format = try choice(query, "format", [("svg", GraphvizRenderer.Format.svg), ("png", .png), ("pdf", .pdf), ("dot", .dot)], default: .svg)
        let graph = try mapDOT(query)
        let download = try choice(query, "download", [("1", true)], default: false)
        if format == .dot {
            let dot = DOTWriter.write(graph)
            return .download(Data(dot.utf8), contentType: "text/vnd.graphviz; charset=utf-8", filename: exportName("map", "dot"))
        }
        let data = try GraphvizRenderer.shared().render(dot: DOTWriter.write(graph), format: format)
        let type = ["svg": "image/svg+xml", "png": "image/png", "pdf": "application/pdf"][format.rawValue]!
        if download || format != .svg { return .download(data, contentType: type, filename: exportName("map", format.rawValue)) }
        return HTTPAnswer(status: 200, contentType: type, body: data)
    }

    private func export(_ query: [String: String]) throws -> HTTPAnswer {
        let format = query["format"] ?? ""
        switch format {
        case "graphml", "gexf":
            let funding = try choice(query, "view", [("partnerships", false), ("funding", true)], default: false)
            if funding, network.funding.isEmpty { return .problem(422, words.noFunding) }
            let content: NetworkFileExport.Content = funding ? .funding : .partnerships
            let text = format == "graphml" ? NetworkFileExport.graphML(network, content: content) : NetworkFileExport.gexf(network, content: content)
            return .download(Data(text.utf8), contentType: "application/xml; charset=utf-8", filename: exportName(funding ? "funding" : "partnerships", format))
        case "json":
            return .download(
                Data(try NetworkFileExport.json(network, language: language).utf8), contentType: "application/json; charset=utf-8", filename: exportName("network", "json"))
        case "csv":
            let table = try choice(
                query, "table", [("gaps", "gaps"), ("centrality", "centrality"), ("overlap", "overlap"), ("recommend", "recommend"), ("survey", "survey")],
                default: "gaps")
            let text: String
            switch table {
            case "gaps": text = StructureOutput.csv(GapFinder(network).gaps, sentences: sentences)
            case "centrality":
                text = CentralityOutput(network: network, options: CentralityReport.Options(measures: [.degree, .betweenness, .closeness, .constraint]), language: language).csv()
            case "overlap":
                text = OverlapOutput(finder: OverlapFinder(network), network: network, threshold: OverlapFinder.defaultThreshold, language: language).csv()
            case "recommend": text = StructureOutput.csv(PartnershipRecommender(network).recommendations, sentences: sentences)
            default:
                guard SurveyScores.hasAnswers(network) else { return .problem(404, words.noSurvey) }
                text = SurveyOutput(SurveyScores(network), network: network, language: language).csv()
            }
            return .download(Data(text.utf8), contentType: "text/csv; charset=utf-8", filename: exportName(table, "csv"))
        default:
            return .problem(400, words.badValue("format", format, ["graphml", "gexf", "json", "csv"]))
        }
    }

    /// A download's name: what it is, the filter's options, the extension; ASCII only, so that no
    /// text of the file reaches a header (`gaps-sector-health.csv`).
    func exportName(_ what: String, _ ext: String) -> String {
        let parts = filter.arguments.map { argument in
            String(argument.lowercased().unicodeScalars.map { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) ? Character($0) : "-" })
        }
        var name = ([what] + parts).joined(separator: "-")
        while name.contains("--") { name = name.replacingOccurrences(of: "--", with: "-") }
        return String(name.prefix(120)).trimmingCharacters(in: CharacterSet(charactersIn: "-")) + "." + ext
    }

    /// An argument as a shell reads it back.
    static func shellWord(_ word: String) -> String {
        word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@".contains($0) } && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
