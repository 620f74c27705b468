import Foundation
import Testing

@testable import PartnerMap

/// Edits from the workspace's forms change only the lines of the entry edited: every other byte
/// of the file (comments, order, quoting, blank lines, line breaks) stays as it was.
@Suite struct NetworkFileEditorTests {
    static let yaml = """
        # Our network, kept by hand.
        name: 'Test network'   # single quotes, kept
        organisations:
          # the city first
          - id: city
            name: City of Testville
            type: municipal
            sectors: [municipal]
          - id: "ngo"            # a quoted id
            name: "Newcomer Centre"
            type: nonprofit
            sectors:
              - settlement
              - employment
            notes: >
              folded notes,
              kept as written

          - id: clinic
            name: Legal Clinic
            type: nonprofit
            sectors: [justice]
        # partnerships below
        partnerships:
          - organisations: [city, ngo]
            type: funding-agreement
          - {organisations: [ngo, clinic]}

        """

    static func edited(_ text: String, _ edit: EntryEdit, syntax: NetworkFileEditor.Syntax = .yaml) throws -> NetworkFileEditor.Result {
        let network = syntax == .yaml ? try NetworkLoader.network(yaml: text) : try NetworkLoader.network(json: text)
        return try NetworkFileEditor.apply(edit, to: text, syntax: syntax, network: network)
    }

