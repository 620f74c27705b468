/// The checks behind `partnermap gaps`: who is alone, who is missing from a table, what no
/// project covers and where the money sits. They turn the obstacles named at the Welcoming
/// Communities research workshop (Welcoming Communities Initiative, London, Ontario, 2010: health, education,
/// police and employers not at the table, municipalities absent, funding uncertain and
/// unequal) into findings with a next step.
public struct GapFinder: Sendable {
    public struct Options: Sendable {
        /// A funder giving at least this share of an organisation's money is a dependency.
        public var dependencyShare = 0.8
        /// Funding is concentrated when the Herfindahl index or the Gini coefficient reaches these.
        public var concentratedHerfindahl = 0.25
        public var concentratedGini = 0.5
        /// A priority counts as covered by a project whose text is at least this similar to it.
        public var prioritySimilarity = 0.2
        public init() {}
    }

    public let gaps: [Gap]

    public init(_ network: Network, options: Options = Options()) {
        var gaps: [Gap] = []
        let graph = CollaborationView.graph(of: network)
        let organisations = Dictionary(uniqueKeysWithValues: network.organisations.map { ($0.id, $0) })
        func name(_ id: String) -> String { network.displayName(of: id) }
        func list(_ ids: [String], limit: Int = 6) -> String {
            let names = ids.prefix(limit).map(name)
            let rest = ids.count > limit ? " and \(ids.count - limit) more" : ""
            return names.count <= 1 ? (names.first ?? "") + rest : names.dropLast().joined(separator: ", ") + (rest.isEmpty ? " and " + names.last! : ", " + names.last! + rest)
        }

        // Who has which kind of tie.
        var partnered = Set<String>()
        for partnership in network.partnerships { partnered.formUnion(partnership.organisations) }
        var seated = Set<String>()
        for membership in network.memberships { seated.insert(membership.organisation); seated.insert(membership.body) }
        var coDelivering = Set<String>()
        var delivers: [String: [String]] = [:]
        for project in network.projects {
            if Set(project.organisations).count > 1 { coDelivering.formUnion(project.organisations) }
            for organisation in project.organisations { delivers[organisation, default: []].append(project.id) }
        }
        var funded = Set<String>()
        for flow in network.funding { funded.insert(flow.from); funded.insert(flow.to) }
        func hasFundingTie(_ id: String) -> Bool { funded.contains(id) || (delivers[id] ?? []).contains(where: funded.contains) }

        // isolated-organisation
        var isolated = Set<String>()
        for organisation in network.organisations {
            let id = organisation.id
            guard !partnered.contains(id), !seated.contains(id), !coDelivering.contains(id), !hasFundingTie(id) else { continue }
            isolated.insert(id)
            gaps.append(Gap(kind: .isolatedOrganisation, subjects: [id],
                            message: "\(name(id)) has no partnership, no seat on a council, no project with another organisation and no funding tie.",
                            nextStep: "Invite \(name(id)) to a partnership table, or pair it with an organisation that works on the same themes."))
        }

        // disconnected-component
        let components = ConnectedComponents(graph)
        for component in components.components.dropFirst() {
            let ids = component.map { graph.nodeIDs[$0] }
            if ids.count == 1, isolated.contains(ids[0]) { continue }
            if ids.count == 1 {
                gaps.append(Gap(kind: .disconnectedComponent, subjects: ids,
                                message: "\(name(ids[0])) has funding but no working tie (partnership, seat or shared project) with the rest of the network.",
                                nextStep: "Connect \(name(ids[0])) to the main network through a partnership or a seat on a council."))
            } else {
                gaps.append(Gap(kind: .disconnectedComponent, subjects: ids,
                                message: "\(ids.count) organisations work together but have no path to the main network: \(list(ids)).",
                                nextStep: "Build one tie between this group and the main network: a partnership, or a seat on a council for one of its members."))
            }
        }

        // single-point-of-failure
        let cuts = CutPoints(graph)
        for node in cuts.articulationPoints.sorted(by: { (cuts.cutOff[$1] ?? 0, $0) < (cuts.cutOff[$0] ?? 0, $1) }) {
            let id = graph.nodeIDs[node]
            let count = cuts.cutOff[node] ?? 0
            var gap = Gap(kind: .singlePointOfFailure, subjects: [id],
                          message: "If \(name(id)) left, \(count) organisation\(count == 1 ? "" : "s") would lose \(count == 1 ? "its" : "their") only path to the rest of the network.",
                          nextStep: "Create a second link around \(name(id)): a direct partnership between the groups it connects, or a co-chair.")
            gap.cutOff = count
            gaps.append(gap)
        }
        for (index, bridge) in cuts.bridges.enumerated() where cuts.bridgeCutOff[index] >= 2 {
            let (a, b) = (graph.nodeIDs[bridge.0], graph.nodeIDs[bridge.1])
            var gap = Gap(kind: .singlePointOfFailure, subjects: [a, b],
                          message: "The tie between \(name(a)) and \(name(b)) is the only link between two groups; \(cuts.bridgeCutOff[index]) organisations would be cut off without it.",
                          nextStep: "Add a second tie between these two groups so the link does not rest on one relationship.")
            gap.cutOff = cuts.bridgeCutOff[index]
            gaps.append(gap)
        }

        // missing-sector: top-level councils and networks, their members counted through sub-councils.
        let expected = (network.expectedSectors.isEmpty ? SectorCoverage.defaultExpected : network.expectedSectors)
        var members: [String: [String]] = [:]
        var isMemberOfBody = Set<String>()
        for membership in network.memberships {
            members[membership.body, default: []].append(membership.organisation)
            if organisations[membership.organisation]?.isBody == true { isMemberOfBody.insert(membership.organisation) }
        }
        for body in network.organisations where body.isBody && members[body.id] != nil && !isMemberOfBody.contains(body.id) {
            var covered = SectorCoverage.sectors(of: body)
            var seen: Set<String> = [body.id]
            var queue = members[body.id] ?? []
            while let next = queue.popLast() {
                guard seen.insert(next).inserted, let organisation = organisations[next] else { continue }
                covered.formUnion(SectorCoverage.sectors(of: organisation))
                queue += members[next] ?? []
            }
            let missing = expected.filter { !covered.contains(SectorCoverage.canonical($0)) }
            guard !missing.isEmpty else { continue }
            var gap = Gap(kind: .missingSector, subjects: [body.id],
                          message: "No member of \(body.name) works in \(list(missing)).",
                          nextStep: "Invite \(missing.count == 1 ? "a \(missing[0]) organisation" : "organisations from these sectors") to sit on \(body.name).")
            gap.sectors = missing
            gaps.append(gap)
        }

        // uncovered-priority: what a priority is about (its themes, its distinctive words), not
        // the words the whole sector uses.
        if !network.priorities.isEmpty {
            for entry in PriorityCoverage(network, threshold: options.prioritySimilarity).entries where entry.covers.isEmpty {
                guard let priority = network.priorities.first(where: { $0.id == entry.priority }) else { continue }
                let hint = entry.closest.flatMap { id in network.project(id).map { " The closest project is \($0.name) (\(id)), which does not share what the priority is about." } } ?? ""
                gaps.append(Gap(kind: .uncoveredPriority, subjects: [priority.id],
                                message: "No project addresses the priority “\(priority.name)”." + hint,
                                nextStep: "Call for projects on this priority, or ask the organisations working nearest to it to take it up."))
            }
        }

        // unfunded-project
        let fundedProjects = Set(network.funding.map(\.to))
        if !network.funding.isEmpty {
            for project in network.projects where !fundedProjects.contains(project.id) {
                gaps.append(Gap(kind: .unfundedProject, subjects: [project.id],
                                message: "\(project.name) has no funding recorded.",
                                nextStep: "Look for funding for \(project.name), or add its funding to the file if it is missing."))
            }
        }

        // funding-dependency
        for entry in FundingConcentration.mainFunderShares(network) where entry.share >= options.dependencyShare {
            let percent = Int((entry.share * 100).rounded())
            var gap = Gap(kind: .fundingDependency, subjects: [entry.organisation, entry.funder],
                          message: "\(name(entry.organisation)) receives \(percent)% of its funding recorded in this file from \(name(entry.funder)).",
                          nextStep: "Help \(name(entry.organisation)) find a second funder, so one decision cannot stop its work.")
            gap.share = entry.share
            gaps.append(gap)
        }

        // funding-concentration
        let concentration = FundingConcentration(network)
        if concentration.recipients.count >= 2,
           concentration.herfindahl >= options.concentratedHerfindahl || concentration.gini >= options.concentratedGini {
            let top = concentration.recipients[0]
            var gap = Gap(kind: .fundingConcentration, subjects: concentration.recipients.prefix(3).map(\.id),
                          message: "Funding is concentrated: \(name(top.id)) receives \(Int((concentration.topShare * 100).rounded()))% of what reaches the \(concentration.recipients.count) recipients (Gini \(NumberFormat.decimal(concentration.gini, places: 2)), Herfindahl \(NumberFormat.decimal(concentration.herfindahl, places: 2))).",
                          nextStep: "Check whether the spread matches the priorities; open the next call to organisations that receive little or nothing.")
            gap.share = concentration.topShare
            gap.gini = concentration.gini
            gap.herfindahl = concentration.herfindahl
            gaps.append(gap)
        }

        // siloed-organisation: every partner works in exactly the organisation's sectors, taken
        // as a whole, so no tie brings a sector it lacks or takes one it has elsewhere. A library
        // (culture) tied to a settlement agency is not siloed, even if both list settlement.
        for node in 0..<graph.nodeCount {
            let id = graph.nodeIDs[node]
            guard let organisation = organisations[id], !organisation.isBody else { continue }
            let own = SectorCoverage.sectors(of: organisation)
            let neighbours = graph.neighbours(of: node).map { graph.nodeIDs[Int($0)] }
            guard !own.isEmpty, neighbours.count >= 2 else { continue }
            let allInside = neighbours.allSatisfy { neighbour in
                guard let other = organisations[neighbour] else { return false }
                return SectorCoverage.sectors(of: other) == own
            }
            guard allInside else { continue }
            gaps.append(Gap(kind: .siloedOrganisation, subjects: [id],
                            message: "All of \(name(id))'s \(neighbours.count) ties are with organisations working in exactly its sectors (\(own.sorted().joined(separator: ", "))): none brings another sector's view.",
                            nextStep: "Pair \(name(id)) with an organisation from another sector that serves the same people."))
        }

        let order = Dictionary(uniqueKeysWithValues: Gap.Kind.allCases.enumerated().map { ($1, $0) })
        self.gaps = gaps.enumerated().sorted { (order[$0.element.kind]!, $0.offset) < (order[$1.element.kind]!, $1.offset) }.map(\.element)
    }
}
