import Foundation
import Testing

/// Words a reader sees live in one catalogue per language (`Export/Words`, and the command
/// line's help in `PartnerMapCLI/Words`), so that adding a
/// language is adding a catalogue: no sentence is chosen between English and French anywhere
/// else (`fr ? "…" : "…"`, a pair type holding both).
@Suite struct WordsInCataloguesTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources").path

    @Test func noSentenceIsPairedOutsideTheCatalogues() throws {
        let pairs = [
            // `fr ? "phrase"` or `== .fr ? FrenchTypography.apply("phrase"`, across lines: a word of three letters or more.
            #"(\bfr|== \.fr)\s*\?\s*(FrenchTypography\.apply\()?"[^"\n]*[A-Za-zÀ-ÿ]{3,}"#,
            // A type holding a text in both languages.
            #"\(fr: ""#,
        ]
        var found: [String] = []
        let files = FileManager.default.enumerator(atPath: Self.sources)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") && !file.contains("Export/Words/") && !file.contains("PartnerMapCLI/Words/") {
            let text = try String(contentsOfFile: Self.sources + "/" + file, encoding: .utf8)
            for pattern in pairs where text.range(of: pattern, options: .regularExpression) != nil { found.append(file) }
        }
        #expect(found.isEmpty, "English and French paired outside Export/Words: \(found)")
        // The maps' and the survey form's words are catalogues there.
        for catalogue in ["MapWords.swift", "SurveyFormWords.swift"] {
            #expect(FileManager.default.fileExists(atPath: Self.sources + "/PartnerMap/Export/Words/" + catalogue))
        }
        #expect(FileManager.default.fileExists(atPath: Self.sources + "/PartnerMapCLI/Words/FrenchHelp.swift"))
    }
}
