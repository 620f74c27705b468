import Foundation

/// Turns a ``RawDocument`` into a ``Network``, checking everything the network file
/// contract promises: ids well formed and unique, every reference resolved, weights within
/// 1..5, amounts finite and not negative, currencies of three letters, dates in order,
/// memberships only on councils and networks.
///
/// It reports every problem it finds, never only the first, and yields a network only when
/// there is none, so nothing is ever half-loaded.
struct NetworkBuilder {
    /// The raw entries; released once read (`run`), so a large file is not held beside its model.
    private var document: RawDocument
    private var diagnostics: [Diagnostic] = []

    /// Warnings found while building: things that load but deserve a look.
    private var warnings: [Diagnostic] = []

    static func build(_ document: consuming RawDocument, defaultName: String) -> Result<Network, NetworkLoadError> {
        buildWithWarnings(consume document, defaultName: defaultName).result
    }

    /// The network (or every problem, causes first) and the warnings about it.
    static func buildWithWarnings(_ document: consuming RawDocument, defaultName: String) -> (result: Result<Network, NetworkLoadError>, warnings: [Diagnostic]) {
        var builder = NetworkBuilder(document: consume document)
        let network = builder.run(defaultName: defaultName)
        guard builder.diagnostics.isEmpty else {
            return (.failure(NetworkLoadError(DiagnosticOrder.arrange(builder.diagnostics))), [])
        }
        return (.success(network), DiagnosticOrder.arrange(builder.warnings))
    }

    private init(document: consuming RawDocument) {
        self.document = document
    }

    private mutating func run(defaultName: String) -> Network {
        var header = FieldReader(document.header, file: document.headerFile, entity: .network)
        let translatedName = Translation(fr: header.text("nameFr"), en: header.text("nameEn"))
        let name = header.text("name") ?? translatedName.fr ?? translatedName.en ?? defaultName
        let expectedSectors = header.list("expectedSectors")
        let framework = Self.framework(&header)
        diagnostics += header.diagnostics

        let sources = readSection("sources", entity: .source) { reader in
            Source(
                id: reader.text("id", required: true) ?? "", title: reader.text("title", required: true) ?? "",
                publisher: reader.text("publisher"), date: reader.yearMonth("date").map { _ in reader.text("date") ?? "" },
                place: reader.text("place"), url: reader.text("url"), location: reader.text("location"),
                year: reader.year("year"))
        }
        let priorities = readSection("priorities", entity: .priority) { reader in
            let (name, translated) = Self.name(&reader)
            var priority = Priority(
                id: reader.text("id", required: true) ?? "", name: name, themes: reader.list("themes"), sources: reader.list("sources"))
            priority.translatedName = translated
            return priority
        }
        let organisations = readSection("organisations", entity: .organisation, Self.organisation)
        let projects = readSection("projects", entity: .project, Self.project)
        let partnerships = readSection("partnerships", entity: .partnership, Self.partnership)
        let memberships = readSection("memberships", entity: .membership, Self.membership)
        let funding = readSection("funding", entity: .funding, Self.fundingFlow)
        let programmeNames = readProgrammeNames(funding)
        let responses = readSection("responses", entity: .surveyAnswer, Self.response)
        // The raw rows are no longer needed: let them go before the checks build their tables.
        document.sections.removeAll()

        var built = Network(
            name: name, sources: sources.values, expectedSectors: expectedSectors,
            priorities: priorities.values, organisations: organisations.values,
            projects: projects.values, partnerships: partnerships.values,
            memberships: memberships.values, funding: funding.values, responses: responses.values)
        built.translatedName = translatedName
        built.programmeNames = programmeNames
        // Characteristics declared on a project name the framework, as `framework:` does.
        built.framework = framework ?? (projects.values.contains { !$0.characteristics.isEmpty } ? Framework.welcomingCommunities.id : nil)
        let network = built
        // The checks read the network and the sections and nothing of one another: run them at
        // once, and keep their problems in the order they have always come in.
        let found = DeterministicParallel.map(partitions: 4) { task, _ -> [Diagnostic] in
            switch task {
            case 0: Self.checkIDs(network, sources: sources, priorities: priorities, organisations: organisations, projects: projects)
            case 1:
                Self.checkReferences(
                    network, sources: sources, priorities: priorities, organisations: organisations,
                    projects: projects, partnerships: partnerships, memberships: memberships, funding: funding)
                    + Self.checkResponses(network, responses: responses)
            case 2: Self.checkRepeats(network, partnerships: partnerships, memberships: memberships, funding: funding)
            default: Self.findWarnings(network, organisations: organisations, projects: projects, funding: funding)
            }
        }
        diagnostics += found[0] + found[1] + found[2]
        // Warnings only matter for a network that loads.
        if diagnostics.isEmpty { warnings += found[3] }
        return network
    }

