import Foundation
import PartnerMap
import PartnerMapGraphviz

/// The workspace's JSON API and page, as plain values: a request's method, path, query and
/// body in, an ``HTTPAnswer`` out. Every answer about the network is the JSON the matching
/// command prints (`partnermap gaps --format json` for `/api/gaps`), computed by the same
/// library code on the network as filtered, so a script gets what the page shows.
///
/// The HTTP server (``WorkspaceServer``) checks access first (``AccessGuard``); this type never
/// sees a request that did not pass.
struct WorkspaceAPI: Sendable {
    let file: WorkspaceFile
    /// The second file of `--compare`, read once.
    let compared: Network?
    /// The language of the page when the request does not name one.
    let language: ReportLanguage
    let cache = AnswerCache()

    /// A request as the API reads it.
    struct Call: Sendable {
        var method: String
        var path: String
        var query: [String: String]
        var body: Data
        /// The page token the answer to `GET /` hands the page.
        var newPageToken: String?
    }

    /// Every path the server answers; anything else is 404, and no path ever reaches the disk.
    static let paths: Set<String> = [
        "/", "/app.js", "/app.css", "/favicon.ico", "/api/openapi.json", "/api/state", "/api/words", "/api/form", "/api/organisations",
        "/api/summary", "/api/gaps", "/api/centrality", "/api/overlap", "/api/recommend", "/api/survey", "/api/compare",
        "/api/map", "/api/card", "/api/entries", "/api/export", "/api/report", "/api/page-token", "/api/edit", "/api/undo", "/api/save",
    ]

    /// The paths that change something, which take POST only.
    static let changes: Set<String> = ["/api/edit", "/api/undo", "/api/save"]

    func answer(_ call: Call) async -> HTTPAnswer {
        let language = call.query["lang"].flatMap(ReportLanguage.init(rawValue:)) ?? self.language
        return await answerInWords(call).typeset(for: language)
    }

    private func answerInWords(_ call: Call) async -> HTTPAnswer {
        let language = call.query["lang"].flatMap(ReportLanguage.init(rawValue:)) ?? self.language
        let words = WorkspacePageWords(language)
        guard Self.paths.contains(call.path) else { return .problem(404, words.notFound(call.path)) }
        if Self.changes.contains(call.path) != (call.method == "POST") { return Self.notAllowed(call.path, words: words) }
        if let bad = call.query["lang"], ReportLanguage(rawValue: bad) == nil { return .problem(400, words.badValue("lang", bad, ["en", "fr"])) }
        switch call.path {
        case "/": return page(language: language, pageToken: call.newPageToken ?? "")
        case "/app.js": return HTTPAnswer(status: 200, contentType: "text/javascript; charset=utf-8", body: Data(WorkspaceAssets.script.utf8))
        case "/favicon.ico": return HTTPAnswer(status: 204, contentType: "image/x-icon", body: Data())
        case "/app.css": return HTTPAnswer(status: 200, contentType: "text/css; charset=utf-8", body: Data(WorkspaceAssets.style.utf8))
        case "/api/openapi.json": return .json(WorkspaceAssets.openAPI)
        case "/api/words": return .json(.object(words.labels.mapValues(JSONValue.string)))
        case "/api/form": return .json(form(language: language))
        case "/api/page-token": return .json(.object(["pageToken": .string(call.newPageToken ?? "")]))
        case "/api/state": return await state(call, language: language)
        case "/api/entries": return await entries(call, words: words)
        case "/api/edit": return await edit(call, language: language)
        case "/api/undo":
            let undone = await file.undo()
            return undone ? await state(call, language: language) : .problem(409, words.nothingToUndo)
        case "/api/save": return await save(call, language: language)
        default: return await findings(call, language: language)
        }
    }

    /// 405, with the methods the path takes (`Allow`, as HTTP asks).
    static func notAllowed(_ path: String, words: WorkspacePageWords) -> HTTPAnswer {
        var answer = HTTPAnswer.problem(405, words.methodNotAllowed)
        answer.headers.append(("Allow", changes.contains(path) ? "POST" : "GET, HEAD"))
        return answer
    }

    // MARK: The page

    private func page(language: ReportLanguage, pageToken: String) -> HTTPAnswer {
        let html = WorkspaceAssets.page
            .replacingOccurrences(of: "{{lang}}", with: language.rawValue)
            .replacingOccurrences(of: "{{pageToken}}", with: pageToken)
            .replacingOccurrences(of: "{{title}}", with: WorkspacePageWords(language).labels["title"] ?? "PartnerMap")
        return HTTPAnswer(status: 200, contentType: "text/html; charset=utf-8", body: Data(html.utf8))
    }

