import Foundation

/// Every kind of file the analysis commands read, recognised in one place: a network file
/// (YAML, JSON, a folder of CSV files, an Excel workbook with a sheet per section) or a graph from another tool (an edge list, GraphML,
/// GEXF, DOT).
///
/// A folder is a CSV network. A file is known by its extension when the extension says what it
/// is (`.yaml`, `.json`, `.graphml`, `.gexf`, `.dot`, `.gv`); otherwise (`.txt`, `.csv`, no
/// extension, KONECT's `out.NAME`) by its first bytes, so that a DOT graph saved as `.txt` or a
/// network file saved without an extension is read for what it is.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml, json
    case csvFolder = "csv-folder"
    case workbook
    case edgeList = "edge-list"
    case graphML = "graphml"
    case gexf, dot

    /// Whether the format holds a network's entries (organisations, their sources, dates and
    /// confirmations), not only a graph's nodes and ties.
    public var holdsNetwork: Bool {
        switch self {
        case .yaml, .json, .csvFolder, .workbook: true
        case .edgeList, .graphML, .gexf, .dot: false
        }
    }

    /// What a path holds; `nil` when it does not exist or nothing fits.
    public static func recognise(path: String) -> InputFormat? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return .csvFolder }
        let url = URL(fileURLWithPath: path)
        switch url.pathExtension.lowercased() {
        case "yaml", "yml": return .yaml
        case "json": return .json
        case "graphml": return .graphML
        case "gexf": return .gexf
        case "dot", "gv": return .dot
        // .xls and .ods too, so that their reader says how to save them as .xlsx.
        case "xlsx", "xlsm", "xls", "ods": return .workbook
        default: break
        }
        let byName: InputFormat? = url.lastPathComponent.hasPrefix("out.") || edgeListExtensions.contains(url.pathExtension.lowercased()) ? .edgeList : nil
        guard let handle = FileHandle(forReadingAtPath: path) else { return byName }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        return recognise(head: head) ?? byName
    }

    /// The extensions of edge lists: pairs of names, one tie a line.
    static let edgeListExtensions: Set<String> = ["txt", "edges", "edgelist", "el", "tsv", "csv", "ncol"]

    /// A format told by a file's first bytes alone, when they leave no doubt: an XML graph by
    /// its root element, DOT by its `graph {` or `digraph {` header, a network file by its
    /// first key. An edge list has no mark of its own and is never recognised here.
    static func recognise(head: Data) -> InputFormat? {
        // A ZIP container (PK\3\4): the only one a network is given in is a workbook.
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .workbook }
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let start = text.drop { $0.isWhitespace }
        if start.hasPrefix("<") {
            if text.contains("<graphml") { return .graphML }
            if text.contains("<gexf") { return .gexf }
            return nil
        }
        if start.hasPrefix("{") {
            return text.contains("\"organisations\"") || text.contains("\"name\"") ? .json : nil
        }
        // DOT: comments, then `[strict] (graph|digraph) [ID] {`, keywords in any case.
        var rest = Substring(start)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("//") || rest.hasPrefix("#") {
                rest = rest.drop { !$0.isNewline }
            } else if rest.hasPrefix("/*"), let end = rest.range(of: "*/") {
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        if rest.prefixMatch(of: /(?i)(strict\s+)?(di)?graph\b[^{\n;]*\{/) != nil { return .dot }
        // A network file's first key, as YAML writes it.
        let firstLine = start.prefix { !$0.isNewline }
        if firstLine.prefixMatch(of: /(name|description|sources|organisations|projects|partnerships|memberships|funding|priorities)\s*:(\s|$)/) != nil {
            return .yaml
        }
        return nil
    }
}
