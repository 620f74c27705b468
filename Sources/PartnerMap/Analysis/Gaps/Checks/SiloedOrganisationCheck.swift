/// siloed-organisation: an organisation with two or more ties, every one with an organisation
/// working in exactly its sectors taken as a whole, so no tie brings a sector it lacks. A library
/// (culture) tied to a settlement agency is not siloed, even if both list settlement.
public struct SiloedOrganisationCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .siloedOrganisation }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        guard context.recordsTies else { return [] }
        let graph = context.graph
        var sectorsOf: [Set<String>?] = Array(repeating: nil, count: graph.nodeCount)
        for node in 0..<graph.nodeCount {
            sectorsOf[node] = context.network.organisation(graph.nodeIDs[node]).map(SectorCoverage.sectors(of:))
        }
        var gaps: [Gap] = []
        for node in 0..<graph.nodeCount {
            guard let organisation = context.network.organisation(graph.nodeIDs[node]), !organisation.isBody,
                let own = sectorsOf[node], !own.isEmpty
            else { continue }
            let neighbours = graph.neighbours(of: node)
            guard neighbours.count >= 2, neighbours.allSatisfy({ sectorsOf[Int($0)] == own }) else { continue }
            var gap = Gap(kind: kind, subjects: [organisation.id])
            gap.sectors = own.sorted()
            gap.ties = neighbours.count
            gaps.append(gap)
        }
        return gaps
    }
}
