import Testing

@testable import PartnerMap

/// Networks built to contain each kind of gap, and one built to contain none.
@Suite struct GapTests {
    /// A network with no gap: five organisations of the five expected sectors and two funders,
    /// all on one council and tied in a ring; five projects, each funded evenly by both funders.
    static let healthy = """
        name: healthy
        priorities:
          - {id: access, name: Access to health care, themes: [health]}
        organisations:
          - {id: hospital, name: Hospital, type: health, sectors: [health]}
          - {id: school, name: School board, type: school-board, sectors: [education]}
          - {id: police, name: Police, type: municipal, sectors: [justice]}
          - {id: city, name: City, type: municipal, sectors: [municipal]}
          - {id: jobs, name: Jobs centre, type: nonprofit, sectors: [employment]}
          - {id: fund-a, name: Fund A, type: funder, sectors: [philanthropy]}
          - {id: fund-b, name: Fund B, type: funder, sectors: [government]}
          - {id: council, name: Council, type: council, sectors: [settlement]}
        partnerships:
          - {organisations: [hospital, school]}
          - {organisations: [school, police]}
          - {organisations: [police, city]}
          - {organisations: [city, jobs]}
          - {organisations: [jobs, fund-a]}
          - {organisations: [fund-a, fund-b]}
          - {organisations: [fund-b, hospital]}
        memberships:
          - {organisation: hospital, body: council}
          - {organisation: school, body: council}
          - {organisation: police, body: council}
          - {organisation: city, body: council}
          - {organisation: jobs, body: council}
          - {organisation: fund-a, body: council}
          - {organisation: fund-b, body: council}
        projects:
          - {id: p1, name: Clinic navigation, organisations: [hospital], themes: [health]}
          - {id: p2, name: Homework help, organisations: [school], themes: [education]}
          - {id: p3, name: Community safety, organisations: [police], themes: [safety]}
          - {id: p4, name: Welcome desk, organisations: [city], themes: [settlement]}
          - {id: p5, name: Job search, organisations: [jobs], themes: [employment]}
        funding:
          - {from: fund-a, to: p1, amount: 100}
          - {from: fund-b, to: p1, amount: 100}
          - {from: fund-a, to: p2, amount: 100}
          - {from: fund-b, to: p2, amount: 100}
          - {from: fund-a, to: p3, amount: 100}
          - {from: fund-b, to: p3, amount: 100}
          - {from: fund-a, to: p4, amount: 100}
          - {from: fund-b, to: p4, amount: 100}
          - {from: fund-a, to: p5, amount: 100}
          - {from: fund-b, to: p5, amount: 100}
        """

    static func gaps(_ yaml: String) throws -> [Gap] {
        GapFinder(try NetworkLoader.network(yaml: yaml)).gaps
    }

    /// The gaps and the English catalogue's words for them.
    static func said(_ yaml: String) throws -> (gaps: [Gap], words: FindingSentences) {
        let network = try NetworkLoader.network(yaml: yaml)
        return (GapFinder(network).gaps, FindingSentences(language: .en, network: network))
    }

    @Test func aHealthyNetworkHasNoGap() throws {
        #expect(try Self.gaps(Self.healthy).map(\.kind) == [])
    }

    @Test func isolatedOrganisation() throws {
        let (gaps, words) = try Self.said(
            Self.healthy.replacingOccurrences(
                of: "  - {id: council, name: Council", with: "  - {id: alone, name: Alone, sectors: [health]}\n  - {id: council, name: Council"))
        #expect(gaps.map(\.kind) == [.isolatedOrganisation])
        #expect(gaps[0].subjects == ["alone"])
        #expect(words.message(gaps[0]) == "Alone has no partnership, no seat on a council, no project with another organisation and no funding tie.")
    }

    @Test func disconnectedComponentAndItsBridge() throws {
        let yaml = Self.healthy.replacingOccurrences(
            of: "  - {id: council, name: Council",
            with: """
                  - {id: x, name: X, sectors: [health]}
                  - {id: y, name: Y, sectors: [education]}
                  - {id: council, name: Council
                """
        ).replacingOccurrences(of: "memberships:", with: "  - {organisations: [x, y]}\nmemberships:")
        let (gaps, words) = try Self.said(yaml)
        let component = try #require(gaps.first { $0.kind == .disconnectedComponent })
        #expect(component.subjects == ["x", "y"])
        #expect(words.message(component).hasPrefix("2 organisations work together but have no path to the main network: X and Y"))
        // Each of x and y has a single tie, inside a pair: no silo (sectors differ), no other gap.
        #expect(gaps.map(\.kind) == [.disconnectedComponent])
    }