    /// The lines of `new` that are not in `old`, and those of `old` not in `new`, in order.
    static func difference(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        return (Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
    }

    @Test func changingOneFieldRewritesThatLineOnly() throws {
        let result = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 1, fields: ["name": .text("Newcomer Centre of Testville")]))
        let (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed == ["    name: \"Newcomer Centre\""])
        #expect(added == ["    name: \"Newcomer Centre of Testville\""])
        #expect(try NetworkLoader.network(yaml: result.text).organisations[1].name == "Newcomer Centre of Testville")
        #expect(result.lines == 9...17)
    }

    @Test func fieldsSentUnchangedKeepTheirBytes() throws {
        // The form sends back every field it shows; those equal to the file's keep their lines,
        // even when the file writes them another way (a block list, unquoted text).
        let fields: [String: EditValue] = [
            "id": .text("ngo"), "name": .text("Newcomer Centre"), "type": .text("nonprofit"), "sectors": .list(["settlement", "employment"]),
            "notes": .text("folded notes, kept as written\n"), "illustrative": .flag(false),
        ]
        let result = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 1, fields: fields))
        #expect(result.text == Self.yaml)
    }

    @Test func aListChangedInsideABlockListReplacesItsLines() throws {
        let result = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 1, fields: ["sectors": .text("settlement, health")]))
        let (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed == ["    sectors:", "      - settlement", "      - employment"])
        #expect(added == ["    sectors: [\"settlement\", \"health\"]"])
    }

    @Test func aNewFieldGoesAtTheEndOfItsEntryAndAClearedOneGoes() throws {
        var result = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 0, fields: ["area": .text("Testville")]))
        var (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed.isEmpty)
        #expect(added == ["    area: \"Testville\""])
        result = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 1, fields: ["notes": .none]))
        (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed == ["    notes: >", "      folded notes,", "      kept as written"])
        #expect(added.isEmpty)
    }

    @Test func addingAnEntryAppendsItAtTheSectionsIndentation() throws {
        let result = try Self.edited(
            Self.yaml,
            EntryEdit(
                action: .add, section: .organisations,
                fields: ["id": .text("library"), "name": .text("Public Library"), "type": .text("municipal"), "sectors": .list(["education"])]))
        let (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed.isEmpty)
        #expect(added == ["  - id: \"library\"", "    name: \"Public Library\"", "    type: municipal", "    sectors: [\"education\"]"])
        // After the last organisation, before the comment that leads to the next section.
        #expect(result.text.contains("    sectors: [justice]\n  - id: \"library\""))
        #expect(try NetworkLoader.network(yaml: result.text).organisations.map(\.id) == ["city", "ngo", "clinic", "library"])
    }

    @Test func removingAnEntryTakesItsLinesAndNothingElse() throws {
        let result = try Self.edited(Self.yaml, EntryEdit(action: .remove, section: .partnerships, position: 0))
        let (removed, added) = Self.difference(Self.yaml, result.text)
        #expect(removed == ["  - organisations: [city, ngo]", "    type: funding-agreement"])
        #expect(added.isEmpty)
        // A flow-style entry is replaced whole when changed.
        let changed = try Self.edited(Self.yaml, EntryEdit(action: .change, section: .partnerships, position: 1, fields: ["type": .text("referrals")]))
        #expect(Self.difference(Self.yaml, changed.text).added == ["  - organisations: [\"ngo\", \"clinic\"]", "    type: \"referrals\""])
    }

    @Test func aSectionAddedToAFileWithoutItGoesAtTheEnd() throws {
        let result = try Self.edited(
            Self.yaml, EntryEdit(action: .add, section: .memberships, fields: ["organisation": .text("ngo"), "body": .text("city"), "role": .text("member")]))
        #expect(result.text.hasSuffix("clinic]}\nmemberships:\n  - organisation: \"ngo\"\n    body: \"city\"\n    role: member\n"))
        #expect(result.text.hasPrefix(Self.yaml))
    }

    @Test func windowsLineBreaksStayWindowsLineBreaks() throws {
        let crlf = Self.yaml.replacingOccurrences(of: "\n", with: "\r\n")
        let result = try Self.edited(crlf, EntryEdit(action: .change, section: .organisations, position: 2, fields: ["name": .text("Legal Aid Clinic")]))
        #expect(result.text == crlf.replacingOccurrences(of: "    name: Legal Clinic\r\n", with: "    name: \"Legal Aid Clinic\"\r\n"))
    }

    @Test func aFlowListSectionIsRefusedNotGuessed() throws {
        let text = "name: n\norganisations: [{id: a, name: A, type: nonprofit}, {id: b, name: B, type: nonprofit}]\n"
        #expect(throws: NetworkFileEditor.Failure.layoutNotRecognised(.organisations)) {
            try Self.edited(text, EntryEdit(action: .change, section: .organisations, position: 0, fields: ["name": .text("Z")]))
        }
        #expect(throws: NetworkFileEditor.Failure.unknownField(.organisations, name: "colour")) {
            try Self.edited(Self.yaml, EntryEdit(action: .change, section: .organisations, position: 0, fields: ["colour": .text("red")]))
        }
        #expect(throws: NetworkFileEditor.Failure.noSuchEntry(.projects, position: 0)) {
            try Self.edited(Self.yaml, EntryEdit(action: .remove, section: .projects, position: 0))
        }
    }

    @Test func anAmountAsACoordinatorTypesItIsLeftToTheFilesRules() throws {
        let text = Self.yaml + "funding:\n  - from: city\n    to: ngo\n    amount: 12500\n    currency: CAD\n"
        let result = try Self.edited(text, EntryEdit(action: .change, section: .funding, position: 0, fields: ["amount": .text("15000")]))
        #expect(Self.difference(text, result.text).added == ["    amount: 15000"])
        let words = try Self.edited(text, EntryEdit(action: .change, section: .funding, position: 0, fields: ["amount": .text("lots")]))
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.network(yaml: words.text) }
    }

    static let json = """
        {
          "name": "Test network",
          "organisations": [
            {
              "id": "city",
              "name": "City of Testville",
              "type": "municipal"
            },
            {
              "id": "ngo",
              "name": "Newcomer Centre",
              "type": "nonprofit"
            }
          ],
          "partnerships": [{"organisations": ["city", "ngo"]}]
        }

        """

    @Test func jsonEntriesAreRewrittenInTheFilesStyle() throws {
        let changed = try Self.edited(Self.json, EntryEdit(action: .change, section: .organisations, position: 1, fields: ["area": .text("Nord")]), syntax: .json)
        let (removed, added) = Self.difference(Self.json, changed.text)
        #expect(removed == ["      \"type\": \"nonprofit\""])
        #expect(added == ["      \"type\": \"nonprofit\",", "      \"area\": \"Nord\""])
        let addedEntry = try Self.edited(
            Self.json, EntryEdit(action: .add, section: .partnerships, fields: ["organisations": .list(["ngo", "city"]), "type": .text("referrals")]), syntax: .json)
        #expect(addedEntry.text.contains("\"partnerships\": [{\"organisations\": [\"city\", \"ngo\"]}, {\"organisations\": [\"ngo\", \"city\"], \"type\": \"referrals\"}]"))
        let removedEntry = try Self.edited(Self.json, EntryEdit(action: .remove, section: .organisations, position: 0), syntax: .json)
        #expect(removedEntry.text.contains("\"organisations\": [\n    {\n      \"id\": \"ngo\""))
        #expect(try NetworkLoader.network(json: changed.text).organisations[1].area == "Nord")
        // The partnership still names the city: the file's rules refuse the result, as the page does.
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.network(json: removedEntry.text) }
    }

    @Test func aJSONSectionMissingIsAddedBeforeTheRootCloses() throws {
        let result = try Self.edited(Self.json, EntryEdit(action: .add, section: .memberships, fields: ["organisation": .text("ngo"), "body": .text("city")]), syntax: .json)
        #expect(result.text.contains(",\n  \"memberships\": [{\"organisation\": \"ngo\", \"body\": \"city\"}]\n}"))
    }
}
