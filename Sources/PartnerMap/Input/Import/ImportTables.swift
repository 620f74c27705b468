import Foundation

/// The tables of a file that holds several: a workbook's sheets (a 360Giving workbook, a
/// survey kept as roster and responses sheets, KoboToolbox's export of a form with its repeat
/// sheet) or the CSV files of a ZIP archive (ODK Central's export of a form with repeats).
/// `import` finds what they hold from their columns, as it does for a single CSV file.
public struct ImportTables: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The sheets, or the CSV files, in the file's order.
    public let tables: [Table]

    /// One sheet or CSV file: its name, the headers as written, and its rows.
    public struct Table: Sendable {
        /// The sheet's name, or the CSV file's without `.csv`.
        public let name: String
        /// The column headers as written (`ratings/frequency`, `PARENT_KEY`).
        public let columns: [String]
        let rows: CSVRows

        /// Whether the table has a column of this name (compared as `import` compares headers:
        /// without regard to case, spaces and punctuation).
        public func has(_ column: String) -> Bool { rows.has(column) }
    }

    /// Whether a path is a file of tables: a workbook or a ZIP archive, by extension or by its
    /// first bytes (`PK`).
    public static func holdsTables(path: String) -> Bool {
        if ["xlsx", "xlsm", "xls", "ods", "zip"].contains(URL(fileURLWithPath: path).pathExtension.lowercased()) { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)).map { $0.starts(with: [0x50, 0x4B, 0x03, 0x04]) } ?? false
    }

    /// Reads every table of a workbook or of a ZIP of CSV files; any problem of any table is
    /// reported at once.
    public static func read(path: String) throws(NetworkLoadError) -> ImportTables {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: FileManager.default.fileExists(atPath: path) ? .notRegularFile : .noSuchFile)])
        }
        if URL(fileURLWithPath: path).pathExtension.lowercased() == "zip" { return try readZip(data, file: path) }
        return try read(workbook: Workbook.read(data: data, file: path).get())
    }

    /// The sheets of a workbook as tables.
    public static func read(workbook: Workbook) throws(NetworkLoadError) -> ImportTables {
        var tables: [Table] = []
        var diagnostics: [Diagnostic] = []
        for sheet in workbook.sheets {
            switch SheetTable.make(sheet, file: workbook.file, sameName: CSVRows.key) {
            case .success(let table):
                tables.append(Table(name: sheet.name, columns: table.header, rows: table.importRows))
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        return ImportTables(file: workbook.file, tables: tables)
    }

    /// The CSV files of a ZIP archive, each named `archive.zip[name.csv]` in messages.
    static func readZip(_ data: Data, file: String) throws(NetworkLoadError) -> ImportTables {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw NetworkLoadError([Diagnostic(file: file, line: nil, problem: .notAWorkbook(.notZip))])
        }
        guard let archive = ZipArchiveReader(data) else {
            throw NetworkLoadError([Diagnostic(file: file, line: nil, problem: .notAWorkbook(.brokenZip))])
        }
        var tables: [Table] = []
        var diagnostics: [Diagnostic] = []
        for entry in archive.entries.sorted(by: { $0.path < $1.path }) where !entry.isFolder && entry.path.lowercased().hasSuffix(".csv") {
            let name = String(entry.path.split(separator: "/").last ?? Substring(entry.path))
            guard !name.hasPrefix(".") else { continue }
            let bytes: Data
            switch archive.read(entry, limit: Workbook.partLimit) {
            case .success(let read): bytes = read
            case .failure(.tooLarge):
                diagnostics.append(Diagnostic(file: file, line: nil, problem: .notAWorkbook(.partTooLarge(entry.path))))
                continue
            case .failure(.damaged):
                diagnostics.append(Diagnostic(file: file, line: nil, problem: .notAWorkbook(.damaged(entry.path))))
                continue
            }
            let place = file + "[" + name + "]"
            switch TextFile.decode(bytes, file: place) {
            case .failure(let problem):
                if problem.problem != .emptyFile { diagnostics.append(problem) }
            case .success(let text):
                switch CSVTable.parse(text, file: place) {
                case .failure(let error): diagnostics += error.diagnostics
                case .success(let table):
                    tables.append(Table(name: String(name.dropLast(4)), columns: table.header, rows: CSVRows(table, file: place)))
                }
            }
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics) }
        return ImportTables(file: file, tables: tables)
    }

    /// The first table with every one of these columns (French survey columns read as English).
    func table(with columns: [String], without excluded: [String] = [], preferring name: String? = nil) -> Table? {
        // Headers only (a French survey's columns read as the English ones): a grants sheet's
        // 200,000 rows are not copied for each question asked of it.
        func fits(_ table: Table) -> Bool {
            let headers = Set(table.rows.headers)
            let names = headers.union(headers.compactMap { Self.frenchKeys[$0] })
            return columns.allSatisfy { names.contains(CSVRows.key($0)) } && !excluded.contains { names.contains(CSVRows.key($0)) }
        }
        if let name, let named = tables.first(where: { $0.name.trimmedWhitespace.lowercased() == name && fits($0) }) { return named }
        return tables.first(where: fits)
    }

    /// The survey's French column keys and the English ones they stand for.
    private static let frenchKeys = Dictionary(
        PartnerSurveyImporter.frenchColumns.map { (CSVRows.key($0.key), CSVRows.key($0.value)) }, uniquingKeysWith: { first, _ in first })

    /// What the tables hold, from their columns; `nil` when nothing fits.
    public var format: ImportFormat? {
        if table(with: ["ref_number", "agreement_value"]) != nil { return .canadaGrants }
        if table(with: ["Amount Awarded"]) != nil || table(with: ["Recipient Org:Name"]) != nil { return .threeSixtyGivingCSV }
        if SurveyFormDataImporter.repeatTable(in: self) != nil { return .surveyFormData }
        if table(with: ["respondent", "partner"]) != nil { return .survey }
        if table(with: ["from", "to"]) != nil, table(with: ["label"]) != nil { return .kumuElements }
        return nil
    }

    /// The roster among the tables: `id` and `name` columns and no answers.
    public var hasRoster: Bool { rosterTable != nil }

    var rosterTable: Table? { table(with: ["id", "name"], without: ["respondent", "partner", "outcome"]) }

    /// The network the tables hold, read as `format` says: `roster` and `respondents` name files
    /// (CSV or workbook) for a survey whose roster or once-per-organisation answers are not
    /// among the tables.
    ///
    /// The tables are let go as they are read: a national grants workbook's million rows are not
    /// held while its network is built.
    public consuming func read(as format: ImportFormat, roster: String? = nil, respondents: String? = nil) throws(NetworkLoadError) -> ImportResult {
        let sheets = tables.map(\.name)
        let file = file
        func missing(_ expected: String) -> NetworkLoadError {
            NetworkLoadError([Diagnostic(file: file, line: nil, problem: .missingSheet(expected: expected, sheets: sheets))])
        }
        switch format {
        case .canadaGrants:
            guard let rows = table(with: ["ref_number", "agreement_value"])?.rows else { throw missing("ref_number, agreement_value …") }
            _ = consume self
            return try CanadaGrantsImporter.read(consume rows)
        case .threeSixtyGivingCSV:
            guard let rows = (table(with: ["Amount Awarded"], preferring: "grants") ?? table(with: ["Recipient Org:Name"]))?.rows else { throw missing("grants") }
            _ = consume self
            return try ThreeSixtyGivingImporter.readCSV(consume rows)
        case .survey, .surveyFormData:
            let rosterRows: CSVRows
            if let roster {
                rosterRows = try Self.rows(path: roster, with: ["id", "name"])
            } else if let table = rosterTable {
                rosterRows = table.rows
            } else {
                throw missing("roster")
            }
            let respondentRows = try respondents.map { path throws(NetworkLoadError) in try Self.rows(path: path, with: ["id"]) }
            if format == .surveyFormData {
                let answers = try SurveyFormDataImporter.answers(in: self)
                return try PartnerSurveyImporter.read(roster: rosterRows, responses: answers.responses, respondents: respondentRows ?? answers.respondents)
            }
            guard let responses = table(with: ["respondent", "partner"]) else { throw missing("responses") }
            let inWorkbook = table(with: ["id"], without: ["name", "respondent", "partner"]).flatMap {
                $0.has("outcome") || $0.has("contributes") || $0.has("résultat") || $0.has("apporte") ? $0 : nil
            }
            return try PartnerSurveyImporter.read(roster: rosterRows, responses: [responses.rows], respondents: respondentRows ?? inWorkbook?.rows)
        case .kumuElements, .kumuConnections:
            guard let connections = table(with: ["from", "to"]), let elements = table(with: ["label"], without: ["from"]) else { throw missing("Elements, Connections") }
            return try KumuImporter.read(elements: elements.rows, connections: connections.rows)
        case .threeSixtyGivingJSON, .kumuJSON, .graphML, .gexf:
            throw NetworkLoadError([Diagnostic(file: file, line: nil, problem: .notImportFormat(format == .kumuJSON ? .kumuBlueprint : .threeSixtyGivingJSON))])
        }
    }

    /// The rows of a CSV file, or of the first sheet of a workbook with these columns (its
    /// first sheet when none has them, so that the missing columns are named).
    static func rows(path: String, with columns: [String]) throws(NetworkLoadError) -> CSVRows {
        guard holdsTables(path: path) else { return try CSVRows.read(path).get() }
        let read = try ImportTables.read(path: path)
        guard let table = read.table(with: columns) ?? read.tables.first else {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .missingSheet(expected: columns.joined(separator: ", "), sheets: []))])
        }
        return table.rows
    }
}
