import Foundation

/// An Excel workbook (`.xlsx`, as Excel, LibreOffice, Google Sheets, KoboToolbox and 360Giving
/// publishers write it), read as what its sheets show: text cells in rows.
///
/// Coordinators keep member lists in Excel, and most grants publishers release workbooks; read
/// directly, neither has to be saved as CSV first (and a French Excel's CSV is Windows-1252
/// with `;`). A cell reads as the text a person sees, without its formatting: shared and inline
/// strings as written, numbers as Excel shows them (at most 15 significant digits, never in
/// exponent form), dates (a number in a date format) as ISO 8601 `2024-04-01` in the
/// workbook's 1900 or 1904 date system, `TRUE`/`FALSE` as `true`/`false`, a formula as its
/// saved result. Whatever would be a guess is refused with its cell: an Excel error (`#REF!`),
/// a formula saved without its result, merged cells.
///
/// The ZIP container is read by `ZipArchiveReader` (every read bounded by the file's own bytes)
/// and each part with Foundation's streaming XML parser; no part is written to disk, no entity
/// is declared or resolved, and no part is parsed twice. A sheet is never held: it is expanded
/// as it is checked, then again as it is parsed (a national grants sheet is a gigabyte of XML).
public struct Workbook: Sendable {
    /// The file as the user named it.
    public var file: String
    /// The sheets in the workbook's order (hidden ones included).
    public var sheets: [Sheet]

    /// One sheet: its name and its rows that hold something.
    public struct Sheet: Sendable {
        /// The name on the sheet's tab.
        public var name: String
        /// The rows that hold something, in order; empty rows are left out (their numbers say where).
        public var rows: [Row]
        /// Merged ranges (`A1:B1`), which a table of rows cannot read.
        public var mergedRanges: [String]
        /// The cells that could not be read without a guess (an Excel error, a formula saved
        /// without its result), each with its row; reading the sheet as a table reports them.
        public var problems: [Diagnostic]

        /// How the sheet is named in messages: `grants.xlsx[grants]`.
        public func place(in file: String) -> String { file + "[" + name + "]" }
    }

    /// One row: its number in the sheet (what Excel shows at the left) and its cells from
    /// column A, trimmed, `""` for an empty cell.
    public struct Row: Sendable, Equatable {
        /// The row's number in the sheet, from 1.
        public var number: Int
        /// The cells from column A to the last that holds something.
        public var cells: [String]
    }

    /// The sheet named `name`, compared without regard to case and surrounding spaces.
    public func sheet(named name: String) -> Sheet? {
        let wanted = name.lowercased()
        return sheets.first { $0.name.trimmedWhitespace.lowercased() == wanted }
    }

    /// Largest part read (a sheet's XML, uncompressed): far above any real network or grants
    /// file, and a guard against a compressed file that expands without end.
    static let partLimit = 1 << 30

