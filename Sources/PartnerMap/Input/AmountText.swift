/// Amounts as coordinators type them in English and French spreadsheets, read exactly or refused.
///
/// A total a council cannot trust is worse than no total, so this grammar never guesses:
///
/// - plain numbers: `125000`, `125000.50`, `1.5e6`;
/// - thousands separated by a comma, a dot, a space, a no-break space or a narrow no-break space,
///   with the decimal mark the other one of comma and dot: `125,000.50`, `125 000,50`,
///   `25.000,00`, `1,250,000`; every group after the first has three digits;
/// - a currency symbol or three-letter code before or after the number: `$125,000`,
///   `125 000 $`, `€5000`, `5000 EUR`, `CAD 1,250,000.00`. `$` is a dollar (CAD when the entry
///   gives no currency), `CA$`/`C$` Canadian, `US$` American, `€` euro, `£` pound sterling;
/// - a leading minus sign is read, so that a negative amount is reported as such.
///
/// A form that reads two ways is refused with both readings: `1,500` (1500 with a comma between
/// thousands, or 1.5 with a decimal comma) and `1.500`. Anything else that is not in the grammar
/// is refused with what to write instead; no character is ever dropped silently.
public enum AmountText {
    /// A number read from text, with the currency its symbol or code named.
    public struct Reading: Sendable, Hashable {
        /// The amount read.
        public var value: Double
        /// The currency the text names (`EUR` for `€5000`), `nil` when it names none.
        public var currency: String?
        /// True for a bare `$`, which any dollar currency (CAD, USD, AUD …) agrees with.
        public var isDollarSign: Bool
    }

    /// Why a text is not an amount.
    public enum Failure: Error, Sendable, Hashable {
        /// Two readings, each with the way to write it unambiguously.
        case ambiguous(first: Double, second: Double)
        case malformed(Problem.NumberFault)
    }

    /// Reads `text` as an amount.
    public static func read(_ text: String) -> Result<Reading, Failure> {
        // Most cells are plain digits, or digits with decimals (`15000.0`, as exports write
        // them): read them without the grammar's machinery.
        if let value = plainDecimal(text) { return .success(Reading(value: value, currency: nil, isDollarSign: false)) }
        var body = Substring(text.trimmedWhitespace)
        guard !body.isEmpty else { return .failure(.malformed(.empty)) }
        var currency: String?
        var dollar = false
        var negative = false
        if body.first == "-" || body.first == "\u{2212}" {
            negative = true
            body = body.dropFirst().drop(while: isSpace)
        }

        // A symbol or code before the number, then after it.
        if let (symbol, code, isDollar) = currencyPrefix(of: body) {
            body = body.dropFirst(symbol.count).drop(while: isSpace)
            currency = code
            dollar = isDollar
        }
        if let (symbol, code, isDollar) = currencySuffix(of: body) {
            if currency != nil || dollar {
                return .failure(.malformed(.currencyTwice))
            }
            body = body.dropLast(symbol.count)
            while let last = body.last, isSpace(last) { body = body.dropLast() }
            currency = code
            dollar = isDollar
        }
        if !negative, body.first == "-" || body.first == "\u{2212}" {
            negative = true
            body = body.dropFirst()
        } else if body.first == "+" {
            body = body.dropFirst()
        }
        switch number(String(body)) {
        case .failure(let failure):
            if case .ambiguous(let first, let second) = failure, negative {
                return .failure(.ambiguous(first: -first, second: -second))
            }
            return .failure(failure)
        case .success(let value):
            return .success(Reading(value: negative ? -value : value, currency: currency, isDollarSign: dollar))
        }
    }

