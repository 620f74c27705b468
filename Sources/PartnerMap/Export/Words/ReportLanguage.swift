/// The language of a report: every heading, label and sentence in French or English.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, fr

    /// An amount as people write it: `3,750,000 CAD` in English, `3 750 000 CAD` in French.
    func amount(_ value: Double, _ currency: String) -> String { number(value) + " " + currency }

    /// An amount without its currency: `3,750,000`, `3 750 000`.
    func number(_ value: Double) -> String {
        let english = NumberFormat.amount(value)
        guard self == .fr else { return english }
        return english.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
    }

    /// A ratio with a fixed number of decimals, decimal comma in French.
    func decimal(_ value: Double, places: Int = 2) -> String {
        let text = NumberFormat.decimal(value, places: places)
        return self == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A figure in a sentence, two significant digits (``NumberFormat/significant(_:digits:)``),
    /// decimal comma and thin-space thousands in French.
    func significant(_ value: Double) -> String {
        let english = NumberFormat.significant(value)
        guard self == .fr else { return english }
        return english.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
    }

    /// A span of years: `2018–2022`; in French, `de 2018 à 2022`; one year alone when they are equal.
    func years(_ first: Int, _ last: Int) -> String {
        guard first != last else { return "\(first)" }
        return self == .fr ? "de \(first) à \(last)" : "\(first)–\(last)"
    }

    /// A share as a whole percentage: `42%`, `42 %`.
    func percent(_ fraction: Double) -> String {
        let value = Int((fraction * 100).rounded())
        return self == .fr ? "\(value)\u{202F}%" : "\(value)%"
    }

    /// `a, b and c` / `a, b et c`.
    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + (self == .fr ? " et " : " and ") + items.last!
        }
    }

    func plural(_ count: Int, _ singular: String, _ pluralForm: String) -> String {
        "\(count) " + (count == 1 || (self == .fr && count == 0) ? singular : pluralForm)
    }
}
