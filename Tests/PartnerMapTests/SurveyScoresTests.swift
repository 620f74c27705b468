import Foundation
import Testing

@testable import PartnerMap

/// Every survey score on a worked example computed by hand (the arithmetic is in the comments).
///
/// Roster a, b, c, d; d did not respond. Answers (trust = mean of openness, reliability, mission;
/// value = mean of power, resources, involvement; blanks left out):
///   1 a→b  4 3 2 | 2 2 2   trust 3,   value 2
///   2 b→a  2 2 – | 4 – –   trust 2,   value 4
///   3 a→c  – – – | 3 3 3   trust –,   value 3
///   4 c→d  1 1 1 | 1 2 3   trust 1,   value 2
///   5 b→d  4 4 4 | – – –   trust 4,   value –
///   6 a→d  – – – | – – –   trust –,   value –
@Suite struct SurveyScoresTests {
    static let yaml = """
        organisations:
          - {id: a, name: Agency A, responded: true, outcome: 4, contributes: [data, expertise]}
          - {id: b, name: City B, type: municipal, responded: true}
          - {id: c, name: Clinic C, type: health, responded: true}
          - {id: d, name: School board D, type: school-board, responded: false}
        responses:
          - {rater: a, rated: b, frequency: weekly, openness: 4, reliability: 3, mission: 2, power: 2, resources: 2, involvement: 2, level: coordination, contributions: [data, referrals]}
          - {rater: b, rated: a, frequency: monthly, openness: 2, reliability: 2, power: 4, level: cooperation, contributions: [funding]}
          - {rater: a, rated: c, frequency: yearly, power: 3, resources: 3, involvement: 3, level: awareness}
          - {rater: c, rated: d, frequency: mensuel, openness: 1, reliability: 1, mission: 1, power: 1, resources: 2, involvement: 3}
          - {rater: b, rated: d, frequency: quarterly, openness: 4, reliability: 4, mission: 4}
          - {rater: a, rated: d, frequency: daily, level: intégration, contributions: [locaux]}
        """

    static func scores() throws -> SurveyScores { SurveyScores(try NetworkLoader.network(yaml: yaml)) }

    @Test func perOrganisation() throws {
        let scores = try Self.scores()
        let a = try #require(scores.scores(of: "a"))
        let b = try #require(scores.scores(of: "b"))
        let c = try #require(scores.scores(of: "c"))
        let d = try #require(scores.scores(of: "d"))
        #expect(a.names == 3 && b.names == 2 && c.names == 1 && d.names == nil)  // d did not respond: not 0
        #expect(a.namedBy == 1 && b.namedBy == 1 && c.namedBy == 1 && d.namedBy == 3)
        #expect(a.trustReceived == 2 && a.valueReceived == 4)  // answer 2
        #expect(b.trustReceived == 3 && b.valueReceived == 2)  // answer 1
        #expect(c.trustReceived == nil && c.valueReceived == 3)  // answer 3 gives no trust
        #expect(d.trustReceived == 2.5 && d.valueReceived == 2)  // (1 + 4) / 2; answer 5 gives no value
        #expect(a.trustGiven == 3 && a.valueGiven == 2.5)  // answers 1, 3, 6: trust 3; value (2 + 3) / 2
        #expect(b.trustGiven == 3 && b.valueGiven == 4)  // answers 2, 5: trust (2 + 4) / 2; value 4
        #expect(d.trustGiven == nil && d.valueGiven == nil)
        let received = d.indicatorsReceived.compactMapValues { $0 }
        #expect(received["openness"] == 2.5 && received["power"] == 1 && received["involvement"] == 3)
        // Connectivity: namedBy × mean(trust, value received): a 1 × 3, b 1 × 2.5, c 1 × 3, d 3 × 2.25 = 6.75 (the most).
        #expect(d.relativeConnectivity == 1)
        #expect(abs(a.relativeConnectivity! - 3 / 6.75) < 1e-12 && abs(b.relativeConnectivity! - 2.5 / 6.75) < 1e-12)
        #expect(c.relativeConnectivity == a.relativeConnectivity)
        #expect(a.outcome == 4 && a.contributes == ["data", "expertise"])
    }