    @Test func singlePointOfFailure() throws {
        // Break the ring: only the council holds hospital and school to the others... add a
        // pendant pair hanging on the city.
        let yaml = Self.healthy.replacingOccurrences(
            of: "  - {id: council, name: Council",
            with: """
                  - {id: leaf-a, name: Leaf A, sectors: [health]}
                  - {id: leaf-b, name: Leaf B, sectors: [education]}
                  - {id: council, name: Council
                """
        ).replacingOccurrences(of: "memberships:", with: "  - {organisations: [city, leaf-a]}\n  - {organisations: [leaf-a, leaf-b]}\nmemberships:")
        let (all, words) = try Self.said(yaml)
        let gaps = all.filter { $0.kind == .singlePointOfFailure }
        #expect(gaps.map(\.subjects) == [["city"], ["leaf-a"], ["city", "leaf-a"]])
        #expect(gaps[0].cutOff == 2)
        #expect(words.message(gaps[0]) == "If City left, 2 organisations would lose their only path to the rest of the network.")
        #expect(words.message(gaps[2]).hasPrefix("The tie between City and Leaf A is the only link between two groups; 2 organisations"))
    }

    @Test func missingSector() throws {
        let yaml = Self.healthy.replacingOccurrences(of: "  - {organisation: police, body: council}\n", with: "")
        let (gaps, words) = try Self.said(yaml)
        let missing = try #require(gaps.first { $0.kind == .missingSector })
        #expect(missing.subjects == ["council"])
        #expect(missing.sectors == ["justice"])
        // The file does not say it lists every member: the sector is missing from the file.
        #expect(missing.membersComplete == false)
        #expect(words.message(missing) == "None of the members of Council recorded in this file works in justice; the file does not say it lists every member.")
        #expect(words.nextStep(missing).hasPrefix("Check the membership of Council; if no such member sits on it, invite a justice organisation."))
        // Declared complete, it is missing from the table.
        let complete = yaml.replacingOccurrences(of: "{id: council, name: Council", with: "{id: council, name: Council, membersComplete: true")
        let (completeGaps, completeWords) = try Self.said(complete)
        let declared = try #require(completeGaps.first { $0.kind == .missingSector })
        #expect(declared.membersComplete == true)
        #expect(completeWords.message(declared) == "No member of Council works in justice.")
        #expect(completeWords.nextStep(declared) == "Invite a justice organisation to sit on Council.")
    }

    @Test func expectedSectorsFromTheFileAndSubCouncils() throws {
        let gaps = try Self.gaps(
            """
            expectedSectors: [health, police]
            organisations:
              - {id: main, name: Main council, type: council}
              - {id: sub, name: Health sub-council, type: council, sectors: [health]}
              - {id: clinic, name: Clinic, type: health}
              - {id: cops, name: Police service, type: municipal, sectors: [police]}
            memberships:
              - {organisation: sub, body: main}
              - {organisation: clinic, body: sub}
            partnerships:
              - {organisations: [clinic, cops]}
            """)
        let missing = gaps.filter { $0.kind == .missingSector }
        // The sub-council is not checked on its own; the main council lacks police (justice).
        #expect(missing.map(\.subjects) == [["main"]])
        #expect(missing[0].sectors == ["police"])
    }

    @Test func uncoveredPriorityUsesTheTextIndex() throws {
        let yaml = Self.healthy.replacingOccurrences(
            of: "  - {id: access, name: Access to health care, themes: [health]}",
            with: """
                  - {id: access, name: Access to health care, themes: [health]}
                  - {id: housing, name: Affordable housing for refugee families, themes: [housing]}
                  - {id: jobs-priority, name: Help newcomers find a job search, themes: [work]}
                """)
        let (all, words) = try Self.said(yaml)
        let gaps = all.filter { $0.kind == .uncoveredPriority }
        // "Job search" (p5) covers the jobs priority by its text, not by its theme tag.
        #expect(gaps.map(\.subjects) == [["housing"]])
        #expect(words.message(gaps[0]).hasPrefix("No project addresses the priority “Affordable housing for refugee families”."))
    }

