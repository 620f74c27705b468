import Foundation

/// Grants published in the 360Giving Data Standard, as its JSON (`{"grants": [...]}`) or its
/// flattened CSV (column titles such as `Identifier`, `Title`, `Description`, `Currency`,
/// `Amount Awarded`, `Award Date`, `Recipient Org:Identifier`, `Recipient Org:Name`,
/// `Funding Org:Identifier`, `Funding Org:Name`, `Planned Dates:Start Date`).
///
/// Each grant is a funding flow from the funder to a project (its title, its description as
/// objectives, its dates) delivered by the recipient; organisations are merged by their
/// 360Giving identifier; the currency is kept.
public enum ThreeSixtyGivingImporter {
    /// A 360Giving CSV file as a network.
    public static func readCSV(_ path: String) throws(NetworkLoadError) -> ImportResult {
        // The table (the file's bytes) is let go before the network is built.
        let (grants, diagnostics, rows) = try csvGrants(CSVRows.read(path).get(), projects: true)
        return try finish(grants, diagnostics: diagnostics, path: path, rows: rows, projects: true)
    }

    /// The grants as flows straight from funder to recipient, without projects: what
    /// `funding` reads.
    static func readFlows(_ path: String, json: Bool) throws(NetworkLoadError) -> ImportResult {
        if json { return try readJSON(path: path, projects: false) }
        // The table (the file's bytes) is let go before the network is built.
        let (grants, diagnostics, rows) = try csvGrants(CSVRows.read(path).get(), projects: false)
        return try finish(grants, diagnostics: diagnostics, path: path, rows: rows, projects: false)
    }

    /// The same from text already in memory.
    public static func readCSV(text: String, file: String = "grants.csv") throws(NetworkLoadError) -> ImportResult {
        try readCSV(CSVRows.parse(text, file: file).get())
    }

    static func readCSV(_ table: consuming CSVRows, projects: Bool = true) throws(NetworkLoadError) -> ImportResult {
        let (grants, diagnostics, rows) = try csvGrants(table, projects: projects)
        let path = table.file
        // The rows (a workbook's sheet) are let go before the network is built.
        _ = consume table
        return try finish(grants, diagnostics: diagnostics, path: path, rows: rows, projects: projects)
    }