    // MARK: State, forms and entries

    private func state(_ call: Call, language: ReportLanguage) async -> HTTPAnswer {
        await file.refreshFromDisk()
        let snapshot = await file.snapshot()
        let words = WorkspacePageWords(language)
        var object: [String: JSONValue] = [
            "name": .string(snapshot.network.name),
            "file": .string(URL(fileURLWithPath: file.path).lastPathComponent),
            "format": .string(file.format.rawValue),
            "editable": .bool(file.syntax != nil),
            "version": .integer(snapshot.version),
            "unsaved": .integer(snapshot.edits),
            "choices": await cache.choices(version: snapshot.version, language: language) { choices(snapshot.network, language: language) },
            "language": .string(language.rawValue),
            "compare": .bool(compared != nil),
            "survey": .bool(SurveyScores.hasAnswers(snapshot.network)),
            "funding": .bool(!snapshot.network.funding.isEmpty),
        ]
        if file.syntax == nil { object["readOnly"] = .string(words.readOnly(format: file.format.rawValue)) }
        if let notice = snapshot.notice {
            object["notice"] = .object(["version": .integer(notice.version), "text": .string(words.reloaded(kept: notice.kept, dropped: notice.dropped))])
        }
        if !snapshot.diskProblems.isEmpty {
            object["diskProblems"] = .array(snapshot.diskProblems.prefix(20).map { .string($0.description(in: language)) })
        }
        switch filter(call.query, network: snapshot.network, language: language) {
        case .success(let filter): if let line = language.editWords.filter(filter, in: snapshot.network) { object["filter"] = .string(line) }
        case .failure(let answer): return answer
        }
        return .json(.object(object))
    }

    /// The filter's menus, with each sector as the page's language says it.
    private func choices(_ network: Network, language: ReportLanguage) -> JSONValue {
        let choices = NetworkFilter.choices(in: network)
        let words = WorkspacePageWords(language)
        return .object([
            "sectorLabels": .object(Dictionary(uniqueKeysWithValues: choices.sectors.map { ($0, JSONValue.string(words.sectorName($0))) })),
            "sectors": .array(choices.sectors.map(JSONValue.string)),
            "types": .array(choices.types.map(JSONValue.string)),
            "areas": .array(choices.areas.map(JSONValue.string)),
            "councils": .array(choices.councils.map { .object(["id": .string($0[0]), "name": .string($0[1])]) }),
            "years": .array(choices.years.map(JSONValue.integer)),
            "hasIllustrative": .bool(choices.hasIllustrative),
            "hasReported": .bool(choices.hasReported),
            "characteristics": .array(
                choices.characteristics.map { id in
                    .object([
                        "id": .string(id),
                        "name": .string(FrameworkCoverage.framework(of: network).characteristic(id)?.name(in: language.spoken) ?? id),
                    ])
                }),
        ])
    }

    private func form(language: ReportLanguage) -> JSONValue {
        let words = language.editWords
        return .object(
            Dictionary(
                uniqueKeysWithValues: NetworkSection.allCases.map { section in
                    let fields: [JSONValue] = NetworkFileWriter.fieldKinds(of: section).map { field in
                        var object: [String: JSONValue] = ["name": .string(field.name), "label": .string(words.field(field.name))]
                        switch field.kind {
                        case .text: object["kind"] = .string("text")
                        case .number: object["kind"] = .string("number")
                        case .date: object["kind"] = .string("date")
                        case .flag: object["kind"] = .string("flag")
                        case .list: object["kind"] = .string("list")
                        case .choice(let words):
                            object["kind"] = .string("choice")
                            object["choices"] = .array(words.map(JSONValue.string))
                        }
                        return .object(object)
                    }
                    return (section.rawValue, .object(["label": .string(words.section(section)), "fields": .array(fields)]))
                }))
    }

