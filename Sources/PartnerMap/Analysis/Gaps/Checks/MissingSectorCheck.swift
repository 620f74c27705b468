/// missing-sector: a top-level council or network none of whose members (counted through its
/// sub-councils) works in an expected sector: the body's own `expectedSectors`, else the file's,
/// else ``SectorCoverage/defaultExpected``.
///
/// A file seldom lists every member of a table. Unless the body declares `membersComplete:
/// true` (and so does every sub-council counted), the gap says the sector is missing from the
/// members *recorded in this file* (``Gap/membersComplete`` is `false`), never that the table
/// lacks it.
public struct MissingSectorCheck: GapCheck {
    /// The kind of gap this check finds.
    public var kind: Gap.Kind { .missingSector }
    /// The check; it has no settings.
    public init() {}

    /// The gaps of this kind in the context's network.
    public func gaps(in context: GapContext) -> [Gap] {
        let network = context.network
        let fileExpected = network.expectedSectors.isEmpty ? SectorCoverage.defaultExpected : network.expectedSectors
        var members: [String: [String]] = [:]
        var isMemberOfBody = Set<String>()
        for membership in network.memberships {
            members[membership.body, default: []].append(membership.organisation)
            if context.network.organisation(membership.organisation)?.isBody == true { isMemberOfBody.insert(membership.organisation) }
        }
        var gaps: [Gap] = []
        for body in network.organisations where body.isBody && members[body.id] != nil && !isMemberOfBody.contains(body.id) {
            let expected = body.expectedSectors.isEmpty ? fileExpected : body.expectedSectors
            var covered = SectorCoverage.sectors(of: body)
            var complete = body.membersComplete
            var seen: Set<String> = [body.id]
            var queue = members[body.id] ?? []
            while let next = queue.popLast() {
                guard seen.insert(next).inserted, let organisation = context.network.organisation(next) else { continue }
                covered.formUnion(SectorCoverage.sectors(of: organisation))
                if organisation.isBody, members[next] != nil { complete = complete && organisation.membersComplete }
                queue += members[next] ?? []
            }
            let missing = expected.filter { !covered.contains(SectorCoverage.canonical($0)) }
            guard !missing.isEmpty else { continue }
            var gap = Gap(kind: kind, subjects: [body.id])
            gap.sectors = missing
            gap.membersComplete = complete
            gaps.append(gap)
        }
        return gaps
    }
}
