import Foundation
import Testing

@testable import PartnerMap

/// The shipped example networks load, agree across formats and hold what the sources say.
@Suite struct ExampleNetworkTests {
    static let graphs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Graphs").path

    static var yamlFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: graphs)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreAtLeastFourExamples() {
        #expect(Self.yamlFiles.count >= 4)
    }

    @Test(arguments: yamlFiles)
    func exampleLoadsAndCitesItsSources(_ name: String) throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/" + name)
        #expect(!network.sources.isEmpty)
        #expect(network.organisations.count >= 10)
        // Every entry either cites a source or says it is illustrative.
        for organisation in network.organisations {
            #expect(!organisation.sources.isEmpty || organisation.illustrative, "\(organisation.id) cites nothing")
        }
        // Sources are references a reader can find (title, publisher, date, place), not paths.
        for source in network.sources {
            #expect(source.publisher != nil && source.date != nil && source.place != nil, "\(source.id) is not a full reference")
            #expect(source.location == nil, "\(source.id) points to a location instead of citing")
        }
    }

    /// A clone of the repository, with nothing beside it, must build, run and pass its tests:
    /// no file may point outside the repository.
    @Test func noFileOfTheRepositoryPointsOutsideIt() throws {
        let root = URL(fileURLWithPath: Self.graphs).deletingLastPathComponent()
        // Built from parts so that this file does not match itself.
        let needles = [".." + "/shared", "shared" + "/sources", "shared" + "/reference"]
        let skipped: Set<String> = [".build", ".git", ".swiftpm", "out"]
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]))
        var offenders: [String] = []
        var checked = 0
        for case let url as URL in enumerator {
            if skipped.contains(url.lastPathComponent) || url.lastPathComponent.hasPrefix(".build") {
                enumerator.skipDescendants()
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true,
                let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
            else { continue }
            checked += 1
            if needles.contains(where: text.contains) { offenders.append(url.path) }
        }
        #expect(checked > 50)
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test func csvFolderHoldsTheSameNetworkAsTheYAML() throws {
        let yaml = try NetworkLoader.loadNetwork(path: Self.graphs + "/london-middlesex-lip.yaml")
        let csv = try NetworkLoader.loadNetwork(path: Self.graphs + "/london-middlesex-lip")
        #expect(csv == yaml)
    }

    @Test func montrealHasTheFivePrioritiesAndTheProgrammeBudget() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/montreal-inclusif.yaml")
        #expect(network.priorities.count == 5)
        // The source gives the programme's budget ($3.75M over three years) but no recipient nor
        // years: no flow claims them, and every grant in the file is illustrative.
        #expect(!network.funding.contains { $0.amount == 3_750_000 })
        #expect(network.funding.allSatisfy { $0.illustrative })
        let binam = network.organisation("binam")
        #expect(binam?.partOf == "ville-de-montreal")
        // Two Parc-Extension projects serve the same objective, one in French, one in English.
        let parcEx = network.projects.filter { $0.area == "Parc-Extension" }
        #expect(Set(parcEx.map(\.language)) == [.en, .fr])
    }

    @Test func londonCouncilHasSixSubCouncilsAndTwoCoChairs() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/london-middlesex-lip.yaml")
        let subCouncils = network.memberships.filter { $0.body == "lmlip-council" && $0.organisation.hasPrefix("sub-") }
        #expect(subCouncils.count == 6)
        let coChairs = network.memberships.filter { $0.body == "lmlip-council" && $0.role == .coChair }.map(\.organisation)
        #expect(coChairs == ["city-of-london", "united-way-london"])
    }

    @Test func francophoneNetworksHangOnOneTie() throws {
        let network = try NetworkLoader.loadNetwork(path: Self.graphs + "/ontario-lips.yaml")
        let graph = CollaborationView.graph(of: network)
        let components = ConnectedComponents(graph)
        let reseauNord = try #require(graph.index(of: "reseau-nord"))
        let sudbury = try #require(graph.index(of: "sudbury-lip"))
        #expect(components.componentOfNode[reseauNord] == components.componentOfNode[sudbury])
        // The Francophone networks reach the English-language councils only through Sudbury.
        let francophone = Set(["reseau-est", "reseau-cso", "reseau-nord", "francophone-volunteer-orgs"].compactMap(graph.index(of:)))
        var crossing = 0
        for u in francophone {
            for v in graph.neighbours(of: u) where !francophone.contains(Int(v)) { crossing += 1 }
        }
        #expect(crossing == 1)
    }
}