    private func entries(_ call: Call, words: WorkspacePageWords) async -> HTTPAnswer {
        guard let name = call.query["section"], let section = NetworkSection(rawValue: name) else {
            return .problem(400, words.badValue("section", call.query["section"] ?? "", NetworkSection.allCases.map(\.rawValue)))
        }
        let network = await file.snapshot().network
        let items: [JSONValue] = (0..<section.count(in: network)).map { position in
            var fields: [String: JSONValue] = [:]
            for field in NetworkFileWriter.fields(of: section, at: position, in: network) {
                guard let value = field.value else { continue }
                switch value {
                case .text(let text), .keyword(let text): fields[field.name] = .string(text)
                case .number(let digits): fields[field.name] = Double(digits).map(JSONValue.number) ?? .string(digits)
                case .flag(let flag): fields[field.name] = .bool(flag)
                case .list(let items): fields[field.name] = .array(items.map(JSONValue.string))
                }
            }
            return .object([
                "position": .integer(position), "label": .string(Self.label(of: section, at: position, in: network, language: words.language)), "fields": .object(fields),
            ])
        }
        return .json(.object(["section": .string(section.rawValue), "entries": .array(items)]))
    }

    /// One line naming an entry in a list of entries.
    static func label(of section: NetworkSection, at position: Int, in network: Network, language: ReportLanguage) -> String {
        switch section {
        case .organisations: return network.organisations[position].name
        case .projects: return network.projects[position].name
        case .partnerships: return network.partnerships[position].organisations.map(network.displayName(of:)).joined(separator: " — ")
        case .memberships:
            let seat = network.memberships[position]
            return network.displayName(of: seat.organisation) + " → " + network.displayName(of: seat.body) + " (" + language.vocabulary.role(seat.role) + ")"
        case .funding:
            let flow = network.funding[position]
            return network.displayName(of: flow.from) + " → " + network.displayName(of: flow.to) + (language == .fr ? " : " : ": ") + language.amount(flow.amount, flow.currency)
                + (flow.year.map { " (\($0))" } ?? "")
        }
    }

    // MARK: Edits

    private func edit(_ call: Call, language: ReportLanguage) async -> HTTPAnswer {
        let words = WorkspacePageWords(language)
        let edit: EntryEdit
        do {
            edit = try JSONDecoder().decode(EntryEdit.self, from: call.body)
        } catch {
            return .problem(400, words.badEdit)
        }
        do throws(WorkspaceFile.EditRefusal) {
            let result = try await file.apply(edit)
            await cache.clear()
            let snapshot = await file.snapshot()
            return .json(
                .object([
                    "version": .integer(snapshot.version), "unsaved": .integer(snapshot.edits),
                    "lines": result.lines.map { .array([.integer($0.lowerBound), .integer($0.upperBound)]) } ?? .null,
                ]))
        } catch {
            return refused(error, language: language)
        }
    }

    private func refused(_ refusal: WorkspaceFile.EditRefusal, language: ReportLanguage) -> HTTPAnswer {
        let words = WorkspacePageWords(language)
        switch refusal {
        case .readOnly:
            return .problem(409, words.readOnly(format: file.format.rawValue))
        case .editor(let failure):
            return .problem(422, failure.description(in: language))
        case .problems(let diagnostics, let lines):
            let details: [JSONValue] = diagnostics.prefix(20).map { diagnostic in
                var object: [String: JSONValue] = ["message": .string(diagnostic.problem.message(in: language)), "text": .string(diagnostic.description(in: language))]
                if let line = diagnostic.line { object["line"] = .integer(line) }
                if let field = Self.field(of: diagnostic.problem), let line = diagnostic.line, lines?.contains(line) ?? false { object["field"] = .string(field) }
                return .object(object)
            }
            return .problem(422, words.notWritten, details: details)
        }
    }

    /// The field a problem is about, when it names one.
    static func field(of problem: Problem) -> String? {
        switch problem {
        case .missingField(let name, _): return name
        case .duplicateID: return "id"
        default: break
        }
        for child in Mirror(reflecting: problem).children {
            for inner in Mirror(reflecting: child.value).children where inner.label == "field" {
                if let name = inner.value as? String { return name }
            }
        }
        return nil
    }

    private func save(_ call: Call, language: ReportLanguage) async -> HTTPAnswer {
        let words = WorkspacePageWords(language)
        do throws(WorkspaceFile.SaveRefusal) {
            try await file.save()
            await cache.clear()
            return await state(call, language: language)
        } catch {
            await cache.clear()
            switch error {
            case .changedOnDisk: return .problem(409, words.changedOnDisk)
            case .nothingToSave: return .problem(409, words.nothingToSave)
            case .write(let reason): return .problem(500, words.cannotWrite(reason))
            }
        }
    }

    // MARK: Findings under a filter