    /// The value of digits, or of digits, a dot and digits, when the grammar reads it as that
    /// number; `nil` for anything else, which the grammar reads. `1.500` and `12.500` read two
    /// ways (a dot between thousands, or a decimal mark), so the grammar has them too.
    private static func plainDecimal(_ text: String) -> Double? {
        var whole = 0
        var decimals = 0
        var dot = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                if dot { decimals += 1 } else { whole += 1 }
            } else if byte == 0x2E, !dot {
                dot = true
            } else {
                return nil
            }
        }
        guard whole > 0, !dot || decimals > 0, !(decimals == 3 && whole <= 3), let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// The value of a text that is a number in this grammar without a currency, else `nil`.
    public static func plainNumber(_ text: String) -> Double? {
        guard case .success(let reading) = read(text), reading.currency == nil, !reading.isDollarSign else { return nil }
        return reading.value
    }

    /// How to write `value` so that it reads one way only: digits and at most one dot.
    public static func plain(_ value: Double) -> String { formatNumber(value) }

    // MARK: - The number itself

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}"
    }

    private static func number(_ text: String) -> Result<Double, Failure> {
        guard let first = text.first else { return .failure(.malformed(.noDigits)) }
        guard first.isASCII, first.isNumber || first == "." || first == "," else {
            return .failure(.malformed(.notStartingWithDigit))
        }
        // Scientific notation, as YAML and JSON write large numbers.
        if text.contains(where: { $0 == "e" || $0 == "E" }) {
            guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }), let value = Double(text) else {
                return .failure(.malformed(.notANumber))
            }
            return value.isFinite ? .success(value) : .failure(.malformed(.tooLarge))
        }
        var groups: [String] = [""]
        var separators: [Character] = []
        for character in text {
            if character.isASCII, character.isNumber {
                groups[groups.count - 1].append(character)
            } else if character == "," || character == "." || isSpace(character) {
                separators.append(isSpace(character) ? " " : character)
                groups.append("")
            } else {
                return .failure(.malformed(.strayCharacter(String(character))))
            }
        }
        if groups.contains(where: \.isEmpty) {
            return .failure(.malformed(.separatorNotBetweenDigits))
        }
        if separators.isEmpty { return finite(groups[0]) }

        let kinds = Set(separators)
        if kinds.contains(","), kinds.contains("."), separators.filter({ $0 != " " }).count >= 2 {
            // Both marks: the last one is the decimal mark, the other separates thousands.
            let decimalMark = separators.last!
            guard decimalMark != " ", separators.dropLast().allSatisfy({ $0 != decimalMark }),
                separators.dropLast().allSatisfy({ $0 == " " }) || Set(separators.dropLast()).count == 1
            else {
                return .failure(.malformed(.mixedSeparators))
            }
            return thousands(Array(groups.dropLast()), decimals: groups.last!)
        }
        if kinds == [" "] { return thousands(groups, decimals: nil) }
        if kinds.contains(" ") {
            // Spaces separate thousands; the one comma or dot is the decimal mark.
            guard separators.last != " ", separators.filter({ $0 != " " }).count == 1 else {
                return .failure(.malformed(.spacedThousandsDecimal))
            }
            return thousands(Array(groups.dropLast()), decimals: groups.last!)
        }
        // One kind of mark only.
        if separators.count > 1 { return thousands(groups, decimals: nil) }
        let (whole, fraction) = (groups[0], groups[1])
        if fraction.count == 3, (1...3).contains(whole.count), whole != "0" {
            let asThousands = Double(whole + fraction)!
            let asDecimal = Double(whole + "." + fraction)!
            return .failure(.ambiguous(first: asThousands, second: asDecimal))
        }
        return finite(whole + "." + fraction)
    }

    /// Groups of thousands (the first of one to three digits, the others of three) and decimals.
    private static func thousands(_ groups: [String], decimals: String?) -> Result<Double, Failure> {
        guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            return .failure(.malformed(.groupNotThreeDigits))
        }
        return finite(groups.joined() + (decimals.map { "." + $0 } ?? ""))
    }

    private static func finite(_ digits: String) -> Result<Double, Failure> {
        guard let value = Double(digits), value.isFinite else { return .failure(.malformed(.tooLarge)) }
        return .success(value)
    }

    // MARK: - Currency

    private static let symbols: [(symbol: String, code: String?, dollar: Bool)] = [
        ("CA$", "CAD", false), ("C$", "CAD", false), ("US$", "USD", false), ("$", nil, true),
        ("€", "EUR", false), ("£", "GBP", false),
    ]

    private static func currencyPrefix(of text: Substring) -> (String, String?, Bool)? {
        for entry in symbols where text.hasPrefix(entry.symbol) { return (entry.symbol, entry.code, entry.dollar) }
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        if letters.count == 3, let after = text.dropFirst(3).first, isSpace(after) || after.isNumber || after == "-" {
            return (String(letters), letters.uppercased(), false)
        }
        return nil
    }

    private static func currencySuffix(of text: Substring) -> (String, String?, Bool)? {
        for entry in symbols where text.hasSuffix(entry.symbol) { return (entry.symbol, entry.code, entry.dollar) }
        let letters = String(text.reversed().prefix { $0.isASCII && $0.isLetter }.reversed())
        if letters.count == 3, let before = text.dropLast(3).last, isSpace(before) || before.isNumber {
            return (letters, letters.uppercased(), false)
        }
        return nil
    }

    /// Codes of the currencies written with a dollar sign.
    static let dollarCurrencies: Set<String> = ["CAD", "USD", "AUD", "NZD", "HKD", "SGD", "JMD", "TTD", "BSD", "BBD", "XCD", "MXN"]
}
