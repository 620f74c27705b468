import Foundation
import Testing

@testable import PartnerMap

/// The fast paths added for large networks give exactly what the plain ones gave.
@Suite struct FastPathTests {
    @Test func foldingScalarByScalarEqualsFoundationsFolding() {
        for value in UInt32(0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "z"
            #expect(TextNormalizer.fold(text) == TextNormalizer.foldedSlowly(text), "U+\(String(value, radix: 16))")
        }
        for text in [
            "Intégration des NOUVEAUX arrivants à Montréal", "Œuvre CŒUR Æsop Straße", "İstanbul", "Ça va — « oui »",
            "Ελληνικά ΣΟΦΙΑ", "日本語 テキスト", "naïve façade", "", "L’isolement des aînées",
        ] {
            #expect(TextNormalizer.fold(text) == TextNormalizer.foldedSlowly(text), "\(text)")
        }
    }

    /// A text trimmed by copying its kept part whole keeps exactly the scalars the scalar-by-scalar
    /// trim kept, an end inside a character included (a space before a combining accent).
    @Test func trimmingCopiesTheScalarsBetweenTheWhiteSpace() {
        func scalarByScalar(_ text: String) -> String {
            var scalars = Array(text.unicodeScalars)
            while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
            while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
            var kept = ""
            kept.unicodeScalars.append(contentsOf: scalars)
            return kept
        }
        let texts = [
            "Immigration, Refugees and Citizenship Canada ", " Immigration, Réfugiés et Citoyenneté Canada", "\u{A0}Ville de Montréal\u{2003}",
            " \u{301}accent after a space", "ends with a space before an accent \u{301}", "\t\n\r", "", " ", "é ", " 日本語 ", "a\u{200B} ",
            "\u{1F600} \u{1F600}\u{FE0F}\u{3000}",
        ]
        for text in texts {
            let trimmed = text.trimmedWhitespace
            #expect(Array(trimmed.unicodeScalars) == Array(scalarByScalar(text).unicodeScalars), "\(text.debugDescription)")
        }
    }
    /// `YYYY-MM` and `YYYY-MM-DD` are read from their bytes; with a space in front, the same
    /// text goes the long way (split and trimmed), and must read the same.
    @Test func datesReadFromTheirBytesAsTheLongWayReadsThem() {
        var texts: [String] = ["2024-1-01", "2024-01-1", "abcd-ef", "2024/01", "2024-01-01x", "20245-01", "2024--01", "2024-01-", "-2024-01"]
        for year in ["0999", "1000", "1900", "2000", "2023", "2024", "9999", "12a4"] {
            for month in 0...13 {
                let monthText = month < 10 ? "0\(month)" : "\(month)"
                texts.append(year + "-" + monthText)
                for day in 0...32 { texts.append(year + "-" + monthText + "-" + (day < 10 ? "0\(day)" : "\(day)")) }
            }
            texts += [year + "-1a", year + "-01-3a", year + "-+1", year + "-01-+1"]
        }
        var read = 0
        for text in texts {
            let fast = YearMonth(parsing: text)
            #expect(fast == YearMonth(parsing: " " + text), "\(text)")
            if fast != nil { read += 1 }
        }
        // Six real years (1000, 1900, 2023 and 9999 common, 2000 and 2024 leap): their months and
        // days are read, and `+1` as a month or a day (the long way's `Int` takes a sign, so the
        // bytes leave it to the long way); every other text is refused.
        #expect(read == 6 * 12 + 4 * 365 + 2 * 366 + 6 * 2)
    }