    /// The filter a request's query asks for, checked against the network.
    func filter(_ query: [String: String], network: Network, language: ReportLanguage) -> Result<NetworkFilter, HTTPAnswer> {
        let words = WorkspacePageWords(language)
        var filter = NetworkFilter()
        // An empty sector, area or council is no filter (as "All" on the page); a type, a year or a
        // yes-or-no left empty is a mistake.
        func text(_ key: String) -> String? { query[key].flatMap { $0.isEmpty ? nil : $0 } }
        filter.sector = text("sector")
        filter.area = text("area")
        filter.council = text("council")
        filter.characteristic = text("characteristic")
        if let type = query["type"] {
            guard let parsed = OrganisationType(rawValue: type) else { return .failure(.problem(400, words.badValue("type", type, OrganisationType.allCases.map(\.rawValue)))) }
            filter.type = parsed
        }
        if let year = query["asOf"] {
            guard let parsed = Int(year), (1000...9999).contains(parsed) else { return .failure(.problem(400, words.badYear(year))) }
            filter.asOf = parsed
        }
        for (key, flag) in [("sourcedOnly", \NetworkFilter.sourcedOnly), ("confirmedOnly", \NetworkFilter.confirmedOnly)] {
            guard let value = query[key] else { continue }
            guard ["true", "false", "1", "0"].contains(value) else { return .failure(.problem(400, words.badValue(key, value, ["true", "false"]))) }
            filter[keyPath: flag] = value == "true" || value == "1"
        }
        let mismatches = filter.mismatches(in: network)
        if let first = mismatches.first {
            let problem = Problem.filterMatchesNothing(option: first.option, value: first.value, known: Array(first.known.prefix(20)), suggestion: first.suggestion)
            return .failure(.problem(400, problem.message(in: language)))
        }
        return .success(filter)
    }

    private func findings(_ call: Call, language: ReportLanguage) async -> HTTPAnswer {
        let snapshot = await file.snapshot()
        let key = call.path + "?" + call.query.sorted { $0.key < $1.key }.map { $0.key + "=" + $0.value }.joined(separator: "&")
        if let cached = await cache.answer(key, version: snapshot.version) { return cached }
        let filter: NetworkFilter
        switch self.filter(call.query, network: snapshot.network, language: language) {
        case .success(let value): filter = value
        case .failure(let answer): return answer
        }
        // Names in the page's language where the file gives them (`nameFr`, `nameEn`).
        let network = await cache.network(filter, version: snapshot.version) { filter.apply(to: snapshot.network) }.inLanguage(language.spoken)
        let answer = WorkspaceFindings(
            network: network, whole: snapshot.network, filter: filter, compared: compared, language: language, fileName: URL(fileURLWithPath: file.path).lastPathComponent
        ).answer(call.path, query: call.query)
        if answer.status == 200 { await cache.store(answer, for: key, version: snapshot.version) }
        return answer
    }
}

/// Answers already computed for this version of the network, and the networks filters gave:
/// the page asks for the same findings many times while a coordinator reads.
actor AnswerCache {
    private var version = 0
    private var answers: [String: HTTPAnswer] = [:]
    private var networks: [NetworkFilter: Network] = [:]
    /// At most this many answers are kept (maps and reports can be large).
    private let limit = 64

    func answer(_ key: String, version: Int) -> HTTPAnswer? {
        guard version == self.version else { return nil }
        return answers[key]
    }

    func store(_ answer: HTTPAnswer, for key: String, version: Int) {
        reset(to: version)
        if answers.count >= limit { answers.removeAll() }
        answers[key] = answer
    }

    func network(_ filter: NetworkFilter, version: Int, make: () -> Network) -> Network {
        reset(to: version)
        if let network = networks[filter] { return network }
        let network = make()
        if networks.count >= 8 { networks.removeAll() }
        networks[filter] = network
        return network
    }

    /// The filter's menus of this version in this language: the page asks for the state every
    /// second, and the menus change only with the file.
    func choices(version: Int, language: ReportLanguage, make: () -> JSONValue) -> JSONValue {
        reset(to: version)
        if let choices = menus[language] { return choices }
        let choices = make()
        menus[language] = choices
        return choices
    }

    private var menus: [ReportLanguage: JSONValue] = [:]

    func clear() {
        answers.removeAll()
        networks.removeAll()
        menus.removeAll()
    }

    private func reset(to version: Int) {
        guard version != self.version else { return }
        self.version = version
        clear()
    }
}
