import Foundation

/// Reads the typed fields of one raw entry, recording a ``Diagnostic`` for every value of
/// the wrong shape and, at the end, for every field it was never asked for (a misspelt
/// column loses data silently otherwise).
struct FieldReader {
    let record: RawRecord
    let file: String
    /// How messages name the entry: "an organisation", "a project" ...
    let entity: String
    private(set) var diagnostics: [Diagnostic] = []
    private var asked: [String] = []

    init(_ record: RawRecord, file: String, entity: String) {
        self.record = record
        self.file = file
        self.entity = entity
    }

    /// The line a field was written on, or the entry's line.
    func line(of key: String) -> Int { record[key]?.line ?? record.line }

    mutating func report(_ problem: Problem, at key: String? = nil) {
        diagnostics.append(Diagnostic(file: file, line: key.map(line(of:)) ?? record.line, problem: problem))
    }

    /// A single text value, trimmed; `nil` when absent or empty.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        asked.append(key)
        switch record[key]?.kind {
        case .scalar(let value)?:
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty, required { report(.missingField(key, entity: entity), at: key) }
            return trimmed.isEmpty ? nil : trimmed
        case .list?, .nested?:
            report(.wrongShape(field: key, expected: "a single value, not a list"), at: key)
            return nil
        case .null?, nil:
            if required { report(.missingField(key, entity: entity), at: key) }
            return nil
        }
    }

    /// A list written as a YAML list or as one value with items separated by `;`.
    mutating func list(_ key: String) -> [String] {
        asked.append(key)
        let items: [String]
        switch record[key]?.kind {
        case .scalar(let value)?: items = value.split(separator: ";").map(String.init)
        case .list(let values)?: items = values
        case .nested?:
            report(.wrongShape(field: key, expected: "a list of plain values"), at: key)
            return []
        case .null?, nil: return []
        }
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// A number; amounts may be written with spaces or commas between thousands and a
    /// decimal comma, as French spreadsheets do. Returns the text too, for messages.
    mutating func number(_ key: String) -> (value: Double, text: String)? {
        guard let text = text(key) else { return nil }
        return (NumberText.parse(text), text)
    }

    mutating func yearMonth(_ key: String) -> YearMonth? {
        guard let text = text(key) else { return nil }
        guard let value = YearMonth(parsing: text) else {
            report(.invalidValue(field: key, value: text, expected: "a date written YYYY, YYYY-MM or YYYY-MM-DD"), at: key)
            return nil
        }
        return value
    }

    mutating func year(_ key: String) -> Int? {
        guard let text = text(key) else { return nil }
        guard let year = Int(text), (1000...9999).contains(year) else {
            report(.invalidValue(field: key, value: text, expected: "a four-digit year"), at: key)
            return nil
        }
        return year
    }

    mutating func flag(_ key: String) -> Bool {
        guard let text = text(key) else { return false }
        switch text.lowercased() {
        case "true", "yes", "oui", "1", "y", "x": return true
        case "false", "no", "non", "0", "n": return false
        default:
            report(.invalidValue(field: key, value: text, expected: "true or false"), at: key)
            return false
        }
    }

    /// A value from a fixed vocabulary, matched without regard to case, spaces or underscores.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, of type: T.Type, aliases: [String: T] = [:]) -> T?
    where T.RawValue == String {
        guard let text = text(key) else { return nil }
        let normalised = text.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        if let value = T(rawValue: normalised) ?? aliases[normalised] { return value }
        let names = T.allCases.map(\.rawValue)
        report(.invalidValue(field: key, value: text, expected: "one of " + names.joined(separator: ", ")), at: key)
        return nil
    }

    /// Reports every field of the entry that no reader asked for.
    mutating func finish() {
        for (key, _) in record.fields where !asked.contains(key) {
            report(.unknownField(key, entity: entity, suggestion: Suggestion.closest(to: key, in: asked)), at: key)
        }
    }
}

/// Numbers as coordinators type them: `125000`, `125 000`, `125,000.50`, `125 000,50`, `$125,000`.
enum NumberText {
    /// The value, or NaN when the text is not a finite number.
    static func parse(_ text: String) -> Double {
        var cleaned = String(text.unicodeScalars.filter {
            !($0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "$" || $0 == "€" || $0 == "_")
        })
        if cleaned.contains(","), cleaned.contains(".") {
            cleaned = cleaned.replacingOccurrences(of: ",", with: "")
        } else if cleaned.contains(",") {
            let groups = cleaned.split(separator: ",", omittingEmptySubsequences: false)
            let thousands = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
            cleaned = thousands ? groups.joined() : cleaned.replacingOccurrences(of: ",", with: ".")
        }
        guard cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(cleaned), value.isFinite else { return .nan }
        return value
    }
}
