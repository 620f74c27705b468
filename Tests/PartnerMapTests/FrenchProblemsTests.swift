import Testing

@testable import PartnerMap

/// Problems in input, said in French as a francophone writes them: French words, French
/// typography, field names left as they must be typed.
@Suite struct FrenchProblemsTests {
    /// One problem of every kind a coordinator meets, with values a real file would hold.
    static let samples: [Problem] = [
        .noSuchFile, .notRegularFile, .folderNotListable, .narrowingNeedsNetwork, .dotNeedsGraphviz, .unknownFileType,
        .edgeListNotNetwork, .emptyFile, .binaryFile, .notUTF8, .tooLarge(bytes: 2_000_000_000, limit: 1_073_741_824),
        .nestingTooDeep(limit: 64), .aliasExpansionTooLarge(limit: 2_000_000), .notAMapping(what: .topOfFile),
        .notAMapping(what: .entry(of: "organisations")), .notAList(section: "projects"), .repeatedField(["name"]),
        .unknownSection("organisation", suggestion: "organisations"), .unknownField("secteur", entity: .organisation, suggestion: "sectors"),
        .missingField("id", entity: .organisation), .wrongShape(field: "name", expected: .singleValue),
        .invalidValue(field: "openness", value: "5", expected: .indicator), .invalidValue(field: "frequency", value: "parfois", expected: .frequency),
        .invalidValue(field: "type", value: "ong", expected: .oneOf(["nonprofit", "municipal"])), .invalidValue(field: "start", value: "2022-13", expected: .date),
        .invalidID("Centre des femmes"), .duplicateID("binam", firstLine: 4),
        .unknownReference(field: "organisations", id: "bianm", expected: .organisationOrProject, suggestion: "binam"),
        .selfPartnership("binam"), .partnershipSize(count: 3), .weightOutOfRange(7.5), .negativeAmount(-1500), .invalidCurrency("dollars"),
        .ambiguousNumber(field: "amount", text: "1,500", thousands: 1500, decimal: 1.5),
        .malformedNumber(field: "amount", text: "12a", reason: .strayCharacter("a")),
        .currencyContradiction(amount: "€500", named: "EUR", given: "CAD"), .endBeforeStart(start: YearMonth(year: 2022, month: 5), end: YearMonth(year: 2021, month: 1)),
        .bodyNotCouncil(body: "binam", type: .municipal), .selfMembership("table"), .selfFunding("ville"), .selfRating("binam"),
        .repeatedAnswer(rater: "binam", rated: "ville", firstLine: 2), .missingCSVFile(expected: "organisations.csv"),
        .repeatedPartnership("a", "b", firstLine: 3), .repeatedMembership("a", body: "table", firstLine: 3), .repeatedFunding(from: "ville", to: "a", firstLine: 3),
        .organisationWithoutTies("biblio"), .projectWithoutObjectives("p1"), .fundingWithoutYear(from: "ville", to: "a"), .followOnReferences(count: 12),
        .repeated(.missingField("id", entity: .organisation), moreRows: 40), .csvRowWidth(fields: 5, header: 4), .quoteInUnquotedField,
        .textAfterClosingQuote, .unclosedQuote, .unnamedColumn(3), .repeatedColumn("name", first: 1, second: 4), .edgeListColumns(found: 5),
        .emptyEdgeList, .tieToItself("a"), .invalidWeight("lourd", between: ["a", "b"]), .invalidWeight("-2", between: []), .lexiconColumns(found: 2),
        .elementAfterDocument("node"), .respelledIDs(count: 2, examples: ["école", "élan"]), .loopsLeftOut(count: 3, first: "a"), .otherGraphsLeftOut(count: 1),
        .undeclaredNodes(count: 4, examples: ["x", "y", "z"]), .repeatedTies(count: 2), .missingColumn("partner", table: .responses),
        .rowWithout(fields: ["respondent"], row: .response), .rowWithout(fields: ["source", "target"], row: .edge),
        .alreadyOnLine(.id("binam"), firstLine: 2), .alreadyOnLine(.amendment(agreement: "GC-1", number: 2), firstLine: 9),
        .notInRoster("stranger", role: .partner, suggestion: "strange"), .notImportFormat(.threeSixtyGivingJSON), .grantNotAnObject(index: 4),
        .grant(.grant("360G-1"), .unreadableDate("13/25/2014", dayFirst: true)), .grant(.agreement("GC-1"), .noDepartment),
        .moreUnreadableDates(count: 5_944, shown: 3),
    ]

    /// English words that would show a message was left untranslated (names and field names aside).
    static let englishWords = ["the ", " is ", " not ", " and ", " must ", "expected", "cannot", " with ", " has ", "line ", "warning"]

    @Test func everyProblemReadsAsFrench() {
        for problem in Self.samples {
            let french = problem.message(in: .fr)
            let prose = Self.outsideBackquotes(french)
            #expect(french != problem.message, "\(problem) is not translated")
            for word in Self.englishWords {
                #expect(!prose.lowercased().contains(word), "\(problem): English “\(word)” in «\(french)»")
            }
            for mark in [" :", " ;", " ?", " !"] {
                #expect(!prose.contains(mark), "\(problem): ordinary space before \(mark) in «\(french)»")
            }
            #expect(!prose.contains(/[A-Za-zé)»]:\s/), "\(problem): no space before a colon in «\(french)»")
            #expect(!prose.contains("\""), "\(problem): English quotation marks in «\(french)»")
        }
    }

    @Test func theIssueExampleWordForWord() {
        let diagnostic = Diagnostic(file: "reponses.csv", line: 13, problem: .invalidValue(field: "openness", value: "5", expected: .indicator))
        #expect(
            diagnostic.description(in: .fr) == "reponses.csv, ligne 13\u{00A0}: `openness` vaut «\u{00A0}5\u{00A0}»\u{202F}; attendu\u{00A0}: 1 (pas du tout), 2, 3 ou 4 (beaucoup)"
        )
        #expect(diagnostic.description == "reponses.csv:13: `openness` is \"5\"; expected 1 (not at all), 2, 3 or 4 (a great deal)")
        let warning = Diagnostic(file: "reseau.yaml", line: 26, problem: .organisationWithoutTies("biblio"), severity: .warning)
        #expect(warning.description(in: .fr).hasPrefix("reseau.yaml, ligne 26\u{00A0}: avertissement\u{00A0}: «\u{00A0}biblio\u{00A0}» n’a ni partenariat"))
    }

    @Test func importAccountsInFrench() {
        let notes: [ImportNote] = [.responded(4, of: 5), .partnershipsConfirmed(3, both: 1), .matchedByName(["Centre A", "Centre B"])]
        #expect(
            notes.flatMap { $0.lines(in: .fr) } == [
                "4 organismes sur 5 ont répondu (80\u{202F}%)", "3 partenariats, dont 1 confirmé par les deux parties (33\u{202F}%)",
                "2 organismes reconnus par leur nom seulement\u{202F}; vérifiez-les\u{00A0}:", "  Centre A", "  Centre B",
            ])
        #expect(notes[0].lines(in: .en) == ["4 of 5 organisations responded (80%)"])
    }

    static func outsideBackquotes(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: "·")
    }
}
