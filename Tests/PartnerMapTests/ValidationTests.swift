import Foundation
import Testing

@testable import PartnerMap

/// Every kind of problem the network file contract names is rejected with its file and line.
@Suite struct ValidationTests {
    /// A valid base network; each case appends one broken entry after it.
    static let base = """
        name: test
        sources:
          - id: s1
            title: A source
        organisations:
          - id: org-a
            name: Org A
            type: nonprofit
          - id: org-b
            name: Org B
          - id: council-x
            name: Council X
            type: council
        projects:
          - id: proj-1
            name: Project 1
            organisations: [org-a]

        """
    // Lines 1-17 above; the appended text starts on line 18.

    static func problems(_ yaml: String, file: String = "net.yaml") -> [String] {
        do {
            _ = try NetworkLoader.network(yaml: yaml, file: file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var appended: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown reference in a partnership",
            appended: """
                partnerships:
                  - organisations: [org-a, org-zz]
                """, expected: "net.yaml:19: `organisations` names \"org-zz\", which is not an organisation in this file"),
        Case(
            name: "misspelt reference gets a suggestion",
            appended: """
                memberships:
                  - organisation: org-a
                    body: councl-x
                """, expected: "(did you mean `council-x`?)"),
        Case(
            name: "duplicate id across organisations and projects",
            appended: """
                  - id: org-a
                    name: Twice
                    organisations: [org-b]
                """, expected: "net.yaml:18: id \"org-a\" is used twice (first used on line 6)"),
        Case(
            name: "id with a space",
            appended: """
                  - id: mon projet
                    name: P
                    organisations: [org-a]
                """, expected: "net.yaml:18: id \"mon projet\" may only hold letters, digits"),
        Case(
            name: "id with an accent",
            appended: """
                  - id: projet-égalité
                    name: P
                    organisations: [org-a]
                """, expected: "for example \"projet-egalite\""),
        Case(
            name: "partnership with itself",
            appended: """
                partnerships:
                  - organisations: [org-a, org-a]
                """, expected: "net.yaml:19: a partnership of \"org-a\" with itself"),
        Case(
            name: "weight above 5",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b]
                    weight: 6
                """, expected: "net.yaml:20: weight 6 is outside 1 (weak) to 5 (strong)"),
        Case(
            name: "weight below 1",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b]
                    weight: 0.5
                """, expected: "net.yaml:20: weight 0.5 is outside 1"),
        Case(
            name: "negative amount",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: -100
                """, expected: "net.yaml:21: amount -100 is negative"),
        Case(
            name: "NaN amount",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: .nan
                """, expected: "net.yaml:21: `amount` \".nan\" is not a number PartnerMap reads"),
        Case(
            name: "infinite amount",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: .inf
                """, expected: "net.yaml:21: `amount` \".inf\" is not a number PartnerMap reads"),
        Case(
            name: "currency of four letters",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: 10
                    currency: CADD
                """, expected: "net.yaml:22: currency \"CADD\" is not a three-letter code"),
        Case(
            name: "currency with digits",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: 10
                    currency: C4D
                """, expected: "currency \"C4D\" is not a three-letter code"),
        Case(
            name: "project ending before it starts",
            appended: """
                  - id: proj-2
                    name: P2
                    organisations: [org-a]
                    start: 2020-05
                    end: 2019-12
                """, expected: "net.yaml:22: ends (2019-12) before it starts (2020-05)"),
        Case(
            name: "funding ending before it starts",
            appended: """
                funding:
                  - from: org-a
                    to: proj-1
                    amount: 10
                    start: 2021
                    end: 2020
                """, expected: "net.yaml:23: ends (2020) before it starts (2021)"),
        Case(
            name: "membership of a body that is not a council",
            appended: """
                memberships:
                  - organisation: org-a
                    body: org-b
                """, expected: "net.yaml:20: \"org-b\" is of type other; only organisations of type council or network have members"),
        Case(
            name: "funding to an unknown recipient",
            appended: """
                funding:
                  - from: org-a
                    to: nobody
                    amount: 5
                """, expected: "net.yaml:20: `to` names \"nobody\", which is not an organisation or project in this file"),
        Case(
            name: "citation of an unknown source",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b]
                    sources: [s9]
                """, expected: "net.yaml:20: `sources` names \"s9\", which is not a source listed under `sources`"),
        Case(
            name: "misspelt field",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b]
                    wieght: 3
                """, expected: "net.yaml:20: unknown field `wieght` in a partnership (did you mean `weight`?)"),
        Case(
            name: "unknown organisation type",
            appended: """
                  - id: proj-3
                    name: P3
                    organisations: [org-a]
                    language: de
                """, expected: "net.yaml:21: `language` is \"de\"; expected one of en, fr"),
        Case(
            name: "bad date",
            appended: """
                  - id: proj-3
                    name: P3
                    organisations: [org-a]
                    start: spring 2020
                """, expected: "net.yaml:21: `start` is \"spring 2020\"; expected a date written YYYY, YYYY-MM or YYYY-MM-DD"),
        Case(
            name: "a day that is not on the calendar",
            appended: """
                  - id: proj-3
                    name: P3
                    organisations: [org-a]
                    start: 2024-02-30
                """, expected: "net.yaml:21: `start` is \"2024-02-30\"; expected a date written YYYY, YYYY-MM or YYYY-MM-DD, on the calendar"),
        Case(
            name: "29 February of a year that is not a leap year",
            appended: """
                  - id: proj-3
                    name: P3
                    organisations: [org-a]
                    end: 2023-02-29
                """, expected: "net.yaml:21: `end` is \"2023-02-29\""),
        Case(
            name: "a fiscal year that does not follow on",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: 10, year: 2024-26}
                """, expected: "net.yaml:19: `year` is \"2024-26\"; expected a four-digit year or a fiscal year such as 2024-25"),
        Case(
            name: "an amount that reads two ways (comma)",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: "1,500", year: 2024}
                """, expected: "net.yaml:19: `amount` \"1,500\" reads two ways: 1500 (a comma between thousands) or 1.5 (a decimal comma); write 1500 or 1.5"),
        Case(
            name: "an amount that reads two ways (dot)",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: "1.500", year: 2024}
                """, expected: "net.yaml:19: `amount` \"1.500\" reads two ways: 1500 (a dot between thousands) or 1.5 (a decimal dot); write 1500 or 1.5"),
        Case(
            name: "a currency symbol that contradicts the currency",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: "€5000", currency: CAD, year: 2024}
                """, expected: "net.yaml:19: the amount \"€5000\" is in EUR but the entry's currency is CAD"),
        Case(
            name: "thousands groups of the wrong size",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: "12,34,567", year: 2024}
                """, expected: "net.yaml:19: `amount` \"12,34,567\" is not a number PartnerMap reads: between thousand separators every group has three digits"),
        Case(
            name: "letters in an amount",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: "5000 dollars", year: 2024}
                """, expected: "net.yaml:19: `amount` \"5000 dollars\" is not a number PartnerMap reads"),
        Case(
            name: "the same partnership twice, in the other order",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b]
                  - organisations: [org-b, org-a]
                    weight: 5
                """, expected: "net.yaml:20: the partnership of \"org-a\" and \"org-b\" is already on line 19"),
        Case(
            name: "the same partnership twice with an organisation not in the file",
            appended: """
                partnerships:
                  - organisations: [org-a, org-zz]
                  - organisations: [org-zz, org-a]
                """, expected: "net.yaml:20: the partnership of \"org-a\" and \"org-zz\" is already on line 19"),
        Case(
            name: "the same seat twice",
            appended: """
                memberships:
                  - {organisation: org-a, body: council-x}
                  - {organisation: org-a, body: council-x, role: chair}
                """, expected: "net.yaml:20: \"org-a\"'s seat on \"council-x\" is already on line 19"),
        Case(
            name: "the same funding row twice",
            appended: """
                funding:
                  - {from: org-a, to: proj-1, amount: 100, year: 2024}
                  - {from: org-a, to: proj-1, amount: "100", year: 2024}
                """, expected: "net.yaml:20: this funding row from \"org-a\" to \"proj-1\" repeats line 19 exactly"),
        Case(
            name: "partnership of three",
            appended: """
                partnerships:
                  - organisations: [org-a, org-b, council-x]
                """, expected: "net.yaml:19: a partnership joins exactly two organisations, this one lists 3"),
        Case(
            name: "missing name",
            appended: """
                  - id: proj-3
                    organisations: [org-a]
                """, expected: "net.yaml:18: a project has no `name`; add it"),
    ]

    @Test(arguments: cases)
    func rejectsWithFileAndLine(_ testCase: Case) {
        let found = Self.problems(Self.base + testCase.appended + "\n")
        #expect(found.contains { $0.contains(testCase.expected) }, "got: \(found)")
    }

    /// Funding rows are kept by their key's hash and compared in full when hashes meet: each
    /// repeat names the first row it repeats, and a row that differs in one field is no repeat.
    @Test func fundingRepeatsNameTheirFirstRow() {
        let found = Self.problems(
            Self.base + """
                funding:
                  - {from: org-a, to: proj-1, amount: 100, year: 2024}
                  - {from: org-a, to: proj-1, amount: 100, year: 2024, programme: Arts}
                  - {from: org-a, to: proj-1, amount: 100, year: 2024}
                  - {from: org-a, to: proj-1, amount: 100.5, year: 2024}
                  - {from: org-a, to: proj-1, amount: 100, year: 2024, programme: Arts}
                  - {from: org-a, to: proj-1, amount: 100, year: 2024}

                """)
        #expect(
            found == [
                "net.yaml:21: this funding row from \"org-a\" to \"proj-1\" repeats line 19 exactly; remove it, or if it is a second grant give it its own year, period or programme",
                "net.yaml:23: this funding row from \"org-a\" to \"proj-1\" repeats line 20 exactly; remove it, or if it is a second grant give it its own year, period or programme",
                "net.yaml:24: this funding row from \"org-a\" to \"proj-1\" repeats line 19 exactly; remove it, or if it is a second grant give it its own year, period or programme",
            ], "got: \(found)")
    }

    @Test func baseIsValid() throws {
        let network = try NetworkLoader.network(yaml: Self.base)
        #expect(network.organisations.map(\.id) == ["org-a", "org-b", "council-x"])
        #expect(network.projects.first?.organisations == ["org-a"])
    }

    @Test func reportsEveryProblemAtOnce() {
        let found = Self.problems(
            Self.base + """
                partnerships:
                  - organisations: [org-a, org-a]
                  - organisations: [org-a, org-b]
                    weight: 9
                funding:
                  - from: org-a
                    to: proj-1
                    amount: -1
                    currency: dollars
                """)
        #expect(
            found == [
                "net.yaml:19: a partnership of \"org-a\" with itself; a partnership joins two different organisations",
                "net.yaml:21: weight 9 is outside 1 (weak) to 5 (strong)",
                "net.yaml:25: amount -1 is negative; record money going the other way as a flow from the other side",
                "net.yaml:26: currency \"dollars\" is not a three-letter code such as CAD, USD or EUR",
            ])
    }

    @Test func malformedYAMLNamesTheLine() {
        let found = Self.problems("name: x\norganisations:\n  - id: a\n    name: [unclosed\n  - id: b\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("net.yaml:") == true && found.first?.contains("not valid YAML") == true, "\(found)")
    }

    @Test func duplicateFieldIsASyntaxError() {
        let found = Self.problems("organisations:\n  - id: a\n    name: A\n    name: B\n")
        #expect(found == ["net.yaml:4: not valid YAML: the field `name` appears twice in one entry"], "\(found)")
    }

    @Test func topLevelMustBeAMapping() {
        #expect(Self.problems("- a\n- b\n") == ["net.yaml:1: the top of a network file must be a mapping of `field: value` lines"])
    }

    @Test func unknownSectionIsSuggested() {
        let found = Self.problems("organizations:\n  - id: a\n    name: A\n")
        #expect(found.first?.hasPrefix("net.yaml:1: unknown section `organizations` (did you mean `organisations`?)") == true, "\(found)")
    }

    @Test func aliasBombIsRefused() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let found = Self.problems(yaml)
        #expect(found.count == 1)
        #expect(found.first?.contains("YAML aliases (*name) expand to more than") == true, "\(found)")
    }

    /// The guard counts what aliases add, not the entries written out: a national grants file
    /// holds millions of nodes and no alias (it refused its own import at 50,000 grants).
    @Test func manyEntriesWithoutAliasesAreNotABomb() {
        let entries = (0..<600).map { "  - {id: o\($0), name: \"Organisation \($0)\"}" }.joined(separator: "\n")
        #expect((try? YAMLEventReader.read("organisations:\n" + entries + "\n", expandedNodeLimit: 1000).get()) != nil)
        let aliases = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [" + Array(repeating: "*a", count: 101).joined(separator: ", ") + "]\n"
        guard case .failure(.aliasBomb(let line)) = YAMLEventReader.read(aliases, expandedNodeLimit: 1000) else {
            Issue.record("101 aliases of 11 nodes each add more than 1,000")
            return
        }
        #expect(line == 2)
        let fewer = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: [" + Array(repeating: "*a", count: 90).joined(separator: ", ") + "]\n"
        #expect((try? YAMLEventReader.read(fewer, expandedNodeLimit: 1000).get()) != nil)
    }

    @Test func modestAliasesAreAllowed() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - id: a
                    name: A
                    sectors: &s [health, settlement]
                  - id: b
                    name: B
                    sectors: *s
                """)
        #expect(network.organisations[1].sectors == ["health", "settlement"])
    }

    @Test func deepNestingIsRefused() {
        let depth = 100_000
        let yaml = "organisations: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let found = Self.problems(yaml)
        #expect(found == ["net.yaml:1: lists and mappings are nested more than 64 levels deep; a network file needs no more than 3"])
        let blockDepth = String(repeating: "- ", count: 5_000) + "x\n"
        #expect(Self.problems("organisations:\n" + blockDepth).first?.contains("nested more than 64 levels") == true)
    }

    @Test func malformedJSONNamesTheLine() {
        do {
            _ = try NetworkLoader.network(json: "{\n  \"organisations\": [\n    {\"id\": \"a\",, \"name\": \"A\"}\n  ]\n}\n", file: "net.json")
            Issue.record("expected a failure")
        } catch {
            let message = error.description
            #expect(message == "net.json:3: not valid JSON: Invalid value (column 16)", "\(message)")
        }
    }

    /// A 360Giving file or a Kumu blueprint that is not JSON is named with its line and column,
    /// not called "not 360Giving JSON".
    @Test func malformedImportJSONNamesTheLine() throws {
        let grants = "{\"grants\": [\n  {\"id\": \"g1\"\n   \"amountAwarded\": 10}\n]}\n"
        #expect(throws: NetworkLoadError.self) { try ThreeSixtyGivingImporter.readJSON(text: grants, file: "grants.json") }
        do {
            _ = try ThreeSixtyGivingImporter.readJSON(text: grants, file: "grants.json")
        } catch {
            #expect(error.description == "grants.json:3: not valid JSON: Invalid value (column 4)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kumu-\(UUID().uuidString).json")
        try Data("{\"elements\": [\n {\"label\": \"A\"},\n {\"label\": \"B\" \"x\": 1}\n]}\n".utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try KumuImporter.readJSON(folder.path)
            Issue.record("expected a failure")
        } catch {
            #expect(error.description == "\(folder.path):3: not valid JSON: Invalid value (column 16)")
        }
    }

    @Test func jsonWithTabsLoadsWithLines() throws {
        let json = "{\n\t\"organisations\": [\n\t\t{\"id\": \"a\", \"name\": \"A\"},\n\t\t{\"id\": \"b\", \"name\": \"B\", \"type\": \"spaceship\"}\n\t]\n}\n"
        do {
            _ = try NetworkLoader.network(json: json, file: "net.json")
            Issue.record("expected a failure")
        } catch {
            #expect(error.description.hasPrefix("net.json:4: `type` is \"spaceship\"; expected one of municipal"), "\(error)")
        }
    }

    @Test func emptyAndBinaryFilesAreRefused() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.yaml", "  \n\n")
        let binary = try folder.write("sheet.yaml", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))
        let nul = try folder.write("nul.json", Data("{\"a\":\u{0}1}".utf8))
        let latin1 = try folder.write("latin1.yaml", Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9, 0x0A]))
        for (path, expected) in [
            (empty, "the file is empty"), (binary, "looks like a binary file"), (nul, "looks like a binary file"),
            (latin1, "the text is not UTF-8"),
        ] {
            do {
                _ = try NetworkLoader.load(path: path)
                Issue.record("\(path) should be refused")
            } catch {
                #expect(error.description == "\(path): " + error.diagnostics[0].problem.message)
                #expect(error.description.contains(expected), "\(error)")
            }
        }
    }

    @Test func missingFileIsNamed() {
        do {
            _ = try NetworkLoader.load(path: "/nonexistent/network.yaml")
            Issue.record("expected failure")
        } catch {
            #expect(error.description == "/nonexistent/network.yaml: cannot be read (no such file)")
        }
    }

    @Test func frenchNumbersAndListsAreRead() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A, sectors: "santé; emploi", type: OBNL}
                  - {id: b, name: B, type: school board}
                funding:
                  - {from: a, to: b, amount: "125 000,50", currency: cad}
                  - {from: a, to: b, amount: "$1,250,000"}
                """)
        #expect(network.organisations[0].sectors == ["santé", "emploi"])
        #expect(network.organisations[0].type == .nonprofit)
        #expect(network.organisations[1].type == .schoolBoard)
        #expect(network.funding.map(\.amount) == [125_000.5, 1_250_000])
        #expect(network.funding[0].currency == "CAD")
    }

    @Test func languageIsDetectedWhenAbsent() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: a, name: A}
                projects:
                  - {id: p1, name: "Briser l'isolement des femmes immigrantes", organisations: [a]}
                  - {id: p2, name: "Break the isolation of immigrant women", organisations: [a]}
                  - {id: p3, name: "Women", organisations: [a], language: fr}
                """)
        #expect(network.projects.map(\.language) == [.fr, .en, .fr])
    }
}

/// Amounts are read in one grammar, exactly, or refused; dates are checked on the calendar.
@Suite struct AmountAndDateTests {
    static func reading(_ text: String) -> AmountText.Reading? {
        if case .success(let reading) = AmountText.read(text) { return reading }
        return nil
    }

    @Test(
        arguments: [
            ("125000", 125_000.0, nil), ("125000.50", 125_000.5, nil), ("125,000.50", 125_000.5, nil),
            ("125 000,50", 125_000.5, nil), ("125\u{00A0}000,50", 125_000.5, nil), ("125\u{202F}000", 125_000, nil),
            ("25.000,00", 25_000, nil), ("1,250,000", 1_250_000, nil), ("1.250.000", 1_250_000, nil),
            ("1,5", 1.5, nil), ("0,500", 0.5, nil), ("1500,00", 1500, nil), ("1.5e6", 1_500_000, nil),
            ("€5000", 5000, "EUR"), ("5 000 €", 5000, "EUR"), ("£12.50", 12.5, "GBP"), ("CAD 1,250,000.00", 1_250_000, "CAD"),
            ("5000 eur", 5000, "EUR"), ("CA$125 000", 125_000, "CAD"), ("US$100", 100, "USD"), ("-100", -100, nil),
            ("15000.0", 15_000, nil), ("0.500", 0.5, nil), ("007.50", 7.5, nil), ("1234.567", 1234.567, nil),
            ("123456789012345678901", 123_456_789_012_345_678_901, nil),
        ] as [(String, Double, String?)])
    func readsTheGrammar(_ text: String, _ value: Double, _ currency: String?) throws {
        let reading = try #require(Self.reading(text), "\(text) was refused")
        #expect(reading.value == value)
        #expect(reading.currency == currency)
    }

    @Test(arguments: [
        "1,500", "1.500", "125,000", "25.000", "12,34,567", "1,000.000,5", "1 000.000,50", "12 5000",
        "5000 dollars", "1_000", "$", "", "12,", ",5", "1..5", "€5000 EUR", "0x10", "1e999",
    ])
    func refusesWhatIsNotInIt(_ text: String) {
        #expect(Self.reading(text) == nil, "\(text) was read")
    }

    /// Digits and dots are read without the grammar's machinery when they can only be one
    /// number; a space before them sends them through the grammar. Every such text of up to six
    /// characters must read the same both ways: the same value, or the same refusal.
    @Test func plainDigitsReadAsTheGrammarReadsThem() {
        var texts = [""]
        var compared = 0
        for _ in 1...6 {
            texts = texts.flatMap { text in ["0", "1", "5", "9", "."].map { text + $0 } }
            for text in texts {
                #expect(AmountText.read(text) == AmountText.read(" " + text), "\(text)")
                compared += 1
            }
        }
        #expect(compared == 19_530)
    }

    @Test func aDollarSignAgreesWithEveryDollarAndSetsCADWhenTheEntryHasNone() throws {
        let yaml = """
            organisations:
              - {id: f, name: F, type: funder}
              - {id: a, name: A}
            funding:
              - {from: f, to: a, amount: "$1,250,000", year: 2024}
              - {from: f, to: a, amount: "$300", currency: USD, year: 2024}
              - {from: f, to: a, amount: "€5000", year: 2024}
            """
        let network = try NetworkLoader.network(yaml: yaml)
        #expect(network.funding.map(\.amount) == [1_250_000, 300, 5000])
        #expect(network.funding.map(\.currency) == ["CAD", "USD", "EUR"])
    }

    @Test func aFiscalYearIsAprilToMarch() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: f, name: F, type: funder}
                  - {id: a, name: A}
                funding:
                  - {from: f, to: a, amount: 100, year: 2024-25}
                  - {from: f, to: a, amount: 200, year: 2019-2020}
                """)
        #expect(network.funding[0].start == YearMonth(year: 2024, month: 4))
        #expect(network.funding[0].end == YearMonth(year: 2025, month: 3))
        #expect(network.funding[1].start == YearMonth(year: 2019, month: 4))
        #expect(network.funding[1].end == YearMonth(year: 2020, month: 3))
    }

    @Test func calendarDays() {
        #expect(YearMonth(parsing: "2024-02-29") != nil)
        #expect(YearMonth(parsing: "2023-02-29") == nil)
        #expect(YearMonth(parsing: "2000-02-29") != nil)
        #expect(YearMonth(parsing: "1900-02-29") == nil)
        #expect(YearMonth(parsing: "2024-04-31") == nil)
        #expect(YearMonth(parsing: "2024-12-31") != nil)
    }
}