    /// Reads a workbook from disk; every problem (of any sheet) is reported at once.
    ///
    /// - Parameters:
    ///   - path: the workbook's path.
    ///   - reading: which sheets to read, by the name on their tab; the others are listed with no
    ///     rows and never decompressed (a network workbook reads only its sections).
    public static func read(path: String, reading: (@Sendable (String) -> Bool)? = nil) -> Result<Workbook, NetworkLoadError> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(NetworkLoadError([Diagnostic(file: path, line: nil, problem: .noSuchFile)]))
        }
        guard !isFolder.boolValue, let data = FileManager.default.contents(atPath: path) else {
            return .failure(NetworkLoadError([Diagnostic(file: path, line: nil, problem: .notRegularFile)]))
        }
        return read(data: data, file: path, reading: reading)
    }

    /// Reads a workbook already in memory; `file` names it in messages.
    ///
    /// - Parameters:
    ///   - data: the workbook's bytes.
    ///   - file: the name its messages give it.
    ///   - reading: which sheets to read, by the name on their tab (all when `nil`).
    public static func read(data: Data, file: String, reading: (@Sendable (String) -> Bool)? = nil) -> Result<Workbook, NetworkLoadError> {
        func refuse(_ reason: Problem.WorkbookFault) -> Result<Workbook, NetworkLoadError> {
            .failure(NetworkLoadError([Diagnostic(file: file, line: nil, problem: .notAWorkbook(reason))]))
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return refuse(.oldExcel) }
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return refuse(.notZip) }
        guard let archive = ZipArchiveReader(data) else { return refuse(.brokenZip) }
        if archive["content.xml"] != nil, archive["mimetype"] != nil { return refuse(.openDocument) }

        func part(_ path: String) -> Result<Data?, Problem.WorkbookFault> {
            guard let entry = archive[path] else { return .success(nil) }
            guard !entry.isFolder else { return .failure(.damaged(path)) }
            let bytes: Data
            switch archive.read(entry, limit: partLimit) {
            case .success(let read): bytes = read
            case .failure(.tooLarge): return .failure(.partTooLarge(path))
            case .failure(.damaged): return .failure(.damaged(path))
            }
            // Foundation's XML parser on Linux crashes on some invalid UTF-8: refuse it first.
            // Every spreadsheet writes its parts in UTF-8.
            guard TextFile.isUTF8(bytes) else { return .failure(.damaged(path)) }
            // A spreadsheet part never declares a document type; one that does can define
            // entities that expand a few kilobytes into gigabytes.
            guard !XMLProlog.declaresDocumentType(bytes) else { return .failure(.documentType(path)) }
            // Foundation's parser crashes on a processing instruction without content.
            guard XMLProlog.emptyProcessingInstruction(in: bytes) == nil else { return .failure(.damaged(path)) }
            return .success(bytes)
        }

        // A sheet is read twice as it is expanded, never held: once to check it as `part` checks
        // a part, then by the parser.
        func sheetPart(_ path: String) -> Result<InflatingStream?, Problem.WorkbookFault> {
            guard let entry = archive[path] else { return .success(nil) }
            guard !entry.isFolder else { return .failure(.damaged(path)) }
            guard let checking = archive.stream(entry, limit: partLimit) else {
                return .failure(entry.uncompressedSize > partLimit ? .partTooLarge(path) : .damaged(path))
            }
            var check = StreamedPartCheck()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let read = buffer.withUnsafeMutableBufferPointer { chunk -> Int? in
                    guard let count = checking.read(into: chunk.baseAddress!, maxLength: chunk.count) else { return nil }
                    check.add(UnsafeBufferPointer(rebasing: chunk[..<count]))
                    return count
                }
                guard let read else { return .failure(checking.fault == .tooLarge ? .partTooLarge(path) : .damaged(path)) }
                if read == 0 { break }
            }
            switch check.finish() {
            case .sound: break
            case .documentType: return .failure(.documentType(path))
            case .notUTF8, .emptyProcessingInstruction: return .failure(.damaged(path))
            }
            return archive.stream(entry, limit: partLimit).map { .success(InflatingStream($0)) } ?? .failure(.damaged(path))
        }

        do {
            // The package's own relationships name the workbook part (nearly always xl/workbook.xml).
            var workbookPath = "xl/workbook.xml"
            if let rootRels = try part("_rels/.rels").get() {
                let relations = try WorkbookXML.relationships(rootRels, part: "_rels/.rels", base: "").get()
                if let main = relations.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPath = main.target }
            }
            guard let workbookXML = try part(workbookPath).get() else { return refuse(.missingPart(workbookPath)) }
            let listed = try WorkbookXML.sheetList(workbookXML, part: workbookPath).get()
            let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
            let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
            guard let relsXML = try part(relsPath).get() else { return refuse(.missingPart(relsPath)) }
            let relations = try WorkbookXML.relationships(relsXML, part: relsPath, base: folder).get()
            let targets = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

            // Which sheets are read, each from a part of its own, so that no part is read twice:
            // a damaged or hostile workbook may list many sheets that all point at one part, and
            // real workbooks never do.
            var toRead: [(name: String, part: String)] = []
            var partsListed: Set<String> = []
            for entry in listed.sheets {
                // Chart sheets and dialog sheets hold no rows.
                guard let relation = targets[entry.relation], relation.type.hasSuffix("/worksheet") else { continue }
                guard partsListed.insert(relation.target).inserted else { return refuse(.partShared(relation.target)) }
                toRead.append((entry.name, relation.target))
            }
            let wanted = toRead.filter { reading?($0.name) ?? true }

            var sharedStrings: [String] = []
            var dateStyles: [Bool] = []
            if !wanted.isEmpty {
                if let sharedPath = relations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target, let xml = try part(sharedPath).get() {
                    sharedStrings = try WorkbookXML.sharedStrings(xml, part: sharedPath).get()
                }
                if let stylesPath = relations.first(where: { $0.type.hasSuffix("/styles") })?.target, let xml = try part(stylesPath).get() {
                    dateStyles = try WorkbookXML.dateStyles(xml, part: stylesPath).get()
                }
            }
            let context = WorkbookXML.CellContext(sharedStrings: sharedStrings, dateStyles: dateStyles, date1904: listed.date1904)

            var sheets: [Sheet] = []
            for (name, target) in toRead {
                guard reading?(name) ?? true else {
                    sheets.append(Sheet(name: name, rows: [], mergedRanges: [], problems: []))
                    continue
                }
                guard let xml = try sheetPart(target).get() else { return refuse(.missingPart(target)) }
                let place = file + "[" + name + "]"
                switch WorkbookXML.sheet(xml, part: target, place: place, context: context) {
                case .success(let read): sheets.append(Sheet(name: name, rows: read.rows, mergedRanges: read.merged, problems: read.problems))
                case .failure(let fault): return refuse(fault)
                }
            }
            return .success(Workbook(file: file, sheets: sheets))
        } catch {
            return refuse(error)
        }
    }
}

extension Problem {
    /// Why a file named as a workbook cannot be read as one.
    public enum WorkbookFault: Error, Sendable, Hashable {
        /// Not a ZIP container at all.
        case notZip
        /// The Excel 97–2003 binary format (`.xls`).
        case oldExcel
        /// An OpenDocument spreadsheet (`.ods`).
        case openDocument
        /// The ZIP container's records point outside the file: cut short or altered.
        case brokenZip
        /// A part the workbook needs is not in it.
        case missingPart(String)
        /// A part cannot be decompressed or is not well-formed XML.
        case damaged(String)
        /// A part expands to more than PartnerMap reads (1 GB).
        case partTooLarge(String)
        /// A part declares a document type (`<!DOCTYPE`), which no spreadsheet writes and
        /// which could define entities that expand without end.
        case documentType(String)
        /// Two sheets point at the same part, which no spreadsheet writes.
        case partShared(String)
    }
}
