import Foundation
import Testing

@testable import PartnerMap

/// A 360Giving JSON package read one grant at a time gives what the whole document read as one
/// tree gives: the same network, or the same problems with the same lines.
@Suite struct GrantListScannerTests {
    static let package = """
        {"grants": [
          {"id": "360G-a-1", "title": "Welcome café", "description": "Weekly conversation for newcomers",
           "currency": "GBP", "amountAwarded": 1500.5, "awardDate": "2019-03-17",
           "recipientOrganization": [{"id": "GB-CHC-1", "name": "Leeds Welcome", "charityNumber": "1", "addressRegion": "Yorkshire"}],
           "fundingOrganization": [{"id": "GB-CHC-9", "name": "Community Fund"}],
           "plannedDates": [{"startDate": "17/03/2019", "endDate": "2020-03-31"}], "grantProgramme": [{"title": "Small grants"}]},
          {"id": "360G-a-2", "title": "Legal advice", "description": "Immigration advice clinic \\u00e9t\\u00e9 \\"drop-in\\"",
           "currency": "GBP", "amountAwarded": 20000, "awardDate": "2020-01-05",
           "recipientOrganization": {"id": "GB-CHC-2", "name": "Advice Centre"},
           "fundingOrganization": [{"id": "GB-CHC-9", "name": "Community Fund"}], "beneficiaryLocation": [{"name": "Leeds"}]}
        ],
        "meta": {"publisher": "Community Fund", "tags": ["a", "b"], "count": 2}, "version": 1.1}
        """

    /// The network file or the messages, whichever a read gives.
    private static func outcome(_ read: () throws(NetworkLoadError) -> ImportResult) -> String {
        do {
            let result = try read()
            return NetworkFileWriter.yaml(result.network) + result.notes.flatMap { $0.lines(in: .en) }.joined(separator: "\n")
        } catch {
            return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    private static func same(_ text: String) -> (scanned: String, whole: String) {
        let scanned = outcome { () throws(NetworkLoadError) in
            try ThreeSixtyGivingImporter.readJSON(bytes: Array(text.utf8), file: "grants.json", projects: true)
        }
        let whole = outcome { () throws(NetworkLoadError) in try ThreeSixtyGivingImporter.readJSON(text: text, file: "grants.json") }
        return (scanned, whole)
    }

    @Test func wellFormedPackagesReadAlike() {
        for text in [
            Self.package, Self.package.replacingOccurrences(of: "\n", with: "\r\n"), #"{"grants": []}"#, #"  {"version": "1", "grants": [] }  "#,
            Self.package.replacingOccurrences(of: "\n", with: ""),
        ] {
            let (scanned, whole) = Self.same(text)
            #expect(scanned == whole)
        }
        let (scanned, _) = Self.same(Self.package)
        #expect(scanned.contains("name: \"Legal advice\""))
        #expect(scanned.contains("objectives: \"Immigration advice clinic été \\\"drop-in\\\"\""))
    }

    @Test func problemsKeepTheirLines() {
        let late = Self.package.replacingOccurrences(of: "\"amountAwarded\": 20000", with: "\"amountAwarded\": \"lots\"")
        let (scanned, whole) = Self.same(late)
        #expect(scanned == whole)
        #expect(scanned.contains("grants.json:7:"))
        let windows = late.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(Self.same(windows).scanned.contains("grants.json:7:"))
        #expect(Self.same(windows).whole.contains("grants.json:7:"))
    }

    /// Thousands of seeded edits of a package (bytes deleted, doubled, replaced by JSON's
    /// punctuation): whatever the scanner makes of each, it is what the whole read makes of it.
    @Test func editedPackagesReadAlike() {
        var generator = SplitMix64(seed: 39)
        let original = Array(Self.package.utf8)
        let punctuation = Array("{}[],:\"\\ \n0a-".utf8)
        var differences: [String] = []
        var scannedWhole = 0
        for _ in 0..<2_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                default: bytes[at] = punctuation.randomElement(using: &generator)!
                }
            }
            guard let text = String(validating: bytes, as: UTF8.self) else { continue }
            let (scanned, whole) = Self.same(text)
            if scanned != whole { differences.append(text) }
            if scanned.hasPrefix("name:") { scannedWhole += 1 }
        }
        #expect(differences.isEmpty, "\(differences.prefix(2))")
        // Many edits leave a package that still imports (inside a description, say).
        #expect(scannedWhole > 100)
    }
}

/// The project's seeded generator, so an edit that fails is the same on every run.
extension SplitMix64: RandomNumberGenerator {}
