import Foundation

/// Excel's numbers as a person reads them: a date cell's serial number as an ISO 8601 date,
/// and a number as Excel shows it.
enum ExcelDate {
    /// The date (and time, when it has one) of a serial number: days since 1899-12-31 in the
    /// 1900 date system, whose day 60 is the 29 February 1900 that never was (kept from Lotus
    /// 1-2-3), or since 1904-01-01 in the 1904 system of old Mac workbooks. `nil` for a
    /// negative serial, the phantom 29 February, or a year past 9999.
    static func text(serial: Double, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 {
            days += 1
            seconds = 0
        }
        let epoch: Int
        if date1904 {
            epoch = daysFromCivil(1904, 1, 1)
        } else {
            guard days != 60 else { return nil }
            // Day 1 is 1900-01-01; from day 61 on, one day less for the phantom leap day.
            epoch = daysFromCivil(1899, 12, days < 60 ? 31 : 30)
        }
        let (year, month, day) = civil(fromDays: epoch + days)
        guard year <= 9999 else { return nil }
        var text = String(format: "%04d-%02d-%02d", year, month, day)
        if seconds > 0 {
            text += String(format: "T%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        }
        return text
    }

    /// A number cell's text as Excel shows it in the formula bar: as written when it has at
    /// most 15 significant digits and no exponent, otherwise rounded to 15 significant digits
    /// (`0.30000000000000004` → `0.3`) and written out in full (`1.5E+7` → `15000000`).
    static func numberText(_ written: String, _ number: Double) -> String {
        let digits = written.filter(\.isNumber).drop { $0 == "0" }.count
        if digits <= 15, !written.contains(where: { $0 == "E" || $0 == "e" }) { return written }
        var text = String(format: "%.15g", number)
        if text.contains("e") {
            // Beyond %g's plain range: whole numbers in full, tiny ones as %.15f trimmed.
            text = abs(number) >= 1 ? String(format: "%.0f", number) : String(format: "%.15f", number)
        }
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
