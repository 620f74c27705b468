import Foundation

/// One grant as open grants data publishes it, whatever the standard: who gave how much to
/// whom, for what and when.
struct Grant {
    var key: String
    var title: String
    var description: String
    var amount: Double
    var currency: String
    var funderID: String?
    var funderName: String
    var recipientID: String?
    var recipientName: String
    var start: YearMonth?
    var end: YearMonth?
    var programme: String?
    var line: Int
    /// The French of the title, the funder's name and the programme, where the file gives
    /// them beside the English (the Government of Canada's files do).
    var frenchTitle: String? = nil
    var frenchFunderName: String? = nil
    var frenchProgramme: String? = nil
    /// When it was awarded, and where it is meant to benefit.
    var awarded: YearMonth? = nil
    var area: String? = nil
    /// Where the recipient is and what kind of recipient it is, as the file says.
    var recipientPlace = Place()
    var recipientType: String? = nil
}

/// Turns grants into a network: each grant a project (its title, its description as
/// objectives, so `overlap` finds funded projects that serve the same objective across
/// funders) delivered by its recipient and funded by its funder. Organisations are merged by
/// their identifier (a business number, a 360Giving org id), else by name.
enum GrantsNetwork {
    /// - Parameter projects: a project per grant (its title, its description as objectives)
    ///   delivered by the recipient, as `import` writes it; without, each flow goes from the
    ///   funder straight to the recipient, which is all `funding` reads and a fraction of the work
    ///   (no project ids, no language detection) on a national file.
    static func build(
        _ grants: [Grant], name: String, source: Source, funderType: OrganisationType, projects makeProjects: Bool = true,
        report: inout [ImportNote]
    ) -> Network {
        var ids = ImportIDs()
        var organisations: [Organisation] = []
        var byIdentifier: [String: Int] = [:]
        var byName: [String: Int] = [:]
        var mergedByIdentifier = 0
        var mergedByName = 0
        func organisation(
            _ party: Party, name: String, type: OrganisationType, frenchName: String? = nil, place: Place = Place(), kind: String? = nil
        ) -> String {
            let cleanIdentifier = party.identifier
            if let cleanIdentifier, let index = byIdentifier[cleanIdentifier] {
                mergedByIdentifier += 1
                fill(&organisations[index], place: place, kind: kind)
                return organisations[index].id
            }
            let key = party.nameKey ?? NameKey.of(name)
            if let index = byName[key], cleanIdentifier == nil || organisations[index].registration == nil {
                if type != funderType { mergedByName += 1 }
                if let cleanIdentifier {
                    organisations[index].registration = cleanIdentifier
                    byIdentifier[cleanIdentifier] = index
                }
                fill(&organisations[index], place: place, kind: kind)
                return organisations[index].id
            }
            let id = ids.make(name)
            var made = Organisation(id: id, name: name, type: type, sources: [source.id], registration: cleanIdentifier)
            if let frenchName, frenchName != name { made.translatedName.fr = frenchName }
            made.place = place
            made.recipientType = kind
            organisations.append(made)
            if let cleanIdentifier { byIdentifier[cleanIdentifier] = organisations.count - 1 }
            byName[key] = organisations.count - 1
            return id
        }
        var projects: [Project] = []
        var funding: [FundingFlow] = []
        var programmeNames: [String: Translation] = [:]
        // One list of sources for every flow. Each programme and area is held once already:
        // the importers share what grants repeat as they read them (`Grant.sharing`).
        let sources = [source.id]
        // What each grant needs worked out from its own texts alone (its parties' keys, its
        // project's language) is worked out on every core, a batch at a time; the grants are
        // then gone through in order.
        DeterministicParallel.forEach(count: grants.count) { index in
            GrantKeys(grants[index], at: index, project: makeProjects)
        } each: { keys in
            let grant = grants[keys.index]
            let funder = organisation(keys.funder, name: grant.funderName, type: funderType, frenchName: grant.frenchFunderName)
            let recipient = organisation(
                keys.recipient, name: grant.recipientName, type: .nonprofit, place: grant.recipientPlace, kind: grant.recipientType)
            guard makeProjects else {
                funding.append(
                    FundingFlow(
                        from: funder, to: recipient, amount: grant.amount, currency: grant.currency, start: grant.start,
                        end: grant.end, programme: grant.programme, sources: sources, awarded: grant.awarded, area: grant.area))
                if let programme = grant.programme, let french = grant.frenchProgramme, french != programme, programmeNames[programme] == nil {
                    programmeNames[programme] = Translation(fr: french)
                }
                return
            }
            // Made here, not on the other cores: a million ids that stay are kept together in
            // memory, away from the other cores' passing texts.
            let projectID = ids.make(grant.key, prefix: "grant-")
            var project = Project(
                id: projectID, name: grant.title, organisations: [recipient], objectives: grant.description,
                language: keys.language!, start: grant.start, end: grant.end, sources: sources)
            if let french = grant.frenchTitle, french != grant.title { project.translatedName.fr = french }
            projects.append(project)
            // One French name per programme: the first the file gives.
            if let programme = grant.programme, let french = grant.frenchProgramme, french != programme, programmeNames[programme] == nil {
                programmeNames[programme] = Translation(fr: french)
            }
            funding.append(
                FundingFlow(
                    from: funder, to: projectID, amount: grant.amount, currency: grant.currency,
                    start: grant.start, end: grant.end, programme: grant.programme, sources: sources, awarded: grant.awarded,
                    area: grant.area))
        }
        if mergedByIdentifier > 0 { report.append(.mergedByIdentifier(mergedByIdentifier)) }
        if mergedByName > 0 { report.append(.mergedByName(mergedByName)) }
        report.append(.organisationsAndProjects(organisations.count, projects.count))
        var network = Network(name: name, sources: [source], organisations: organisations, projects: projects, funding: funding)
        network.programmeNames = programmeNames
        return network
    }