    /// A long section is made into text on every core a block at a time; the file is the same
    /// as each entry written alone, one after the other, across blocks and rounds of blocks.
    @Test func longSectionsAreWrittenInTheirOrder() {
        let organisations = (0..<40_000).map { Organisation(id: "org-\($0)", name: "Organisation \($0)", type: $0 % 7 == 0 ? .funder : .nonprofit) }
        let whole = NetworkFileWriter.yaml(Network(name: "n", organisations: organisations))
        let alone = organisations.map { organisation in
            String(NetworkFileWriter.yaml(Network(name: "n", organisations: [organisation])).dropFirst("name: \"n\"\norganisations:\n".count))
        }
        #expect(whole == "name: \"n\"\norganisations:\n" + alone.joined())
        #expect(alone[32_768].hasPrefix("  - id: \"org-32768\"\n"))
    }

    /// Entries made into bytes in blocks on every core are the same as one after the other as
    /// text, whatever the block's size, in every section and kind of field of the examples.
    @Test(arguments: ["Graphs/montreal-inclusif.yaml", "Graphs/ontario-lips.yaml", "Graphs/allies-learning-exchange.yaml", "Examples/time/ontario-lips-timeline.yaml"])
    func entriesInBlocksAreTheEntriesOneAfterTheOther(_ example: String) throws {
        let text = try String(contentsOf: ExampleSourcesTests.root.appendingPathComponent(example), encoding: .utf8)
        var network = try NetworkLoader.network(yaml: text)
        // Texts the writer escapes, in every kind of field.
        network.organisations[0].name += " \"quoted\" \\ tab\t line\n\u{7F}\u{85}\u{2028}\u{FEFF} é 🇨🇦"
        network.projects[0].objectives += "\u{1}"
        network.projects[0].themes.append("thème \"cité\"")
        func written(block: Int) -> String {
            var out = ""
            NetworkFileWriter.write(network, header: ["a header"], to: &out, block: block)
            return out
        }
        let oneAfterTheOther = written(block: .max)
        #expect(written(block: 1) == oneAfterTheOther)
        #expect(written(block: 3) == oneAfterTheOther)
        #expect(NetworkFileWriter.yaml(network, header: ["a header"]) == oneAfterTheOther)
        #expect(oneAfterTheOther.contains("\\u0085"))
    }

    @Test func lookupsFollowEveryChangeOfTheLists() {
        var network = Network(name: "n", organisations: [Organisation(id: "a", name: "A"), Organisation(id: "a", name: "A again")])
        #expect(network.organisation("a")?.name == "A")  // the first, as before
        #expect(network.organisation("b") == nil)
        network.organisations.append(Organisation(id: "b", name: "B"))
        #expect(network.organisation("b")?.name == "B")
        network.organisations[0].name = "Renamed"
        #expect(network.displayName(of: "a") == "Renamed")
        let copy = network
        network.organisations.removeAll()
        #expect(network.organisation("a") == nil)
        #expect(copy.organisation("a")?.name == "Renamed")
        network.projects = [Project(id: "p", name: "P", organisations: ["a"], objectives: "x")]
        #expect(network.displayName(of: "p") == "P")
        #expect(copy == copy && copy != network)
    }
}

/// Above 2,000 organisations the report estimates betweenness from a seeded sample and says so.
@Suite struct LargeReportTests {
    static func ring(_ n: Int) -> Network {
        let organisations = (0..<n).map { Organisation(id: "o\($0)", name: "Organisation \($0)") }
        let partnerships = (0..<n).map { Partnership("o\($0)", "o\(($0 + 1) % n)") }
        return Network(name: "Ring", organisations: organisations, partnerships: partnerships)
    }

    @Test func largeReportsSayBetweennessIsEstimated() throws {
        let large = try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .en)
        #expect(large.contains("Betweenness is estimated from 500 of the 2,100 organisations"))
        let french = try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .fr)
        #expect(french.contains("estimée à partir de 500 des 2\u{202F}100 organismes"))
        #expect(try HTMLReport.render(Self.ring(2_100), mapSVG: nil, file: "ring.csv", language: .en) == large)
        let small = try HTMLReport.render(Self.ring(300), mapSVG: nil, file: "ring.csv", language: .en)
        #expect(!small.contains("Betweenness is estimated"))
    }
}
