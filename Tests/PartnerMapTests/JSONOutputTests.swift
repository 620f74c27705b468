import Foundation
import Testing

@testable import PartnerMap

/// JSON outputs are written by hand for speed; they must stay the bytes `JSONEncoder` gives,
/// since scripts and the regression fixtures compare them.
@Suite struct JSONOutputTests {
    /// What the outputs were before: the encoder itself.
    static func encoded(_ value: JSONValue) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static let numbers: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.1 + 0.2, 100, 100.25, 1e-4, 1e-5, 0.000123, 1e15, 2.5e15, 1e16, 9_007_199_254_740_993,
        123_456_789_012_345_680_000, 1e21, 1e300, 1.7976931348623157e308, 5e-324, 2e-308, .nan, .infinity, -.infinity,
    ]
    static let texts = [
        "", "plain", "q\"b", "back\\slash", "a/b", "line\nbreak", "tab\t", "\r", "\u{8}\u{c}", "\u{1}\u{1b}\u{1f}\u{0}",
        "\u{7f}", "é", "e\u{301}", "Ω", "Ａ", "😀", "\u{2028}", "org-9", "org-10", "A10", "a2", "_x", "Ä",
    ]

    static func randomValue(_ random: inout PythonRandom, depth: Int) -> JSONValue {
        switch random.below(depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.below(2) == 0)
        case 2: return .number(random.below(3) == 0 ? Double(bitPattern: random.bits(64)) : numbers[random.below(numbers.count)])
        case 3: return .integer(random.below(2_000_001) - 1_000_000)
        case 4: return .string((0..<random.below(3)).map { _ in texts[random.below(texts.count)] }.joined())
        case 5: return .array((0..<random.below(4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<random.below(5) { members[texts[random.below(texts.count)] + String(random.below(20))] = randomValue(&random, depth: depth + 1) }
            return .object(members)
        }
    }

    @Test func sameBytesAsJSONEncoder() throws {
        var random = PythonRandom(seed: 7)
        for _ in 0..<2000 {
            let value = Self.randomValue(&random, depth: 0)
            #expect(JSONValueWriter.string(value) == (try Self.encoded(value)))
        }
        let edges: JSONValue = .object([
            "numbers": .array(Self.numbers.map(JSONValue.number)),
            "texts": .array(Self.texts.map(JSONValue.string)),
            "keys": .object(Dictionary(Self.texts.map { ($0, JSONValue.null) }, uniquingKeysWith: { first, _ in first })),
            "empty": .array([.array([]), .object([:])]),
        ])
        #expect(JSONValueWriter.string(edges) == (try Self.encoded(edges)))
        #expect(try JSONOutput.string(edges) == Self.encoded(edges))
    }
}
