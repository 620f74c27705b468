extension String {
    /// The text without leading and trailing white space and line breaks (Unicode's
    /// White_Space: spaces, tabs, no-break spaces …), as a cell or a YAML value is read.
    ///
    /// Foundation's `trimmingCharacters(in:)` goes through NSString and was 40% of the time
    /// spent loading a million-row partnerships CSV; this looks at the ends only.
    var trimmedWhitespace: String {
        // Most values start and end with a printable ASCII character.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
            first.properties.isWhitespace || last.properties.isWhitespace
        else { return String(self) }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        // Copied whole, not a scalar at a time (the ends may fall inside a character: a space
        // before a combining accent goes, the accent stays).
        return String(Substring(scalars[start..<end]))
    }
}