    /// A funder or recipient as the organisations are matched: its identifier, trimmed (`nil`
    /// when it gives none), and the key of its name when it gives no identifier (worked out
    /// later, once, for a party whose identifier is new).
    struct Party {
        let identifier: String?
        let nameKey: String?

        init(identifier: String?, name: String) {
            self.identifier = identifier.map(\.trimmedWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            nameKey = self.identifier == nil ? NameKey.of(name) : nil
        }
    }

    /// What one grant's own texts say, apart from every other grant's.
    private struct GrantKeys {
        let index: Int
        let funder: Party
        let recipient: Party
        /// Its project's language.
        let language: Language?

        init(_ grant: Grant, at index: Int, project: Bool) {
            self.index = index
            funder = Party(identifier: grant.funderID, name: grant.funderName)
            recipient = Party(identifier: grant.recipientID, name: grant.recipientName)
            language = project ? LanguageDetector.detect(grant.title + " " + grant.description) : nil
        }
    }

    /// A recipient met again keeps what it was first said to be, and takes what was missing.
    private static func fill(_ organisation: inout Organisation, place: Place, kind: String?) {
        if organisation.place.region == nil { organisation.place.region = place.region }
        if organisation.place.city == nil { organisation.place.city = place.city }
        if organisation.place.postalCode == nil { organisation.place.postalCode = place.postalCode }
        if organisation.place.district == nil { organisation.place.district = place.district }
        if organisation.recipientType == nil { organisation.recipientType = kind }
    }
}

/// The Government of Canada's proactive disclosure of grants and contributions (open.canada.ca):
/// one row per agreement and amendment.
///
/// An amendment restates the agreement's value, so only the latest amendment of each
/// `ref_number` counts, never their sum. The funder is the department (the English part of
/// `owner_org_title`, before ` | `, with the French after it as its French name); the
/// agreement's and the programme's French titles (`agreement_title_fr`, `prog_name_fr`) are
/// kept beside the English; recipients are merged by business number, else by legal name;
/// amounts are CAD.
public enum CanadaGrantsImporter {
    /// The file's recipient type codes, as the ids PartnerMap shows in words.
    static let recipientTypes = [
        "A": "indigenous", "F": "for-profit", "G": "government", "I": "international", "N": "nonprofit", "O": "other",
        "P": "individual", "S": "academia",
    ]

