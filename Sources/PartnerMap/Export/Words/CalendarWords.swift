/// Dates as sentences and headings write them: `19 mai 2010`, `septembre 2018`, `de janvier 2019 à
/// décembre 2021` in French; `May 19, 2010`, `September 2018`, `January 2019 to December 2021` in
/// English (the Government of Canada's style in each language). Data exports (JSON, CSV, network
/// files) keep ISO 8601 dates.
extension ReportLanguage {
    /// A month's name: `janvier`, `January`.
    public func monthName(_ month: Int) -> String {
        let french = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        let english = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        guard (1...12).contains(month) else { return String(month) }
        return (self == .fr ? french : english)[month - 1]
    }

    /// A month of a year in words (`septembre 2018`), or the year alone when only it is known.
    public func month(_ date: YearMonth) -> String {
        guard let month = date.month else { return String(date.year) }
        return monthName(month) + " " + String(date.year)
    }

    /// From one month to another: `de janvier 2019 à décembre 2021`, `January 2019 to December
    /// 2021`; `depuis janvier 2019`, `from January 2019` when it has no end; one date when both are
    /// the same.
    public func period(_ start: YearMonth, _ end: YearMonth?) -> String {
        guard let end else { return (self == .fr ? "depuis " : "from ") + month(start) }
        if end == start { return month(start) }
        if start.year == end.year, start.month == nil || end.month == nil { return month(start) }
        return self == .fr ? "de \(month(start)) à \(month(end))" : "\(month(start)) to \(month(end))"
    }

    /// A date as a file writes it (`2010-05-19`, `2018-09`, `2009`) in words: `19 mai 2010`,
    /// `1er mai 2010`, `May 19, 2010`; text that is not such a date is returned as written.
    public func date(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let date = YearMonth(parsing: text) else { return text }
        guard parts.count == 3, let day = Int(parts[2]), let month = date.month else { return self.month(date) }
        if self == .fr { return (day == 1 ? "1er" : String(day)) + " " + monthName(month) + " " + String(date.year) }
        return monthName(month) + " " + String(day) + ", " + String(date.year)
    }
}

extension Source {
    /// "Title. Publisher, place, date." with the date in words in the reader's language.
    public func citation(in language: ReportLanguage) -> String {
        var source = self
        source.date = date.map(language.date)
        return source.citation
    }
}
