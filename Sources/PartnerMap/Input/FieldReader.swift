import Foundation

/// Reads the typed fields of one raw entry, recording a ``Diagnostic`` for every value of
/// the wrong shape and, at the end, for every field it was never asked for (a misspelt
/// column loses data silently otherwise).
struct FieldReader {
    let record: RawRecord
    let file: String
    /// How messages name the entry: "an organisation", "a project" ...
    let entity: Problem.Entity
    private(set) var diagnostics: [Diagnostic] = []
    private var asked: [String] = []
    /// The fields, by position (below 64), that a reader has looked up: `finish` need not
    /// search `asked` for them.
    private var lookedUp: UInt64 = 0

    init(_ record: RawRecord, file: String, entity: Problem.Entity) {
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
        switch lookUp(key)?.kind {
        case .scalar(let value)?:
            let trimmed = value.trimmedWhitespace
            if trimmed.isEmpty, required { report(.missingField(key, entity: entity), at: key) }
            // NUL, escape and the other control characters no one types: they would reach a
            // terminal, a CSV cell or the report as something other than text.
            if trimmed.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) {
                report(.controlCharacter(field: key, value: trimmed), at: key)
            }
            return trimmed.isEmpty ? nil : trimmed
        case .list?, .nested?:
            report(.wrongShape(field: key, expected: .singleValue), at: key)
            return nil
        case .null?, nil:
            if required { report(.missingField(key, entity: entity), at: key) }
            return nil
        }
    }

    /// Whether the entry gives the field a value (a problem with the value is reported elsewhere).
    func isWritten(_ key: String) -> Bool {
        switch record[key]?.kind {
        case .scalar(let value)?: !value.trimmedWhitespace.isEmpty
        case .list?, .nested?: true
        case .null?, nil: false
        }
    }

    /// A list written as a YAML list or as one value with items separated by `;`.
    mutating func list(_ key: String) -> [String] {
        let items: [String]
        switch lookUp(key)?.kind {
        case .scalar(let value)?:
            guard value.utf8.contains(UInt8(ascii: ";")) else {
                let item = value.trimmedWhitespace
                return item.isEmpty ? [] : [item]
            }
            // ASCII (ids always are) splits on the byte; other text on the character, so that a
            // `;` carrying a combining mark stays whole.
            items =
                value.utf8.allSatisfy { $0 < 0x80 }
                ? value.utf8.split(separator: UInt8(ascii: ";")).map { String(Substring($0)) }
                : value.split(separator: ";").map(String.init)
        case .list(let values)?: items = values
        case .nested?:
            report(.wrongShape(field: key, expected: .plainList), at: key)
            return []
        case .null?, nil: return []
        }
        return items.map(\.trimmedWhitespace).filter { !$0.isEmpty }
    }

    /// A plain number (a weight, a score) in the grammar of ``AmountText``, without a currency.
    /// Returns the text too, for messages.
    mutating func number(_ key: String) -> (value: Double, text: String)? {
        guard let text = text(key) else { return nil }
        guard let reading = readAmount(text, key: key) else { return nil }
        if reading.currency != nil || reading.isDollarSign {
            report(.invalidValue(field: key, value: text, expected: .plainNumber), at: key)
            return nil
        }
        return (reading.value, text)
    }

    /// An amount of money in the grammar of ``AmountText``; a currency it names must agree
    /// with `currency` when the entry gives one. Reports every problem; `nil` when unreadable.
    mutating func amount(_ key: String, currency: String?) -> (value: Double, currency: String?)? {
        guard let text = text(key) else { return nil }
        guard let reading = readAmount(text, key: key) else { return nil }
        if let currency {
            let agrees = reading.isDollarSign ? AmountText.dollarCurrencies.contains(currency) : (reading.currency ?? currency) == currency
            if !agrees {
                report(.currencyContradiction(amount: text, named: reading.currency ?? "a dollar currency", given: currency), at: key)
            }
            return (reading.value, currency)
        }
        return (reading.value, reading.currency ?? (reading.isDollarSign ? "CAD" : nil))
    }

    private mutating func readAmount(_ text: String, key: String) -> AmountText.Reading? {
        switch AmountText.read(text) {
        case .success(let reading): return reading
        case .failure(.ambiguous(let first, let second)):
            report(.ambiguousNumber(field: key, text: text, thousands: first, decimal: second), at: key)
        case .failure(.malformed(let reason)):
            report(.malformedNumber(field: key, text: text, reason: reason), at: key)
        }
        return nil
    }

    mutating func yearMonth(_ key: String) -> YearMonth? {
        guard let text = text(key) else { return nil }
        guard let value = YearMonth(parsing: text) else {
            report(.invalidValue(field: key, value: text, expected: .date), at: key)
            return nil
        }
        return value
    }

    /// A year, or a Canadian fiscal year (`2024-25`: April 2024 to March 2025) given as its period.
    mutating func yearOrFiscalYear(_ key: String) -> (year: Int?, fiscal: (start: YearMonth, end: YearMonth)?) {
        guard let text = text(key) else { return (nil, nil) }
        if let year = Int(text), (1000...9999).contains(year) { return (year, nil) }
        if let fiscal = YearMonth.fiscalYear(parsing: text) { return (nil, fiscal) }
        report(.invalidValue(field: key, value: text, expected: .yearOrFiscalYear), at: key)
        return (nil, nil)
    }

    mutating func year(_ key: String) -> Int? {
        guard let text = text(key) else { return nil }
        guard let year = Int(text), (1000...9999).contains(year) else {
            report(.invalidValue(field: key, value: text, expected: .year), at: key)
            return nil
        }
        return year
    }

    /// `true`, `false`, or `nil` when the field is absent.
    mutating func optionalFlag(_ key: String) -> Bool? {
        guard isWritten(key) else {
            asked.append(key)
            return nil
        }
        return flag(key)
    }

    mutating func flag(_ key: String) -> Bool {
        guard let text = text(key) else { return false }
        switch text.lowercased() {
        case "true", "yes", "oui", "1", "y", "x": return true
        case "false", "no", "non", "0", "n": return false
        default:
            report(.invalidValue(field: key, value: text, expected: .boolean), at: key)
            return false
        }
    }

    /// A value from a fixed vocabulary, matched without regard to case, spaces or underscores.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, of type: T.Type, aliases: [String: T] = [:]) -> T?
    where T.RawValue == String {
        guard let text = text(key) else { return nil }
        // Exact values (the common case) first; then any case, spaces and underscores as hyphens.
        if let value = T(rawValue: text) { return value }
        let normalised = String(text.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 })
        if let value = T(rawValue: normalised) ?? aliases[normalised] { return value }
        let names = T.allCases.map(\.rawValue)
        report(.invalidValue(field: key, value: text, expected: .oneOf(names)), at: key)
        return nil
    }

    /// The field named `key`, noting that it was asked for.
    private mutating func lookUp(_ key: String) -> RawValue? {
        asked.append(key)
        guard let index = record.index(of: key) else { return nil }
        if index < 64 { lookedUp |= 1 << index }
        return record.fields[index].value
    }

    /// Reports every field of the entry that no reader asked for.
    mutating func finish() {
        for (index, (key, _)) in record.fields.enumerated()
        where (index >= 64 || lookedUp & (1 << index) == 0) && !asked.contains(key) {
            report(.unknownField(key, entity: entity, suggestion: Suggestion.closest(to: key, in: asked)), at: key)
        }
    }
}