/// Things that load but deserve a look, and the order problems come in.
@Suite struct WarningAndOrderTests {
    @Test func warningsDoNotStopLoadingButStrictDoes() throws {
        let folder = NSTemporaryDirectory() + "partnermap-warn-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/net.yaml"
        try """
        organisations:
          - {id: f, name: F, type: funder}
          - {id: a, name: A}
          - {id: lonely, name: Lonely}
        projects:
          - {id: p, name: P, organisations: [a]}
        funding:
          - {from: f, to: p, amount: 100}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = try NetworkLoader.read(path: path)
        #expect(
            loaded.warnings.map(\.description) == [
                path + ":4: warning: \"lonely\" is in no partnership, seat, shared project or funding flow; add its ties, or leave it if it is truly alone",
                path + ":6: warning: project \"p\" has no `objectives` nor `themes`, so overlap can only compare its name; add what it aims at",
                path + ":8: warning: funding from \"f\" to \"p\" has no `year` nor `start`/`end`; add when the money was given",
            ])
        #expect(throws: NetworkLoadError.self) { try NetworkLoader.read(path: path, strict: true) }
    }

    @Test func aMisnamedHeaderComesFirstAndItsFollowOnsAreCounted() throws {
        let folder = NSTemporaryDirectory() + "partnermap-order-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "identifier,name\na,A\nb,B\nc,C\nd,D\n".write(toFile: folder + "/organisations.csv", atomically: true, encoding: .utf8)
        try "organisations,weight\na;b,2\nb;c,2\nc;d,2\nd;a,2\n".write(toFile: folder + "/partnerships.csv", atomically: true, encoding: .utf8)
        var found: [String] = []
        do { _ = try NetworkLoader.load(path: folder) } catch { found = error.diagnostics.map(\.description) }
        let prefix = folder + "/"
        #expect(
            found.map { $0.replacingOccurrences(of: prefix, with: "") } == [
                "organisations.csv:1: unknown field `identifier` in an organisation; put free text in `notes` (the same on 3 more rows)",
                "organisations.csv:2: an organisation has no `id`; add it (the same on 3 more rows)",
                "partnerships.csv: and 8 more references to ids this file does not define, which follow from the problems above; fix those first",
            ])
    }

    @Test func csvHeadersMatchWithoutRegardToCase() throws {
        let folder = NSTemporaryDirectory() + "partnermap-case-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "ID,Name,Sectors,Type\na,A,health;education,Nonprofit\nb,B,,\n".write(toFile: folder + "/organisations.csv", atomically: true, encoding: .utf8)
        try "Organisations,Weight,Since\na;b,2,2020\n".write(toFile: folder + "/partnerships.csv", atomically: true, encoding: .utf8)
        let network = try NetworkLoader.loadNetwork(path: folder)
        #expect(network.organisations.map(\.id) == ["a", "b"])
        #expect(network.organisations[0].sectors == ["health", "education"])
        #expect(network.partnerships.first?.weight == 2)
    }

    @Test func aHeaderNamingTheSameFieldTwiceIsAProblem() throws {
        let folder = NSTemporaryDirectory() + "partnermap-twice-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "id,name,Name\na,A,B\n".write(toFile: folder + "/organisations.csv", atomically: true, encoding: .utf8)
        var found: [String] = []
        do { _ = try NetworkLoader.load(path: folder) } catch { found = error.diagnostics.map(\.description) }
        #expect(found == [folder + "/organisations.csv:1: not valid CSV: columns 2 and 3 of the header row both name `name`; keep one"])
    }
}