    /// The grants of a 360Giving CSV, the problems of its rows and how many rows it has; without
    /// projects, a grant's title and description (read only to make its project) are left out.
    static func csvGrants(_ table: CSVRows, projects: Bool) throws(NetworkLoadError) -> ([Grant], [Diagnostic], Int) {
        let path = table.file
        var diagnostics: [Diagnostic] = []
        for column in ["Identifier", "Amount Awarded", "Recipient Org:Name", "Funding Org:Name"] where !table.has(column) {
            diagnostics.append(Diagnostic(file: path, line: 1, problem: .missingColumn(column, table: .threeSixtyGivingCSV)))
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        var grants: [Grant] = []
        var texts = SharedTexts()
        var counts: [String: Int] = [:]
        let rows = table.rows
        grants.reserveCapacity(rows.count)
        // Rows are made into grants on every core; their problems are recorded in row order.
        DeterministicParallel.forEach(count: rows.count) { index -> (Result<Grant, GrantProblem>, Int) in
            let row = rows[index]
            return (Self.fields(of: row, projects: projects).grant(line: row.line), row.line)
        } each: { read, line in
            switch read {
            case .success(let grant): grants.append(grant.sharing(&texts))
            case .failure(let problem): record(problem, Diagnostic(file: path, line: line, problem: problem.problem), into: &diagnostics, counts: &counts)
            }
        }
        return (grants, diagnostics + repeats(counts, file: path), rows.count)
    }

    /// A CSV row's grant fields as text; without projects, its title and description are left out.
    private static func fields(of row: CSVRows.Row, projects: Bool) -> GrantFields {
        GrantFields(
            id: row[key: Column.identifier], title: projects ? row[key: Column.title] : nil,
            description: projects ? row[key: Column.description] : nil,
            amount: row[key: Column.amount], currency: row[key: Column.currency], funderID: row[key: Column.funderID],
            funderName: row[key: Column.funderName], recipientID: row[key: Column.recipientID], recipientName: row[key: Column.recipientName],
            start: row[key: Column.start] ?? row[key: Column.awarded], end: row[key: Column.end], programme: row[key: Column.programme],
            awarded: row[key: Column.awarded], area: row[key: Column.beneficiary],
            place: Place(
                region: row[key: Column.county] ?? Self.locationName(in: row, types: Self.regionCodeTypes),
                city: row[key: Column.city], postalCode: row[key: Column.postalCode],
                district: Self.locationName(in: row, types: Self.districtCodeTypes)),
            recipientType: Self.recipientType(charity: row[key: Column.charity], company: row[key: Column.company]))
    }

    /// A 360Giving JSON package as a network.
    public static func readJSON(_ path: String) throws(NetworkLoadError) -> ImportResult {
        try readJSON(path: path, projects: true)
    }

    /// A package read one grant at a time (``GrantListScanner``), or whole when it is not one
    /// the scanner reads alone, for the same messages.
    static func readJSON(path: String, projects: Bool) throws(NetworkLoadError) -> ImportResult {
        try readJSON(bytes: TextFile.readUTF8(path).mapError { NetworkLoadError([$0]) }.get(), file: path, projects: projects)
    }

    /// The same from a file's UTF-8 bytes.
    static func readJSON(bytes: consuming [UInt8], file path: String, projects: Bool) throws(NetworkLoadError) -> ImportResult {
        let scanned = bytes.withUnsafeBufferPointer { buffer -> ([Grant], [Diagnostic], Int)? in
            var grants: [Grant] = []
            var texts = SharedTexts()
            var diagnostics: [Diagnostic] = []
            var counts: [String: Int] = [:]
            let items = GrantListScanner.scan(buffer) { grant, line in
                (fields(of: grant, projects: projects).grant(line: line), line)
            } each: { read, line in
                switch read {
                case .success(let grant): grants.append(grant.sharing(&texts))
                case .failure(let problem): record(problem, Diagnostic(file: path, line: line, problem: problem.problem), into: &diagnostics, counts: &counts)
                }
            }
            return items.map { (grants, diagnostics + repeats(counts, file: path), $0) }
        }
        guard let (grants, diagnostics, items) = scanned else {
            return try readJSON(text: String(decoding: bytes, as: UTF8.self), file: path, projects: projects)
        }
        // The file's bytes are let go before the network is built.
        _ = consume bytes
        return try finish(grants, diagnostics: diagnostics, path: path, rows: items, projects: projects)
    }

    /// The same from text already in memory.
    public static func readJSON(text: String, file path: String = "grants.json") throws(NetworkLoadError) -> ImportResult {
        try readJSON(text: text, file: path, projects: true)
    }

    static func readJSON(text: String, file path: String, projects: Bool) throws(NetworkLoadError) -> ImportResult {
        let parsed = StrictJSON.parse(text, file: path)
        if case .failure(let problem) = parsed { throw NetworkLoadError([problem]) }
        guard case .success(let value) = parsed, let object = value as? [String: Any],
            let items = object["grants"] as? [Any]
        else {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .notImportFormat(.threeSixtyGivingJSON))])
        }
        let lines = GrantLines(text)
        var grants: [Grant] = []
        var texts = SharedTexts()
        var diagnostics: [Diagnostic] = []
        var counts: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let line = lines.line(ofGrant: index)
            guard let grant = item as? [String: Any] else {
                diagnostics.append(Diagnostic(file: path, line: line, problem: .grantNotAnObject(index: index + 1)))
                continue
            }
            switch fields(of: grant, projects: projects).grant(line: line ?? 0) {
            case .success(let grant): grants.append(grant.sharing(&texts))
            case .failure(let problem): record(problem, Diagnostic(file: path, line: line, problem: problem.problem), into: &diagnostics, counts: &counts)
            }
        }
        return try finish(grants, diagnostics: diagnostics + repeats(counts, file: path), path: path, rows: items.count, projects: projects)
    }

    /// A JSON grant's fields as text; without projects, its title and description (read only to
    /// make its project) are left out.
    private static func fields(of grant: [String: Any], projects: Bool) -> GrantFields {
        func string(_ value: Any?) -> String? {
            switch value {
            case let text as String: return text.trimmedWhitespace.isEmpty ? nil : text.trimmedWhitespace
            case let number as NSNumber: return number.stringValue
            default: return nil
            }
        }
        func first(_ key: String) -> [String: Any]? { (grant[key] as? [Any])?.first as? [String: Any] ?? grant[key] as? [String: Any] }
        return GrantFields(
            id: string(grant["id"]), title: projects ? string(grant["title"]) : nil, description: projects ? string(grant["description"]) : nil,
            amount: string(grant["amountAwarded"]), currency: string(grant["currency"]),
            funderID: string(first("fundingOrganization")?["id"]), funderName: string(first("fundingOrganization")?["name"]),
            recipientID: string(first("recipientOrganization")?["id"]), recipientName: string(first("recipientOrganization")?["name"]),
            start: string(first("plannedDates")?["startDate"]) ?? string(grant["awardDate"]),
            end: string(first("plannedDates")?["endDate"]), programme: string(first("grantProgramme")?["title"]),
            awarded: string(grant["awardDate"]), area: string(first("beneficiaryLocation")?["name"]),
            place: recipientPlace(first("recipientOrganization"), string: string),
            recipientType: Self.recipientType(
                charity: string(first("recipientOrganization")?["charityNumber"]), company: string(first("recipientOrganization")?["companyNumber"])))
    }

    /// The flattened CSV's columns, as keys worked out once.
    private enum Column {
        static let identifier = CSVRows.key("Identifier"), title = CSVRows.key("Title"), description = CSVRows.key("Description")
        static let amount = CSVRows.key("Amount Awarded"), currency = CSVRows.key("Currency"), awarded = CSVRows.key("Award Date")
        static let funderID = CSVRows.key("Funding Org:Identifier"), funderName = CSVRows.key("Funding Org:Name")
        static let recipientID = CSVRows.key("Recipient Org:Identifier"), recipientName = CSVRows.key("Recipient Org:Name")
        static let start = CSVRows.key("Planned Dates:Start Date"), end = CSVRows.key("Planned Dates:End Date")
        static let programme = CSVRows.key("Grant Programme:Title"), beneficiary = CSVRows.key("Beneficiary Location:0:Name")
        static let county = CSVRows.key("Recipient Org:County"), city = CSVRows.key("Recipient Org:City")
        static let postalCode = CSVRows.key("Recipient Org:Postal Code"), charity = CSVRows.key("Recipient Org:Charity Number")
        static let company = CSVRows.key("Recipient Org:Company Number")
        static let locationType = (0..<3).map { CSVRows.key("Recipient Org:Location:\($0):Geographic Code Type") }
        static let locationName = (0..<3).map { CSVRows.key("Recipient Org:Location:\($0):Name") }
    }

    /// The geographic code types (ONS) a recipient's location gives for its region and for its
    /// electoral district (a Westminster constituency).
    static let regionCodeTypes: Set<String> = ["RGN", "CTRY"]
    static let districtCodeTypes: Set<String> = ["WPC"]

    /// The name of the first of a CSV row's recipient locations whose code type is one of
    /// `types`; for the region, a location that gives no code type at all (the file does not
    /// say what level it is, and it is the only place it gives).
    private static func locationName(in row: CSVRows.Row, types: Set<String>) -> String? {
        for index in 0..<3 {
            if let type = row[key: Column.locationType[index]], types.contains(type.uppercased()) { return row[key: Column.locationName[index]] }
        }
        if types == regionCodeTypes, row[key: Column.locationType[0]] == nil { return row[key: Column.locationName[0]] }
        return nil
    }

    /// A JSON recipient's place: its address, then its locations by code type.
    private static func recipientPlace(_ recipient: [String: Any]?, string: (Any?) -> String?) -> Place {
        guard let recipient else { return Place() }
        let locations = (recipient["location"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
        func location(_ types: Set<String>) -> String? {
            if let found = locations.first(where: { string($0["geoCodeType"]).map { types.contains($0.uppercased()) } ?? false }) {
                return string(found["name"])
            }
            // A location that does not say its level stands for the region, as in a CSV row.
            guard types == regionCodeTypes, let first = locations.first, string(first["geoCodeType"]) == nil else { return nil }
            return string(first["name"])
        }
        return Place(
            region: string(recipient["addressRegion"]) ?? location(regionCodeTypes), city: string(recipient["addressLocality"]),
            postalCode: string(recipient["postalCode"]), district: location(districtCodeTypes))
    }

    /// What a recipient's registration numbers say it is: a registered charity, else a company.
    static func recipientType(charity: String?, company: String?) -> String? {
        if charity != nil { return "charity" }
        if company != nil { return "company" }
        return nil
    }

    /// Problems of one kind are listed for the first three grants; the rest are counted, so a
    /// date format used on every row is said once, not five thousand times.
    static let examplesPerProblem = 3

    private static func record(_ problem: GrantProblem, _ diagnostic: Diagnostic, into diagnostics: inout [Diagnostic], counts: inout [String: Int]) {
        guard !problem.kind.isEmpty else { return diagnostics.append(diagnostic) }
        counts[problem.kind, default: 0] += 1
        if counts[problem.kind]! <= examplesPerProblem { diagnostics.append(diagnostic) }
    }

    /// One line for each kind of problem past its examples.
    private static func repeats(_ counts: [String: Int], file: String) -> [Diagnostic] {
        counts.sorted { $0.key < $1.key }.compactMap { kind, count in
            guard count > examplesPerProblem else { return nil }
            return Diagnostic(file: file, line: nil, problem: .moreUnreadableDates(count: count, shown: examplesPerProblem))
        }
    }

    private static func finish(_ grants: [Grant], diagnostics: [Diagnostic], path: String, rows: Int, projects: Bool) throws(NetworkLoadError) -> ImportResult {
        var diagnostics = diagnostics
        var seen: [String: Int] = [:]
        for grant in grants {
            if let first = seen[grant.key] {
                diagnostics.append(Diagnostic(file: path, line: grant.line, problem: .alreadyOnLine(.grant(grant.key), firstLine: first)))
            } else {
                seen[grant.key] = grant.line
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        var report: [ImportNote] = [.readGrants(rows: rows, file: path)]
        let source = Source(
            id: "360giving", title: "360Giving grants data: " + URL(fileURLWithPath: path).lastPathComponent,
            publisher: grants.first?.funderName)
        let network = GrantsNetwork.build(
            grants, name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent,
            source: source, funderType: .funder, projects: projects, report: &report)
        return ImportResult(network: network, notes: report)
    }
}

/// A grant's fields as text, from either form of the standard, checked into a ``Grant``.
private struct GrantFields {
    var id, title, description, amount, currency, funderID, funderName, recipientID, recipientName, start, end, programme: String?
    var awarded: String?
    var area: String?
    var place = Place()
    var recipientType: String?

    func grant(line: Int) -> Result<Grant, GrantProblem> {
        guard let id else { return .failure(GrantProblem(problem: .rowWithout(fields: ["Identifier"], row: .grant))) }
        guard let amount else { return .failure(GrantProblem(problem: .grant(.grant(id), .noAmount))) }
        guard case .success(let reading) = AmountText.read(amount), reading.value >= 0 else {
            return .failure(GrantProblem(problem: .grant(.grant(id), .unreadableAmount(amount))))
        }
        guard let funderName = funderName ?? funderID else { return .failure(GrantProblem(problem: .grant(.grant(id), .noFunder))) }
        guard let recipientName = recipientName ?? recipientID else { return .failure(GrantProblem(problem: .grant(.grant(id), .noRecipient))) }
        let code = (currency ?? reading.currency ?? "").uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            return .failure(GrantProblem(problem: .grant(.grant(id), .noCurrency)))
        }
        let startDate: YearMonth?
        let endDate: YearMonth?
        switch (GrantDate.read(start), GrantDate.read(end)) {
        case (.success(let first), .success(let last)): (startDate, endDate) = (first, last)
        case (.failure(let problem), _), (_, .failure(let problem)):
            return .failure(GrantProblem(problem: .grant(.grant(id), .unreadableDate(problem.text, dayFirst: true)), kind: "date"))
        }
        if let startDate, let endDate, endDate < startDate {
            return .failure(GrantProblem(problem: .grant(.grant(id), .endsBeforeStart(start: startDate, end: endDate))))
        }
        let awardDate: YearMonth?
        switch GrantDate.read(awarded) {
        case .success(let date): awardDate = date
        case .failure(let problem):
            return .failure(GrantProblem(problem: .grant(.grant(id), .unreadableDate(problem.text, dayFirst: true)), kind: "date"))
        }
        return .success(
            Grant(
                key: id, title: title ?? id, description: description ?? "", amount: reading.value, currency: code,
                funderID: funderID, funderName: funderName, recipientID: recipientID, recipientName: recipientName,
                start: startDate, end: endDate, programme: programme, line: line, awarded: awardDate, area: area, recipientPlace: place,
                recipientType: recipientType))
    }
}

/// Why a grant cannot be read; `kind` groups the same problem across grants.
private struct GrantProblem: Error {
    let problem: Problem
    var kind = ""
}

/// The line each grant of a 360Giving JSON file starts on, for messages: the lines of the
/// objects directly inside the `grants` list.
private struct GrantLines {
    private var starts: [Int] = []

    init(_ text: String) {
        var depth = 0
        var line = 1
        var inString = false
        var escaped = false
        var listDepth: Int?
        var sawGrantsKey = false
        var recentKey = ""
        for character in text {
            // "\r\n" is one character: a file written on Windows counts its lines too.
            if character == "\n" || character == "\r\n" { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    sawGrantsKey = recentKey == "grants"
                } else {
                    recentKey.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                inString = true
                recentKey = ""
            case "[":
                depth += 1
                if sawGrantsKey, listDepth == nil { listDepth = depth }
                sawGrantsKey = false
            case "{":
                depth += 1
                if let listDepth, depth == listDepth + 1 { starts.append(line) }
            case "]", "}":
                if character == "]", depth == listDepth { listDepth = -1 }
                depth -= 1
            case ":": break
            case ",", " ", "\n", "\t", "\r": if character == "," { sawGrantsKey = false }
            default: sawGrantsKey = false
            }
        }
    }

    func line(ofGrant index: Int) -> Int? { index < starts.count ? starts[index] : nil }
}
