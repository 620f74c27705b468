import Foundation

/// A horizontal bar chart in SVG, drawn by PartnerMap itself: one bar per group, its label on
/// the left, its value written at its end, an axis with four ticks under the bars. Horizontal,
/// so that long labels (a programme, a recipient) stay readable; exact, each bar's width
/// proportional to its value from a zero baseline; the same bytes for the same bars.
///
/// It needs no script and no font beyond the reader's sans-serif: the report puts it inline,
/// `funding -o chart.svg` writes it alone. Labels are escaped text, never markup.
public struct BarChart: Sendable {
    /// One bar.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// The value as the reader reads it (`$1.2M`, `1,2 M$`).
        public var valueText: String

        public init(label: String, value: Double, valueText: String) {
            self.label = label
            self.value = value
            self.valueText = valueText
        }
    }

    /// Said above the bars and to screen readers.
    public var title: String
    public var bars: [Bar]
    /// Writes an axis tick's value (`$500k`).
    public var tickText: @Sendable (Double) -> String

    public init(title: String, bars: [Bar], tickText: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.bars = bars
        self.tickText = tickText
    }

    /// The chart's width in pixels, and the parts of it.
    static let width = 640.0
    static let barHeight = 18.0
    static let gap = 6.0
    static let top = 34.0
    static let labelLimit = 34

    /// The largest value rounded up to 1, 2, 2.5 or 5 times a power of ten, so ticks fall on
    /// round values.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 2, 2.5, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let labels = bars.map { $0.label.count > Self.labelLimit ? String($0.label.prefix(Self.labelLimit - 1)) + "…" : $0.label }
        let labelWidth = min(230, max(60, Double(labels.map(\.count).max() ?? 0) * 6.6))
        let valueWidth = max(70, Double(bars.map(\.valueText.count).max() ?? 0) * 7)
        let x0 = 10 + labelWidth + 8
        let area = Self.width - x0 - valueWidth - 10
        let maximum = Self.niceMaximum(bars.map(\.value).max() ?? 0)
        let height = Self.top + Double(bars.count) * (Self.barHeight + Self.gap) + 34
        func f(_ value: Double) -> String { NumberFormat.decimal(value, places: 1) }
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="\(Escaping.xml(title))" \
            viewBox="0 0 \(f(Self.width)) \(f(height))" width="\(f(Self.width))" height="\(f(height))" \
            font-family="sans-serif" font-size="12">
            <title>\(Escaping.xml(title))</title>
            <text x="10" y="18" font-size="14" font-weight="bold">\(Escaping.xml(title))</text>

            """
        let axisY = Self.top + Double(bars.count) * (Self.barHeight + Self.gap)
        for tick in 0...4 {
            let value = maximum * Double(tick) / 4
            let x = x0 + area * Double(tick) / 4
            out += "<line class=\"tick\" x1=\"\(f(x))\" y1=\"\(f(Self.top - 4))\" x2=\"\(f(x))\" y2=\"\(f(axisY + 4))\" stroke=\"#ddd\"/>\n"
            out += "<text x=\"\(f(x))\" y=\"\(f(axisY + 18))\" text-anchor=\"middle\" fill=\"#555\">\(Escaping.xml(tickText(value)))</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * (Self.barHeight + Self.gap)
            let width = maximum > 0 ? area * max(0, bar.value) / maximum : 0
            out += "<text x=\"\(f(x0 - 8))\" y=\"\(f(y + 13))\" text-anchor=\"end\">\(Escaping.xml(labels[index]))</text>\n"
            out +=
                "<rect class=\"bar\" x=\"\(f(x0))\" y=\"\(f(y))\" width=\"\(NumberFormat.decimal(width, places: 3))\" height=\"\(f(Self.barHeight))\" "
                + "fill=\"#3b6ea5\" data-value=\"\(bar.value)\"><title>\(Escaping.xml(bar.label + ": " + bar.valueText))</title></rect>\n"
            out += "<text x=\"\(f(x0 + width + 6))\" y=\"\(f(y + 13))\">\(Escaping.xml(bar.valueText))</text>\n"
        }
        out += "<line class=\"axis\" x1=\"\(f(x0))\" y1=\"\(f(Self.top - 4))\" x2=\"\(f(x0))\" y2=\"\(f(axisY + 4))\" stroke=\"#333\"/>\n"
        return out + "</svg>\n"
    }
}