    @Test func unfundedProjectDependencyAndConcentration() throws {
        let yaml = (Self.healthy + "\n")
            .replacingOccurrences(of: "  - {from: fund-b, to: p5, amount: 100}\n", with: "")
            .replacingOccurrences(of: "  - {from: fund-a, to: p5, amount: 100}\n", with: "  - {from: fund-a, to: p5, amount: 5000}\n")
            .replacingOccurrences(of: "  - {from: fund-a, to: p4, amount: 100}\n  - {from: fund-b, to: p4, amount: 100}\n", with: "")
        let gaps = try Self.gaps(yaml)
        #expect(gaps.filter { $0.kind == .unfundedProject }.map(\.subjects) == [["p4"]])
        let dependency = gaps.filter { $0.kind == .fundingDependency }
        #expect(dependency.map(\.subjects) == [["jobs", "fund-a"]])
        #expect(dependency[0].share == 1)
        // Four recipients are too few to call the money concentrated.
        #expect(!gaps.contains { $0.kind == .fundingConcentration })
        var options = GapFinder.Options()
        options.concentrationMinimumRecipients = 4
        let network = try NetworkLoader.network(yaml: yaml)
        let concentration = try #require(GapFinder(network, options: options).gaps.first { $0.kind == .fundingConcentration })
        #expect(concentration.subjects.first == "jobs")
        // 5000 of 5600 to one of four recipients.
        #expect(abs(concentration.share! - 5000.0 / 5600) < 1e-12)
        let shares = [5000.0, 200, 200, 200].map { $0 / 5600 }
        #expect(abs(concentration.herfindahl! - shares.reduce(0) { $0 + $1 * $1 }) < 1e-12)
        // Gini of (200, 200, 200, 5000): Σ(2i − n − 1)x / (n Σx).
        let weightedSum: Double = -3 * 200 - 1 * 200 + 1 * 200 + 3 * 5000
        let gini = weightedSum / (4 * 5600)
        #expect(abs(concentration.gini! - gini) < 1e-12)
    }

    @Test func siloedOrganisation() throws {
        let network = try NetworkLoader.network(
            yaml: """
                organisations:
                  - {id: clinic, name: Clinic, type: health, sectors: [health]}
                  - {id: hospital, name: Hospital, type: health, sectors: [health]}
                  - {id: clinic-2, name: Clinic Two, type: health, sectors: [health]}
                  - {id: library, name: Library, type: municipal, sectors: [culture, settlement]}
                  - {id: agency-a, name: Agency A, type: nonprofit, sectors: [settlement]}
                  - {id: agency-b, name: Agency B, type: nonprofit, sectors: [settlement]}
                  - {id: agency-c, name: Agency C, type: nonprofit, sectors: [settlement]}
                partnerships:
                  - {organisations: [clinic, hospital]}
                  - {organisations: [clinic, clinic-2]}
                  - {organisations: [library, agency-a]}
                  - {organisations: [library, agency-b]}
                  - {organisations: [agency-c, agency-a]}
                  - {organisations: [agency-c, agency-b]}
                  - {organisations: [hospital, agency-a]}
                """)
        let gaps = GapFinder(network).gaps.filter { $0.kind == .siloedOrganisation }
        // The clinic works only with health; agency C only with settlement agencies. The library
        // shares `settlement` with its partners but brings culture: not a silo.
        #expect(gaps.map(\.subjects) == [["clinic"], ["agency-c"]])
        #expect(
            FindingSentences(language: .en, network: network).message(gaps[0])
                == "All of Clinic's 2 ties are with organisations working in exactly its sectors (health): none brings another sector's view.")
    }

    @Test func examplesFindWhatTheSourcesSay() throws {
        let ontario = GapFinder(try NetworkLoader.loadNetwork(path: ExampleNetworkTests.graphs + "/ontario-lips.yaml")).gaps
        // Kingston's council has no municipal member (no direct support from the city).
        let kingston = try #require(ontario.first { $0.kind == .missingSector && $0.subjects == ["kingston-lip"] })
        #expect(kingston.sectors.contains("municipal"))
        // Ottawa's council has no health member.
        #expect(ontario.contains { $0.kind == .missingSector && $0.subjects == ["ottawa-lip"] && $0.sectors.contains("health") })
        // The Francophone networks hang on one tie to Sudbury's council.
        #expect(ontario.contains { $0.kind == .singlePointOfFailure && Set($0.subjects) == ["sudbury-lip", "reseau-nord"] })

        let montreal = GapFinder(try NetworkLoader.loadNetwork(path: ExampleNetworkTests.graphs + "/montreal-inclusif.yaml")).gaps
        // No project serves the rights priority; the legal clinic has no tie.
        #expect(montreal.contains { $0.kind == .uncoveredPriority && $0.subjects == ["newcomer-rights"] })
        #expect(montreal.filter { $0.kind == .uncoveredPriority }.count == 1)
        #expect(montreal.contains { $0.kind == .isolatedOrganisation && $0.subjects == ["clinique-droits"] })
        #expect(montreal.contains { $0.kind == .unfundedProject && $0.subjects == ["aide-devoirs"] })
    }
}
