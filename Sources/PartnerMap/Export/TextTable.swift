/// A plain-text table for terminals: columns padded to their widest cell, numbers aligned
/// right. What every command prints by default, before anyone asks for JSON.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines, with a rule under the header; no trailing spaces. With a `width`
    /// (the terminal's), the widest text columns are narrowed until the table fits, their cells
    /// wrapped onto further lines; numbers are never wrapped.
    public func render(indent: String = "", width: Int? = nil) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        if let width {
            let total = { indent.count + widths.reduce(0, +) + 2 * (widths.count - 1) }
            // Narrow the widest left-aligned column, one character at a time, down to 12; when
            // even that cannot fit (many number columns), leave the table whole rather than
            // break every name for nothing.
            let floor = widths.indices.map { alignments[$0] == .left ? min(widths[$0], max(12, headers[$0].count)) : widths[$0] }
            let fits = indent.count + floor.reduce(0, +) + 2 * (widths.count - 1) <= width
            while fits, total() > width {
                guard
                    let column = widths.indices.filter({ alignments[$0] == .left && widths[$0] > max(12, headers[$0].count) })
                        .max(by: { widths[$0] < widths[$1] })
                else { break }
                widths[column] -= 1
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: width - cell.count)
                parts.append(alignments[column] == .right ? padding + cell : cell + padding)
            }
            return indent + parts.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        /// One row as one or more lines, long cells wrapped within their column.
        func wrapped(_ cells: [String]) -> [String] {
            let pieces = widths.indices.map { column -> [String] in
                let cell = column < cells.count ? cells[column] : ""
                return cell.count > widths[column] ? TextWrap.pieces(cell, width: widths[column]) : [cell]
            }
            let height = pieces.map(\.count).max() ?? 1
            return (0..<height).map { index in line(pieces.map { index < $0.count ? $0[index] : "" }) }
        }
        var lines = [line(headers), indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += rows.flatMap(wrapped)
        return lines.joined(separator: "\n")
    }
}

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
