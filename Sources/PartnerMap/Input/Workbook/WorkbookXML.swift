import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The XML parts of a workbook (SpreadsheetML, ECMA-376 part 1), each read by Foundation's
/// streaming parser into what ``Workbook`` needs: the sheet list, the relationships that say
/// where each part is, the shared strings, which cell styles are dates, and each sheet's cells.
///
/// Element names are compared by their local name, so that a part written with a namespace
/// prefix (`<x:c>`, as some .NET libraries write) reads like one without.
enum WorkbookXML {
    typealias Fault = Problem.WorkbookFault

    struct Relationship {
        var id: String
        var type: String
        /// The part's path in the archive (`xl/worksheets/sheet1.xml`).
        var target: String
    }

    struct SheetList {
        var sheets: [(name: String, relation: String)] = []
        var date1904 = false
    }

    /// What a cell's text depends on beyond the cell itself.
    struct CellContext {
        var sharedStrings: [String]
        /// Per cell style (`s`), whether its number format is a date or time.
        var dateStyles: [Bool]
        var date1904: Bool
    }

    static func relationships(_ data: Data, part: String, base: String) -> Result<[Relationship], Fault> {
        var result: [Relationship] = []
        let parsed = parse(data) { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            guard attributes["TargetMode"] != "External" else { return }
            result.append(Relationship(id: id, type: attributes["Type"] ?? "", target: resolve(target, base: base)))
        }
        return parsed ? .success(result) : .failure(.damaged(part))
    }

    /// A relationship's target as a path in the archive: absolute (`/xl/…`) or relative to the
    /// folder of the part that names it, `..` resolved.
    static func resolve(_ target: String, base: String) -> String {
        var components = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for component in target.split(separator: "/") {
            if component == ".." { _ = components.popLast() } else if component != "." { components.append(String(component)) }
        }
        return components.joined(separator: "/")
    }

    static func sheetList(_ data: Data, part: String) -> Result<SheetList, Fault> {
        var list = SheetList()
        let parsed = parse(data) { name, attributes in
            switch name {
            case "workbookPr": list.date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case "sheet":
                // `r:id`, whatever prefix the relationships namespace was given.
                guard let sheetName = attributes["name"],
                    let relation = attributes.first(where: { $0.key == "id" || $0.key.hasSuffix(":id") })?.value
                else { return }
                list.sheets.append((sheetName, relation))
            default: break
            }
        }
        return parsed ? .success(list) : .failure(.damaged(part))
    }

    /// The shared strings table: each `<si>`'s text, its rich-text runs joined, phonetic
    /// guides (`<rPh>`, Japanese readings) left out.
    static func sharedStrings(_ data: Data, part: String) -> Result<[String], Fault> {
        let delegate = TextDelegate(item: "si")
        return run(delegate, on: data) ? .success(delegate.items) : .failure(.damaged(part))
    }

