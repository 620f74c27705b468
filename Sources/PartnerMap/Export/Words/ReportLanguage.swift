/// The language of a report: every heading, label and sentence in French or English.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case en, fr

    /// The language of a network's texts this output shows (``Network/inLanguage(_:)``).
    public var spoken: Language {
        switch self {
        case .en: .en
        case .fr: .fr
        }
    }

    /// An amount with its currency as each language writes it: `$715,000` in English, `715 000 $`
    /// in French (Office québécois de la langue française: the sign after the number, a space
    /// between them). US dollars, euros and pounds by their signs (`US$`, `$ US`, `€`, `£`); another
    /// currency by its code (`CHF 500`, `500 CHF`). `mixed` says that several currencies meet in
    /// what is shown, so that the Canadian dollar says which it is (`CA$715,000`, `715 000 $ CA`).
    public func amount(_ value: Double, _ currency: String, mixed: Bool = false) -> String {
        money(number(value), currency, mixed: mixed)
    }

    /// An amount for a sentence or a summary: a million or more in millions (`$3.75M`, `3,75 M$`),
    /// a billion or more in billions (`$1.2B`, `1,2 G$`), anything smaller as ``amount(_:_:mixed:)``.
    public func shortAmount(_ value: Double, _ currency: String, mixed: Bool = false) -> String {
        let size = abs(value)
        guard size >= 1_000_000 else { return amount(value, currency, mixed: mixed) }
        let (scaled, english, french) = size >= 1_000_000_000 ? (value / 1_000_000_000, "B", "G") : (value / 1_000_000, "M", "M")
        var figure = NumberFormat.decimal(scaled, places: 2)
        while figure.hasSuffix("0") { figure.removeLast() }
        if figure.hasSuffix(".") { figure.removeLast() }
        if self == .fr { figure = figure.replacingOccurrences(of: ".", with: ",") }
        return money(figure, currency, mixed: mixed, scale: self == .fr ? french : english)
    }

    private func money(_ figure: String, _ currency: String, mixed: Bool, scale: String = "") -> String {
        switch (self, currency.uppercased()) {
        case (.en, "CAD"): return (mixed ? "CA$" : "$") + figure + scale
        case (.en, "USD"): return "US$" + figure + scale
        case (.en, "EUR"): return "€" + figure + scale
        case (.en, "GBP"): return "£" + figure + scale
        case (.en, _): return currency + " " + figure + scale
        case (.fr, "CAD"): return figure + "\u{00A0}" + scale + (mixed ? "$\u{00A0}CA" : "$")
        case (.fr, "USD"): return figure + "\u{00A0}" + scale + "$\u{00A0}US"
        case (.fr, "EUR"): return figure + "\u{00A0}" + scale + "€"
        case (.fr, "GBP"): return figure + "\u{00A0}" + scale + "£"
        case (.fr, _): return figure + "\u{00A0}" + (scale.isEmpty ? "" : scale + " ") + currency
        }
    }

    /// An amount without its currency: `3,750,000`, `3 750 000`.
    public func number(_ value: Double) -> String {
        let english = NumberFormat.amount(value)
        guard self == .fr else { return english }
        return english.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
    }

    /// A number as the file gave it (`2`, `2.5`), with a decimal comma in French (`2,5`).
    public func plain(_ value: Double) -> String {
        let text = formatNumber(value)
        return self == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
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
