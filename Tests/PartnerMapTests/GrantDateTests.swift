import Testing

@testable import PartnerMap

/// Dates as 360Giving publishers write them: read day first, as the UK standard does, or refused
/// with the grant named; never dropped.
@Suite struct GrantDateTests {
    @Test(arguments: [
        ("17/03/2014", 2014, 3), ("26/03/2001 00:00", 2001, 3), ("08/2013", 2013, 8), ("2014-03-17T00:00:00Z", 2014, 3),
        ("2008-06-04 00:00:00.000000", 2008, 6), ("19 April 2013", 2013, 4), ("19 Apr 2013", 2013, 4), ("1st April 2013", 2013, 4),
        ("April 2013", 2013, 4), ("17-03-2014", 2014, 3), ("17.03.2014", 2014, 3), ("2014", 2014, 0), ("2014-03", 2014, 3),
        ("29/02/2024", 2024, 2),
    ])
    func read(_ text: String, _ year: Int, _ month: Int) throws {
        let value = try #require(try GrantDate.read(text).get())
        #expect(value.year == year && (value.month ?? 0) == month)
    }

    @Test(arguments: ["13/25/2014", "31/02/2014", "29/02/2023", "2014-13-01", "yesterday", "17/03/14", "32 March 2014", "Smarch 2014"])
    func refused(_ text: String) {
        guard case .failure(let problem) = GrantDate.read(text) else {
            Issue.record("\(text) was read")
            return
        }
        #expect(problem.text == text)
    }

    @Test func emptyIsNoDate() throws {
        #expect(try GrantDate.read("  ").get() == nil)
        #expect(try GrantDate.read(nil).get() == nil)
    }

    @Test func everyPublishersFormIsImportedAndABadOneNamedOnceWithACount() throws {
        let header =
            "Identifier,Title,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name,Planned Dates:Start Date,Planned Dates:End Date\n"
        let good =
            header + """
                360G-x-1,One,GBP,1000,17/03/2014,GB-1,One,GB-9,Fund,,
                360G-x-2,Two,GBP,2000,26/03/2001 00:00,GB-2,Two,GB-9,Fund,08/2013,19 April 2014
                """
        let result = try ThreeSixtyGivingImporter.readCSV(text: good)
        let flows = result.network.funding
        #expect(flows.map { $0.start?.description } == ["2014-03", "2013-08"])
        #expect(flows.map { $0.end?.description } == [nil, "2014-04"])
        let bad = header + (1...6).map { "360G-x-\($0),G,GBP,5,13/25/2014,GB-\($0),N\($0),GB-9,Fund,," }.joined(separator: "\n")
        let error = try #require(throws: NetworkLoadError.self) { try ThreeSixtyGivingImporter.readCSV(text: bad, file: "g.csv") }
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 4, "\(error.description)")
        #expect(
            lines[0]
                == "g.csv:2: grant \"360G-x-1\": the date \"13/25/2014\" is not a date PartnerMap reads; write it as 2014-03-17 or 17/03/2014 (day first, as the 360Giving standard does)"
        )
        #expect(lines[3].hasSuffix("… and 3 more grants with a date PartnerMap cannot read (6 in all); the first 3 are above"))
    }
}