    @Test func network() throws {
        let scores = try Self.scores()
        #expect(scores.invited == ["a", "b", "c", "d"] && scores.respondents == ["a", "b", "c"] && scores.notResponded == ["d"])
        // Pairs named: ab, ac, cd, bd, ad = 5 of 4 × 3 / 2 = 6.
        #expect(abs(scores.density - 5.0 / 6) < 1e-12)
        // Partners: a 3 (b, c, d), b 2, c 2, d 3: Σ(3 − d_i) = 2, over (4 − 1)(4 − 2) = 6.
        #expect(abs(scores.degreeCentralization! - 2.0 / 6) < 1e-12)
        // Both responded: ab (mutual) and ac (not): 1 of 2. Pairs with d cannot be confirmed.
        #expect(scores.reciprocity == 0.5)
        #expect(scores.trust == 2.5 && scores.trustPercent == 62.5)  // (3 + 2 + 1 + 4) / 4
        #expect(scores.value == 2.75 && scores.valuePercent == 68.75)  // (2 + 4 + 3 + 2) / 4
        #expect(
            scores.oneSided == [
                .init(from: "a", to: "c", otherResponded: true), .init(from: "c", to: "d", otherResponded: false),
                .init(from: "b", to: "d", otherResponded: false), .init(from: "a", to: "d", otherResponded: false),
            ])
        #expect(scores.levels == [.coordination: 1, .cooperation: 1, .awareness: 1, .integration: 1])
        #expect(scores.contributions == ["data": 1, "referrals": 1, "funding": 1, "space": 1])
    }

    @Test func theTableFlagsLowRatingsAndSaysWhatCannotBeConfirmed() throws {
        let network = try NetworkLoader.network(yaml: Self.yaml)
        let output = SurveyOutput(SurveyScores(network), network: network)
        let table = output.table(sort: "valueReceived")
        #expect(table.contains("  responded            3 of 4 (75%); not responded: School board D"))
        #expect(table.contains("Trust or value received below 2.5 (\"not at all\" to \"a little\"): Agency A, City B and School board D."))
        #expect(table.contains("4 ties named by one side only; 3 of them cannot be confirmed, because the partner named did not respond."))
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("1  ") || $0.hasPrefix("4  ") }
        #expect(rows.first?.contains("Agency A") == true, "sorted by value received, highest first")
        let seen = try #require(output.organisation("d"))
        #expect(seen.hasPrefix("How partners see School board D"))
        #expect(seen.contains("School board D did not respond"))
        #expect(!seen.contains("were not named by it"), "a member that did not answer named no one")
        let french = SurveyOutput(SurveyScores(network), network: network, language: .fr).table()
        #expect(french.contains("réciprocité") && french.contains("2,50 / 4"))
    }

    @Test func answersAreCheckedWhenTheFileIsRead() throws {
        let bad = """
            organisations:
              - {id: a, name: A}
              - {id: b, name: B}
            responses:
              - {rater: a, rated: a, openness: 3}
              - {rater: a, rated: b, openness: 5}
              - {rater: a, rated: b, openness: 2}
              - {rater: z, rated: b}
              - {rater: b, rated: a, frequency: sometimes}
            """
        let error = try #require(throws: NetworkLoadError.self) { try NetworkLoader.network(yaml: bad, file: "s.yaml") }
        let text = error.description
        #expect(text.contains("s.yaml:5: \"a\" rates itself"))
        #expect(text.contains("s.yaml:6: `openness` is \"5\"") || text.contains("`openness`"), "\(text)")
        #expect(text.contains("s.yaml:7: \"a\" already rated \"b\" on line 6; keep one answer per partner"))
        #expect(text.contains("s.yaml:8: `rater` names \"z\", which is not an organisation on the roster"))
        #expect(text.contains("s.yaml:9:") && text.contains("frequency"))
    }

    @Test func importKeepsEveryAnswerAndTheFileReadsBack() throws {
        let roster = "id,name,type,sectors\na,Agency A,nonprofit,settlement\nb,City B,municipal,municipal\nc,Clinic C,health,health\n"
        let responses = """
            respondent,partner,frequency,openness,reliability,mission,power,resources,involvement,level,contributions
            a,b,weekly,4,3,2,2,2,2,coordination,data;référence
            b,a,mensuelle,2,2,,4,,,coopération,financement
            c,,,,,,,,,,
            """
        let result = try PartnerSurveyImporter.read(
            roster: CSVRows.parse(roster, file: "roster.csv").get(),
            responses: [CSVRows.parse(responses, file: "responses.csv").get()])
        #expect(result.network.responses.count == 3)
        #expect(
            result.network.responses[0]
                == SurveyResponse(
                    rater: "a", rated: "b", frequency: .weekly, openness: 4, reliability: 3, mission: 2,
                    power: 2, resources: 2, involvement: 2, level: .coordination, contributions: ["data", "referrals"]))
        #expect(result.network.responses[1].mission == nil && result.network.responses[1].level == .cooperation)
        #expect(result.network.responses[2].rated == nil)
        #expect(result.network.name == "Partner survey")
        let again = try NetworkLoader.network(yaml: NetworkFileWriter.yaml(result.network, header: []))
        #expect(again.responses == result.network.responses)
        // The pair's tie is derived as before: both named each other, trust the mean of all indicators given.
        let tie = try #require(again.partnerships.first)
        #expect(tie.reported == .both && tie.trust == (4 + 3 + 2 + 2 + 2) / 5.0)
    }
}

