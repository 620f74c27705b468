import Foundation
import Testing

@testable import PartnerMap

/// What each source of the shipped examples supports, entry by entry.
///
/// Every entry an example states as sourced (not `illustrative: true`) is listed in
/// `Fixtures/example-claims.txt`, one line each, with the sources it cites. The list was read
/// against the documents themselves; a change to a sourced entry (a new tie, a role, a date, a
/// project's organisations) fails here until the list is changed with it, so no example can come
/// to say more than its sources without someone reading them again.
@Suite struct ExampleSourcesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let claimsFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/example-claims.txt").path
    /// Every example network the repository ships, by its path from the root: the four in
    /// `Graphs/` and the CSV folder, the two years of Ontario's LIPs and their waves, the survey
    /// waves.
    static let examples = [
        "Graphs/allies-learning-exchange.yaml", "Graphs/london-middlesex-lip.yaml", "Graphs/london-middlesex-lip", "Graphs/montreal-inclusif.yaml",
        "Graphs/ontario-lips.yaml", "Examples/time/ontario-lips-timeline.yaml", "Examples/time/ontario-lips-2010.yaml",
        "Examples/time/ontario-lips-2011.yaml", "Examples/survey/waves/lakeside-2010.yaml", "Examples/survey/waves/lakeside-2011.yaml",
    ]

    /// One line per sourced entry: what it claims, then the sources it cites.
    static func claims(_ network: Network, file: String, withDates: Bool = true) -> [String] {
        func line(_ claim: String, _ sources: [String]) -> String { "\(file) | \(claim) | \(sources.joined(separator: ", "))" }
        var lines: [String] = []
        for priority in network.priorities { lines.append(line("priority \(priority.id): \(priority.name)", priority.sources)) }
        for organisation in network.organisations where !organisation.illustrative {
            var claim = "organisation \(organisation.id): \(organisation.name) (\(organisation.type.rawValue))"
            if let area = organisation.area { claim += " in \(area)" }
            if let parent = organisation.partOf { claim += ", part of \(parent)" }
            if organisation.membersComplete { claim += ", every member listed" }
            lines.append(line(claim, organisation.sources))
        }
        for project in network.projects where !project.illustrative {
            var claim = "project \(project.id) by \(project.organisations.joined(separator: " + "))"
            if withDates, let start = project.start { claim += " from \(start)" }
            if withDates, let end = project.end { claim += " until \(end)" }
            lines.append(line(claim, project.sources))
        }
        for partnership in network.partnerships where !partnership.illustrative {
            lines.append(line("partnership \(partnership.organisations.joined(separator: " – ")) (\(partnership.type ?? "untyped"))", partnership.sources))
        }
        for membership in network.memberships where !membership.illustrative {
            lines.append(line("seat \(membership.organisation) on \(membership.body) as \(membership.role.rawValue)", membership.sources))
        }
        for flow in network.funding where !flow.illustrative {
            lines.append(line("funding \(flow.from) → \(flow.to) \(AmountText.plain(flow.amount)) \(flow.currency)", flow.sources))
        }
        return lines
    }

    @Test func everySourcedEntryIsOneTheSourcesSupport() throws {
        var lines: [String] = []
        for file in Self.examples {
            let network = try NetworkLoader.loadNetwork(path: Self.root.appendingPathComponent(file).path)
            lines += Self.claims(network, file: file)
        }
        if ProcessInfo.processInfo.environment["PARTNERMAP_RECORD"] == "1" {
            let header = (try? String(contentsOfFile: Self.claimsFile, encoding: .utf8))?.split(separator: "\n").filter { $0.hasPrefix("#") } ?? []
            try ((header.map(String.init) + lines).joined(separator: "\n") + "\n").write(toFile: Self.claimsFile, atomically: true, encoding: .utf8)
            return
        }
        let reviewed = try String(contentsOfFile: Self.claimsFile, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let added = Set(lines).subtracting(reviewed)
        let removed = Set(reviewed).subtracting(lines)
        #expect(added.isEmpty, "sourced entries not yet read against their sources: \(added.sorted())")
        #expect(removed.isEmpty, "reviewed entries no longer in the examples: \(removed.sorted())")
    }

    /// An entry stated as sourced cites at least one source; nothing is sourced by default.
    /// A fact is the same fact in every file that states it: what the files over time state as
    /// sourced, `Graphs/ontario-lips.yaml` states the same way, with the same sources (their
    /// dates aside, which say when).
    @Test(arguments: ["Examples/time/ontario-lips-timeline.yaml", "Examples/time/ontario-lips-2010.yaml", "Examples/time/ontario-lips-2011.yaml"])
    func theFilesOverTimeStateWhatTheNetworkStates(_ file: String) throws {
        func stripped(_ lines: [String]) -> Set<String> { Set(lines.map { String($0.split(separator: "|", maxSplits: 1)[1]) }) }
        let whole = try NetworkLoader.loadNetwork(path: Self.root.appendingPathComponent("Graphs/ontario-lips.yaml").path)
        let overTime = try NetworkLoader.loadNetwork(path: Self.root.appendingPathComponent(file).path)
        let stated = stripped(Self.claims(whole, file: "", withDates: false))
        let said = stripped(Self.claims(overTime, file: "", withDates: false))
        #expect(said.subtracting(stated).isEmpty, "\(file) states as sourced what Graphs/ontario-lips.yaml does not: \(said.subtracting(stated).sorted())")
    }

    @Test(arguments: examples)
    func sourcedEntriesCiteASource(_ file: String) throws {
        let network = try NetworkLoader.loadNetwork(path: Self.root.appendingPathComponent(file).path)
        for line in Self.claims(network, file: file) {
            #expect(!line.hasSuffix("| "), "\(line) cites no source and is not marked illustrative")
        }
    }
}