    // What each entry of a section becomes. Static and pure, so entries can be read at once.

    /// An entry's name and its translations: `name` may be left out when `nameFr` or `nameEn` is given.
    private static func name(_ reader: inout FieldReader) -> (String, Translation) {
        let translated = Translation(fr: reader.text("nameFr"), en: reader.text("nameEn"))
        let name = reader.text("name", required: translated.isEmpty) ?? translated.fr ?? translated.en ?? ""
        return (name.isEmpty ? translated.fr ?? translated.en ?? "" : name, translated)
    }

    private static func organisation(_ reader: inout FieldReader) -> Organisation {
        let (name, translated) = Self.name(&reader)
        var organisation = Organisation(
            id: reader.text("id", required: true) ?? "", name: name,
            type: reader.choice("type", of: OrganisationType.self, aliases: Self.typeAliases) ?? .other,
            sectors: reader.list("sectors"), area: reader.text("area"), sources: reader.list("sources"),
            illustrative: reader.flag("illustrative"), notes: reader.text("notes"),
            since: reader.yearMonth("since"), until: reader.yearMonth("until"),
            registration: reader.text("registration"), responded: reader.optionalFlag("responded"),
            membersComplete: reader.flag("membersComplete"), expectedSectors: reader.list("expectedSectors"),
            partOf: reader.text("partOf"), outcome: Self.outcome(&reader), contributes: reader.list("contributes").map { $0.lowercased() },
            article: reader.choice("article", of: FrenchArticle.self, aliases: ["l'": .elided, "l": .elided, "aucun": .none, "-": .none]))
        organisation.translatedName = translated
        organisation.place = Place(
            region: reader.text("region"), city: reader.text("city"), postalCode: reader.text("postalCode"), district: reader.text("district"))
        organisation.recipientType = reader.text("recipientType")?.lowercased()
        return organisation
    }

    /// A respondent's answer to "how successful has the partnership been?", 1 to 5.
    private static func outcome(_ reader: inout FieldReader) -> Int? {
        guard let (value, _) = reader.number("outcome") else { return nil }
        guard [1, 2, 3, 4, 5].contains(value) else {
            reader.report(.invalidValue(field: "outcome", value: AmountText.plain(value), expected: .outcome), at: "outcome")
            return nil
        }
        return Int(value)
    }

    /// The framework the header names, one PartnerMap knows.
    private static func framework(_ reader: inout FieldReader) -> String? {
        guard let text = reader.text("framework") else { return nil }
        guard let framework = Framework.named(text) else {
            reader.report(.invalidValue(field: "framework", value: text, expected: .oneOf(Framework.known.map(\.id))), at: "framework")
            return nil
        }
        return framework.id
    }

