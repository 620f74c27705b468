import Testing

@testable import PartnerMap

/// Findings are data; their words come from one catalogue per language.
@Suite struct FindingWordsTests {
    @Test func everyGapKindHasExactlyOneCheck() {
        #expect(GapFinder.checks.map(\.kind) == Gap.Kind.allCases)
    }

    /// A network with a gap of every kind, so every template is said in both languages.
    static let everyKind = """
        expectedSectors: [health, justice]
        organisations:
          - {id: alone, name: Alone}
          - {id: x, name: X, sectors: [youth]}
          - {id: y, name: Y, sectors: [culture]}
          - {id: hub, name: Le Centre, sectors: [settlement]}
          - {id: a, name: Agence A, sectors: [settlement]}
          - {id: b, name: Agence B, sectors: [settlement]}
          - {id: c, name: Agence C, sectors: [settlement]}
          - {id: table, name: Table, type: council}
          - {id: fund, name: Immigration Canada, type: funder}
          - {id: other, name: Other Fund, type: funder}
        partnerships:
          - {organisations: [x, y]}
          - {organisations: [hub, a]}
          - {organisations: [hub, b]}
          - {organisations: [a, b]}
          - {organisations: [b, c]}
        memberships:
          - {organisation: a, body: table}
        priorities:
          - {id: housing, name: Affordable housing, themes: [housing]}
        projects:
          - {id: p1, name: Jobs, organisations: [a], objectives: Job search workshops for newcomers}
          - {id: p2, name: Language, organisations: [b], objectives: French classes for newcomers}
        funding:
          - {from: fund, to: a, amount: 900, year: 2024}
          - {from: other, to: b, amount: 50, year: 2024}
          - {from: fund, to: p1, amount: 100, year: 2024}
          - {from: other, to: c, amount: 10, year: 2024}
          - {from: other, to: x, amount: 10, year: 2024}
          - {from: other, to: y, amount: 10, year: 2024}
        """

    @Test func everyKindIsSaidInBothLanguages() throws {
        let network = try NetworkLoader.network(yaml: Self.everyKind)
        let gaps = GapFinder(network).gaps
        let kinds = Set(gaps.map(\.kind))
        #expect(
            kinds.isSuperset(of: [
                .isolatedOrganisation, .disconnectedComponent, .singlePointOfFailure, .missingSector,
                .uncoveredPriority, .unfundedProject, .fundingDependency, .fundingConcentration, .siloedOrganisation,
            ]),
            "\(kinds)")
        let english = FindingSentences(language: .en, network: network)
        let french = FindingSentences(language: .fr, network: network)
        for gap in gaps {
            for text in [english.message(gap), english.nextStep(gap), french.message(gap), french.nextStep(gap)] {
                #expect(text.hasSuffix("."), "\(gap.kind): \(text)")
                #expect(!text.contains("  "), "\(gap.kind): \(text)")
            }
            #expect(english.message(gap) != french.message(gap))
            #expect(english.heading(gap.kind) != french.heading(gap.kind))
        }
        let siloed = try #require(gaps.first { $0.kind == .siloedOrganisation })
        #expect(siloed.sectors == ["settlement"] && siloed.ties == 2)
        #expect(siloed.subjects == ["hub"])
        #expect(
            french.message(siloed)
                == "Les 2 liens du Centre sont tous avec des organismes qui travaillent exactement dans ses secteurs (établissement) : aucun n’apporte le regard d’un autre secteur."
        )
    }

    @Test func gapTableIsInTheChosenLanguage() throws {
        let network = try NetworkLoader.network(yaml: Self.everyKind)
        let gaps = GapFinder(network).gaps
        let french = StructureOutput.table(gaps, network: network, sentences: FindingSentences(language: .fr, network: network))
        #expect(french.contains("Organismes isolés (1)"))
        #expect(french.contains("Alone n’a aucun partenariat"))
        let english = StructureOutput.table(gaps, network: network, sentences: FindingSentences(language: .en, network: network))
        #expect(english.contains("Isolated organisations (1)"))
        // JSON keys and kinds stay the same in both languages; only the sentences change.
        let jsonFR = try StructureOutput.json(gaps, sentences: FindingSentences(language: .fr, network: network))
        let jsonEN = try StructureOutput.json(gaps, sentences: FindingSentences(language: .en, network: network))
        #expect(jsonFR.contains("\"kind\" : \"isolated-organisation\"") && jsonEN.contains("\"kind\" : \"isolated-organisation\""))
        #expect(jsonFR.contains("n’a aucun partenariat") && !jsonEN.contains("n’a aucun partenariat"))
    }
}

/// Tables and sentences fit the terminal; without a width nothing changes.
@Suite struct TerminalWidthTests {
    @Test func wrappedLinesFitAndKeepEveryWord() {
        let text = "Citizenship and Immigration Canada, Ontario Ministry of Citizenship and Immigration, Welcoming Communities Initiative and 9 more."
        let lines = TextWrap.lines(text, width: 40, first: "  - ", rest: "    ")
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[0].hasPrefix("  - ") && lines.dropFirst().allSatisfy { $0.hasPrefix("    ") && !$0.hasPrefix("     ") })
        #expect(lines.map { $0.dropFirst(4) }.joined(separator: " ") == text)
        #expect(TextWrap.lines(text, width: nil, first: "  - ", rest: "    ") == ["  - " + text])
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let lines = TextWrap.lines(String(repeating: "x", count: 30), width: 12, first: "", rest: "")
        #expect(lines == ["xxxxxxxxxxxx", "xxxxxxxxxxxx", "xxxxxx"])
    }

    @Test func tableNarrowsItsTextColumnsNotItsNumbers() {
        var table = TextTable(["#", "name", "betweenness"], alignments: [.right, .left, .right])
        table.append(["1", "Ontario Council of Agencies Serving Immigrants (OCASI)", "0.4321"])
        table.append(["2", "City", "0.1"])
        let wide = table.render()
        #expect(wide.split(separator: "\n").count == 4)
        let narrow = table.render(width: 40)
        let lines = narrow.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 40 }, "\(narrow)")
        #expect(lines.count > 4)
        #expect(lines[2].hasSuffix("0.4321") && lines.last!.hasSuffix("0.1"))
    }
}
