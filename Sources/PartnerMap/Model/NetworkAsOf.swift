extension Network {
    /// The network as it stood in `year`: what was in place that year, from one file that
    /// follows a network over time.
    ///
    /// An entry is in place when it began in or before `year` (`since`, `start`) and had not
    /// ended before it (`until`, `end`); an entry without dates is always in place. A funding
    /// flow is in place when its `year` is `year`, or its period (`start`–`end`, a fiscal year)
    /// overlaps it. Whatever names an organisation that is not in place that year (a
    /// partnership, a seat, a flow, a project's partner) goes with it, so the snapshot is a
    /// valid network of its own.
    public func asOf(year: Int) -> Network {
        func inPlace(_ start: YearMonth?, _ end: YearMonth?) -> Bool {
            (start.map { $0.year <= year } ?? true) && (end.map { $0.year >= year } ?? true)
        }
        var snapshot = self
        snapshot.organisations = organisations.filter { inPlace($0.since, $0.until) }
        let present = Set(snapshot.organisations.map(\.id))
        snapshot.projects = projects.compactMap { project in
            guard inPlace(project.start, project.end) else { return nil }
            var kept = project
            kept.organisations = project.organisations.filter(present.contains)
            return kept.organisations.isEmpty ? nil : kept
        }
        let projectIDs = Set(snapshot.projects.map(\.id))
        snapshot.partnerships = partnerships.filter {
            inPlace($0.since, $0.until) && $0.organisations.allSatisfy(present.contains)
        }
        snapshot.memberships = memberships.filter {
            inPlace($0.since, $0.until) && present.contains($0.organisation) && present.contains($0.body)
        }
        snapshot.funding = funding.filter { flow in
            let when = flow.year.map { $0 == year } ?? inPlace(flow.start, flow.end)
            return when && present.contains(flow.from) && (present.contains(flow.to) || projectIDs.contains(flow.to))
        }
        return snapshot
    }
}