    /// For each cell style (`<cellXfs>`'s `<xf>` in order), whether it shows numbers as dates.
    static func dateStyles(_ data: Data, part: String) -> Result<[Bool], Fault> {
        var customFormats: [Int: String] = [:]
        var styles: [Bool] = []
        var inCellXfs = false
        let delegate = ElementDelegate { name, attributes, starts in
            switch (name, starts) {
            case ("numFmt", true):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] { customFormats[id] = code }
            case ("cellXfs", _): inCellXfs = starts
            case ("xf", true) where inCellXfs:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                styles.append(customFormats[id].map(isDateFormat) ?? builtInDateFormats.contains(id))
            default: break
            }
        }
        return run(delegate, on: data) ? .success(styles) : .failure(.damaged(part))
    }

    /// Excel's built-in number formats that show a date or a time (ECMA-376 §18.8.30, with
    /// the East Asian ones).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A custom format shows a date or time when, outside quoted text, escapes and `[…]`
    /// sections (colours, locales), it uses a day, month, year, hour or second code.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false
        var inBrackets = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            case "d", "m", "y", "h", "s":
                // (A `where` clause would guard only the last pattern.)
                if !inQuotes && !inBrackets { return true }
            default: break
            }
        }
        return false
    }

    /// A sheet's rows, its merged ranges and the cells whose value would be a guess.
    static func sheet(_ data: Data, part: String, place: String, context: CellContext)
        -> Result<(rows: [Workbook.Row], merged: [String], problems: [Diagnostic]), Fault>
    {
        let delegate = SheetDelegate(place: place, context: context)
        guard run(delegate, on: data), !delegate.damaged else { return .failure(.damaged(part)) }
        return .success((delegate.rows, delegate.merged, delegate.diagnostics))
    }

    /// The same, from the sheet's bytes expanded as they are parsed; damaged unless every byte
    /// was read and found whole.
    static func sheet(_ stream: InflatingStream, part: String, place: String, context: CellContext)
        -> Result<(rows: [Workbook.Row], merged: [String], problems: [Diagnostic]), Fault>
    {
        let delegate = SheetDelegate(place: place, context: context)
        guard XMLParser.reading(stream: stream, delegate: delegate).parse(), stream.isComplete, !delegate.damaged else {
            return .failure(.damaged(part))
        }
        return .success((delegate.rows, delegate.merged, delegate.diagnostics))
    }

    // MARK: Parsing

    private static func run(_ delegate: XMLParserDelegate, on data: Data) -> Bool {
        XMLParser.reading(data, delegate: delegate).parse()
    }

    /// Parses a part whose elements carry everything in their attributes.
    private static func parse(_ data: Data, element: @escaping (String, [String: String]) -> Void) -> Bool {
        run(ElementDelegate { name, attributes, starts in if starts { element(name, attributes) } }, on: data)
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private final class ElementDelegate: NSObject, XMLParserDelegate {
        let handle: (String, [String: String], Bool) -> Void
        init(_ handle: @escaping (String, [String: String], Bool) -> Void) { self.handle = handle }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            handle(WorkbookXML.local(name), attributes, true)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            handle(WorkbookXML.local(name), [:], false)
        }
    }

    /// The text of each `item` element: its `<t>` children outside phonetic runs.
    private final class TextDelegate: NSObject, XMLParserDelegate {
        let item: String
        var items: [String] = []
        var current: String?
        var inText = false
        var inPhonetic = false

        init(item: String) { self.item = item }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            switch WorkbookXML.local(name) {
            case item: current = ""
            case "t": inText = true
            case "rPh": inPhonetic = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText, !inPhonetic, current != nil { current! += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch WorkbookXML.local(name) {
            case item:
                items.append(current ?? "")
                current = nil
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
    }

    /// A worksheet's `<sheetData>` into rows of cell texts, and its merged ranges.
    private final class SheetDelegate: NSObject, XMLParserDelegate {
        let place: String
        let context: CellContext
        var rows: [Workbook.Row] = []
        var merged: [String] = []
        var diagnostics: [Diagnostic] = []
        var damaged = false

        private var rowNumber = 0
        private var cells: [String] = []
        private var cell: (column: Int, type: String, style: Int, reference: String)?
        private var value = ""
        private var inlineText = ""
        private var hasFormula = false
        private var reading: Reading = .nothing
        private enum Reading { case nothing, value, inlineText, phonetic }

        init(place: String, context: CellContext) {
            self.place = place
            self.context = context
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) {
            switch WorkbookXML.local(name) {
            case "row":
                rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                cells = []
            case "c":
                let reference = attributes["r"] ?? ""
                let column = reference.isEmpty ? cells.count : Self.column(of: reference)
                guard let column, column < 16_384 else {
                    damaged = true
                    return
                }
                let shown = reference.isEmpty ? SheetTable.columnLetters(column) + String(rowNumber) : reference
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0, shown)
                value = ""
                inlineText = ""
                hasFormula = false
            case "v": reading = .value
            case "f": hasFormula = true
            case "t" where cell != nil && reading != .phonetic: reading = .inlineText
            case "rPh": reading = .phonetic
            case "mergeCell": if let range = attributes["ref"] { merged.append(range) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            switch reading {
            case .value: value += string
            case .inlineText: inlineText += string
            case .nothing, .phonetic: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch WorkbookXML.local(name) {
            case "v", "t": if reading != .phonetic { reading = .nothing }
            case "rPh": reading = .nothing
            case "c":
                guard let cell else { return }
                self.cell = nil
                guard let text = text(of: cell) else { return }
                guard !text.isEmpty else { return }
                if cells.count <= cell.column { cells += Array(repeating: "", count: cell.column + 1 - cells.count) }
                cells[cell.column] = text
            case "row":
                if cells.contains(where: { !$0.isEmpty }) { rows.append(Workbook.Row(number: rowNumber, cells: cells)) }
                cells = []
            default: break
            }
        }

        /// What the cell shows; `nil` when it cannot be read without a guess (said in `diagnostics`).
        private func text(of cell: (column: Int, type: String, style: Int, reference: String)) -> String? {
            func refuse(_ problem: Problem) -> String? {
                diagnostics.append(Diagnostic(file: place, line: rowNumber, problem: problem))
                return nil
            }
            switch cell.type {
            case "s":
                guard let index = Int(value.trimmedWhitespace), context.sharedStrings.indices.contains(index) else {
                    damaged = true
                    return nil
                }
                return context.sharedStrings[index].trimmedWhitespace
            case "inlineStr": return inlineText.trimmedWhitespace
            case "str": return value.trimmedWhitespace
            case "b": return value.trimmedWhitespace == "1" ? "true" : "false"
            case "e": return refuse(.excelError(cell: cell.reference, value: value.trimmedWhitespace))
            case "d":
                // An ISO 8601 date-time (strict Open XML); midnight is a plain date.
                let text = value.trimmedWhitespace
                return text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") ? String(text.prefix(10)) : text
            default:
                let text = value.trimmedWhitespace
                if text.isEmpty { return hasFormula ? refuse(.formulaWithoutValue(cell: cell.reference)) : "" }
                guard let number = Double(text), number.isFinite else {
                    damaged = true
                    return nil
                }
                if context.dateStyles.indices.contains(cell.style), context.dateStyles[cell.style] {
                    guard let date = ExcelDate.text(serial: number, date1904: context.date1904) else {
                        return refuse(.excelDateOutOfRange(cell: cell.reference, serial: text))
                    }
                    return date
                }
                return ExcelDate.numberText(text, number)
            }
        }

        /// The 0-based column of a reference (`C4` → 2), `nil` when it has no letters.
        static func column(of reference: String) -> Int? {
            var column = 0
            var letters = 0
            for byte in reference.utf8 {
                switch byte {
                case 0x41...0x5A: column = column * 26 + Int(byte - 0x40)
                case 0x61...0x7A: column = column * 26 + Int(byte - 0x60)
                default:
                    return letters == 0 ? nil : column - 1
                }
                letters += 1
                if letters > 3 { return nil }
            }
            return letters == 0 ? nil : column - 1
        }
    }
}
