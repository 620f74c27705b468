import Testing

@testable import PartnerMap

@Suite struct SummaryTests {
    @Test func countsDensityComponentsAndFunders() throws {
        let network = try NetworkLoader.network(
            yaml: """
                name: Small
                organisations:
                  - {id: city, name: City, type: municipal}
                  - {id: fdn, name: Foundation, type: funder}
                  - {id: a, name: A, type: nonprofit}
                  - {id: b, name: B, type: nonprofit}
                projects:
                  - {id: p, name: P, organisations: [a, b], start: 2019, end: 2021-06}
                funding:
                  - {from: city, to: p, amount: 100}
                  - {from: city, to: a, amount: 50, year: 2018}
                  - {from: fdn, to: b, amount: 500}
                  - {from: fdn, to: b, amount: 20, currency: USD}
                """)
        let summary = NetworkSummary(network)
        #expect(summary.organisations == 4)
        #expect(summary.organisationsByType == ["municipal": 1, "funder": 1, "nonprofit": 2])
        #expect(summary.collaborationTies == 1)
        #expect(summary.density == 1.0 / 6)
        #expect(summary.components == 3)
        // City and Fdn have no partnership, seat or shared project, but they fund: not isolated.
        #expect(summary.isolated == [])
        #expect(summary.fundingOnly == ["city", "fdn"])
        #expect(
            summary.funders.map { "\($0.funder) \($0.currency) \($0.total) \($0.flows)" } == [
                "fdn CAD 500.0 1", "city CAD 150.0 2", "fdn USD 20.0 1",
            ])
        #expect(summary.firstYear == 2018 && summary.lastYear == 2021)
        let text = SummaryReport.text(summary)
        #expect(text.contains("  density             0.167  (share of possible ties that exist)"))
        // Money as English writes it; the code says which dollar when currencies meet.
        #expect(text.contains("  fdn     Foundation  CA$500      1\n  city    City        CA$150      2\n  fdn     Foundation   US$20      1"), "\(text)")
    }

    @Test func numberFormats() {
        #expect(NumberFormat.amount(3_750_000) == "3,750,000")
        #expect(NumberFormat.amount(1234.5) == "1,234.50")
        #expect(NumberFormat.amount(999) == "999")
        #expect(NumberFormat.decimal(0.083333) == "0.083")
        #expect(NumberFormat.decimal(.nan) == "n/a")
    }
}
