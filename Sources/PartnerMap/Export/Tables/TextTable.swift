/// A plain-text table for terminals: columns padded to their widest cell, numbers aligned
/// right. What every command prints by default, before anyone asks for JSON.
struct TextTable: Sendable {
    enum Alignment: Sendable { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ headers: [String], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines, with a rule under the header; no trailing spaces. With a `width`
    /// (the terminal's), the widest text columns are narrowed until the table fits, their cells
    /// wrapped onto further lines; numbers are never wrapped.
    func render(indent: String = "", width: Int? = nil) -> String {
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
