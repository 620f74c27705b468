import Foundation
import Testing

@testable import PartnerMap

/// A funder's questions on a small network counted by hand: totals per group and currency to
/// the cent, grants, distinct recipients, medians, "not given" kept, money to a project counted
/// for its lead, fiscal years, filters, co-funding pairs and first-time recipients.
@Suite struct FundingBreakdownTests {
    static let yaml = """
        name: Grants
        organisations:
          - {id: ircc, name: IRCC, type: federal}
          - {id: city, name: City, type: municipal}
          - {id: a, name: A, type: nonprofit, region: QC, city: Montréal, recipientType: nonprofit}
          - {id: b, name: B, type: nonprofit, region: ON, recipientType: charity}
          - {id: c, name: C, type: nonprofit, area: Laval}
        projects:
          - {id: p, name: P, organisations: [b, a]}
        funding:
          - {from: ircc, to: a, amount: 10000.10, awarded: 2019-05, programme: Settlement}
          - {from: ircc, to: a, amount: 5000.05, awarded: 2020-02, programme: Settlement}
          - {from: ircc, to: p, amount: 60000, awarded: 2020-06}
          - {from: city, to: a, amount: 2500, year: 2020}
          - {from: city, to: c, amount: 1000000, start: 2021-04}
          - {from: city, to: c, amount: 700, currency: USD, year: 2021, area: Laval-Nord}
        """

    static func network() throws -> Network { try NetworkLoader.network(yaml: yaml) }

    static func breakdown(_ configure: (inout FundingBreakdown.Options) -> Void = { _ in }) throws -> FundingBreakdown {
        var options = FundingBreakdown.Options()
        options.by = [.year, .size, .area, .recipientType, .funder, .programme]
        configure(&options)
        return FundingBreakdown(try network(), options: options)
    }

    static func row(_ group: FundingBreakdown.Group) -> String {
        "\(group.key ?? "-") \(group.currency) \(FundingOutput.cents(group.totalCents)) \(group.grants) \(group.recipients) \(String(format: "%.3f", group.median))"
    }

