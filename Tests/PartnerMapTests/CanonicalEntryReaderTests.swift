import Foundation
import Testing

@testable import PartnerMap

/// Pieces of a long section in the writer's shape are read without libyaml, to exactly the
/// records libyaml reads from them; every other piece is left to libyaml.
@Suite struct CanonicalEntryReaderTests {
    /// Every record as text (``PackedRecordsTests/written(_:)``): the same records give the same texts.
    private static func written(_ records: PackedRecords?) -> [String]? {
        records.map { packed in (0..<packed.count).map { PackedRecordsTests.written(packed.record(at: $0)) } }
    }

    private static func bothWays(_ piece: String, firstLine: Int = 40) -> (fast: [String]?, libyaml: [String]?) {
        var piece = piece
        return piece.withUTF8 { bytes in
            (
                written(CanonicalEntryReader.entries(in: bytes, firstLine: firstLine)),
                written(YAMLSectionChunks.parsedEntries(in: bytes, firstLine: firstLine))
            )
        }
    }

    /// Values in the writer's shape and beside it: escapes it writes and others, characters
    /// libyaml refuses, plain words and what only looks like one, lists and broken lists.
    static let values = [
        "\"Centre d’accueil\"", "\"plain ascii\"", "\"\"", "\"tab\\there\"", "\"q\\\"uote and \\\\ slash\"", "\"\\u00e9t\\u00E9\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\u0085 and \\u2028 and \\ufeff\"", "\"\\x41\"", "\"\\/\"", "\"\\N\"", "\"raw\ttab\"",
        "\"\u{85}nel\"", "\"\u{A0}nbsp\"", "\"\u{FEFF}bom\"", "\"\u{FFFE}\"", "\"\u{FFFD}\"", "\"\u{7F}del\"", "\"\u{9F}c1\"",
        "\"emoji 🇨🇦 and 𝄞\"", "\"unterminated", "\"two\" \"x\"", "\"a\" # comment", "\"a\" ", "\"line\\nbreak\\r\"",
        "nonprofit", "15000", "-5", "-x", "1.5e3", "2024-04", "true", "null", "Null", "NULL", "nULL", "~", "-", "a b", "a:b",
        "a#b", "'single'", "+1", ".5", "x_y", "7-", "2024-04-01", "été",
        "[]", "[\"a\"]", "[\"a\", \"b\", \"\\u00e9\"]", "[\"a\",\"b\"]", "[a, b]", "[\"a\", ]", "[ ]", "[\"a\"] x", "[\"a\", \"b\"",
        "[\"null\"]", "", "|", ">", "{a: b}", "&anchor x", "*alias", "!tag x",
    ]
    /// Values as the writer writes them.
    static let shaped = [
        "\"Centre d’accueil\"", "\"plain ascii\"", "\"\"", "\"tab\\there\"", "\"q\\\"uote and \\\\ slash\"", "\"\\u00e9t\\u00E9\"",
        "\"\\u0085 and \\u2028 and \\ufeff\"", "nonprofit", "15000", "-5", "2024-04", "true", "[]", "[\"a\", \"b\", \"\\u00e9\"]",
    ]
    static let keys = ["id", "name", "nameFr", "amount", "organisations", "null", "a1", "true", "x_y", "1st", "é", String(repeating: "k", count: 1_100)]

    @Test func readsWhatLibyamlReadsOrLeavesItToLibyaml() {
        var generator = SplitMix64(seed: 39)
        var read = 0
        var left = 0
        for round in 0..<3_000 {
            var lines: [String] = []
            let indent = String(repeating: " ", count: [2, 2, 2, 4, 1][round % 5])
            for entry in 0..<Int.random(in: 1...4, using: &generator) {
                for field in 0..<Int.random(in: 1...5, using: &generator) {
                    // Mostly the writer's shape; now and then a value, a key or a line beside it.
                    let odd = Int.random(in: 0..<25, using: &generator) == 0
                    let value = (odd ? Self.values : Self.shaped).randomElement(using: &generator)!
                    let key = odd ? Self.keys.randomElement(using: &generator)! : ["id", "name", "amount", "type", "sources"][field]
                    var line = indent + (field == 0 ? "- " : "  ") + key + ": " + value
                    switch Int.random(in: 0..<120, using: &generator) {
                    case 0: line = indent + "  # a comment"
                    case 1: line = ""
                    case 2: line += "\r"
                    case 3: line = " " + line
                    case 4: line = indent + (field == 0 ? "- " : "  ") + key + ":  " + value
                    case 5 where entry > 0 && field == 0: line = indent + "-  " + key + ": " + value
                    default: break
                    }
                    lines.append(line)
                }
            }
            let piece = lines.joined(separator: "\n") + (round % 7 == 0 ? "" : "\n")
            let (fast, libyaml) = Self.bothWays(piece)
            if let fast {
                read += 1
                #expect(fast == libyaml, "\(piece.debugDescription)")
            } else {
                left += 1
            }
        }
        // Both ways are taken often: the comparison is not empty, nor is the giving up.
        #expect(read > 700 && left > 700, "read \(read), left to libyaml \(left)")
    }

    /// Every value and key on its own, in an entry of the writer's shape.
    @Test func eachValueAndKeyAlone() {
        for value in Self.values {
            for key in Self.keys {
                let piece = "  - id: \"a\"\n    \(key): \(value)\n  - id: \"b\"\n"
                let (fast, libyaml) = Self.bothWays(piece, firstLine: 1)
                if let fast { #expect(fast == libyaml, "\(piece.debugDescription)") }
            }
        }
    }

    /// What the writer writes is read without libyaml, every section of every example.
    @Test(arguments: ["Graphs/montreal-inclusif.yaml", "Graphs/ontario-lips.yaml", "Graphs/allies-learning-exchange.yaml", "Examples/time/ontario-lips-timeline.yaml"])
    func theWritersOwnEntriesAreReadHere(_ example: String) throws {
        let text = try String(contentsOf: ExampleSourcesTests.root.appendingPathComponent(example), encoding: .utf8)
        let yaml = NetworkFileWriter.yaml(try NetworkLoader.network(yaml: text))
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var sections = 0
        var start: Int?
        for (index, line) in lines.enumerated() {
            let isEntry = line.hasPrefix("  ")
            if isEntry, start == nil { start = index }
            if !isEntry, let first = start {
                let piece = lines[first..<index].joined(separator: "\n") + "\n"
                let (fast, libyaml) = Self.bothWays(piece, firstLine: first + 1)
                #expect(fast != nil, "\(piece)")
                #expect(fast == libyaml)
                sections += 1
                start = nil
            }
        }
        #expect(sections >= 2)
    }
}
