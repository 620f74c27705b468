/// What a change report calls two files of the same network: what tells their names apart
/// ("2010" and "2011" from "… networks, 2010" and "… networks, 2011"), else the two names when
/// they are short, else the last year each file's dates reach, and the file names only when
/// nothing in the files tells them apart. A council reads "De 2010 à 2011", not
/// "De ontario-lips-2010 à ontario-lips-2011".
public enum WaveNames {
    /// The names of an earlier and a later file of a network; `files` are what the user gave.
    public static func names(old: Network, new: Network, files: (String, String)) -> (String, String) {
        let (a, b) = (old.name.trimmedWhitespace, new.name.trimmedWhitespace)
        if !a.isEmpty, !b.isEmpty, a != b {
            let (restA, restB) = difference(a, b)
            if !restA.isEmpty, !restB.isEmpty, restA.count <= 40, restB.count <= 40 { return (restA, restB) }
            if a.count <= 60, b.count <= 60 { return (a, b) }
        }
        let (yearA, yearB) = (NetworkSummary.years(of: old).last, NetworkSummary.years(of: new).last)
        if let yearA, let yearB, yearA != yearB { return (String(yearA), String(yearB)) }
        return (fileName(files.0), fileName(files.1))
    }

    /// The two names without the words they begin and end with in common.
    static func difference(_ a: String, _ b: String) -> (String, String) {
        var wordsA = a.split(separator: " ").map(String.init)
        var wordsB = b.split(separator: " ").map(String.init)
        while let first = wordsA.first, first == wordsB.first, wordsA.count > 1, wordsB.count > 1 {
            wordsA.removeFirst()
            wordsB.removeFirst()
        }
        while let last = wordsA.last, last == wordsB.last, wordsA.count > 1, wordsB.count > 1 {
            wordsA.removeLast()
            wordsB.removeLast()
        }
        let strip = { (text: String) in String(text.drop { ",;:—–-(".contains($0) || $0 == " " }) }
        return (strip(wordsA.joined(separator: " ")), strip(wordsB.joined(separator: " ")))
    }

    private static func fileName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}
