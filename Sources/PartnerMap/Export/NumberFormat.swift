import Foundation

/// Numbers as a coordinator reads them in a table.
public enum NumberFormat {
    /// `3750000` → `3,750,000`; `1234.5` → `1,234.50`.
    public static func amount(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let cents = Int((abs(value) * 100).rounded())
        let whole = cents / 100
        let fraction = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let sign = value < 0 ? "-" : ""
        return sign + grouped + (fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction))
    }

    /// A ratio with a fixed number of decimals: `0.08333` → `0.083`.
    public static func decimal(_ value: Double, places: Int = 3) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        while fraction.count < places { fraction = "0" + fraction }
        return (value < 0 && scaled != 0 ? "-" : "") + String(whole) + (places > 0 ? "." + fraction : "")
    }

    /// A figure for a sentence, with two significant digits: `0.4286` → `0.43`, `0.0412` →
    /// `0.041`, `4465000` → `4,500,000`, `12.6` → `13`. Zero is `0`. Sentences never show
    /// `0.00` or `4465000.0`: tables and JSON keep the exact values.
    public static func significant(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return "n/a" }
        guard value != 0 else { return "0" }
        var magnitude = 0
        var probe = abs(value)
        while probe >= 10 {
            probe /= 10
            magnitude += 1
        }
        while probe < 1 {
            probe *= 10
            magnitude -= 1
        }
        let places = max(0, digits - 1 - magnitude)
        if places > 0 { return decimal(value, places: places) }
        var scale = 1.0
        for _ in 0..<(magnitude - digits + 1) { scale *= 10 }
        return amount((value / scale).rounded() * scale)
    }
}