/// The shipped two-wave survey (Examples/survey/waves): what a coordinator asks of two waves.
@Suite struct SurveyWavesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/survey/waves").path

    @Test func whoStoppedAnsweringAndWhatWentUnseen() throws {
        let old = try NetworkLoader.loadNetwork(path: Self.folder + "/lakeside-2010.yaml")
        let new = try NetworkLoader.loadNetwork(path: Self.folder + "/lakeside-2011.yaml")
        let change = NetworkChange(old: old, new: new)
        let survey = try #require(change.survey)
        #expect(survey.stoppedResponding == ["library", "foodbank"])
        #expect(survey.startedResponding == ["school-board"])
        // Named only by the library, which did not answer again: not seen, not ended.
        #expect(change.unobserved == [NetworkChange.Pair("csc", "library")])
        // The City answered again and no longer names the library; the Newcomer Centre no longer names the food bank.
        #expect(change.lost == [NetworkChange.Pair("city", "library"), NetworkChange.Pair("foodbank", "settlement")])
        // Trust received by the LIP: 2010 city 2, settlement 4, réseau 7/3; 2011 city 10/3, settlement 4, réseau 3, school board 3.
        let lip = try #require(survey.members.first { $0.id == "lip" })
        #expect(abs(lip.trustReceived.old! - (2 + 4 + 7.0 / 3) / 3) < 1e-12)
        #expect(abs(lip.trustReceived.new! - (10.0 / 3 + 4 + 3 + 3) / 4) < 1e-12)
        let text = ChangeSentences(language: .en, old: old, new: new).sentences(change)
        #expect(text.contains("1 tie was not seen again: no one who named it answered this time, which does not mean it ended."))
        #expect(text.contains("Stopped answering: Lakeside Public Library (library) and Lakeside Food Bank (foodbank)."))
        let french = ChangeSentences(language: .fr, old: old, new: new).sentences(change)
        #expect(french.contains("N’ont pas répondu cette fois : Lakeside Public Library (library) et Lakeside Food Bank (foodbank)."))
        #expect(french.contains("1 lien n’a pu être vérifié : aucun des organismes qui l’avaient nommé n’a répondu cette fois ; on ne peut pas en conclure qu’il est rompu."))
    }

    @Test func anOrganisationUnderANewIDIsPointedOut() throws {
        let old = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: city, name: Ville de Sudbury, responded: true}
                  - {id: b, name: B, responded: true}
                responses:
                  - {rater: city, rated: b, openness: 3}
                """)
        let new = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: ville-sudbury, name: Ville de Sudbury, responded: true}
                  - {id: b, name: B, responded: true}
                responses:
                  - {rater: ville-sudbury, rated: b, openness: 3}
                """)
        let survey = try #require(NetworkChange(old: old, new: new).survey)
        #expect(survey.sameName == [.init(oldID: "city", newID: "ville-sudbury", name: "Ville de Sudbury")])
    }
}

/// `render --size trust`: a member's size on the map says how much its partners trust it.
@Suite struct SurveyMapTests {
    @Test func nodesAreSizedByTrustReceived() throws {
        let network = try NetworkLoader.network(yaml: SurveyScoresTests.yaml)
        let dot = try NetworkMap.dot(network, view: .partnerships, size: .trust)
        func width(_ id: String) -> Double? {
            guard case .number(let value)? = dot.nodes.first(where: { $0.id == id })?.attributes[.width] else { return nil }
            return value
        }
        // Trust received: a 2, b 3, d 2.5, c none given (smallest). Width 0.5 + 1.5 √((trust − 1) / 3).
        #expect(abs(width("b")! - (0.5 + 1.5 * (2.0 / 3).squareRoot())) < 1e-12)
        #expect(abs(width("a")! - (0.5 + 1.5 * (1.0 / 3).squareRoot())) < 1e-12)
        #expect(width("c") == 0.5)
        #expect(width("b")! > width("d")! && width("d")! > width("a")!)
    }
}

/// A questionnaire filled in French imports as it is written.
@Suite struct FrenchSurveyImportTests {
    @Test func frenchHeadersTypesAndWords() throws {
        let roster =
            "identifiant,nom,type,secteurs\nville,Ville de Sudbury,municipalité,municipal\ncsc,Centre de santé,organisme sans but lucratif,santé\necole,Conseil scolaire du Grand Nord,conseil scolaire,éducation\n"
        let responses = """
            répondant,partenaire,fréquence,ouverture,fiabilité,mission,pouvoir,ressources,implication,niveau,apports
            ville,csc,mensuelle,3,4,4,3,3,3,coordination,financement;locaux
            csc,ville,hebdomadaire,4,4,4,4,3,3,intégration,références
            """
        let result = try PartnerSurveyImporter.read(
            roster: CSVRows.parse(roster, file: "liste.csv").get(),
            responses: [CSVRows.parse(responses, file: "reponses.csv").get()])
        #expect(result.network.organisations.map(\.type) == [.municipal, .nonprofit, .schoolBoard])
        #expect(result.network.responses.count == 2)
        #expect(result.network.responses[0].frequency == .monthly && result.network.responses[0].contributions == ["funding", "space"])
        #expect(result.network.responses[1].level == .integration && result.network.responses[1].power == 4)
    }
}
