import Testing

@testable import PartnerMap

/// The filters of every command and of the workspace page.
@Suite struct NetworkFilterTests {
    static let network = try! NetworkLoader.network(
        yaml: """
            name: Filters
            organisations:
              - {id: council, name: Council, type: council}
              - {id: clinic, name: Clinic, type: health, sectors: [health], area: North}
              - {id: school, name: School, type: school-board, sectors: [education], area: South}
              - {id: centre, name: Centre, type: nonprofit, sectors: [settlement, health], area: North}
              - {id: other, name: Other Council, type: council}
            memberships:
              - {organisation: clinic, body: council, role: member}
              - {organisation: school, body: council, role: chair}
              - {organisation: centre, body: other, role: member}
            partnerships:
              - {organisations: [clinic, centre], since: 2019}
              - {organisations: [school, centre]}
            projects:
              - {id: p, name: P, organisations: [school, clinic], objectives: x}
            """)

    @Test func aSectorKeepsItsOrganisationsAndTheTablesTheySitAt() {
        let health = NetworkFilter(sector: "health").apply(to: Self.network)
        #expect(health.organisations.map(\.id) == ["council", "clinic", "centre", "other"])
        #expect(health.partnerships.count == 1)
        #expect(health.memberships.map(\.organisation) == ["clinic", "centre"])
        // The project keeps its health partner only.
        #expect(health.projects.map(\.organisations) == [["clinic"]])
    }

    @Test func aCouncilKeepsItsTableAndTheYearNarrowsFirst() {
        let table = NetworkFilter(council: "council").apply(to: Self.network)
        #expect(table.organisations.map(\.id) == ["council", "clinic", "school"])
        let healthAtTheTable = NetworkFilter(sector: "health", council: "council").apply(to: Self.network)
        #expect(healthAtTheTable.organisations.map(\.id) == ["council", "clinic"])
        let early = NetworkFilter(area: "North", asOf: 2018).apply(to: Self.network)
        #expect(early.partnerships.isEmpty && early.organisations.map(\.id) == ["council", "clinic", "centre", "other"])
    }

    @Test func aValueTheFileDoesNotHaveIsSaidWithTheClosest() {
        let mismatches = NetworkFilter(sector: "helth", council: "nobody").mismatches(in: Self.network)
        #expect(mismatches.map(\.option) == ["--sector", "--council"])
        #expect(mismatches[0].suggestion == "health" && mismatches[0].known == ["education", "health", "settlement"])
        #expect(NetworkFilter(type: .health, area: "North").mismatches(in: Self.network).isEmpty)
        #expect(
            Problem.filterMatchesNothing(option: "--sector", value: "helth", known: ["health"], suggestion: "health").message(in: .en)
                == "--sector helth names nothing in this file (did you mean `health`?)")
    }

    @Test func theFilterIsSaidAsOptionsAndInWords() {
        let filter = NetworkFilter(sector: "health", type: .schoolBoard, asOf: 2019, sourcedOnly: true)
        #expect(filter.arguments == ["--sector", "health", "--type", "school-board", "--as-of", "2019", "--sourced-only"])
        #expect(WorkspaceWords(.en).filter(filter, in: Self.network) == "Sector: health · Type: school board · as of 2019 · sourced entries only")
        #expect(WorkspaceWords(.fr).filter(NetworkFilter(council: "council"), in: Self.network) == "Instance\u{00A0}: Council")
        #expect(NetworkFilter().keepsEverything && WorkspaceWords(.en).filter(NetworkFilter(), in: Self.network) == nil)
    }

    @Test func theChoicesAreWhatTheFileHas() {
        let choices = NetworkFilter.choices(in: Self.network)
        #expect(choices.sectors == ["education", "health", "settlement"])
        #expect(choices.types == ["nonprofit", "school-board", "health", "council"])
        #expect(choices.areas == ["North", "South"])
        #expect(choices.councils == [["council", "Council"], ["other", "Other Council"]])
        #expect(choices.years == [2019, 2019])
    }
}
