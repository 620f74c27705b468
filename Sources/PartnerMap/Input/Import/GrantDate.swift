/// A date as grants data writes it, read exactly or refused with the reason: never dropped.
///
/// 360Giving publishers write dates in many ways; the UK standard writes the day first. Read:
/// `2014-03-17`, `2014-03-17T00:00:00Z`, `2008-06-04 00:00:00.000000`, `2014-03`, `2014`;
/// `17/03/2014`, `17-03-2014`, `17.03.2014`, `26/03/2001 00:00` (day, month, year); `08/2013`
/// (month, year); `19 April 2013`, `19 Apr 2013`, `1st April 2013`, `April 2013` (English month
/// names). A day or month that cannot be (`13/25/2014`, `31/02/2014`) is a problem, and so is
/// any other form.
enum GrantDate {
    static func read(_ text: String?) -> Result<YearMonth?, GrantDateProblem> {
        if let text, let iso = isoDate(text) { return iso }
        guard let raw = text?.trimmedWhitespace, !raw.isEmpty else { return .success(nil) }
        // ISO 8601, with or without a time.
        if let first = raw.first, first.isNumber, raw.count >= 4, raw.prefix(4).allSatisfy(\.isNumber) {
            let date = raw.prefix { $0 != "T" && $0 != " " }
            if let value = YearMonth(parsing: String(date)) { return .success(value) }
            if date.count == 10 || date.count == 7 || date.count == 4 { return .failure(GrantDateProblem(text: raw)) }
        }
        // Day first, with a separator; a time after a space is ignored.
        let datePart = raw.split(separator: " ").first.map(String.init) ?? raw
        for separator: Character in ["/", "-", "."] where datePart.contains(separator) {
            let parts = datePart.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { break }
            if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) {
                return validated(year: year, month: month, day: day, raw)
            }
            if parts.count == 2, parts[1].count == 4, let month = Int(parts[0]), let year = Int(parts[1]) {
                return validated(year: year, month: month, day: nil, raw)
            }
            break
        }
        // English month names: "19 April 2013", "1st Apr 2013", "April 2013".
        let words = raw.lowercased().replacingOccurrences(of: ",", with: " ").split(separator: " ").map(String.init)
        if (2...3).contains(words.count), let year = Int(words.last!), words.last!.count == 4 {
            let monthWord = words[words.count - 2]
            if let month = monthNames.firstIndex(where: { monthWord == $0 || (monthWord.count >= 3 && $0.hasPrefix(monthWord)) }) {
                var day: Int?
                if words.count == 3 {
                    let digits = words[0].prefix { $0.isNumber }
                    guard let value = Int(digits), ["", "st", "nd", "rd", "th"].contains(String(words[0].dropFirst(digits.count))) else {
                        return .failure(GrantDateProblem(text: raw))
                    }
                    day = value
                }
                return validated(year: year, month: month + 1, day: day, raw)
            }
        }
        return .failure(GrantDateProblem(text: raw))
    }

    /// `2014-03-17` (alone or before `T` or a space) and `17/03/2014`, read from their bytes: the
    /// forms of nearly every date of a national file, a million of them. `nil` for anything
    /// else, which the general reading decides (the same answer for these forms).
    private static func isoDate(_ text: String) -> Result<YearMonth?, GrantDateProblem>? {
        let utf8 = text.utf8
        guard utf8.count >= 10 else { return nil }
        return utf8.withContiguousStorageIfAvailable { bytes -> Result<YearMonth?, GrantDateProblem>? in
            func digit(_ index: Int) -> Int? { (0x30...0x39).contains(bytes[index]) ? Int(bytes[index] - 0x30) : nil }
            // `17/03/2014` (or with `-` or `.`), day first, as the general reading takes it.
            if bytes.count == 10, [0x2F, 0x2D, 0x2E].contains(bytes[2]), bytes[5] == bytes[2], let d0 = digit(0), let d1 = digit(1),
                let m0 = digit(3), let m1 = digit(4), let y0 = digit(6), let y1 = digit(7), let y2 = digit(8), let y3 = digit(9)
            {
                let (day, month, year) = (d0 * 10 + d1, m0 * 10 + m1, y0 * 1000 + y1 * 100 + y2 * 10 + y3)
                guard year >= 1000, (1...12).contains(month), (1...YearMonth.days(in: month, of: year)).contains(day) else { return nil }
                return .success(YearMonth(year: year, month: month))
            }
            guard bytes[4] == 0x2D, bytes[7] == 0x2D, bytes.count == 10 || bytes[10] == 0x54 || bytes[10] == 0x20,
                let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), let m0 = digit(5), let m1 = digit(6),
                let d0 = digit(8), let d1 = digit(9)
            else { return nil }
            let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
            let month = m0 * 10 + m1
            let day = d0 * 10 + d1
            guard year >= 1000, (1...12).contains(month), (1...YearMonth.days(in: month, of: year)).contains(day) else { return nil }
            return .success(YearMonth(year: year, month: month))
        } ?? nil
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    ]

    private static func validated(year: Int, month: Int, day: Int?, _ raw: String) -> Result<YearMonth?, GrantDateProblem> {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return .failure(GrantDateProblem(text: raw)) }
        if let day, !(1...YearMonth.days(in: month, of: year)).contains(day) { return .failure(GrantDateProblem(text: raw)) }
        return .success(YearMonth(year: year, month: month))
    }
}

/// A date that cannot be read.
struct GrantDateProblem: Error {
    let text: String
}
