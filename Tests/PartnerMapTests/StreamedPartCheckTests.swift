import Foundation
import Testing

@testable import PartnerMap

/// A workbook's sheet is checked a chunk at a time as it is expanded: the outcome must be what
/// the checks give on the part held whole, wherever the chunks are cut.
@Suite struct StreamedPartCheckTests {
    /// The checks on the part held whole, in the order `Workbook` makes them.
    private static func whole(_ bytes: [UInt8]) -> StreamedPartCheck.Outcome {
        let data = Data(bytes)
        if !TextFile.isUTF8(data) { return .notUTF8 }
        if XMLProlog.declaresDocumentType(data) { return .documentType }
        if XMLProlog.emptyProcessingInstruction(in: data) != nil { return .emptyProcessingInstruction }
        return .sound
    }

    private static func streamed(_ bytes: [UInt8], cuts: [Int]) -> StreamedPartCheck.Outcome {
        var check = StreamedPartCheck()
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for cut in cuts.sorted() + [bytes.count] where cut >= start {
                check.add(UnsafeBufferPointer(rebasing: buffer[start..<cut]))
                start = cut
            }
        }
        return check.finish()
    }

    /// Pieces of sheets: elements, declarations, instructions empty and not, characters of two
    /// to four bytes, and bytes that are not UTF-8.
    static let pieces: [[UInt8]] =
        [
            "<?xml version=\"1.0\"?>", "<!DOCTYPE x>", "<!doctype x [<!ENTITY a \"b\">]>", "<!-- note -->", "<worksheet>", "<row r=\"1\">",
            "<c t=\"inlineStr\"><is><t>", "Montréal ", "’", "🇨🇦", "日本", "</t></is></c>", "<?pi?>", "<? ?>", "<?pi data?>", "<?a<?>", "<??>",
            "<", "?", ">", " ", "\n", "a", "</row>",
        ].map { Array($0.utf8) } + [[0xC3], [0xA9], [0xE2, 0x80], [0x99], [0xF0, 0x9F], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xF4, 0x90, 0x80, 0x80]]

    @Test func sameOutcomeWhereverTheChunksAreCut() {
        var generator = SplitMix64(seed: 7)
        var outcomes: [StreamedPartCheck.Outcome: Int] = [:]
        var differences: [String] = []
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                // Mostly text that reads; now and then a byte that does not.
                let index = Int.random(in: 0..<(Int.random(in: 0..<8, using: &generator) == 0 ? Self.pieces.count : Self.pieces.count - 9), using: &generator)
                bytes += Self.pieces[index]
            }
            let expected = Self.whole(bytes)
            outcomes[expected, default: 0] += 1
            // Every single cut, and a few random sets of cuts.
            for cut in 0...bytes.count where Self.streamed(bytes, cuts: [cut]) != expected { differences.append("\(bytes) cut at \(cut)") }
            for _ in 0..<3 {
                let cuts = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Int.random(in: 0...bytes.count, using: &generator) }
                if Self.streamed(bytes, cuts: cuts) != expected { differences.append("\(bytes) cut at \(cuts)") }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(3))")
        // Every outcome comes up, so each is compared.
        #expect(outcomes.count == 4 && outcomes.values.allSatisfy { $0 > 100 }, "\(outcomes)")
    }

    /// The matcher finds an empty instruction where the whole-part check finds one, in every text
    /// of up to seven of the characters that matter.
    @Test func theMatcherFindsWhatTheWholeCheckFinds() {
        let alphabet: [UInt8] = Array("<?> a\n".utf8)
        var texts: [[UInt8]] = [[]]
        var compared = 0
        var differences: [String] = []
        for _ in 1...7 {
            texts = texts.flatMap { text in alphabet.map { text + [$0] } }
            for text in texts {
                var matcher = EmptyInstructionMatcher()
                text.withUnsafeBufferPointer { matcher.read($0) }
                if matcher.found != (XMLProlog.emptyProcessingInstruction(in: Data(text)) != nil) {
                    differences.append(String(decoding: text, as: UTF8.self).debugDescription)
                }
                compared += 1
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(3))")
        #expect(compared > 300_000)
    }
}
