/// A month of a year, the precision coordinators record project and funding dates at.
///
/// Written `2019` (January is assumed for a start, December for an end is up to the reader),
/// `2019-03` or `2019-03-15` (the day is checked against the calendar, then dropped).
public struct YearMonth: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Year × 16 + month (0 when only the year is known), in four bytes: a file of a million
    /// dated partnerships holds two of these per entry.
    private var packed: Int32

    /// The year.
    public var year: Int {
        get { Int(packed >> 4) }
        set { packed = Int32(truncatingIfNeeded: newValue) << 4 | (packed & 0xF) }
    }

    /// 1 to 12, or `nil` when only the year is known.
    public var month: Int? {
        get { packed & 0xF == 0 ? nil : Int(packed & 0xF) }
        set { packed = (packed & ~0xF) | Int32(newValue ?? 0) & 0xF }
    }

    /// A year, or a year and a month (1 to 12).
    public init(year: Int, month: Int? = nil) {
        packed = Int32(truncatingIfNeeded: year) << 4 | Int32(month ?? 0) & 0xF
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(parsing text: String) {
        // A plain year, the common case, without splitting.
        if text.utf8.count == 4, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            let year = text.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            guard year >= 1000 else { return nil }
            packed = Int32(year) << 4
            return
        }
        // `YYYY-MM` and `YYYY-MM-DD` as the network file writes them, read from their bytes; any
        // other text, and any of these shapes that does not read, goes the long way.
        if let read = Self.dashed(text.utf8) {
            self = read
            return
        }
        let parts = text.trimmedWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]),
            (1000...9999).contains(year)
        else { return nil }
        packed = Int32(year) << 4
        if parts.count >= 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        }
        if parts.count == 3 {
            guard let month, parts[2].count == 2, let day = Int(parts[2]),
                (1...YearMonth.days(in: month, of: year)).contains(day)
            else { return nil }
        }
    }

    /// `YYYY-MM` or `YYYY-MM-DD` with a real month and day; `nil` for anything else.
    private static func dashed(_ utf8: String.UTF8View) -> YearMonth? {
        let count = utf8.count
        guard count == 7 || count == 10 else { return nil }
        var numbers = (0, 0, 0)
        for (index, byte) in utf8.enumerated() {
            if index == 4 || index == 7 {
                guard byte == 0x2D else { return nil }
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = Int(byte - 0x30)
            switch index {
            case 0..<4: numbers.0 = numbers.0 * 10 + digit
            case 5, 6: numbers.1 = numbers.1 * 10 + digit
            default: numbers.2 = numbers.2 * 10 + digit
            }
        }
        let (year, month, day) = numbers
        guard year >= 1000, (1...12).contains(month) else { return nil }
        if count == 10 { guard (1...days(in: month, of: year)).contains(day) else { return nil } }
        return YearMonth(year: year, month: month)
    }

    /// Days in a month of the Gregorian calendar (so that 2024-02-30 is refused, 2024-02-29 read).
    public static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// A Canadian fiscal year, `2024-25` or `2024-2025`: April of the first year to March of
    /// the next. `nil` for anything else.
    public static func fiscalYear(parsing text: String) -> (start: YearMonth, end: YearMonth)? {
        let parts = text.trimmedWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let first = Int(parts[0]), (1000...9998).contains(first),
            parts[1].allSatisfy(\.isASCII), let second = Int(parts[1])
        else { return nil }
        let next = first + 1
        let matches = (parts[1].count == 2 && second == next % 100) || (parts[1].count == 4 && second == next)
        return matches ? (YearMonth(year: first, month: 4), YearMonth(year: next, month: 3)) : nil
    }

    /// Months since year 0, with an unknown month counted as `defaultMonth`.
    public func monthIndex(defaultMonth: Int = 1) -> Int { year * 12 + (month ?? defaultMonth) - 1 }

    /// Earlier first; a year alone before its months.
    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month ?? 0) < (rhs.year, rhs.month ?? 0)
    }

    /// `YYYY` or `YYYY-MM`.
    public var description: String {
        guard let month else { return String(year) }
        return month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)"
    }

    /// Reads `YYYY` or `YYYY-MM`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let year = try? container.decode(Int.self) {
            self.init(year: year)
            return
        }
        let text = try container.decode(String.self)
        guard let value = YearMonth(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY or YYYY-MM, got \(text)")
        }
        self = value
    }

    /// Writes `YYYY` or `YYYY-MM`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
