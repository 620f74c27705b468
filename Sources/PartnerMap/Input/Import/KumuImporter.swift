import Foundation

/// A Kumu map: its JSON export (a blueprint, `{"elements": [...], "connections": [...]}`) or
/// its spreadsheet layout saved as two CSV files (an Elements sheet with `Label, Type,
/// Description, Tags` and a Connections sheet with `From, To, Type, Strength`).
///
/// Elements are organisations (their label the name; a type that names an organisation type
/// kept; tags, or a `sector` field, as sectors); connections, which name elements by label, are
/// partnerships, as for GraphML.
public enum KumuImporter {
    /// A Kumu JSON export as a network.
    public static func readJSON(_ path: String) throws(NetworkLoadError) -> ImportResult {
        let text = try TextFile.read(path).mapError { NetworkLoadError([$0]) }.get()
        let parsed = StrictJSON.parse(text, file: path)
        if case .failure(let problem) = parsed { throw NetworkLoadError([problem]) }
        guard case .success(let value) = parsed, let object = value as? [String: Any],
            let elements = object["elements"] as? [Any]
        else {
            throw NetworkLoadError([Diagnostic(file: path, line: nil, problem: .notImportFormat(.kumuBlueprint))])
        }
        let connections = object["connections"] as? [Any] ?? []
        func fields(_ item: Any) -> [String: String] {
            guard let dictionary = item as? [String: Any] else { return [:] }
            var flat: [String: String] = [:]
            // Kumu keeps fields at the top or under `attributes`.
            for (key, value) in (dictionary["attributes"] as? [String: Any] ?? [:]).merging(dictionary, uniquingKeysWith: { inner, _ in inner }) {
                switch value {
                case let text as String: flat[key.lowercased()] = text
                case let number as NSNumber: flat[key.lowercased()] = number.stringValue
                case let list as [Any]: flat[key.lowercased()] = list.compactMap { $0 as? String }.joined(separator: ";")
                default: break
                }
            }
            return flat
        }
        return try build(
            elements: elements.enumerated().map { (fields($0.element), $0.offset + 1) },
            connections: connections.enumerated().map { (fields($0.element), $0.offset + 1) },
            elementsFile: path, connectionsFile: path, lineWord: "item")
    }

    /// Kumu's elements and connections sheets as a network.
    public static func readCSV(elements elementsPath: String, connections connectionsPath: String) throws(NetworkLoadError) -> ImportResult {
        try read(elements: CSVRows.read(elementsPath).get(), connections: CSVRows.read(connectionsPath).get())
    }

    /// The Elements and Connections sheets, from CSV files or a workbook Kumu exported.
    static func read(elements: CSVRows, connections: CSVRows) throws(NetworkLoadError) -> ImportResult {
        func fields(_ row: CSVRows.Row, _ columns: [String]) -> [String: String] {
            var flat: [String: String] = [:]
            for column in columns { if let value = row[column] { flat[column] = value } }
            return flat
        }
        let elementColumns = ["label", "type", "description", "tags", "sector", "sectors", "area", "city"]
        let connectionColumns = ["from", "to", "type", "strength", "weight", "label"]
        return try build(
            elements: elements.rows.map { (fields($0, elementColumns), $0.line) },
            connections: connections.rows.map { (fields($0, connectionColumns), $0.line) },
            elementsFile: elements.file, connectionsFile: connections.file, lineWord: "line")
    }

    private static func build(
        elements: [([String: String], Int)], connections: [([String: String], Int)],
        elementsFile: String, connectionsFile: String, lineWord: String
    ) throws(NetworkLoadError) -> ImportResult {
        var diagnostics: [Diagnostic] = []
        var graph = ForeignGraph()
        var labels: [String: Int] = [:]
        for (fields, line) in elements {
            guard let label = fields["label"], !label.isEmpty else {
                diagnostics.append(Diagnostic(file: elementsFile, line: line, problem: .rowWithout(fields: ["label"], row: .element)))
                continue
            }
            if let first = labels[label] {
                diagnostics.append(Diagnostic(file: elementsFile, line: line, problem: .alreadyOnLine(.element(label, item: lineWord == "item"), firstLine: first)))
                continue
            }
            labels[label] = line
            var attributes = ["label": label]
            if let type = fields["type"] ?? fields["element type"] { attributes["type"] = type }
            if let sectors = fields["sector"] ?? fields["sectors"] ?? fields["tags"] { attributes["sectors"] = sectors }
            if let area = fields["area"] ?? fields["city"] { attributes["area"] = area }
            graph.nodes.append(ForeignGraph.Node(id: label, attributes: attributes, line: line))
        }
        for (fields, line) in connections {
            guard let from = fields["from"], let to = fields["to"] else {
                diagnostics.append(Diagnostic(file: connectionsFile, line: line, problem: .rowWithout(fields: ["from", "to"], row: .connection)))
                continue
            }
            for end in [from, to] where labels[end] == nil {
                diagnostics.append(
                    Diagnostic(
                        file: connectionsFile, line: line,
                        problem: .unknownReference(
                            field: end == from ? "from" : "to", id: end, expected: .kumuElement, suggestion: Suggestion.closest(to: end, in: labels.keys.sorted()))))
            }
            var attributes: [String: String] = [:]
            if let weight = fields["strength"] ?? fields["weight"] {
                guard let value = AmountText.plainNumber(weight), value > 0 else {
                    diagnostics.append(Diagnostic(file: connectionsFile, line: line, problem: .invalidWeight(weight, between: [])))
                    continue
                }
                attributes["weight"] = String(value)
            }
            if let type = fields["type"] ?? fields["connection type"] ?? fields["label"] { attributes["type"] = type }
            graph.edges.append(ForeignGraph.Edge(source: from, target: to, attributes: attributes, line: line))
        }
        guard diagnostics.isEmpty else { throw NetworkLoadError(diagnostics.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }) }
        return ForeignGraphImporter.convert(graph, file: elementsFile, format: "Kumu")
    }
}
