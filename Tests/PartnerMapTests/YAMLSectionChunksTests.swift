import Foundation
import Testing

@testable import PartnerMap

/// A large YAML file read in pieces on all cores gives exactly what reading it whole gives —
/// the same network, the same problems on the same lines — or is read whole.
@Suite struct YAMLSectionChunksTests {
    /// What a document builds into: the network, or its problems, and its warnings, as text.
    private static func outcome(_ document: RawDocument) -> String {
        let (result, warnings) = NetworkBuilder.buildWithWarnings(document, defaultName: "test")
        let built: String
        switch result {
        case .success(let network):
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            built = String(decoding: try! encoder.encode(network), as: UTF8.self)
        case .failure(let error):
            built = error.diagnostics.map(\.description).joined(separator: "\n")
        }
        return built + "\n" + warnings.map(\.description).joined(separator: "\n")
    }

    /// Read in pieces of one entry each (every entry start is a cut), or `nil` when given up.
    private static func inPieces(_ text: String) -> String? {
        var text = text
        return YAMLSectionChunks.read(&text, file: "test.yaml", minimumBytes: 0, pieceBytes: 1).map(outcome)
    }

    /// Read whole, as files under the size limit always are.
    private static func whole(_ text: String) -> String {
        guard case .success(let tree) = YAMLEventReader.read(text), let root = tree.root else { return "unreadable" }
        switch YAMLDocumentReader.build(root, in: tree, file: "test.yaml") {
        case .success(let document): return outcome(document)
        case .failure(let error): return error.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    static let network = """
        # A network file as people write them: comments, blank lines, texts over several lines.
        name: "Réseau d'accueil"
        sources:
          - id: s1
            title: A source
        organisations:
          - id: org-a
            name: "Org A"
            type: nonprofit
            notes: |
              Written over
              several lines.
              - not an entry, part of the text

          # A comment between entries.
          - id: org-b
            name: Org B
            notes: a plain text
              that goes on
          - id: council-x
            name: Council X
            type: council
            sectors: [health, employment]
        projects:
            - id: proj-1
              name: Project 1
              organisations:
                - org-a
                - org-b
              objectives: "Welcome newcomers
                and find them work"
            - id: proj-2
              name: 'Project 2'
              organisations: [org-b]
              weight: 9
        memberships:
        - organisation: org-a
          body: council-x
        funding:
          - from: council-x
            to: proj-1
            amount: 1000
            year: 2024
          - from: council-x
            to: proj-9
            amount: 5
        """

    @Test func piecesGiveWhatTheWholeFileGives() throws {
        // The file as written has two problems; without them it loads.
        let valid = Self.network.replacingOccurrences(of: "      weight: 9\n", with: "").replacingOccurrences(of: "proj-9", with: "proj-2")
        for text in [Self.network, valid, Self.network.replacingOccurrences(of: "\n", with: "\r\n"), valid + "\n"] {
            let pieces = try #require(Self.inPieces(text), "a plain network file is read in pieces")
            #expect(pieces == Self.whole(text))
        }
        let problems = try #require(Self.inPieces(Self.network))
        #expect(problems.hasPrefix("test.yaml:35: unknown field `weight` in a project"))
        #expect(problems.contains("\ntest.yaml:45: `to` names \"proj-9\""))
        #expect(try #require(Self.inPieces(valid)).hasPrefix("{"))
    }

    @Test func sectionsAreCutAtEntriesOfTheirOwnIndentation() throws {
        let text = Self.network
        let sections = text.utf8.withContiguousStorageIfAvailable { YAMLSectionChunks.sections(in: $0, pieceBytes: 1) } ?? []
        #expect(sections.map(\.name) == ["sources", "organisations", "projects", "funding"])
        #expect(sections.map(\.keyLine) == [3, 6, 24, 39])
        // Organisations: three entries, cut before the second and third (not at the dash inside the text).
        #expect(sections[1].pieces.map(\.line) == [7, 16, 20])
        #expect(sections[2].pieces.map(\.line) == [25, 32])
        // Memberships' entries sit at the margin: never cut.
        #expect(!sections.map(\.name).contains("memberships"))
    }

    /// Each case could read differently in pieces; each must be given up and read whole.
    @Test func givesUpWhenPiecesCouldDiffer() {
        let cases: [(String, String)] = [
            (
                "a quoted text running over a cut",
                "organisations:\n  - id: a\n    name: \"A\n  - id: b\n    name: B\"\n  - id: c\n    name: C\n"
            ),
            (
                "a bracketed list running over a cut",
                "organisations:\n  - id: a\n    name: A\n    sectors: [x,\n  - y]\n  - id: c\n    name: C\n"
            ),
            ("an anchor used in another piece", "organisations:\n  - &first\n    id: a\n    name: A\n  - *first\n"),
            ("an entry that is not a mapping", "organisations:\n  - id: a\n    name: A\n  - just a name\n"),
            ("a lone carriage return", "organisations:\n  - id: a\r    name: A\n  - id: b\n    name: B\n"),
            ("a Unicode line separator", "organisations:\n  - id: a\n    name: A\u{2028}B\n  - id: b\n    name: B\n"),
            (
                "a section key inside a quoted header",
                "name: \"x\norganisations:\n  - id: a\n    name: A\n  - id: b\n    name: B\n\"\n"
            ),
            (
                "a section's key inside a quoted header, before the real one",
                "name: \"x\norganisations:\n  - id: fake\n    name: F\n\"\norganisations:\n  - id: a\n    name: A\n"
            ),
            ("a syntax error in an entry", "organisations:\n  - id: a\n    name: [A\n  - id: b\n    name: B\n"),
            ("a section given twice", "organisations:\n  - id: a\n    name: A\norganisations:\n  - id: b\n    name: B\n"),
        ]
        for (what, text) in cases {
            #expect(Self.inPieces(text) == nil, "\(what) is read whole")
        }
    }

    /// Through the loader, files given up on still load (or fail) as they always did.
    @Test func loaderReadsGivenUpFilesWhole() throws {
        let aliases = "organisations:\n  - &first\n    id: a\n    name: A\n  - id: b\n    name: B\nprojects:\n  - id: p\n    name: P\n    organisations: [a, b]\n"
        let network = try NetworkLoader.network(yaml: aliases)
        #expect(network.organisations.map(\.id) == ["a", "b"])
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.network(yaml: "organisations:\n  - id: a\n    name: [A\n") }
    }

    /// A generated file of many entries, cut every 4 KB as a large file is cut every megabyte.
    @Test func manyEntriesInPiecesOfSomeKilobytes() throws {
        var text = "name: generated\norganisations:\n"
        for index in 0..<3_000 {
            text += "  - id: org-\(index)\n    name: \"Organisation \(index)\"\n    type: \(index % 7 == 0 ? "funder" : "nonprofit")\n"
        }
        text += "projects:\n"
        for index in 0..<3_000 {
            text += "  - id: p-\(index)\n    name: Project \(index)\n    organisations: [org-\(index), org-\((index * 7) % 3_000)]\n"
            // Lines 9,007 and 9,008 hold project 0's dates.
            if index % 100 == 0 { text += "    start: 2021-01\n    end: 2020-01\n" }
        }
        var copy = text
        let read = try #require(YAMLSectionChunks.read(&copy, file: "test.yaml", minimumBytes: 0, pieceBytes: 4_096))
        let sections = text.utf8.withContiguousStorageIfAvailable { YAMLSectionChunks.sections(in: $0, pieceBytes: 4_096) } ?? []
        #expect(sections.map(\.pieces.count).allSatisfy { $0 > 10 })
        let outcome = Self.outcome(read)
        #expect(outcome == Self.whole(text))
        // Thirty projects end before they start, each said on the line of its `end`.
        #expect(outcome.components(separatedBy: "ends (2020-01) before it starts (2021-01)").count - 1 == 30)
        #expect(outcome.contains("test.yaml:9008: "))
    }
}
