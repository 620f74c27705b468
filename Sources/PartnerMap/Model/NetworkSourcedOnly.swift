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
        var sourced = keeping { !$0.illustrative }
        sourced.responses = responses
        sourced.projects = sourced.projects.filter { !$0.illustrative }
        let present = Set(sourced.organisations.map(\.id))
        let projectIDs = Set(sourced.projects.map(\.id))
        sourced.partnerships = sourced.partnerships.filter { !$0.illustrative }
        sourced.memberships = sourced.memberships.filter { !$0.illustrative }
        sourced.funding = sourced.funding.filter { !$0.illustrative && (present.contains($0.to) || projectIDs.contains($0.to)) }
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