    /// A project's declared characteristics, each one of the welcoming-community framework's,
    /// written as the framework writes it (`Health-Care` reads as `health-care`).
    private static func characteristics(_ reader: inout FieldReader) -> [String] {
        let ids = Framework.welcomingCommunities.characteristics.map(\.id)
        var found: [String] = []
        for written in reader.list("characteristics") {
            let id = String(written.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
            guard ids.contains(id) else {
                reader.report(
                    .unknownReference(field: "characteristics", id: written, expected: .characteristic, suggestion: Suggestion.closest(to: id, in: ids)),
                    at: "characteristics")
                continue
            }
            if !found.contains(id) { found.append(id) }
        }
        return found
    }

    private static func project(_ reader: inout FieldReader) -> Project {
        let (name, translatedName) = Self.name(&reader)
        let translatedObjectives = Translation(fr: reader.text("objectivesFr"), en: reader.text("objectivesEn"))
        let objectives = reader.text("objectives") ?? translatedObjectives.fr ?? translatedObjectives.en ?? ""
        let organisations = reader.list("organisations")
        if organisations.isEmpty { reader.report(.missingField("organisations", entity: .project), at: "organisations") }
        let language = reader.choice("language", of: Language.self, aliases: Self.languageAliases)
        var project = Project(
            id: reader.text("id", required: true) ?? "", name: name, organisations: organisations,
            objectives: objectives, themes: reader.list("themes"), targetGroups: reader.list("targetGroups"),
            area: reader.text("area"), language: language ?? LanguageDetector.detect(name + " " + objectives),
            start: reader.yearMonth("start"), end: reader.yearMonth("end"), sources: reader.list("sources"),
            illustrative: reader.flag("illustrative"), notes: reader.text("notes"),
            serviceLanguage: reader.choice("serviceLanguage", of: Language.self, aliases: Self.languageAliases))
        project.translatedName = translatedName
        project.translatedObjectives = translatedObjectives
        project.characteristics = Self.characteristics(&reader)
        return project
    }

    private static func partnership(_ reader: inout FieldReader) -> Partnership {
        let organisations = reader.list("organisations")
        if organisations.isEmpty {
            reader.report(.missingField("organisations", entity: .partnership), at: "organisations")
        } else if organisations.count != 2 {
            reader.report(.partnershipSize(count: organisations.count), at: "organisations")
        }
        var weight = 1.0
        if let (value, _) = reader.number("weight") {
            weight = value
            if !(1...5).contains(value) { reader.report(.weightOutOfRange(value), at: "weight") }
        }
        func score(_ key: String) -> Double? {
            guard let (value, _) = reader.number(key) else { return nil }
            if !(1...4).contains(value) { reader.report(.invalidValue(field: key, value: AmountText.plain(value), expected: .indicator), at: key) }
            return value
        }
        let reported = reader.choice("reported", of: Partnership.Reported.self)
        let trust = score("trust")
        let value = score("value")
        var partnership = Partnership(
            organisations.first ?? "", organisations.dropFirst().first ?? "", type: reader.text("type"),
            weight: weight, since: reader.yearMonth("since"), until: reader.yearMonth("until"),
            reported: reported, trust: trust, value: value, sources: reader.list("sources"),
            illustrative: reader.flag("illustrative"), notes: reader.text("notes"))
        partnership.organisations = organisations
        return partnership
    }

    private static func membership(_ reader: inout FieldReader) -> Membership {
        Membership(
            organisation: reader.text("organisation", required: true) ?? "", body: reader.text("body", required: true) ?? "",
            role: reader.choice("role", of: MembershipRole.self, aliases: Self.roleAliases) ?? .member,
            since: reader.yearMonth("since"), until: reader.yearMonth("until"), sources: reader.list("sources"), illustrative: reader.flag("illustrative"),
            notes: reader.text("notes"))
    }

    private static func response(_ reader: inout FieldReader) -> SurveyResponse {
        func score(_ key: String) -> Double? {
            guard let (value, _) = reader.number(key) else { return nil }
            if ![1, 2, 3, 4].contains(value) {
                reader.report(.invalidValue(field: key, value: AmountText.plain(value), expected: .indicator), at: key)
            }
            return value
        }
        let rated = reader.text("rated")
        let contributions = reader.list("contributions").map { $0.lowercased() }
        for kind in contributions where !SurveyResponse.contributionKinds.contains(kind) && Self.contributionAliases[kind] == nil {
            reader.report(.invalidValue(field: "contributions", value: kind, expected: .anyOf(SurveyResponse.contributionKinds)), at: "contributions")
        }
        return SurveyResponse(
            rater: reader.text("rater", required: true) ?? "", rated: rated,
            frequency: reader.choice("frequency", of: SurveyResponse.Frequency.self, aliases: Self.frequencyAliases),
            openness: score("openness"), reliability: score("reliability"), mission: score("mission"),
            power: score("power"), resources: score("resources"), involvement: score("involvement"),
            level: reader.choice("level", of: SurveyResponse.RelationshipLevel.self, aliases: Self.levelAliases),
            contributions: contributions.map { Self.contributionAliases[$0] ?? $0 })
    }

    /// The words a French questionnaire uses for frequency, level and contributions.
    static let frequencyAliases: [String: SurveyResponse.Frequency] = [
        "annuelle": .yearly, "annuel": .yearly, "annually": .yearly, "trimestrielle": .quarterly, "trimestriel": .quarterly,
        "mensuelle": .monthly, "mensuel": .monthly, "hebdomadaire": .weekly, "quotidienne": .daily, "quotidien": .daily,
    ]
    static let levelAliases: [String: SurveyResponse.RelationshipLevel] = [
        "sensibilisation": .awareness, "connaissance": .awareness, "coopération": .cooperation, "cooperation": .cooperation,
        "intégration": .integration,
    ]
    static let contributionAliases: [String: String] = [
        "financement": "funding", "argent": "funding", "en-nature": "in-kind", "in kind": "in-kind", "nature": "in-kind",
        "données": "data", "donnees": "data", "expertise": "expertise", "bénévoles": "volunteers", "benevoles": "volunteers",
        "locaux": "space", "espace": "space", "références": "referrals", "references": "referrals", "référence": "referrals",
        "reference": "referrals", "bénévole": "volunteers", "donnée": "data", "autre": "other", "autres": "other",
    ]

    /// Survey answers: rater and partner on the roster, no one rating itself, one answer per pair.
    private static func checkResponses(_ network: Network, responses: Section<SurveyResponse>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var answered: [IDPair: Int] = [:]
        func known(_ id: String, field: String, _ place: EntryPlace) {
            guard !id.isEmpty, network.organisationPosition(id) == nil else { return }
            diagnostics.append(
                Diagnostic(
                    file: place.file, line: place.line(of: field),
                    problem: .unknownReference(
                        field: field, id: id, expected: .rosterMember,
                        suggestion: Suggestion.closest(to: id, in: network.organisations.map(\.id).sorted()))))
        }
        for entry in responses {
            let answer = entry.value
            known(answer.rater, field: "rater", entry.place)
            guard let rated = answer.rated else { continue }
            known(rated, field: "rated", entry.place)
            if rated == answer.rater {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "rated"), problem: .selfRating(rated)))
                continue
            }
            // Ordered: A rating B and B rating A are two answers, not a repeat.
            let key = IDPair(ordered: answer.rater, rated)
            if let first = answered[key] {
                diagnostics.append(
                    Diagnostic(
                        file: entry.place.file, line: entry.place.line,
                        problem: .repeatedAnswer(rater: answer.rater, rated: rated, firstLine: first)))
            } else {
                answered[key] = entry.place.line
            }
        }
        return diagnostics
    }

    private static func fundingFlow(_ reader: inout FieldReader) -> FundingFlow {
        let from = reader.text("from", required: true) ?? ""
        let to = reader.text("to", required: true) ?? ""
        var currency: String?
        if let code = reader.text("currency") {
            currency = code.uppercased()
            if code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                reader.report(.invalidCurrency(code), at: "currency")
            }
        }
        var amount = 0.0
        if let (value, named) = reader.amount("amount", currency: currency) {
            amount = value
            currency = currency ?? named
            if value < 0 { reader.report(.negativeAmount(value), at: "amount") }
        } else if !reader.isWritten("amount") {
            reader.report(.missingField("amount", entity: .funding), at: "amount")
        }
        let (year, fiscal) = reader.yearOrFiscalYear("year")
        var start = reader.yearMonth("start")
        var end = reader.yearMonth("end")
        if let fiscal {
            if start != nil || end != nil {
                reader.report(.invalidValue(field: "year", value: reader.text("year") ?? "", expected: .yearOrPeriod), at: "year")
            }
            start = fiscal.start
            end = fiscal.end
        }
        // The programme's names in each language are gathered once per programme
        // (`programmeNames`); a flow that gives only them is named by them.
        let programmeFr = reader.text("programmeFr")
        let programmeEn = reader.text("programmeEn")
        return FundingFlow(
            from: from, to: to, amount: amount, currency: currency ?? "CAD", year: year,
            start: start, end: end, programme: reader.text("programme") ?? programmeFr ?? programmeEn,
            sources: reader.list("sources"), illustrative: reader.flag("illustrative"), notes: reader.text("notes"),
            awarded: reader.yearMonth("awarded"), area: reader.text("area"))
    }

    /// The same partnership (in either order), the same seat or the same funding row entered
    /// twice: summing them would double a tie or a grant without anyone deciding it.
    private static func checkRepeats(
        _ network: Network, partnerships: Section<Partnership>, memberships: Section<Membership>, funding: Section<FundingFlow>
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // A pair may come back in a file that follows the network over time, for periods
        // that do not overlap (weight 1 until 2010, weight 2 since 2011).
        // The first entry of each pair is kept as its index; only pairs that come back get a list.
        // Pairs are keyed by the positions of their two organisations, eight bytes where two ids
        // take thirty-two; pairs naming an unknown id (reported elsewhere) by the ids themselves.
        var byPositions = EntriesByKey<UInt64>(capacity: partnerships.count)
        var byIDs = EntriesByKey<IDPair>(capacity: 0)
        for index in partnerships.indices where partnerships.values[index].organisations.count == 2 {
            let partnership = partnerships.values[index]
            let (a, b) = (partnership.organisations[0], partnership.organisations[1])
            let earlier: [Int]
            if let p = network.organisationPosition(a), let q = network.organisationPosition(b) {
                earlier = byPositions.add(index, for: UInt64(min(p, q)) << 32 | UInt64(max(p, q)))
            } else {
                earlier = byIDs.add(index, for: IDPair(a, b))
            }
            if let clash = earlier.first(where: {
                Self.overlap(partnerships.values[$0].since, partnerships.values[$0].until, partnership.since, partnership.until)
            }) {
                let place = partnerships[index].place
                let pair = IDPair(a, b)
                diagnostics.append(
                    Diagnostic(
                        file: place.file, line: place.line(of: "organisations"),
                        problem: .repeatedPartnership(
                            pair.low, pair.high, firstLine: partnerships[clash].place.line(of: "organisations"))))
            }
        }
        var seats: [[String]: Int] = [:]
        for entry in memberships where !entry.value.organisation.isEmpty && !entry.value.body.isEmpty {
            let key = [entry.value.organisation, entry.value.body]
            if let first = seats[key] {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line, problem: .repeatedMembership(key[0], body: key[1], firstLine: first)))
            } else {
                seats[key] = entry.place.line
            }
        }
        // Rows are kept by their key's hash (eight bytes, where the key's texts take a hundred:
        // a national file has a million rows), and compared in full only when hashes meet.
        var flows = EntriesByKey<Int>(capacity: funding.count)
        for index in funding.indices {
            let flow = funding.values[index]
            let key = FundingRowKey(flow)
            if let first = flows.add(index, for: key.hashValue).first(where: { FundingRowKey(funding.values[$0]) == key }) {
                let place = funding[index].place
                diagnostics.append(
                    Diagnostic(file: place.file, line: place.line, problem: .repeatedFunding(from: flow.from, to: flow.to, firstLine: funding[first].place.line)))
            }
        }
        return diagnostics
    }

    /// Whether two periods share a year; a missing end is open.
    private static func overlap(_ since1: YearMonth?, _ until1: YearMonth?, _ since2: YearMonth?, _ until2: YearMonth?) -> Bool {
        let start1 = since1?.monthIndex(defaultMonth: 1) ?? .min
        let end1 = until1?.monthIndex(defaultMonth: 12) ?? .max
        let start2 = since2?.monthIndex(defaultMonth: 1) ?? .min
        let end2 = until2?.monthIndex(defaultMonth: 12) ?? .max
        return start1 <= end2 && start2 <= end1
    }

    /// Two ids in sorted order: a partnership's key in either order, without an array.
    private struct IDPair: Hashable {
        var low: String, high: String
        init(_ a: String, _ b: String) { (low, high) = a < b ? (a, b) : (b, a) }
        /// The pair in the order given (who rated whom).
        init(ordered a: String, _ b: String) { (low, high) = (a, b) }
    }

    /// Entries by a key, in the order they came: the first as a bare index, since most keys
    /// (partnership pairs) come once; only keys that come back get a list.
    private struct EntriesByKey<Key: Hashable> {
        private var first: [Key: Int] = [:]
        private var more: [Key: [Int]] = [:]

        init(capacity: Int) { first.reserveCapacity(capacity) }

        /// Records `index` under `key`; returns the indices recorded under it before, in order.
        mutating func add(_ index: Int, for key: Key) -> [Int] {
            guard let earliest = first[key] else {
                first[key] = index
                return []
            }
            let earlier = [earliest] + (more[key] ?? [])
            more[key, default: []].append(index)
            return earlier
        }
    }

    private struct FundingRowKey: Hashable {
        var from: String, to: String, amount: Double, currency: String, year: Int?
        var start: YearMonth?, end: YearMonth?, programme: String?

        init(_ flow: FundingFlow) {
            (from, to, amount, currency, year) = (flow.from, flow.to, flow.amount, flow.currency, flow.year)
            (start, end, programme) = (flow.start, flow.end, flow.programme)
        }
    }

    /// What loads but deserves a look: an organisation tied to nothing, a project without
    /// objectives (overlap cannot compare it), funding without a year or period.
    private static func findWarnings(
        _ network: Network, organisations: Section<Organisation>, projects: Section<Project>, funding: Section<FundingFlow>
    ) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        var tied = Set<String>(minimumCapacity: network.organisations.count)
        for partnership in network.partnerships { tied.formUnion(partnership.organisations) }
        for membership in network.memberships {
            tied.insert(membership.organisation)
            tied.insert(membership.body)
        }
        for project in network.projects where project.organisations.count > 1 { tied.formUnion(project.organisations) }
        for flow in network.funding {
            tied.insert(flow.from)
            // Funding a project ties its organisations.
            if let project = network.projectPosition(flow.to) {
                tied.formUnion(network.projects[project].organisations)
            } else {
                tied.insert(flow.to)
            }
        }
        for entry in organisations where !tied.contains(entry.value.id) {
            warnings.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "id"), problem: .organisationWithoutTies(entry.value.id), severity: .warning))
        }
        for entry in projects where entry.value.objectives.isEmpty && entry.value.themes.isEmpty {
            warnings.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "id"), problem: .projectWithoutObjectives(entry.value.id), severity: .warning))
        }
        for entry in funding where entry.value.year == nil && entry.value.start == nil && entry.value.end == nil {
            warnings.append(
                Diagnostic(file: entry.place.file, line: entry.place.line, problem: .fundingWithoutYear(from: entry.value.from, to: entry.value.to), severity: .warning))
        }
        return warnings
    }

    /// An entry as read, with where it was written.
    private struct Entry<Value> {
        var value: Value
        var place: EntryPlace
    }

    /// A section's values, which become the network's arrays as they are (no copy), and where
    /// each was written: a CSV of a million partnerships is not held twice.
    private struct Section<Value: Sendable>: RandomAccessCollection, Sendable {
        var values: [Value] = []
        var lines: [EntryLines] = []
        let file: String

        var startIndex: Int { 0 }
        var endIndex: Int { values.count }
        subscript(position: Int) -> Entry<Value> {
            Entry(value: values[position], place: EntryPlace(file: file, lines: lines[position]))
        }
    }

    /// A section's entries and where each was written, with every problem found in them.
    ///
    /// Entries are read in chunks on all cores (a CSV folder of 100,000 organisations has about
    /// half a million rows), each written straight to its place in the section, so the result
    /// and the order of its problems are those of reading row after row.
    private mutating func readSection<Value>(
        _ section: String, entity: Problem.Entity, _ make: @Sendable (inout FieldReader) -> Value
    ) -> Section<Value> {
        let records = document.sections[section] ?? RawSection([])
        let file = document.file(of: section)
        let layouts = EntryLayouts()
        let read = ChunkedFill.fill(count: records.count, chunk: Self.entriesPerChunk) { index, problems -> (Value, EntryLines) in
            let record = records[index]
            var reader = FieldReader(record, file: file, entity: entity)
            let value = make(&reader)
            reader.finish()
            problems += reader.diagnostics
            return (value, EntryLines(record, layouts: layouts))
        }
        diagnostics += read.problems
        // The raw entries are let go as soon as their section is built, but the funding's, whose
        // programme names are read next (`readProgrammeNames`).
        if section != "funding" { document.sections[section] = nil }
        return Section(values: read.first, lines: read.second, file: file)
    }

    /// Each programme's names in French and in English, from the funding entries that give
    /// them (`programmeFr`, `programmeEn`); two different names for one programme in one
    /// language are a problem, since neither can be chosen for it.
    private mutating func readProgrammeNames(_ funding: Section<FundingFlow>) -> [String: Translation] {
        guard let records = document.sections["funding"] else { return [:] }
        var names: [String: Translation] = [:]
        var firstLines: [String: Int] = [:]
        for index in records.indices {
            let record = records[index]
            guard record["programmeFr"] != nil || record["programmeEn"] != nil, let programme = funding.values[index].programme else { continue }
            // Read as the entry was (its problems are already reported), for the trimmed texts.
            var reader = FieldReader(record, file: funding.file, entity: .funding)
            for (field, language) in [("programmeFr", Language.fr), ("programmeEn", .en)] {
                guard let name = reader.text(field) else { continue }
                let key = programme + "\u{0}" + field
                if let first = names[programme]?[language], first != name {
                    diagnostics.append(
                        Diagnostic(
                            file: funding.file, line: reader.line(of: field),
                            problem: .programmeNamedTwice(programme: programme, field: field, name: name, first: first, firstLine: firstLines[key] ?? 0)))
                    continue
                }
                if firstLines[key] == nil { firstLines[key] = reader.line(of: field) }
                switch language {
                case .fr: names[programme, default: Translation()].fr = name
                case .en: names[programme, default: Translation()].en = name
                }
            }
        }
        return names
    }

    /// Rows per task when a section is read on all cores.
    static let entriesPerChunk = 16_384

    /// Ids are `[A-Za-z0-9._-]+`: safe in file names, URLs, DOT and spreadsheets alike.
    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || byte == 0x2E || byte == 0x5F || byte == 0x2D
            }
    }

    private static func checkIDs(
        _ network: Network, sources: Section<Source>, priorities: Section<Priority>,
        organisations: Section<Organisation>, projects: Section<Project>
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ id: String, _ reader: EntryPlace, first: EntryPlace?) {
            guard !id.isEmpty else { return }
            if !Self.isValidID(id) {
                diagnostics.append(Diagnostic(file: reader.file, line: reader.line(of: "id"), problem: .invalidID(id)))
            }
            if let first {
                diagnostics.append(Diagnostic(file: reader.file, line: reader.line(of: "id"), problem: .duplicateID(id, firstLine: first.line(of: "id"))))
            }
        }
        func check<Value>(_ section: Section<Value>, id: (Value) -> String) {
            var seen: [String: Int] = [:]
            for position in section.indices {
                let key = id(section.values[position])
                let first = seen[key]
                if first == nil { seen[key] = position }
                check(key, section[position].place, first: first.map { section[$0].place })
            }
        }
        check(sources, id: \.id)
        check(priorities, id: \.id)
        // Organisations and projects share one namespace: funding may go to either. The
        // network's id tables hold each id's first entry, so a repeat is an entry that is not it.
        for position in organisations.indices {
            let id = organisations.values[position].id
            let first = network.organisationPosition(id).flatMap { $0 == position ? nil : organisations[$0].place }
            check(id, organisations[position].place, first: first)
        }
        for position in projects.indices {
            let id = projects.values[position].id
            let first =
                network.organisationPosition(id).map { organisations[$0].place }
                ?? network.projectPosition(id).flatMap { $0 == position ? nil : projects[$0].place }
            check(id, projects[position].place, first: first)
        }
        return diagnostics
    }

    private static func checkReferences(
        _ network: Network, sources: Section<Source>, priorities: Section<Priority>,
        organisations: Section<Organisation>, projects: Section<Project>, partnerships: Section<Partnership>,
        memberships: Section<Membership>, funding: Section<FundingFlow>
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sourceIDs = Set(network.sources.map(\.id))
        // The network keeps id tables (the first entry of a repeated id): no second copy here.
        func reference(_ id: String, field: String, in reader: EntryPlace, organisationsOnly: Bool) {
            guard !id.isEmpty else { return }
            if network.organisationPosition(id) != nil { return }
            let isProject = network.projectPosition(id) != nil
            if !organisationsOnly, isProject { return }
            let organisationIDs = Set(network.organisations.map(\.id))
            let candidates = organisationsOnly ? Array(organisationIDs) : Array(organisationIDs.union(network.projects.map(\.id)))
            let expected: Problem.Expectation = isProject ? .organisationNotProject : (organisationsOnly ? .organisationInFile : .organisationOrProject)
            diagnostics.append(
                Diagnostic(
                    file: reader.file, line: reader.line(of: field),
                    problem: .unknownReference(field: field, id: id, expected: expected, suggestion: Suggestion.closest(to: id, in: candidates.sorted()))))
        }
        func citations(_ ids: [String], in reader: EntryPlace) {
            for id in ids where !sourceIDs.contains(id) {
                diagnostics.append(
                    Diagnostic(
                        file: reader.file, line: reader.line(of: "sources"),
                        problem: .unknownReference(field: "sources", id: id, expected: .listedSource, suggestion: Suggestion.closest(to: id, in: sourceIDs.sorted()))))
            }
        }
        func dates(_ start: YearMonth?, _ end: YearMonth?, in reader: EntryPlace, endField: String = "end") {
            if let start, let end, end.monthIndex(defaultMonth: 12) < start.monthIndex(defaultMonth: 1) {
                diagnostics.append(Diagnostic(file: reader.file, line: reader.line(of: endField), problem: .endBeforeStart(start: start, end: end)))
            }
        }

        for entry in priorities { citations(entry.value.sources, in: entry.place) }
        for entry in organisations {
            citations(entry.value.sources, in: entry.place)
            if let parent = entry.value.partOf { reference(parent, field: "partOf", in: entry.place, organisationsOnly: true) }
            dates(entry.value.since, entry.value.until, in: entry.place, endField: "until")
        }
        for entry in projects {
            for id in entry.value.organisations { reference(id, field: "organisations", in: entry.place, organisationsOnly: true) }
            citations(entry.value.sources, in: entry.place)
            dates(entry.value.start, entry.value.end, in: entry.place)
        }
        for entry in partnerships {
            let ids = entry.value.organisations
            for id in ids { reference(id, field: "organisations", in: entry.place, organisationsOnly: true) }
            if ids.count == 2, ids[0] == ids[1] {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "organisations"), problem: .selfPartnership(ids[0])))
            }
            citations(entry.value.sources, in: entry.place)
            dates(entry.value.since, entry.value.until, in: entry.place, endField: "until")
        }
        for entry in memberships {
            let membership = entry.value
            reference(membership.organisation, field: "organisation", in: entry.place, organisationsOnly: true)
            reference(membership.body, field: "body", in: entry.place, organisationsOnly: true)
            if let body = network.organisationPosition(membership.body), case let type = network.organisations[body].type,
                type != .council, type != .network
            {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "body"), problem: .bodyNotCouncil(body: membership.body, type: type)))
            }
            if !membership.organisation.isEmpty, membership.organisation == membership.body {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "body"), problem: .selfMembership(membership.body)))
            }
            citations(membership.sources, in: entry.place)
            dates(membership.since, membership.until, in: entry.place, endField: "until")
        }
        for entry in funding {
            let flow = entry.value
            reference(flow.from, field: "from", in: entry.place, organisationsOnly: true)
            reference(flow.to, field: "to", in: entry.place, organisationsOnly: false)
            if !flow.from.isEmpty, flow.from == flow.to {
                diagnostics.append(Diagnostic(file: entry.place.file, line: entry.place.line(of: "to"), problem: .selfFunding(flow.from)))
            }
            dates(flow.start, flow.end, in: entry.place)
            citations(flow.sources, in: entry.place)
        }
        return diagnostics
    }

    static let typeAliases: [String: OrganisationType] = [
        "school": .schoolBoard, "schoolboard": .schoolBoard, "commission-scolaire": .schoolBoard,
        "non-profit": .nonprofit, "npo": .nonprofit, "obnl": .nonprofit, "community": .nonprofit,
        "municipality": .municipal, "city": .municipal, "ville": .municipal, "foundation": .funder,
        "fondation": .funder, "universite": .university, "université": .university, "business": .employer,
        "employeur": .employer, "sante": .health, "santé": .health, "conseil": .council, "reseau": .network, "réseau": .network,
    ]
    private static let languageAliases: [String: Language] = [
        "english": .en, "anglais": .en, "french": .fr, "français": .fr, "francais": .fr,
    ]
    private static let roleAliases: [String: MembershipRole] = [
        "cochair": .coChair, "co-président": .coChair, "coprésident": .coChair, "président": .chair,
        "presidente": .chair, "présidente": .chair, "president": .chair, "membre": .member,
        "exofficio": .exOfficio, "d'office": .exOfficio, "adviser": .advisor, "conseiller": .advisor,
    ]
}