    /// The columns a grants and contributions file must have.
    public static let requiredColumns = ["ref_number", "amendment_number", "recipient_legal_name", "agreement_value", "owner_org_title"]

    /// A grants and contributions CSV as a network.
    public static func read(_ path: String) throws(NetworkLoadError) -> ImportResult {
        try read(CSVRows.read(path).get())
    }

    /// The grants as flows from each department straight to each recipient, without a project
    /// per agreement: what `funding` reads (``GrantsNetwork/build(_:name:source:funderType:projects:report:)``).
    static func readFlows(_ path: String) throws(NetworkLoadError) -> ImportResult {
        try read(CSVRows.read(path).get(), projects: false)
    }

    /// The same from text already in memory.
    public static func read(text: String, file: String = "grants.csv") throws(NetworkLoadError) -> ImportResult {
        try read(CSVRows.parse(text, file: file).get())
    }

    static func read(_ table: consuming CSVRows, projects: Bool = true) throws(NetworkLoadError) -> ImportResult {
        let path = table.file
        var diagnostics: [Diagnostic] = []
        for column in requiredColumns where !table.has(column) {
            diagnostics.append(Diagnostic(file: path, line: 1, problem: .missingColumn(column, table: .canadaGrants)))
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        // Each agreement's latest amendment, in the place of its first row.
        var kept: [Grant] = []
        var texts = SharedTexts()
        var latest: [String: (amendment: Int, slot: Int)] = [:]
        var dropped = 0
        do {
            let rows = table.rows
            // Rows are read on every core; amendments are sorted out, and problems recorded, in row order.
            DeterministicParallel.forEach(count: rows.count) { index in
                Self.agreement(rows[index], file: path, texts: projects)
            } each: { read in
                switch read {
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                case .success(let (ref, amendment, grant)):
                    if let earlier = latest[ref] {
                        dropped += 1
                        if amendment == earlier.amendment {
                            diagnostics.append(
                                Diagnostic(
                                    file: path, line: grant.line,
                                    problem: .alreadyOnLine(.amendment(agreement: ref, number: amendment), firstLine: kept[earlier.slot].line)))
                        } else if amendment > earlier.amendment {
                            latest[ref] = (amendment, earlier.slot)
                            kept[earlier.slot] = grant.sharing(&texts)
                        }
                    } else {
                        latest[ref] = (amendment, kept.count)
                        kept.append(grant.sharing(&texts))
                    }
                }
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        var report: [ImportNote] = [.readAgreements(rows: table.rows.count, file: path, agreements: kept.count)]
        // The table (the file's bytes) and the agreements' numbers are let go before the
        // network is built.
        _ = consume table
        latest = [:]
        if dropped > 0 { report.append(.keptLatestAmendment(dropped: dropped)) }
        let source = Source(
            id: "gc-grants",
            title: "Government of Canada, proactive disclosure of grants and contributions: "
                + URL(fileURLWithPath: path).lastPathComponent, publisher: "Government of Canada", url: "https://open.canada.ca")
        let network = GrantsNetwork.build(
            kept, name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            source: source, funderType: .federal, projects: projects, report: &report)
        return ImportResult(network: network, notes: report)
    }

    /// One row of the open data file: its agreement, amendment and grant, or its problem.
    /// Without `texts`, the agreement's titles and description (read only to make its project)
    /// are left out: a national file's descriptions are most of its size.
    private static func agreement(_ row: CSVRows.Row, file path: String, texts: Bool) -> Result<(String, Int, Grant), Diagnostic> {
        // Columns by their keys (``CSVRows/key(_:)``: `ref_number` is `refnumber`), written
        // out rather than worked out on each of a million rows.
        guard let ref = row[key: "refnumber"] else {
            return .failure(Diagnostic(file: path, line: row.line, problem: .rowWithout(fields: ["ref_number"], row: .row)))
        }
        let amendment = Int(row[key: "amendmentnumber"] ?? "0") ?? -1
        if amendment < 0 {
            return .failure(
                Diagnostic(file: path, line: row.line, problem: .invalidValue(field: "amendment_number", value: row[key: "amendmentnumber"] ?? "", expected: .wholeNumber)))
        }
        guard let valueText = row[key: "agreementvalue"] else {
            return .failure(Diagnostic(file: path, line: row.line, problem: .grant(.agreement(ref), .noField("agreement_value"))))
        }
        guard case .success(let reading) = AmountText.read(valueText), reading.value >= 0 else {
            return .failure(Diagnostic(file: path, line: row.line, problem: .invalidValue(field: "agreement_value", value: valueText, expected: .amount)))
        }
        guard let recipient = row[key: "recipientlegalname"] ?? row[key: "recipientoperatingname"] else {
            return .failure(Diagnostic(file: path, line: row.line, problem: .grant(.agreement(ref), .noField("recipient_legal_name"))))
        }
        // "English | French": the department's name in both official languages.
        let departmentNames = (row[key: "ownerorgtitle"] ?? "").split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
        let department = departmentNames[0]
        guard !department.isEmpty else {
            return .failure(Diagnostic(file: path, line: row.line, problem: .grant(.agreement(ref), .noDepartment)))
        }
        let start: YearMonth?
        let end: YearMonth?
        switch (GrantDate.read(row[key: "agreementstartdate"]), GrantDate.read(row[key: "agreementenddate"])) {
        case (.success(let first), .success(let last)): (start, end) = (first, last)
        case (.failure(let problem), _), (_, .failure(let problem)):
            return .failure(Diagnostic(file: path, line: row.line, problem: .grant(.agreement(ref), .unreadableDate(problem.text, dayFirst: false))))
        }
        if let start, let end, end < start {
            return .failure(Diagnostic(file: path, line: row.line, problem: .grant(.agreement(ref), .endsBeforeStart(start: start, end: end))))
        }
        let grant = Grant(
            key: ref, title: texts ? row[key: "agreementtitleen"] ?? row[key: "agreementtitlefr"] ?? row[key: "prognameen"] ?? ref : "",
            description: texts ? row[key: "descriptionen"] ?? row[key: "expectedresultsen"] ?? "" : "",
            amount: reading.value, currency: "CAD", funderID: nil, funderName: department,
            recipientID: row[key: "recipientbusinessnumber"].map { String($0.filter(\.isNumber).prefix(9)) }.flatMap { $0.isEmpty ? nil : $0 },
            recipientName: recipient, start: start, end: end, programme: row[key: "prognameen"] ?? row[key: "prognamefr"], line: row.line,
            frenchTitle: texts ? row[key: "agreementtitlefr"] : nil, frenchFunderName: departmentNames.count > 1 && !departmentNames[1].isEmpty ? departmentNames[1] : nil,
            frenchProgramme: row[key: "prognamefr"], awarded: start,
            recipientPlace: Place(
                region: row[key: "recipientprovince"]?.uppercased(), city: row[key: "recipientcity"] ?? row[key: "recipientcityen"],
                postalCode: row[key: "recipientpostalcode"], district: row[key: "federalridingnameen"] ?? row[key: "federalridingnamefr"]),
            recipientType: row[key: "recipienttype"].flatMap { CanadaGrantsImporter.recipientTypes[$0.uppercased()] })
        return .success((ref, amendment, grant))
    }
}