    @Test func groupsCountedByHand() throws {
        let breakdown = try Self.breakdown()
        #expect(breakdown.grantsCounted == 6 && breakdown.grantsInFile == 6)
        #expect(
            breakdown.groups(by: .year).map(Self.row) == [
                "2019 CAD 10000.10 1 1 10000.100", "2020 CAD 67500.05 3 2 5000.050", "2021 CAD 1000000.00 1 1 1000000.000", "2021 USD 700.00 1 1 700.000",
            ])
        // Size bands from 0: a grant of exactly a bound starts the next band.
        #expect(
            breakdown.groups(by: .size).map(Self.row) == [
                "0-10000 CAD 7500.05 2 1 3750.025", "0-10000 USD 700.00 1 1 700.000", "10000-50000 CAD 10000.10 1 1 10000.100",
                "50000-100000 CAD 60000.00 1 1 60000.000", "1000000+ CAD 1000000.00 1 1 1000000.000",
            ])
        // The project's money is its lead's (b, in ON); c has no region: its flow's area, else its own.
        #expect(
            breakdown.groups(by: .area).map(Self.row) == [
                "Laval CAD 1000000.00 1 1 1000000.000", "ON CAD 60000.00 1 1 60000.000", "QC CAD 17500.15 3 1 5000.050", "Laval-Nord USD 700.00 1 1 700.000",
            ])
        #expect(breakdown.groups(by: .recipientType).map(Self.row).last == "- USD 700.00 1 1 700.000")
        #expect(breakdown.groups(by: .recipientType).map(\.key).contains(nil))
        #expect(breakdown.groups(by: .funder).map(Self.row) == ["city CAD 1002500.00 2 2 501250.000", "ircc CAD 75000.15 3 2 10000.100", "city USD 700.00 1 1 700.000"])
        // Every total is the sum of the file's amounts for the group: nothing dropped.
        for dimension in FundingBreakdown.Dimension.allCases {
            let cents = breakdown.groups(by: dimension).filter { $0.currency == "CAD" }.map(\.totalCents).reduce(0, +)
            #expect(cents == 107_750_015, "\(dimension)")
        }
    }

    @Test func fiscalYearsAndFilters() throws {
        let fiscal = try Self.breakdown {
            $0.by = [.year]
            $0.fiscal = true
        }
        // May 2019 → 2019-20; Feb 2020 → 2019-20; Jun 2020 → 2020-21; a year alone has no fiscal year.
        #expect(
            fiscal.groups.map(Self.row) == [
                "2019-20 CAD 15000.15 2 1 7500.075", "2020-21 CAD 60000.00 1 1 60000.000", "2021-22 CAD 1000000.00 1 1 1000000.000", "- CAD 2500.00 1 1 2500.000",
                "- USD 700.00 1 1 700.000",
            ])
        let ircc = try Self.breakdown {
            $0.by = [.year]
            $0.funder = "ircc"
            $0.years = 2020...2020
        }
        #expect(ircc.grantsCounted == 2 && ircc.groups.map(Self.row) == ["2020 CAD 65000.05 2 2 32500.025"])
        let quebec = try Self.breakdown {
            $0.by = [.funder]
            $0.area = "qc"
        }
        #expect(quebec.groups.map(Self.row) == ["ircc CAD 15000.15 2 1 7500.075", "city CAD 2500.00 1 1 2500.000"])
        let programme = try Self.breakdown {
            $0.by = [.programme]
            $0.programme = "settlement"
        }
        #expect(programme.grantsCounted == 2)
        let city = try Self.breakdown {
            $0.by = [.area]
            $0.areaLevel = .city
        }
        #expect(city.groups.map(\.key) == ["Laval", "Montréal", nil, "Laval"])
    }

    @Test func coFundingAndNewcomersCountedByHand() throws {
        let network = try Self.network()
        let coFunding = CoFunding(network)
        // a has ircc and city; b has ircc (through its project); c has city.
        #expect(coFunding.recipients.map { "\($0.id):\($0.funders.joined(separator: "+"))" } == ["a:city+ircc", "b:ircc", "c:city"])
        #expect(coFunding.distribution == [1: 2, 2: 1])
        #expect(coFunding.pairs.count == 1)
        let pair = try #require(coFunding.pairs.first)
        #expect(pair.funders == ["city", "ircc"] && pair.shared == 1 && pair.recipients == ["a"])
        // Jaccard: 1 shared of {a, c} ∪ {a, b}.
        #expect(abs(pair.jaccard - 1.0 / 3.0) < 1e-12)
        #expect(pair.amounts == [.init(currency: "CAD", firstCents: 250_000, secondCents: 1_500_015)])
        let newcomers = RecipientNewcomers(network)
        #expect(newcomers.years.map { "\($0.key) \($0.new) \($0.again)" } == ["2019 1 0", "2020 1 1", "2021 1 0"])
        #expect(newcomers.undated == 0)
    }

    @Test func theChartsBarsAreProportionalToTheTotals() throws {
        let breakdown = try Self.breakdown { $0.by = [.funder] }
        let output = FundingOutput(breakdown, network: try Self.network(), language: .fr)
        let svg = output.chart(.funder).svg()
        #expect(svg == output.chart(.funder).svg())
        let widths = svg.matches(of: /class="bar" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/).map { Double($0.1)! }
        let values = svg.matches(of: /data-value="([\d.e+]+)"/).map { Double($0.1)! }
        // The chart is in the currency most grants are in (CAD), the title saying so.
        #expect(values == [1_002_500, 75_000.15])
        #expect(abs(widths[1] / widths[0] - values[1] / values[0]) < 1e-4)
        #expect(svg.contains("Par bailleur de fonds (CAD)") && svg.contains("1\u{00A0}M$\u{00A0}CA"))
        // User text is escaped, never markup.
        var hostile = try Self.network()
        hostile.organisations[0].name = "<script>alert(1)</script>"
        let escaped = FundingOutput(
            FundingBreakdown(
                hostile,
                options: {
                    var o = FundingBreakdown.Options()
                    o.by = [.funder]
                    return o
                }()), network: hostile, language: .en
        )
        .chart(.funder).svg()
        #expect(!escaped.contains("<script>") && escaped.contains("&lt;script&gt;"))
        #expect(BarChart.niceMaximum(1_002_500) == 2_000_000 && BarChart.niceMaximum(75_000) == 100_000 && BarChart.niceMaximum(2_400) == 2_500)
    }

    /// What `funding` reads from a published file (flows straight from funder to recipient, no
    /// project, no title or description kept) is the imported network's funding with each
    /// project replaced by the recipient that delivers it, and the same organisations.
    @Test(arguments: ["canada-grants-and-contributions.csv", "oxfordshire-community-foundation.json", "dulverton-trust.json"])
    func flowsReadDirectlyAreTheImportedFlowsWithoutProjects(file: String) throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/grants/" + file).path
        let format = try #require(ImportFormat.detect(path: path))
        let imported = try GrantsFile.read(path: path, format: format)
        let direct = try GrantsFile.readFlows(path: path, format: format)
        #expect(direct.projects.isEmpty && !imported.projects.isEmpty)
        #expect(direct.organisations == imported.organisations)
        #expect(direct.programmeNames == imported.programmeNames)
        let deliverer = Dictionary(uniqueKeysWithValues: imported.projects.map { ($0.id, $0.organisations[0]) })
        let expected = imported.funding.map { flow -> FundingFlow in
            var flow = flow
            flow.to = deliverer[flow.to] ?? flow.to
            return flow
        }
        #expect(direct.funding == expected)
        #expect(direct.funding.count == imported.funding.count && !direct.funding.isEmpty)
    }

    /// Texts many grants repeat are kept once, but only where their bytes are the same: a
    /// programme written with a composed `é` and one with a combining accent stay as written.
    @Test func sharedTextsKeepEachTextsBytes() {
        var texts = SharedTexts()
        let composed = "Programme d\u{2019}\u{E9}tablissement"
        let decomposed = "Programme d\u{2019}e\u{301}tablissement"
        #expect(composed == decomposed)
        #expect(Array(texts.shared(composed).utf8) == Array(composed.utf8))
        #expect(Array(texts.shared(decomposed).utf8) == Array(decomposed.utf8))
        let again = String(decoding: Array(composed.utf8), as: UTF8.self)
        #expect(Array(texts.shared(again).utf8) == Array(composed.utf8))
        #expect(texts.shared(nil as String?) == nil)
    }

    @Test func theRealFilesKeepPlaceAndKind() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/grants")
        // Read as published, by every command: no import first.
        let oxfordshire = try NetworkLoader.readNetwork(path: folder.appendingPathComponent("oxfordshire-community-foundation.json").path).network
        #expect(oxfordshire.funding.count == 156)
        #expect(oxfordshire.organisations.filter { $0.recipientType == "charity" }.count == 47)
        #expect(oxfordshire.funding.compactMap(\.area).count == 118)
        #expect(oxfordshire.funding.allSatisfy { $0.awarded != nil })
        let canada = try NetworkLoader.readNetwork(path: folder.appendingPathComponent("canada-grants-and-contributions.csv").path).network
        let centre = try #require(canada.organisations.first { $0.name == "Centre d'accueil Saint-Michel" })
        #expect(centre.place == Place(region: "QC", city: "Montréal", postalCode: "H2A 1A1", district: "Saint-Léonard—Saint-Michel"))
        #expect(centre.recipientType == "nonprofit")
        #expect(canada.programmeNames["Settlement Program"]?.fr == "Programme d'établissement")
        // Written to a network file and read back, the place and kind stay.
        let again = try NetworkLoader.network(yaml: NetworkFileWriter.yaml(canada))
        #expect(again.organisations.map(\.place) == canada.organisations.map(\.place))
        #expect(again.organisations.map(\.recipientType) == canada.organisations.map(\.recipientType))
        #expect(again.funding.map(\.awarded) == canada.funding.map(\.awarded))
    }
}
