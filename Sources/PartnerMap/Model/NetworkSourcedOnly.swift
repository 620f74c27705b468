extension Network {
    /// The network without what its file marks `illustrative: true`: only entries taken from a
    /// cited source (or from the coordinator's own records), for findings a council can be shown
    /// as fact (`--sourced-only`).
    ///
    /// Whatever names an illustrative organisation goes with it (its partnerships, seats, flows,
    /// its place in a project), as ``asOf(year:)`` does for organisations not yet in place, so
    /// the result is a valid network of its own. A project left with no organisation goes too.
    public func sourcedOnly() -> Network {
        guard hasIllustrativeEntries else { return self }
        var sourced = self
        sourced.organisations = organisations.filter { !$0.illustrative }
        let present = Set(sourced.organisations.map(\.id))
        sourced.projects = projects.compactMap { project in
            guard !project.illustrative else { return nil }
            var kept = project
            kept.organisations = project.organisations.filter(present.contains)
            return kept.organisations.isEmpty ? nil : kept
        }
        let projectIDs = Set(sourced.projects.map(\.id))
        sourced.partnerships = partnerships.filter { !$0.illustrative && $0.organisations.allSatisfy(present.contains) }
        sourced.memberships = memberships.filter {
            !$0.illustrative && present.contains($0.organisation) && present.contains($0.body)
        }
        sourced.funding = funding.filter {
            !$0.illustrative && present.contains($0.from) && (present.contains($0.to) || projectIDs.contains($0.to))
        }
        for index in sourced.organisations.indices where sourced.organisations[index].partOf.map(present.contains) == false {
            sourced.organisations[index].partOf = nil
        }
        return sourced
    }

    /// True when any entry (organisation, project, partnership, seat or flow) is marked
    /// illustrative.
    public var hasIllustrativeEntries: Bool {
        organisations.contains(where: \.illustrative) || projects.contains(where: \.illustrative)
            || partnerships.contains(where: \.illustrative) || memberships.contains(where: \.illustrative)
            || funding.contains(where: \.illustrative)
    }
}
